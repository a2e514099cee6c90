import { useEffect, useState } from 'react';
import { estimateStorage, requestPersistence, type Persistence } from '@/storage/durability';
import { formatBytes } from './logic/format-bytes';
import { D } from './strings';

const PERSISTENCE_TEXT: Record<Persistence, string> = {
  persisted: D.persisted,
  'not-persisted': D.notPersisted,
  unsupported: D.persistUnsupported,
};

/** Asks the browser to keep our data (`navigator.storage.persist()`) and shows the answer and usage. */
export function StorageStatus() {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [usage, setUsage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void requestPersistence().then((p) => live && setPersistence(p));
    void estimateStorage().then(
      (u) => live && u && setUsage(D.usage(formatBytes(u.usage), formatBytes(u.quota))),
    );
    return () => {
      live = false;
    };
  }, []);
  if (persistence === null) return null;
  return (
    <p className="storage-status" data-persistence={persistence}>
      {PERSISTENCE_TEXT[persistence]}
      {usage}
    </p>
  );
}
