import { useRef, useState } from 'react';
import { gov2021, reportTitle, type ReportDocument } from '@/domain';
import { ReportView } from '@/features/report-view';
import { ImportButton } from './import-button';
import type { ExistingReport, ImportAcceptOptions } from './use-import';
import { S } from './strings';

type Created = { readonly id: string; readonly document: ReportDocument };

// A stand-in for the drafts list until storage is wired: "drafts" live in memory, one per
// agency and year, so the replace question can be tried with a JSON file imported twice.
const sameReport = (a: ReportDocument, b: ReportDocument): boolean =>
  a.meta.agency === b.meta.agency && a.meta.year === b.meta.year;

/** `?view=import`: the 导入 button, and the last imported report shown read-only. */
export function ImportPage() {
  const [created, setCreated] = useState<readonly Created[]>([]);
  const [message, setMessage] = useState('');
  const nextId = useRef(1);
  const shown = created[created.length - 1];

  function accept(document: ReportDocument, _issues: unknown, options: ImportAcceptOptions): void {
    const replaced = options.replaces;
    const id = replaced?.id ?? `import-${nextId.current++}`;
    setCreated((list) => [...list.filter((c) => c.id !== id), { id, document }]);
    const title = reportTitle(document);
    setMessage(replaced ? S.replaced(title) : S.created(title));
  }

  function findExisting(document: ReportDocument): Promise<ExistingReport | undefined> {
    const found = created.find((c) => sameReport(c.document, document));
    return Promise.resolve(found && { id: found.id, title: reportTitle(found.document) });
  }

  return (
    <main className="import-page">
      <h1>{S.pageTitle}</h1>
      <p>{S.pageIntro}</p>
      <ImportButton template={gov2021} onAccept={accept} findExisting={findExisting} />
      <p role="status" data-testid="import-result">
        {message}
      </p>
      {shown && (
        <ReportView
          key={shown.id}
          template={gov2021}
          report={shown.document}
          label={S.importedLabel}
        />
      )}
    </main>
  );
}
