/** Id of the element describing a field's problems. */
export function describedById(path: string): string {
  return `msg-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Id of the element holding a refused input's reason. */
export function refusalId(path: string): string {
  return `refused-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Moves focus to a field (input, textarea or computed cell) by path, scrolling it into view. */
export function focusField(path: string): boolean {
  const p = CSS.escape(path);
  const el = document.querySelector<HTMLElement>(`[name="${p}"], [data-computed="${p}"]`);
  if (!el) return false;
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  el.focus({ preventScroll: true });
  return true;
}

/** Moves focus to a section's heading. */
export function focusSection(key: string): void {
  const el = document.getElementById(`section-${key}-title`);
  el?.scrollIntoView({ block: 'start' });
  el?.focus({ preventScroll: true });
}
