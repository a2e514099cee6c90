import { useEffect, useId, useRef, type DragEvent } from 'react';
import { gov2021, type TemplateDef } from '@/domain';
import { useModalDialog } from '@/components/ui/use-modal-dialog';
import { ImportSource } from './import-source';
import { ImportSummary } from './import-summary';
import { useImport, type ImportHandlers, type ImportPhase } from './use-import';
import { S } from './strings';
import './import.css';

export type ImportDialogProps = ImportHandlers & {
  readonly onClose: () => void;
  readonly template?: TemplateDef;
  /** A file dropped on the page, read as soon as the dialog opens. */
  readonly initialFile?: File;
};

type Actions = ReturnType<typeof useImport>;

/** The outcome area: a refusal (and nothing else), the summary, or the replacement question. */
function Outcome({ phase, actions }: { readonly phase: ImportPhase; readonly actions: Actions }) {
  switch (phase.kind) {
    case 'idle':
      return null;
    case 'busy':
      return <p role="status">{S.reading}</p>;
    case 'refused':
      return (
        <p role="alert" className="import-error">
          {phase.error}
        </p>
      );
    case 'read':
      return (
        <>
          <ImportSummary model={phase.model} />
          {phase.saveError && <p role="alert">{phase.saveError}</p>}
        </>
      );
    case 'confirm':
      return (
        <div role="alertdialog" aria-labelledby="import-replace" className="import-confirm">
          <p id="import-replace">{S.replaceQuestion(phase.existing.title)}</p>
          <button type="button" onClick={() => void actions.resolve(true)}>
            {S.replace}
          </button>
          <button type="button" onClick={() => void actions.resolve(false)}>
            {S.keepBoth}
          </button>
        </div>
      );
  }
}

/**
 * Imports a report from a file (txt, html, json) or pasted text / HTML, shows what was read and
 * every issue, and creates a draft only when the user accepts. A JSON file for a report that
 * already exists asks before anything is replaced.
 */
export function ImportDialog({
  onClose,
  template = gov2021,
  initialFile,
  ...handlers
}: ImportDialogProps) {
  const [dialogRef, closeDialog] = useModalDialog(onClose);
  const titleId = useId();
  const actions = useImport(template, handlers, closeDialog);
  const busy = actions.phase.kind === 'busy' || actions.phase.kind === 'confirm';
  const { readFile } = actions;
  const started = useRef<File | undefined>(undefined);
  useEffect(() => {
    // Read a dropped file once, when the dialog opens with it.
    if (!initialFile || started.current === initialFile) return;
    started.current = initialFile;
    void readFile(initialFile);
  }, [initialFile, readFile]);
  const onDrop = (e: DragEvent<HTMLDialogElement>) => {
    const file = e.dataTransfer.files[0];
    if (!file || busy) return;
    e.preventDefault();
    void readFile(file);
  };
  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby={titleId}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <h2 id={titleId}>{S.title}</h2>
      <ImportSource
        disabled={busy}
        onFile={(f) => void actions.readFile(f)}
        onText={actions.readText}
      />
      <div className="import-outcome" aria-live="polite">
        <Outcome phase={actions.phase} actions={actions} />
      </div>
      <div className="import-buttons">
        {actions.phase.kind === 'read' && (
          <button type="button" className="primary" onClick={() => void actions.accept()}>
            {S.accept}
          </button>
        )}
        <button type="button" onClick={closeDialog}>
          {S.cancel}
        </button>
      </div>
    </dialog>
  );
}
