import type { TableLayout } from '../../domain/layout/table-layout';
import { placeLayout } from './place-layout';
import { displayWidth } from './sheet-format';

// Column widths from the texts each column holds on its own (cells spanning several columns do
// not widen any one of them): label columns fit their labels up to a cap (longer ones wrap),
// figure columns fit their column header.

const MIN_WIDTH = 8;
const MAX_LABEL_WIDTH = 44;
const MAX_VALUE_WIDTH = 14;

/** Widths of the table's columns in Excel's character units, first column first. */
export function columnWidths(layout: TableLayout): number[] {
  const text = Array<number>(layout.columnCount).fill(0);
  const isLabel = Array<boolean>(layout.columnCount).fill(false);
  for (const p of placeLayout(layout)) {
    if (p.cell.type === 'label') isLabel[p.col] = true;
    if ((p.cell.type !== 'header' && p.cell.type !== 'label') || p.colSpan > 1) continue;
    text[p.col] = Math.max(text[p.col] ?? 0, displayWidth(p.cell.text));
  }
  return text.map((w, i) => {
    const cap = isLabel[i] ? MAX_LABEL_WIDTH : MAX_VALUE_WIDTH;
    return Math.min(cap, Math.max(MIN_WIDTH, w + 2));
  });
}
