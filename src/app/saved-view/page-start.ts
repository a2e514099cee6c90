import { bootSavedView } from './boot-script.ts';
import type { BootConfig } from './saved-view-types';

// The rest of index.html's inline script (see boot-script.ts): the saved view, then the app.

/** The chunks to fetch for each screen, and the app's entry (from the build). */
export type AppFiles = { entry: string; screens: Record<'editor' | 'sample' | 'drafts', string[]> };

/**
 * Fetches the app: its entry and, next to it, the chunks of the screen the address asks for (as
 * src/app/route.ts reads it); without this the screen's chunk would be asked for only once the
 * entry has run. `<link rel=modulepreload>` fetches and compiles at once; `import()` runs the
 * entry when the document has been parsed.
 */
export function loadAppFiles(w: Window, files: AppFiles): void {
  const q = w.location.search;
  const s = files.screens;
  const screen = /[?&](report|demo)=/.test(q)
    ? s.editor
    : /[?&]view=sample/.test(q)
      ? s.sample
      : s.drafts;
  for (const href of [files.entry, ...screen]) {
    const link = w.document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    w.document.head.appendChild(link);
  }
  // Run once the document is parsed, as a <script type=module> would: the entry renders into #root.
  const run = () => void import(/* @vite-ignore */ files.entry);
  if (w.document.readyState === 'loading') w.document.addEventListener('DOMContentLoaded', run);
  else run();
}

/** The page's start: the saved view when there is one, the app's code in any case (once). */
export function startPage(w: Window, c: BootConfig, files: AppFiles): void {
  let loaded = false;
  const loadApp = () => {
    if (loaded) return;
    loaded = true;
    loadAppFiles(w, files);
  };
  try {
    bootSavedView(w, c, loadApp);
  } catch {
    loadApp();
  }
}
