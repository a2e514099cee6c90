import type { Route } from './route';

// The chunks a first screen needs, started by the entry (main.tsx) before React has run. Each
// is the same module app.tsx and store-context.tsx import when they need it, so the download
// started here is the one they wait for. index.html links the app's and the store's chunks
// (vite.config.ts, preloadFirstChunks), and Vite adds a <link rel=modulepreload> for every chunk
// a screen's own chunk imports, so their whole graph is fetched at once.

/** The Dexie store's code (Dexie included): every screen needs it. */
export function loadStoreCode() {
  return import('@/storage/dexie-store');
}

/**
 * The opening of the page's first report (the store's chunk holds it, with Dexie: it needs the
 * store and the report's checks, not React).
 */
export function loadReportOpening() {
  return import('./persisted-editor/open-session');
}

/** The code of the screen the address asks for (the editor too for a new draft, which opens in it). */
export function loadScreenCode(route: Route): Promise<unknown> {
  switch (route.kind) {
    case 'report':
      return import('./persisted-editor/persisted-editor-page');
    case 'demo':
      return Promise.all([
        import('./demo-screen'),
        import('./persisted-editor/persisted-editor-page'),
      ]);
    case 'drafts':
      return import('./drafts-screen');
    case 'workspace':
      return import('./workspace-screen');
    case 'sample':
      return import('./sample-screen');
  }
}
