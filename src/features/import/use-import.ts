import { useState } from 'react';
import type { ReportDocument, TemplateDef } from '@/domain';
import { importReport } from '@/io/import-report';
import type { FileImportResult } from '@/io/import-file';
import type { ImportIssue } from '@/io/import-result';
import { importReportFile } from './import-report-file';
import { summarizeImport, type ImportSummaryModel } from './summarize-import';
import { S } from './strings';

/** A stored report an import would replace. */
export type ExistingReport = { readonly id: string; readonly title: string };

/** How an accepted import is to be stored. */
export type ImportAcceptOptions = {
  /** Set when the user chose to replace this report (its old version goes to history). */
  readonly replaces?: ExistingReport;
  /** Where the report came from: the format read, and the file's last change (null: pasted). */
  readonly source?: ImportOrigin;
};

/** The format a report was read from, and when its file was last changed. */
export type ImportOrigin = { readonly format: string; readonly modifiedAt: string | null };

export type ImportHandlers = {
  /** Creates the draft (or replaces `options.replaces`); a rejection is shown in the dialog. */
  readonly onAccept: (
    document: ReportDocument,
    issues: readonly ImportIssue[],
    options: ImportAcceptOptions,
  ) => void | Promise<void>;
  /** The stored report with the same identity, if any; asked for JSON files only. */
  readonly findExisting?: (document: ReportDocument) => Promise<ExistingReport | undefined>;
};

type Read = {
  readonly document: ReportDocument;
  readonly issues: readonly ImportIssue[];
  readonly isJson: boolean;
  readonly model: ImportSummaryModel;
  readonly source: ImportOrigin;
};

/** Where the dialog is: nothing read yet, busy, refused, read, or asking before a replacement. */
export type ImportPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'refused'; readonly error: string }
  | ({ readonly kind: 'read'; readonly saveError?: string } & Read)
  | ({ readonly kind: 'confirm'; readonly existing: ExistingReport } & Read);

function readContent(t: TemplateDef, content: string): ImportPhase {
  if (content.trim() === '') return { kind: 'refused', error: S.empty };
  return readResult(t, importReport(t, content), null);
}

function readResult(t: TemplateDef, r: FileImportResult, modifiedAt: string | null): ImportPhase {
  if (!r.ok) return { kind: 'refused', error: r.error };
  const model = summarizeImport(t, r.document, r.issues, r.format);
  return {
    kind: 'read',
    document: r.document,
    issues: r.issues,
    isJson: r.format === 'json',
    model,
    source: { format: r.format ?? 'text', modifiedAt },
  };
}

const pickRead = ({ document, issues, isJson, model, source }: Read): Read => ({
  document,
  issues,
  isJson,
  model,
  source,
});

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The import dialog's state and actions (reading never creates anything; accepting does). */
export function useImport(t: TemplateDef, handlers: ImportHandlers, onDone: () => void) {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });

  async function finish(read: Read, options: ImportAcceptOptions): Promise<void> {
    setPhase({ kind: 'busy' });
    try {
      await handlers.onAccept(read.document, read.issues, { ...options, source: read.source });
      onDone();
    } catch (e) {
      setPhase({ ...pickRead(read), kind: 'read', saveError: S.saveFailed(reason(e)) });
    }
  }

  async function accept(): Promise<void> {
    if (phase.kind !== 'read') return;
    const existing = phase.isJson ? await handlers.findExisting?.(phase.document) : undefined;
    if (existing) setPhase({ ...phase, kind: 'confirm', existing });
    else await finish(phase, {});
  }

  return {
    phase,
    readText: (content: string) => setPhase(readContent(t, content)),
    async readFile(file: File): Promise<void> {
      setPhase({ kind: 'busy' });
      const modifiedAt = file.lastModified ? new Date(file.lastModified).toISOString() : null;
      setPhase(readResult(t, await importReportFile(t, file), modifiedAt));
    },
    accept,
    /** After the question: replace the existing report, or keep it and create a new draft. */
    resolve(replace: boolean): Promise<void> {
      if (phase.kind !== 'confirm') return Promise.resolve();
      return finish(phase, replace ? { replaces: phase.existing } : {});
    },
  };
}
