import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gov2021 } from '../domain/template/gov-2021';
import { importFile, type FileImportResult } from '../io/import-file';
import { nodePdfSource } from './pdfjs-node';

/** Reads a file of any format (text, HTML, JSON, .docx, .pdf, .xlsx) and imports it; a missing file is a refusal like any other. */
export async function readReportFile(file: string): Promise<FileImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    return { ok: false, error: `无法读取文件 ${file}（${reason}）` };
  }
  return importFile(gov2021, { name: basename(file), bytes }, { pdf: nodePdfSource });
}
