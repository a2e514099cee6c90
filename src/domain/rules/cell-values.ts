import type { TemplateDef } from '../template/types';
import { getAtPath, type ReportDocument } from '../report/document';
import { checkCellValue } from '../values/normalize';
import type { Violation } from './types';
import { cellName, formatValue } from './format';
import { inputCells, isBlankValue } from './structure';

// Rule `value` (error). report-format.md, "Values": a count cell holds a non-negative integer or
// is blank; the fee (万元) a non-negative number with at most 6 decimals (to the 分); nothing above
// 9,999,999. The editor refuses such input, but a document read from JSON is untrusted: it may
// carry strings, negative numbers or decimals in a count, so every stored value is checked again.

/**
 * One `value` violation per input cell whose stored value is not a valid value of its kind; with
 * `only`, just the cells among those paths (the editor re-checks the cells a keystroke changed).
 */
export function checkCellValues(
  t: TemplateDef,
  doc: ReportDocument,
  only?: ReadonlySet<string>,
): Violation[] {
  const out: Violation[] = [];
  for (const cell of inputCells(t)) {
    if (only && !only.has(cell.path)) continue;
    const value = getAtPath(doc, cell.path);
    // A missing cell is blank (rule `required`), not an invalid value.
    if (isBlankValue(value)) continue;
    const reason = checkCellValue(value, cell.kind);
    if (reason === null) continue;
    out.push({
      rule: 'value',
      severity: 'error',
      fields: [cell.path],
      section: cell.section,
      message: `${cellName(t, cell.path)}的值 ${formatValue(value)} 无效：${reason}`,
    });
  }
  return out;
}
