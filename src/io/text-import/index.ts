import type { SectionDef, TemplateDef } from '../../domain/template/types';
import { createEmptyReport, setAtPath } from '../../domain/report/document';
import type { ImportResult } from '../import-result';
import { checkImportSize, looksBinary } from '../limits';
import { comparePrintedTotals } from '../printed-totals';
import { toLines, type Line } from './lines';
import { readTitle, takeSignature } from './meta';
import { readNarratives } from './narratives';
import { splitSections, type FoundSection } from './sections';
import { newState, type ImportState } from './state';
import { readTable2 } from './table2';
import { readTable3 } from './table3';
import { readTable4 } from './table4';

// The text importer. A text is accepted as a report when it has, at the least:
//   - the six section headings, in order (一、总体情况 … 六、其他需要报告的事项);
//   - the first and the last row of table 3 (一、本年新收… and 四、结转下年度继续办理);
//   - the line of figures of table 4.
// Anything less is refused with a message and creates nothing: a cut-off paste must not become a
// draft that silently lacks half its figures. Within those bounds every cell that cannot be read
// is left blank and listed in the summary.

const NOT_TEXT =
  '这不是文本内容（可能是图片、压缩包或 Word 文件），未导入任何内容。请粘贴报告文字，或导入 .txt / .html 文件。';
const NO_TABLE4 =
  '报告不完整：表四（行政复议、行政诉讼情况）没有数据行，无法导入。请提供完整的报告。';

function readNarrativeSection(state: ImportState, def: SectionDef, lines: readonly Line[]): void {
  for (const [path, text] of readNarratives(def, lines))
    state.doc = setAtPath(state.doc, path, text);
}

/** Reads the signature off the last section, then its narratives. */
function readLastSection(state: ImportState, s: FoundSection): void {
  const sig = takeSignature(
    s.lines.map((l) => l.text),
    state.doc.meta.agency,
  );
  const kept = s.lines.slice(0, sig.rest.length);
  if (sig.publishedOn) state.doc = setAtPath(state.doc, 'meta.publishedOn', sig.publishedOn);
  readNarrativeSection(state, s.def, kept);
}

function readSection(state: ImportState, s: FoundSection, last: boolean): string | null {
  switch (s.def.content) {
    case 'narratives':
      if (last) readLastSection(state, s);
      else readNarrativeSection(state, s.def, s.lines);
      return null;
    case 'table2':
      readTable2(state, s.lines);
      return null;
    case 'table3': {
      const r = readTable3(state, s.lines);
      return r.ok ? null : r.error;
    }
    case 'table4':
      return readTable4(state, s.lines) ? null : NO_TABLE4;
  }
}

/** Imports a report from plain text (the sample's layout and the copies real reports come in). */
export function importText(t: TemplateDef, text: string): ImportResult {
  const tooBig = checkImportSize(text);
  if (tooBig) return { ok: false, error: tooBig };
  if (looksBinary(text)) return { ok: false, error: NOT_TEXT };
  const lines = toLines(text);
  const split = splitSections(t, lines);
  if (!split.ok) return split;
  const title = readTitle(split.preamble, text);
  const state = newState(t, createEmptyReport(t, title.meta));
  state.issues.push(...title.issues);
  const sections = split.sections;
  for (const [i, s] of sections.entries()) {
    const error = readSection(state, s, i === sections.length - 1);
    if (error) return { ok: false, error };
  }
  const printed = [...state.printed].map(([path, figure]) => ({ path, printed: figure }));
  const totals = comparePrintedTotals(t, state.doc, printed);
  return { ok: true, document: state.doc, issues: [...state.issues, ...totals] };
}
