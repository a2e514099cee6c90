import { useMemo, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';

// Which cell of a 汇总's tables the sources are shown for: the one under the mouse, else the one
// with focus. Found by event delegation on the editor (the cells themselves carry only their
// `data-sources` attribute), so an ordinary report's cells pay nothing for it.

/** An input cell with sources, as found in the page. */
export type ActiveCell = {
  readonly path: string;
  /** Its accessible name (row and column labels). */
  readonly label: string;
  /** The figure shown in it. */
  readonly value: string;
  readonly element: HTMLElement;
};

function cellOf(target: EventTarget | null): ActiveCell | null {
  if (!(target instanceof Element)) return null;
  const td = target.closest<HTMLElement>('td[data-sources]');
  const path = td?.dataset.cell;
  if (!td || path === undefined) return null;
  const input = td.querySelector('input');
  return {
    path,
    label: input?.getAttribute('aria-label') ?? path,
    value: input?.value ?? '',
    element: td,
  };
}

const samePath = (a: ActiveCell | null, b: ActiveCell | null) => a?.path === b?.path;

/**
 * The cell to show in the tooltip (hovered, else focused), the cell last focused (for the panel,
 * which keeps it while focus is elsewhere), and the handlers to spread around the editor.
 * Forgotten when `version` changes (重新汇总 remounts the editor: the cells are new elements).
 */
export function useActiveCell(version: unknown) {
  const [hovered, setHovered] = useState<ActiveCell | null>(null);
  const [focused, setFocused] = useState<ActiveCell | null>(null);
  const [selected, setSelected] = useState<ActiveCell | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [seen, setSeen] = useState(version);
  if (seen !== version) {
    setSeen(version);
    setHovered(null);
    setFocused(null);
    setSelected(null);
  }
  const handlers = useMemo(
    () => ({
      onFocus: (e: FocusEvent) => {
        const cell = cellOf(e.target);
        setFocused((prev) => (samePath(prev, cell) ? prev : cell));
        if (cell) setSelected((prev) => (samePath(prev, cell) ? prev : cell));
        setHovered(null); // the latest of hover and focus is the one shown
        setDismissed(false);
      },
      onBlur: (e: FocusEvent) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(null);
      },
      onMouseOver: (e: MouseEvent) => {
        const cell = cellOf(e.target);
        setHovered((prev) => (samePath(prev, cell) ? prev : cell));
        if (cell) setDismissed(false);
      },
      onMouseLeave: () => setHovered(null),
      // Escape hides the tooltip without moving focus (WCAG 1.4.13); the cell still gets the key.
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Escape') setDismissed(true);
      },
    }),
    [],
  );
  return { tip: dismissed ? null : (hovered ?? focused), selected, handlers };
}
