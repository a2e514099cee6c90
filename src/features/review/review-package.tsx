import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FilePicker } from '@/components/ui/file-picker';
import { usePackageImport, type ImportMessage, type ImportTarget } from './use-package-import';
import type { ConflictPlan } from './logic/package-import';
import type { ReviewSession } from './use-review-session';
import { R } from './strings';

/** 导入审核包: a file picker, the summary of what was imported, and the choice on a conflict. */
export function PackageImport({ target, disabled }: { target: ImportTarget; disabled?: boolean }) {
  const { conflict, message, importText, choose } = usePackageImport(target);
  async function pick(files: File[]) {
    const file = files[0];
    if (file) await importText(await file.text());
  }
  return (
    <div className="package-import">
      <FilePicker
        label={R.importPackage}
        accept=".json,application/json"
        disabled={disabled}
        hint={R.importHint}
        onFiles={(files) => void pick(files)}
      />
      {conflict && <ConflictChoice plan={conflict.plan} onChoose={(c) => void choose(c)} />}
      {message && <ImportResult message={message} />}
    </div>
  );
}

/** 导出审核包 of the open report, saying which file was written. */
function PackageExport({ session, disabled }: { session: ReviewSession; disabled: boolean }) {
  const [message, setMessage] = useState('');
  const hintId = useId();
  async function run() {
    try {
      setMessage(R.exported(await session.exportPackage()));
    } catch (e) {
      setMessage(R.failed(e instanceof Error ? e.message : String(e)));
    }
  }
  return (
    <div className="package-export">
      <Button disabled={disabled} aria-describedby={hintId} onClick={() => void run()}>
        {R.exportPackage}
      </Button>
      <span id={hintId} className="package-hint">
        {R.exportHint}
      </span>
      <span role="status">{message}</span>
    </div>
  );
}

/** The 审核包 menu of the editor: export this report's package, or import one sent back. */
export function PackagePanel({ session, disabled }: { session: ReviewSession; disabled: boolean }) {
  const off = disabled || session.busy;
  return (
    <div className="package-panel">
      <PackageExport session={session} disabled={off} />
      <PackageImport
        disabled={off}
        target={{
          store: session.store,
          reportId: session.record.id,
          prepare: session.settle,
          write: session.applyImport,
        }}
      />
    </div>
  );
}

function ImportResult({ message }: { message: ImportMessage }) {
  return (
    <div className="package-result" role={message.ok ? 'status' : 'alert'} data-ok={message.ok}>
      <ul>
        {message.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function ConflictChoice({
  plan,
  onChoose,
}: {
  plan: ConflictPlan;
  onChoose: (choice: 'local' | 'incoming' | null) => void;
}) {
  const titleId = useId();
  return (
    <div className="package-conflict" role="alertdialog" aria-labelledby={titleId}>
      <h3 id={titleId}>{R.conflictTitle}</h3>
      <p>{R.conflictText}</p>
      <p>{R.conflictDiff(plan.changes.cells.length)}</p>
      <div className="package-conflict-actions">
        <Button variant="primary" onClick={() => onChoose('local')}>
          {R.useMine}
        </Button>
        <Button onClick={() => onChoose('incoming')}>{R.useTheirs}</Button>
        <Button variant="ghost" onClick={() => onChoose(null)}>
          {R.cancel}
        </Button>
      </div>
    </div>
  );
}
