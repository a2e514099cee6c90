import { useEffect, useRef, useState } from 'react';
import { createEmptyReport, gov2021, sample2021, type ReportDocument } from '@/domain';
import { describeStorageError } from '@/storage/durability';
import { useReportStore } from './store-context';
import { countProblems } from '@/domain/drafts';
import { reportSearch } from './route';
import { S } from './strings';

function demoDocument(blank: boolean, thisYear: number): ReportDocument {
  if (blank) return createEmptyReport(gov2021, { agency: '', year: thisYear - 1 });
  return structuredClone(sample2021);
}

/**
 * `?demo=sample[&new=1]`: stores a new draft copied from the sample (or blank), then makes the
 * address the draft's own (`?report=<id>`) so that a reload reopens it rather than a new copy.
 */
export function DemoScreen({
  blank,
  onCreated,
}: {
  blank: boolean;
  onCreated: (id: string) => void;
}) {
  const store = useReportStore();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false); // StrictMode runs effects twice: create one draft only
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const document = demoDocument(blank, new Date().getFullYear());
    const problems = countProblems(gov2021, document, {});
    store.create({ document, problems }).then(
      (record) => {
        window.history.replaceState(null, '', reportSearch(record.id));
        onCreated(record.id);
      },
      (e: unknown) => setError(describeStorageError(e)),
    );
  }, [store, blank, onCreated]);
  return (
    <main className="app-main">
      <p role={error ? 'alert' : 'status'}>{error ? S.createFailed(error) : S.creating}</p>
    </main>
  );
}
