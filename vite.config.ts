/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [
    react(),
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
