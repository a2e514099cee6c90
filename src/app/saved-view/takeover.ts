import type { BootState } from './saved-view-types';

// The app's side of the saved view (boot-script.ts): while it is on screen React renders into a
// detached element; when the editor is complete, that element replaces the view in one step
// (before the next paint, so nothing flickers) and whatever was typed into the view is typed
// again into the editor's own fields, through their usual handlers: a number is checked and
// refused as if typed now, totals and rules follow, the autosave stores it.

/** How long the view may wait for the editor before the app is shown as it is. */
const REVEAL_AFTER_MS = 10_000;

let detached: HTMLElement | null = null;

/** The boot script's state, when index.html ran it. */
export function bootState(): BootState | undefined {
  return (window as unknown as { nianbaoBoot?: BootState }).nianbaoBoot;
}

/** True while the saved view is on screen (the app renders off-screen). */
export function savedViewShown(): boolean {
  return bootState()?.state === 'shown';
}

/** The element to render the app into: #root, or a detached one while the saved view is up. */
export function appContainer(root: HTMLElement): HTMLElement {
  const boot = bootState();
  if (boot?.state !== 'shown') return root;
  detached = document.createElement('div');
  boot.onWithdraw = revealApp;
  window.setTimeout(revealApp, REVEAL_AFTER_MS);
  return detached;
}

/**
 * Puts the app's element in place of the saved view (the editor is not there: the report is
 * missing, failed to open, or is slow). What was typed into the view is kept for the editor.
 */
export function revealApp(): void {
  const boot = bootState();
  if (boot?.state === 'shown' && boot.collect) {
    boot.edits = boot.collect().edits;
    boot.state = 'withdrawn';
  }
  swapIn(boot);
}

function swapIn(boot: BootState | undefined): void {
  const el = detached;
  if (!el || !boot?.root) return;
  detached = null;
  boot.root.replaceWith(el);
  el.id = 'root';
}

/** The editor is complete: it replaces the view, and what was typed there is typed again. */
export async function takeOverSavedView(): Promise<void> {
  const boot = bootState();
  if (!boot || boot.state === 'none' || boot.state === 'taken') return;
  const typed =
    boot.state === 'shown' && boot.collect ? boot.collect() : { edits: boot.edits, focus: null };
  boot.state = 'taken';
  boot.edits = {};
  swapIn(boot);
  const focus = typed.focus;
  const el = focus && findField(focus.name);
  if (focus && el) {
    el.focus({ preventScroll: true }); // at once: the next key must not go to the page
    el.setSelectionRange(focus.start, focus.end);
  }
  if (Object.keys(typed.edits).length === 0) return;
  const { replayTyping } = await import('./replay-typing'); // rare: few type that fast
  await replayTyping(typed.edits, typed.focus);
}

/** The editor's enabled text field named `name`. */
export function findField(name: string): HTMLInputElement | HTMLTextAreaElement | null {
  const el = document.querySelector(`#root [name="${CSS.escape(name)}"]`);
  const ok = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
  return ok && !el.disabled && !el.readOnly ? el : null;
}
