import { useEffect, useRef, type ReactNode } from 'react';
import { gov2021, type TemplateDef } from '@/domain';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
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
  /** More ways in, composed by the app under the report's own (导入审核包). */
  readonly extra?: ReactNode;
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
          {phase.saveError && (
            <p role="alert" className="import-error">
              {phase.saveError}
            </p>
          )}
        </>
      );
    case 'confirm':
      return (
        <div role="alertdialog" aria-labelledby="import-replace" className="import-confirm">
          <p id="import-replace">{S.replaceQuestion(phase.existing.title)}</p>
          <div className="toolbar">
            <Button variant="danger" onClick={() => void actions.resolve(true)}>
              {S.replace}
            </Button>
            <Button onClick={() => void actions.resolve(false)}>{S.keepBoth}</Button>
          </div>
        </div>
      );
  }
}

/** Reads a file dropped on the page once, when the dialog opens with it. */
function useInitialFile(file: File | undefined, readFile: (f: File) => Promise<void>) {
  const started = useRef<File | undefined>(undefined);
  useEffect(() => {
    if (!file || started.current === file) return;
    started.current = file;
    void readFile(file);
  }, [file, readFile]);
}

/**
 * Imports a report from a file (docx, pdf, xlsx, txt, html, json) or pasted text / HTML, shows
 * what was read and every issue, and creates a draft only when the user accepts. A JSON file for
 * a report that already exists asks before anything is replaced.
 */
export function ImportDialog(props: ImportDialogProps) {
  const { onClose, template = gov2021, initialFile, extra, ...handlers } = props;
  const actions = useImport(template, handlers, onClose);
  const busy = actions.phase.kind === 'busy' || actions.phase.kind === 'confirm';
  useInitialFile(initialFile, actions.readFile);
  const footer = (
    <>
      <Button onClick={onClose}>{S.cancel}</Button>
      {actions.phase.kind === 'read' && (
        <Button variant="primary" onClick={() => void actions.accept()}>
          {S.accept}
        </Button>
      )}
    </>
  );
  return (
    <Dialog title={S.title} onClose={onClose} width="lg" footer={footer}>
      <div className="import-dialog">
        <ImportSource
          disabled={busy}
          onFile={(f) => void actions.readFile(f)}
          onText={actions.readText}
        />
        <div className="import-outcome" aria-live="polite">
          <Outcome phase={actions.phase} actions={actions} />
        </div>
        {extra !== undefined && (
          <section className="import-package" aria-labelledby="import-package-title">
            <h3 id="import-package-title">{S.packageTitle}</h3>
            <p className="import-hint">{S.packageHint}</p>
            {extra}
          </section>
        )}
      </div>
    </Dialog>
  );
}
