import { useEffect, useState } from 'react';

/** Focus `target` unless focus has already gone somewhere else than the page body. */
export function returnFocus(target: Element | null): void {
  const active = document.activeElement;
  const lost = active === null || active === document.body;
  if (lost && target instanceof HTMLElement && target.isConnected) target.focus();
}

/**
 * Remembers the element that had focus when the component first rendered (before a dialog
 * takes focus) and gives focus back to it on unmount, if focus was left on nothing.
 */
export function useReturnFocusOnUnmount(): void {
  const [opener] = useState(() => document.activeElement);
  useEffect(() => () => returnFocus(opener), [opener]);
}
