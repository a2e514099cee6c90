import type { TemplateDef } from '@/domain';
import { importFile, type FileImportResult } from '@/io/import-file';
import { decodeReportBytes } from './read-file';

/** Imports a report from a file the user picked or dropped, whatever its format. */
export async function importReportFile(t: TemplateDef, file: File): Promise<FileImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importFile(t, { name: file.name, bytes }, { decodeText: decodeReportBytes });
}
