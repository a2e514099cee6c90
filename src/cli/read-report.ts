import { readFile } from 'node:fs/promises';
import { gov2021 } from '../domain/template/gov-2021';
import { importReport } from '../io/import-report';
import type { ImportResult } from '../io/import-result';

/** Reads a file and imports it; a missing file is a refusal like any other. */
export async function readReportFile(file: string): Promise<ImportResult> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    return { ok: false, error: `无法读取文件 ${file}（${reason}）` };
  }
  return importReport(gov2021, content);
}
