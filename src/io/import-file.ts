import type { TemplateDef } from '../domain/template/types';
import type { ImportResult } from './import-result';
import { importReport, type SourceFormat } from './import-report';

/** Every format a report file can be imported from. */
export type FileFormat = SourceFormat | 'docx' | 'pdf' | 'xlsx';

/** A file to import: its name (for messages only; the format comes from the bytes) and bytes. */
export type ImportFileInput = { readonly name: string; readonly bytes: Uint8Array };

/** Text decoding and PDF reading, which differ between the browser and Node. */
export type ImportFileEnv = {
  /** Bytes of a text file (UTF-8, GB18030, UTF-16) to its text. */
  readonly decodeText: (bytes: Uint8Array) => string;
};

/** The outcome of importing one file, with the format it was read as. */
export type FileImportResult = ImportResult & { readonly format?: FileFormat };

/** Imports a report from a file of any supported format, recognised from its bytes. */
export async function importFile(
  t: TemplateDef,
  file: ImportFileInput,
  env: ImportFileEnv,
): Promise<FileImportResult> {
  return importReport(t, env.decodeText(file.bytes));
}
