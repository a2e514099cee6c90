/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * pdf.js's CJK character maps (pdfjs-dist/cmaps/*.bcmap), needed to read PDFs whose Chinese
 * fonts are not embedded: served at <base>pdfjs/cmaps/ by the dev server and copied there into
 * the build, so that PDF import needs no CDN (src/io/pdf/pdfjs-browser.ts).
 */
function pdfjsAssets(): Plugin {
  const dir = fileURLToPath(new URL('./node_modules/pdfjs-dist/cmaps/', import.meta.url));
  const names = () => new Set(readdirSync(dir));
  return {
    name: 'nianbao:pdfjs-assets',
    configureServer(server) {
      const prefix = `${server.config.base}pdfjs/cmaps/`;
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
        if (!names().has(name)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(join(dir, name)));
      });
    },
    generateBundle() {
      for (const name of names()) {
        const source = readFileSync(join(dir, name));
        this.emitFile({ type: 'asset', fileName: `pdfjs/cmaps/${name}`, source });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    pdfjsAssets(),
    // Offline after the first visit (issue 4 item 11): a service worker precaches the built app;
    // `prompt` lets the page say when a new version is ready instead of swapping it mid-edit.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // registered by src/app/pwa-update.tsx
      manifest: false,
      workbox: {
        // The pdf.js worker is an .mjs file; of its character maps, the Chinese ones (GB, GBK,
        // Unicode GB, Adobe-GB1: 384 kB of 1.7 MB) are kept, so a PDF can be imported offline.
        globPatterns: [
          '**/*.{js,mjs,css,html,svg,png,ico,woff2}',
          'pdfjs/cmaps/{Adobe-GB1,UniGB,GB}*.bcmap',
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    // NIANBAO_OUT_DIR lets two builds (a bench and a test run, say) live side by side.
    outDir: process.env.NIANBAO_OUT_DIR ?? 'dist',
    // One stylesheet for every screen (4 kB gzip), linked from index.html and fetched next to
    // the main chunk: a screen's own stylesheet would be fetched only once its chunk is asked
    // for, and the screen would wait for it.
    cssCodeSplit: false,
    rolldownOptions: {
      treeshake: {
        // jsdiff's ESM build declares itself free of side effects in libesm/package.json, which
        // the bundler does not read (only the package's root one): without this, every differ
        // of jsdiff ships with the app although only `diffArrays` is used.
        moduleSideEffects: [{ test: /[\\/]node_modules[\\/]diff[\\/]/, sideEffects: false }],
      },
    },
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
  },
});
