import { parseCellInput, type CellValue } from '@/domain';
import { cellAt, type GridModel } from './grid-model';

/** A cell the paste writes. */
export type PasteChange = { readonly path: string; readonly value: CellValue };
/** A pasted value that was not written, with the reason. `path` is null outside the table. */
export type PasteRefusal = {
  readonly path: string | null;
  readonly name: string;
  readonly raw: string;
  readonly reason: string;
};
export type PastePlan = {
  readonly changes: readonly PasteChange[];
  readonly refused: readonly PasteRefusal[];
  /** Computed cells the block covered: their values are never written. */
  readonly skipped: readonly string[];
};

const OUTSIDE = '超出表格范围';
const NOT_A_VALUE = '这里不是填报单元格';
const LINE_BREAK = '单元格内有换行，不是一个数字';

function trimTrailing(row: readonly string[]): string[] {
  const out = [...row];
  while (out.length > 0 && (out[out.length - 1] ?? '').trim() === '') out.pop();
  return out;
}

/**
 * Maps a pasted block onto the grid from the cell at `startPath`: block row i goes to the i-th
 * data row below (caption rows are skipped), block column j to grid column start + j. Computed
 * cells are skipped; values that cannot be read are refused one by one; the rest is written.
 */
export function planPaste(
  model: GridModel,
  startPath: string,
  block: readonly (readonly string[])[],
): PastePlan {
  const start = model.byPath.get(startPath);
  const changes: PasteChange[] = [];
  const refused: PasteRefusal[] = [];
  const skipped: string[] = [];
  if (!start) return { changes, refused, skipped };
  const firstRow = model.dataRows.indexOf(start.row);
  const written = new Set<string>();
  block.forEach((cells, i) => {
    const row = model.dataRows[firstRow + i];
    trimTrailing(cells).forEach((raw, j) => {
      const col = start.col + j;
      const where = `第 ${i + 1} 行第 ${j + 1} 列`;
      const target = row === undefined ? undefined : cellAt(model, row, col);
      if (!target) {
        if (raw.trim() !== '')
          refused.push({
            path: null,
            name: where,
            raw,
            reason: row === undefined || col >= model.columnCount ? OUTSIDE : NOT_A_VALUE,
          });
        return;
      }
      if (target.type === 'computed') return void skipped.push(target.path);
      if (written.has(target.path)) return; // the rest of a merged cell
      written.add(target.path);
      const parsed = /[\r\n]/.test(raw.trim())
        ? { ok: false as const, reason: LINE_BREAK }
        : parseCellInput(raw, target.kind);
      if (parsed.ok) changes.push({ path: target.path, value: parsed.value });
      else refused.push({ path: target.path, name: target.name, raw, reason: parsed.reason });
    });
  });
  return { changes, refused, skipped };
}
