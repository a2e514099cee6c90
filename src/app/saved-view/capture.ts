import type { SavedView } from './saved-view-types';
import { keepSavedView } from '@/storage/saved-view-slots';
import { bootState } from './takeover';

// Keeps the editor's current rendering as the saved view of its report (boot-script.ts), in
// localStorage (src/storage/saved-view-slots.ts keeps those of the last few reports): the page
// as it is, every field's value written into the markup (the DOM keeps typed values in
// properties, which the HTML would not carry).

/** Larger views are not kept: localStorage is small and the edit journal needs it more. */
const MAX_CHARS = 1_500_000;

/** Fields with a draft, an open dialog: the page is not a picture of the stored report. */
const UNSETTLED = '[data-dirty="true"], dialog[open]';

function writeValues(from: HTMLElement, to: HTMLElement): void {
  const a = from.querySelectorAll('input, textarea, select');
  const b = to.querySelectorAll('input, textarea, select');
  a.forEach((f, i) => {
    const c = b[i];
    if (!c) return;
    if (f instanceof HTMLTextAreaElement) c.textContent = f.value;
    else if (f instanceof HTMLSelectElement) {
      c.querySelectorAll('option').forEach((o, k) =>
        o.toggleAttribute('selected', k === f.selectedIndex),
      );
    } else if (f instanceof HTMLInputElement) {
      if (f.type === 'checkbox' || f.type === 'radio') c.toggleAttribute('checked', f.checked);
      else c.setAttribute('value', f.value);
    }
  });
}

/**
 * Keeps #root as the saved view of report `id` at stored rev `rev`; false when it is not kept
 * (no boot script in this page, the view still up, a field being typed in, too large, refused).
 */
export function captureSavedView(id: string, rev: number): boolean {
  const boot = bootState();
  const root = document.getElementById('root');
  if (!boot || boot.state === 'shown' || !root || root.querySelector(UNSETTLED)) return false;
  const clone = root.cloneNode(true) as HTMLElement;
  writeValues(root, clone);
  const view: SavedView = { build: boot.build, id, rev, html: clone.innerHTML };
  if (view.html.length > MAX_CHARS) return false;
  try {
    return keepSavedView(localStorage, id, JSON.stringify(view));
  } catch {
    return false; // storage disabled
  }
}
