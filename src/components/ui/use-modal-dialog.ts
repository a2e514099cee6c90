import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * A native `<dialog>` shown modally while the component is mounted: the browser traps focus,
 * makes the page behind inert and closes it on Esc. Close buttons call `close()`; `onClose` runs
 * once the dialog is closed, when the page is no longer inert and focus can go back behind it.
 */
export function useModalDialog(
  onClose: () => void,
): readonly [RefObject<HTMLDialogElement | null>, () => void] {
  const ref = useRef<HTMLDialogElement>(null);
  const latest = useRef(onClose);
  useEffect(() => {
    latest.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const handle = () => latest.current();
    dialog.addEventListener('close', handle);
    return () => {
      dialog.removeEventListener('close', handle);
      if (dialog.open) dialog.close();
    };
  }, []);
  const close = useCallback(() => ref.current?.close(), []);
  return [ref, close] as const;
}
