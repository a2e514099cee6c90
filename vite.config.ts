/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { bootScript } from './src/app/saved-view/boot-script-source.ts';

/**
 * index.html starts the page with one inline script (src/app/saved-view/boot-script.ts) at the
 * very top of <head>, where nothing can hold it up. It paints the editor's last rendering of the
 * report in the address, if the browser keeps one, and then fetches the app: the entry chunk
 * (its <script type=module> tag is taken out of the page, so that its download and compilation
 * never compete with that paint) and, next to it, the chunks of the screen the address asks for
 * (each screen is a lazy chunk, see src/app/app.tsx, which the entry would ask for only once it
 * had run). The build id, a hash of every output file name (they carry content hashes), keeps
 * one build from showing the markup of another. (There is one stylesheet for all screens, see
 * `cssCodeSplit` below.)
 */
function pageStart(): Plugin {
  const SCREENS = {
    editor: /\/src\/app\/persisted-editor\/persisted-editor-page\.tsx$/,
    sample: /\/src\/app\/sample-screen\.tsx$/,
    drafts: /\/src\/app\/drafts-screen\.tsx$/,
  };
  const ENTRY_TAG = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
  let base = '/';
  return {
    name: 'nianbao:page-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        const entry = ENTRY_TAG.exec(html)?.[1];
        if (!bundle || entry === undefined) throw new Error('index.html: no entry <script> found');
        /** The chunk of `file` and every chunk it imports statically, the entry excepted. */
        const closure = (file: string, out: string[] = []): string[] => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || chunk.isEntry || out.includes(base + file))
            return out;
          out.push(base + file);
          chunk.imports.forEach((f) => closure(f, out));
          return out;
        };
        const screens = { editor: [] as string[], sample: [] as string[], drafts: [] as string[] };
        for (const [screen, test] of Object.entries(SCREENS)) {
          const chunk = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.facadeModuleId && test.test(c.facadeModuleId),
          );
          if (chunk) screens[screen as keyof typeof screens] = closure(chunk.fileName);
        }
        const names = Object.keys(bundle).sort().join('\n');
        const build = createHash('sha256').update(names).digest('hex').slice(0, 16);
        // Right after <meta charset> (which must come within the first 1,024 bytes).
        const script = bootScript(build, { entry, screens }).replace(/<\/script/gi, '<\\/script');
        const charset = /<meta charset="UTF-8" \/>\n?/i;
        if (!charset.test(html)) throw new Error('index.html: no <meta charset="UTF-8" />');
        return html
          .replace(ENTRY_TAG, '')
          .replace(charset, (meta) => `${meta}    <script>${script}</script>\n`);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    pageStart(),
    // Offline after the first visit (issue 4 item 11): a service worker precaches the built app;
    // `prompt` lets the page say when a new version is ready instead of swapping it mid-edit.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // registered by src/app/pwa-update.tsx
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
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
