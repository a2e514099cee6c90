import { useState, type SyntheticEvent } from 'react';

// Which field of the report the person last clicked or focused: the default target of a new
// comment. Works in a locked report too (the review CSS lets clicks through disabled inputs to
// their cell).

/** The field path of the element an event happened on, or null. */
export function fieldOfTarget(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest('[data-cell]')?.getAttribute('data-cell');
  if (cell) return cell;
  const named = target.closest('[name]')?.getAttribute('name');
  if (named && !named.startsWith('identity-')) return named;
  return target.closest('.narrative')?.querySelector('[name]')?.getAttribute('name') ?? null;
}

/** The selected field and the handlers that track it on a container of the report. */
export function useFieldSelection() {
  const [selected, setSelected] = useState<string | null>(null);
  const track = (e: SyntheticEvent) => {
    const field = fieldOfTarget(e.target);
    if (field) setSelected(field);
  };
  return { selected, handlers: { onClickCapture: track, onFocusCapture: track } };
}
