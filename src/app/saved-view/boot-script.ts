import { readStoredRow } from '../../storage/stored-row.ts';
import type { BootConfig, BootState, FieldEdits, FieldFocus, SavedView } from './saved-view-types';

// The first thing index.html runs, inlined into its <head> by vite.config.ts: the source text
// of the functions in BOOT_FUNCTIONS (boot-script-source.ts: those below, page-start.ts's and
// src/storage's readStoredRow), so they may use each other and the browser, and nothing else.
// It paints the report the way the editor last showed it before any of the app's code arrives.
//
// Opening a report costs React, the editor and Dexie: about 200 ms on a loaded 2-core machine
// before the first cell is on screen. But the editor keeps its last rendering of each of the last
// few reports it had open (capture.ts: the HTML with every value, its id and stored rev) in
// localStorage. When the address asks for one of them, this script puts that HTML into #root as
// soon as the parser has made #root: the page is there, and its text fields take typing, in the
// time a plain page takes. Then it checks the stored report in IndexedDB (no Dexie, a read of one
// row): a rev that moved on (another tab, a restored backup), a deleted report or no row at
// all withdraws the view at once. React renders the real editor into a detached element and
// swaps it in when it is complete (takeover.ts), replaying what was typed in the meantime.
//
// While the view is up, only text fields work (they are the only thing one can use in a
// fraction of a second, and what they take is kept); buttons, links and other controls are
// inert until the editor is there. If the app never takes over (its code failed to load), the
// fields are made read-only after FAILED_AFTER_MS with a message saying to reload.

/** The saved view for report `id`, if localStorage keeps one of this build and no journal. */
export function readSavedView(w: Window, c: BootConfig, id: string): SavedView | null {
  try {
    // Unsaved work in the edit journal is replayed by the editor: this view would not show it.
    if (w.localStorage.getItem(c.journalPrefix + id) !== null) return null;
    const view = JSON.parse(w.localStorage.getItem(c.keyPrefix + id) ?? 'null') as SavedView | null;
    if (!view || view.build !== c.build || view.id !== id) return null;
    return typeof view.html === 'string' ? view : null;
  } catch {
    return null; // storage disabled or the entry damaged: the app opens the report as usual
  }
}

/** What was typed into the fields under `root`, and the field with the focus. */
export function collectTyped(root: HTMLElement) {
  const edits: FieldEdits = {};
  root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea').forEach((f) => {
    if (f.name && f.value !== f.defaultValue) edits[f.name] = f.value;
  });
  const a = root.ownerDocument.activeElement as HTMLInputElement | null;
  const focus: FieldFocus | null =
    a && a.name && root.contains(a) && typeof a.selectionStart === 'number'
      ? { name: a.name, start: a.selectionStart, end: a.selectionEnd ?? a.selectionStart }
      : null;
  return { edits, focus };
}

/** Grid cells behave as in the editor: focus selects the number, so typing replaces it. */
export function selectCellsOnFocus(root: HTMLElement): void {
  const cell = (t: EventTarget | null) =>
    t instanceof HTMLInputElement && t.hasAttribute('data-grid-cell') ? t : null;
  root.addEventListener('focusin', (e) => cell(e.target)?.select());
  root.addEventListener('mousedown', (e) => {
    const input = cell(e.target);
    if (!input || root.ownerDocument.activeElement === input) return;
    e.preventDefault();
    input.focus();
  });
}

/** Puts the view into #root: text fields take typing, other controls wait (inert). */
export function paintView(root: HTMLElement, html: string): void {
  root.innerHTML = html;
  root.setAttribute('data-saved-view', '');
  root
    .querySelectorAll('button, a, select, summary, [role="button"], input[type="checkbox"]')
    .forEach((el) => el.setAttribute('inert', ''));
  selectCellsOnFocus(root);
}

/** The view's fields stop taking typing. */
export function stopTyping(root: HTMLElement): void {
  root.querySelectorAll<HTMLInputElement>('input, textarea').forEach((f) => (f.readOnly = true));
}

/**
 * Calls `then` if another tab holds the lock `lockName` (Web Locks, as src/storage/tab-lock.ts
 * takes it): the editor will open read-only there, so the view must not take typing it would
 * then have to drop.
 */
export function whenHeldElsewhere(w: Window, lockName: string, then: () => void): void {
  const locks = w.navigator.locks as LockManager | undefined;
  if (!locks || typeof locks.query !== 'function') return;
  locks.query().then(
    (s) => s.held?.some((l) => l.name === lockName) && then(),
    () => {},
  );
}

/** After `ms` without the app: the fields stop taking input and the page says why. */
export function giveUpAfter(w: Window, boot: BootState, ms: number, message: string): void {
  w.setTimeout(() => {
    const root = boot.root;
    if (boot.state !== 'shown' || !root) return;
    stopTyping(root);
    const p = root.ownerDocument.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'app-banner';
    p.textContent = message;
    root.prepend(p);
  }, ms);
}

/** Calls `paint` with #root as soon as the parser has made it. */
export function whenRoot(d: Document, paint: (root: HTMLElement) => void): void {
  const found = d.getElementById('root');
  if (found) return paint(found);
  const watch = new MutationObserver(() => {
    const root = d.getElementById('root');
    if (!root) return;
    watch.disconnect();
    paint(root);
  });
  watch.observe(d.documentElement, { childList: true, subtree: true });
}

/** Paints the saved view of the report in the address, if it is the one kept (see above). */
export function bootSavedView(w: Window, c: BootConfig, loadApp: () => void): void {
  const boot: BootState = { build: c.build, state: 'none', root: null, edits: {} };
  (w as unknown as { nianbaoBoot: BootState }).nianbaoBoot = boot;
  const id = (new URLSearchParams(w.location.search).get('report') ?? '').trim();
  const view = id === '' ? null : readSavedView(w, c, id);
  if (!view) return loadApp();
  let refused = false;
  let held = false;
  boot.collect = () => (boot.root ? collectTyped(boot.root) : { edits: boot.edits, focus: null });
  whenHeldElsewhere(w, c.lockPrefix + id, () => {
    held = true;
    if (boot.root) stopTyping(boot.root);
  });
  whenRoot(w.document, (root) => {
    try {
      if (refused) return;
      paintView(root, view.html);
      if (held) stopTyping(root);
      boot.root = root;
      boot.state = 'shown';
      giveUpAfter(w, boot, c.failedAfterMs, c.failedMessage);
    } finally {
      loadApp(); // after the paint: the app's code must not compete with it
    }
  });
  readStoredRow(w, c.dbName, c.table, id, (stored) => {
    const row = stored as { rev?: unknown; deletedAt?: unknown } | undefined;
    if (row && row.rev === view.rev && (row.deletedAt ?? null) === null) return;
    refused = true;
    const root = boot.root;
    if (boot.state !== 'shown' || !root) return;
    boot.edits = collectTyped(root).edits;
    boot.state = 'withdrawn';
    root.replaceChildren();
    root.removeAttribute('data-saved-view');
    boot.onWithdraw?.();
  });
}
