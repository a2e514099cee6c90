import { useId, type ChangeEvent } from 'react';
import { usePackageImport, type ImportMessage, type ImportTarget } from './use-package-import';
import type { ConflictPlan } from './logic/package-import';
import { R } from './strings';

/** 导入审核包: a file input, the summary of what was imported, and the choice on a conflict. */
export function PackageImport({ target, disabled }: { target: ImportTarget; disabled?: boolean }) {
  const { conflict, message, importText, choose } = usePackageImport(target);
  const hintId = useId();
  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await importText(await file.text());
  }
  return (
    <div className="package-import">
      <label className="file-button">
        {R.importPackage}
        <input
          type="file"
          accept=".json,application/json"
          disabled={disabled}
          aria-describedby={hintId}
          onChange={(e) => void pick(e)}
        />
      </label>
      <span id={hintId} className="visually-hidden">
        {R.importHint}
      </span>
      {conflict && <ConflictChoice plan={conflict.plan} onChoose={(c) => void choose(c)} />}
      {message && <ImportResult message={message} />}
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
      <button type="button" onClick={() => onChoose('local')}>
        {R.useMine}
      </button>
      <button type="button" onClick={() => onChoose('incoming')}>
        {R.useTheirs}
      </button>
      <button type="button" onClick={() => onChoose(null)}>
        {R.cancel}
      </button>
    </div>
  );
}
