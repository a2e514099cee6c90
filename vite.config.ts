/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

/**
 * Each screen is a lazy chunk (src/app/app.tsx): without help, the browser would ask for it only
 * once the main chunk has been downloaded and run. A few bytes of inline script in index.html
 * read the address as src/app/route.ts does and start downloading that screen's chunks
 * (modulepreload) next to the main chunk: `?report=` / `?demo=` the editor, `?view=sample` the
 * sample, anything else the drafts list. (There is one stylesheet for all screens, see
 * `cssCodeSplit` below.)
 */
function screenPreload(): Plugin {
  const SCREENS = {
    editor: /\/src\/app\/persisted-editor\/persisted-editor-page\.tsx$/,
    sample: /\/src\/app\/sample-screen\.tsx$/,
    drafts: /\/src\/app\/drafts-screen\.tsx$/,
  };
  let base = '/';
  return {
    name: 'nianbao:screen-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        /** The chunk of `file` and every chunk it imports statically, the entry excepted. */
        const closure = (file: string, out: string[] = []): string[] => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || chunk.isEntry || out.includes(base + file))
            return out;
          out.push(base + file);
          chunk.imports.forEach((f) => closure(f, out));
          return out;
        };
        const files: Record<string, string[]> = {};
        for (const [screen, test] of Object.entries(SCREENS)) {
          const chunk = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.facadeModuleId && test.test(c.facadeModuleId),
          );
          if (chunk) files[screen] = closure(chunk.fileName);
        }
        const script =
          `(function(f,q){var s=/[?&](report|demo)=/.test(q)?f.editor:/[?&]view=sample/.test(q)` +
          `?f.sample:f.drafts;(s||[]).forEach(function(h){var l=document.createElement('link');` +
          `l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)})})` +
          `(${JSON.stringify(files)},location.search)`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    screenPreload(),
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
