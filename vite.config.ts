/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { compileWrappersEagerly } from './scripts/function-wrappers.ts';

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
  /[\\/]src[\\/](app[\\/](route|strings|page-code|forbid-eval|app-links|first-screen)|storage[\\/](first-read|stored-row|storage-keys|lazy-store|tab-lock)|components[\\/]new-id|features[\\/]drafts[\\/]prefetch)\.tsx?$|vite\/preload-helper/;

/**
 * The app's chunk: React, the app's root and the editor's screen, with everything they import
 * (every screen needs the app's root and React; the drafts list also opens the editor at once).
 */
const APP_MODULES =
  /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]|[\\/]src[\\/]app[\\/](start-app\.tsx|persisted-editor[\\/]persisted-editor-page\.tsx)$/;

/**
 * Shared by other screens and features but never run by the editor's screen: reached through
 * the domain's index from the editor's code, they would join the app's chunk (what every first
 * load downloads and compiles), so they get a chunk of their own, loaded with what uses them.
 */
const BEYOND_EDITOR_MODULES =
  /[\\/]src[\\/]domain[\\/](consolidate[\\/](consolidate|refusals|sums)|workspace[\\/](roster|receive)|drafts[\\/](backup|merge-backup))\.ts$/;

/**
 * The store's chunk: Dexie, the Dexie store and the opening of the page's first report, with
 * what they import (the domain's template, records and checks) but React: the entry opens the
 * report with it while React and the editor's code still download and compile.
 */
const STORE_MODULES =
  /[\\/]node_modules[\\/]dexie[\\/]|[\\/]src[\\/](storage[\\/]dexie-store|app[\\/]persisted-editor[\\/]open-session)\.ts$/;

/**
 * Fails the build when the entry chunk imports the app's or the store's chunk: the entry must
 * start the report's read and every download at once (src/app/main.tsx), not wait for them.
 * A module main.tsx comes to import must join BOOT_MODULES. Fails too when the store's chunk
 * imports the app's: the report would be opened only once React and the editor have compiled.
 */
function entryStaysSmall(): Plugin {
  return {
    name: 'nianbao:entry-stays-small',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      const entry = chunks.find((c) => c.isEntry);
      const heavy = entry ? entry.imports.filter((f) => /(app|dexie)-/.test(f)) : [];
      if (heavy.length > 0) {
        this.error(`the entry imports ${heavy.join(', ')}: add its new modules to BOOT_MODULES`);
      }
      const store = chunks.find((c) => c.name === 'dexie');
      if (store?.imports.some((f) => /app-/.test(f))) {
        this.error('the store chunk imports the app chunk: a module it imports joined `app`');
      }
    },
  };
}

/** What every screen loads at once (src/app/page-code.ts): the app's root, and Dexie's store. */
const FIRST_MODULES = [
  /[\\/]src[\\/]app[\\/]start-app\.tsx$/,
  /[\\/]src[\\/]storage[\\/]dexie-store\.ts$/,
];

type ChunkLinks = { fileName: string; imports: string[]; isEntry: boolean; moduleIds: string[] };

/** The chunks holding FIRST_MODULES and every chunk they import, but the entry's own links. */
function firstChunks(all: readonly ChunkLinks[]): string[] {
  const byName = new Map(all.map((c) => [c.fileName, c]));
  const linked = new Set(all.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
  const wanted = new Set<string>();
  const visit = (name: string) => {
    if (wanted.has(name) || linked.has(name)) return;
    wanted.add(name);
    byName.get(name)?.imports.forEach(visit);
  };
  for (const test of FIRST_MODULES) {
    const holder = all.find((c) => c.moduleIds.some((id) => test.test(id)));
    if (!holder) throw new Error(`preloadFirstChunks: no chunk holds ${test}`);
    visit(holder.fileName);
  }
  return [...wanted];
}

/**
 * A <link rel=modulepreload> in index.html for every chunk of FIRST_MODULES and what they
 * import: the browser fetches them with the entry instead of once the entry has run (every
 * screen's chunk imports the app's, so every address needs them all).
 */
function preloadFirstChunks(): Plugin {
  return {
    name: 'nianbao:preload-first-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) =>
          c.type === 'chunk' ? [c] : [],
        );
        return firstChunks(chunks).map((name) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${name}` },
          injectTo: 'head' as const,
        }));
      },
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
    preloadFirstChunks(),
    compileWrappersEagerly(),
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
        moduleSideEffects: [
          { test: /[\\/]node_modules[\\/]diff[\\/]/, sideEffects: false },
          // The domain is pure (no module does anything when imported): what the editor imports
          // through its index but never uses need not be loaded with it.
          { test: /[\\/]src[\\/]domain[\\/]/, sideEffects: false },
        ],
      },
      output: {
        // Few, larger chunks on the way to the editor: each file a page loads costs the browser
        // main-thread time and a request, more than its bytes (bench/README.md; one chunk for
        // React and one for the editor took ~20 ms more main-thread time than both in one).
        // `app`: React, the app's root and the editor's screen with all they import (every
        // screen needs them); `dexie`: the store and the opening of a report, with the domain
        // they import, which `app` imports from it. The entry's own modules stay out of them
        // (`boot`, with Vite's preload helper), or the entry would wait for the app's code
        // before it starts anything (entryStaysSmall() checks). Every other screen and feature
        // keeps its own chunks, loaded when used.
        codeSplitting: {
          groups: [
            {
              name: 'boot',
              test: BOOT_MODULES,
              priority: 3,
              includeDependenciesRecursively: false,
            },
            {
              name: 'beyond-editor',
              test: BEYOND_EDITOR_MODULES,
              priority: 2.5,
              includeDependenciesRecursively: false,
            },
            // Before `app`, which would take what they share (declared order decides here).
            { name: 'dexie', test: STORE_MODULES, priority: 2.2 },
            { name: 'app', test: APP_MODULES, priority: 2 },
          ],
        },
      },
    },
  },
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // Dexie's ES module build (ES2018, 87 kB minified) rather than the UMD file its package
      // exports for `import` (ES5, 96 kB, wrapped as CommonJS): the wrapper's body is compiled
      // on the page's main thread when first run, while a module's top level is compiled with
      // the download. Every import of 'dexie' (dexie-react-hooks' too) is this one file.
      {
        find: /^dexie$/,
        replacement: fileURLToPath(
          new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url),
        ),
      },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
  },
});
