import type { TemplateDef } from '../template/types';
import { listInputCells } from '../template/cells';
import { getAtPath, type ReportDocument } from '../report/document';
import { checkCellValue } from '../values/normalize';
import type { Violation } from './types';
import { cellName, formatValue } from './format';
import { isBlankValue } from './structure';

// Rule `value` (error). report-format.md, "Values": a count cell holds a non-negative integer or
// is blank; the fee (万元) a non-negative number with at most 6 decimals (to the 分); nothing above
// 9,999,999. The editor refuses such input, but a document read from JSON is untrusted: it may
// carry strings, negative numbers or decimals in a count, so every stored value is checked again.

/** One `value` violation per input cell whose stored value is not a valid value of its kind. */
export function checkCellValues(t: TemplateDef, doc: ReportDocument): Violation[] {
  return listInputCells(t).flatMap((cell): Violation[] => {
    const value = getAtPath(doc, cell.path);
    // A missing cell is blank (rule `required`), not an invalid value.
    if (isBlankValue(value)) return [];
    const reason = checkCellValue(value, cell.kind);
    if (reason === null) return [];
    return [
      {
        rule: 'value',
        severity: 'error',
        fields: [cell.path],
        section: cell.section,
        message: `${cellName(t, cell.path)}的值 ${formatValue(value)} 无效：${reason}`,
      },
    ];
  });
}
