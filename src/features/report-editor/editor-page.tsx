import { useState } from 'react';
import { createEmptyReport, gov2021, sample2021, type ReportDocument } from '@/domain';
import { ReportEditor } from './report-editor';

function initialReport(search: string): ReportDocument {
  if (new URLSearchParams(search).get('new') === '1') {
    return createEmptyReport(gov2021, { agency: '', year: new Date().getFullYear() - 1 });
  }
  return structuredClone(sample2021);
}

/** Opens the editor on a copy of the 2021 sample report, or on an empty report with `?new=1`. */
export function EditorPage() {
  const [initial] = useState(() => initialReport(window.location.search));
  return (
    <main className="editor-page">
      <ReportEditor initial={initial} />
    </main>
  );
}
