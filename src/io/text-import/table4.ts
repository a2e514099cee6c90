import { lastLabelIndex, valueCells } from './labels';
import { splitCells, type Line } from './lines';
import { notePrinted, writeCell, type ImportState } from './state';

// Table 4 is one line of 15 figures under a header of labels: the first line of section 四 that
// has no label cell. Positions follow the template: per group, the outcomes then 总计.

// A markdown-style ruler ("------ --- ---") under a table is not a line of figures.
const RULER = /^[-—=_|:]{4,}$/;

type Slot = { readonly path: string; readonly computed: boolean };

function slots(state: ImportState): Slot[] {
  const { groups, outcomes, total } = state.t.table4;
  return groups.flatMap((g) => [
    ...outcomes.map((o) => ({ path: `appeals.${g.key}.${o.key}`, computed: false })),
    { path: `appeals.${g.key}.${total.key}`, computed: true },
  ]);
}

function findValueLine(lines: readonly Line[], count: number): string[] | null {
  for (const line of lines) {
    const cells = splitCells(line.raw);
    if (lastLabelIndex(cells) >= 0 || RULER.test(cells.join(''))) continue;
    // An all-blank line counts only when it has the full width (tabs between blank cells).
    if (cells.some((c) => c !== '') || cells.length >= count) return valueCells(cells, count);
  }
  return null;
}

/** Reads table 4 from the lines of section 四; false when its line of figures is missing. */
export function readTable4(state: ImportState, lines: readonly Line[]): boolean {
  const all = slots(state);
  const values = findValueLine(lines, all.length);
  if (!values) return false;
  all.forEach((slot, i) => {
    if (slot.computed) notePrinted(state, slot.path, values[i]);
    else writeCell(state, slot.path, values[i]);
  });
  return true;
}
