/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';

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

/**
 * The built page's Content-Security-Policy as a <meta> right after <meta charset>, before any
 * script or stylesheet (the policy: scripts/content-security-policy.ts). Build only: the dev
 * server's hot reload injects inline script.
 */
function contentSecurityPolicyMeta(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  return {
    name: 'nianbao:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!charset.test(html)) throw new Error('index.html: no <meta charset="UTF-8" />');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`;
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}

/** The modules of the page's entry (src/app/main.tsx) but the entry itself. */
const BOOT_MODULES =
  /[\\/]src[\\/](app[\\/](route|strings|page-code|forbid-eval|app-links)|storage[\\/](first-read|stored-row|storage-keys))\.tsx?$|vite\/preload-helper/;

/** The editor's screen: its chunk holds everything it imports. */
const EDITOR_SCREEN = /[\\/]src[\\/]app[\\/]persisted-editor[\\/]persisted-editor-page\.tsx$/;

/**
 * Fails the build when the entry chunk imports the editor's or React's chunk: the entry must
 * start the report's read and every download at once (src/app/main.tsx), not wait for them.
 * A module main.tsx comes to import must join BOOT_MODULES.
 */
function entryStaysSmall(): Plugin {
  return {
    name: 'nianbao:entry-stays-small',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      const heavy =
        entry?.type === 'chunk' ? entry.imports.filter((f) => /(editor|react)-/.test(f)) : [];
      if (heavy.length > 0) {
        this.error(`the entry imports ${heavy.join(', ')}: add its new modules to BOOT_MODULES`);
      }
    },
  };
}

export default defineConfig({
  // Relative: the built folder works from any directory of any static server (an intranet's
  // http://10.1.2.3/nianbao/, say); the app routes by query string on its one page.
  base: './',
  plugins: [
    react(),
    pdfjsAssets(),
    contentSecurityPolicyMeta(),
    entryStaysSmall(),
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
      output: {
        // Few, larger chunks on the way to the editor: each file a page loads costs the browser
        // several milliseconds of its main thread, more than its bytes (bench/README.md). React
        // is one chunk; the editor's screen with everything it imports another (the drafts list
        // shares it: it loads the editor's code anyway, to open a report at once). The entry's
        // own modules stay out of it (`boot`, with Vite's preload helper), or the entry would wait
        // for the editor's code before it starts anything (entryStaysSmall() checks). Every other
        // screen and feature keeps its own chunks, loaded when used.
        codeSplitting: {
          groups: [
            {
              name: 'boot',
              test: BOOT_MODULES,
              priority: 3,
              includeDependenciesRecursively: false,
            },
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 2,
            },
            { name: 'editor', test: EDITOR_SCREEN, priority: 1 },
          ],
        },
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
