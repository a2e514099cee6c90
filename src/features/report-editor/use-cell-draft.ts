import { useCallback, useRef, useState } from 'react';
import { parseCellInput, type CellKind } from '@/domain';
import { useStore } from './store-context';

/**
 * Local edit state of a grid cell: the text being typed is previewed in the store (totals follow
 * every keystroke) and committed on Enter/Tab/blur as one undo step; unreadable text is refused
 * with a reason and the previous value stays.
 */
export function useCellDraft(path: string, kind: CellKind) {
  const store = useStore();
  const [draft, setDraft] = useState<string | null>(null);
  const ref = useRef<string | null>(null);

  const live = useCallback(
    (text: string) => {
      const parsed = parseCellInput(text, kind);
      if (parsed.ok) store.preview(path, parsed.value);
      else store.cancelPreview();
    },
    [store, path, kind],
  );

  const change = useCallback(
    (text: string, composing: boolean) => {
      ref.current = text;
      setDraft(text);
      if (store.getRefusal(path) !== undefined) store.refuse(path, null);
      if (!composing) live(text);
    },
    [store, path, live],
  );

  /** Commits the draft; false when it was refused. */
  const commit = useCallback((): boolean => {
    const text = ref.current;
    if (text === null) return true;
    ref.current = null;
    setDraft(null);
    const parsed = parseCellInput(text, kind);
    if (parsed.ok) {
      store.setCell(path, parsed.value);
      return true;
    }
    store.cancelPreview();
    store.refuse(path, parsed.reason);
    return false;
  }, [store, path, kind]);

  /** Drops the draft and shows the stored value again; false when there was nothing to drop. */
  const cancel = useCallback((): boolean => {
    if (ref.current === null) return false;
    ref.current = null;
    setDraft(null);
    store.cancelPreview();
    return true;
  }, [store]);

  return { draft, change, live, commit, cancel, hasDraft: () => ref.current !== null };
}
