import type { SectionDef, TemplateDef } from '../../domain/template/types';
import { listInputCells } from '../../domain/template/cells';
import type { ImportIssue, ImportResult } from '../import-result';
import { OFFICE_MESSAGES as M } from '../office/messages';
import { sniffFile } from '../office/sniff';
import { importText } from '../text-import';
import { tableName } from '../text-import/state';
import { readDocxParts } from './docx-read-package';
import { repairLines } from './docx-read-sections';
import { readBlocks } from './wordml-body';
import { blocksToLines } from './wordml-lines';
import { readNumbering } from './wordml-numbering';
import { readStyles } from './wordml-styles';
import { child } from './wordml-xml';

// The Word reader. WordprocessingML is read directly (fflate to unzip, htmlparser2 for the XML)
// into the text lines the tolerant text importer reads, so a Word report is held to the same
// rules as a web page or a pasted text: labels matched, not positions; printed totals compared;
// one import summary. Only what differs is handled here: merges (w:gridSpan, w:vMerge), list
// numbering, content controls, text boxes, layout frames, and tables missing from a whole file.

/** The text lines of a .docx, or the Chinese refusal. */
function docxLines(t: TemplateDef, bytes: Uint8Array): string[] | { readonly error: string } {
  const parts = readDocxParts(bytes);
  if ('error' in parts) return parts;
  const body = child(child(parts.document, 'w:document'), 'w:body');
  if (!body) return { error: M.notWord };
  const blocks = readBlocks(body, {
    styles: readStyles(parts.styles),
    numbering: readNumbering(parts.numbering),
  });
  return blocksToLines(t, blocks, parts.chunk).flatMap((l) => l.split('\n'));
}

/** The summary entry for a table the Word file does not have. */
function missingTable(t: TemplateDef, def: SectionDef): ImportIssue {
  return {
    rule: 'unreadable',
    fields: listInputCells(t)
      .filter((c) => c.section === def.key)
      .map((c) => c.path),
    message:
      `Word 文件中“${def.title}”下没有找到${tableName(def.key)}的表格（可能是图片，或已被删除），` +
      '该表各格已留空，请对照原件补填。',
  };
}

/** Imports a report from a .docx file's bytes (tables with gridSpan/vMerge merges read as printed). */
export async function importDocx(t: TemplateDef, bytes: Uint8Array): Promise<ImportResult> {
  const sniffed = sniffFile(bytes, 'report.docx');
  if (!sniffed.ok) return sniffed;
  if (sniffed.format !== 'docx') return { ok: false, error: M.notWord };
  const lines = docxLines(t, bytes);
  if (!Array.isArray(lines)) return { ok: false, error: lines.error };
  const repaired = repairLines(t, lines);
  const result = importText(t, repaired.lines.join('\n'));
  if (!result.ok) return result;
  const missing = repaired.missing.map((def) => missingTable(t, def));
  return { ...result, issues: [...missing, ...result.issues] };
}
