/** Id of the element describing a field's problems. */
export function describedById(path: string): string {
  return `msg-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Id of the element holding a refused input's reason. */
export function refusalId(path: string): string {
  return `refused-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * Moves focus to a field (input, textarea or computed cell) by path, scrolling it into view. A
 * disabled field (a locked report) cannot take focus: its cell is scrolled into view and
 * highlighted for a moment instead.
 */
export function focusField(path: string): boolean {
  const p = CSS.escape(path);
  const el = document.querySelector<HTMLElement>(`[name="${p}"], [data-computed="${p}"]`);
  if (!el) return false;
  if (el.matches(':disabled')) {
    const cell = el.closest<HTMLElement>('[data-cell], .narrative') ?? el;
    cell.scrollIntoView({ block: 'center', inline: 'nearest' });
    flash(cell);
    return true;
  }
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  el.focus({ preventScroll: true });
  return true;
}

const FLASH_MS = 2000;
const flashTimers = new WeakMap<Element, number>();

/** Marks an element with data-flash for a moment (CSS draws the highlight). */
function flash(el: HTMLElement): void {
  window.clearTimeout(flashTimers.get(el));
  el.setAttribute('data-flash', 'true');
  flashTimers.set(
    el,
    window.setTimeout(() => el.removeAttribute('data-flash'), FLASH_MS),
  );
}

/** Moves focus to a problem's first field, or to its section's heading when it has none. */
export function focusProblem(v: { fields: readonly string[]; section: string }): void {
  const first = v.fields[0];
  if (!first || !focusField(first)) focusSection(v.section);
}

/** Moves focus to a section's heading. */
export function focusSection(key: string): void {
  const el = document.getElementById(`section-${key}-title`);
  el?.scrollIntoView({ block: 'start' });
  el?.focus({ preventScroll: true });
}
