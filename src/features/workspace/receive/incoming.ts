import type { ReportDocument, TemplateDef } from '@/domain';
import { REVIEW_PACKAGE_KIND, type ReviewPackage } from '@/io/review-package/format';

// Reading one received file, whatever it is: a 审核包 (recognised by its kind near the top of
// the file) keeps its review data; anything else goes through the app's one file importer.

/** A received file, read: the report with the format it came in, or why it cannot be. */
export type Imported =
  | {
      ok: true;
      document: ReportDocument;
      format: string;
      /** Present for a 审核包: its status, comments and history, and its text. */
      package?: { parsed: ReviewPackage; text: string };
    }
  | { ok: false; error: string };

/** A file of a batch: its name, its last-modified time (ISO) and how to read it. */
export type IncomingFile = {
  name: string;
  modifiedAt: string;
  read: () => Promise<Imported>;
};

const SNIFF_BYTES = 1024;

async function readPackage(t: TemplateDef, file: File): Promise<Imported> {
  const text = await file.text();
  const { parseReviewPackage } = await import('@/io/review-package/parse');
  const parsed = parseReviewPackage(t, text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { document } = parsed.package.report;
  return {
    ok: true,
    document,
    format: 'review-package',
    package: { parsed: parsed.package, text },
  };
}

async function readFile(t: TemplateDef, file: File): Promise<Imported> {
  const head = await file.slice(0, SNIFF_BYTES).text();
  if (head.includes(REVIEW_PACKAGE_KIND)) return readPackage(t, file);
  // The importers (with the JSON schema and the HTML parser) load with the first received file:
  // they are most of the workspace's code, and opening the workspace does not need them.
  const { importReportFile } = await import('@/features/import/import-report-file');
  const result = await importReportFile(t, file);
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, document: result.document, format: result.format ?? 'text' };
}

/** A picked or dropped file as a file of a batch. */
export function incomingFile(t: TemplateDef, file: File): IncomingFile {
  return {
    name: file.name,
    // A file without a usable time counts as modified now: the newest of the batch.
    modifiedAt: new Date(
      Number.isFinite(file.lastModified) ? file.lastModified : Date.now(),
    ).toISOString(),
    read: () => readFile(t, file),
  };
}
