import { useEffect, useState } from 'react';
import { estimateStorage, requestPersistence, type Persistence } from '@/storage/durability';
import { formatBytes } from './logic/format-bytes';
import { D } from './strings';

const PERSISTENCE_TEXT: Record<Persistence, string> = {
  persisted: D.persisted,
  'not-persisted': D.notPersisted,
  unsupported: D.persistUnsupported,
};

/** The browser's answer about keeping our data, and how much is used (null until known). */
export type StorageState = { persistence: Persistence | null; usage: string | null };

/** Asks the browser to keep our data (`navigator.storage.persist()`) and reads the usage, once. */
export function useStorageState(): StorageState {
  const [state, setState] = useState<StorageState>({ persistence: null, usage: null });
  useEffect(() => {
    let live = true;
    void requestPersistence().then((p) => live && setState((s) => ({ ...s, persistence: p })));
    void estimateStorage().then(
      (u) =>
        live &&
        u &&
        setState((s) => ({ ...s, usage: D.usage(formatBytes(u.usage), formatBytes(u.quota)) })),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** In 设置: the browser's answer and the usage. */
export function StorageStatus({ state }: { state: StorageState }) {
  if (state.persistence === null) return null;
  return (
    <p className="storage-status" data-persistence={state.persistence}>
      {PERSISTENCE_TEXT[state.persistence]}
      {state.usage}
    </p>
  );
}

/** On the page, only when the browser refused to keep our data: back up regularly. */
export function StorageNotice({ state }: { state: StorageState }) {
  if (state.persistence !== 'not-persisted') return null;
  return (
    <p className="app-notice storage-notice" data-persistence={state.persistence}>
      {D.notPersisted}
    </p>
  );
}
