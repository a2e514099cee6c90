import { useMemo, type RefObject } from 'react';
import { formatCellValue } from '@/domain';
import type { GridModel } from './logic/grid-model';
import { blockBetween, cellsInBlock, nextCell, type Block } from './logic/grid-navigation';
import { parseTsv, isBlock, toTsv } from './logic/parse-tsv';
import { planPaste, type PastePlan } from './logic/paste-plan';
import type { GridApi } from './grid-context';
import { focusField } from './focus-field';
import { useStore } from './store-context';
import { S } from './strings';

function paint(root: HTMLElement | null, paths: ReadonlySet<string>): void {
  root?.querySelectorAll<HTMLElement>('[data-cell]').forEach((el) => {
    const on = paths.has(el.dataset.cell ?? '');
    if (on) el.dataset.selected = 'true';
    else delete el.dataset.selected;
  });
}

type Selection = { anchor: string | null; head: string | null; extending: boolean };
type EditorStore = ReturnType<typeof useStore>;

/** The selected block of a grid: extended to a cell (painted on the DOM), read, copied. */
function blockSelection(model: GridModel, root: RefObject<HTMLElement | null>, sel: Selection) {
  const select = (head: string) => {
    sel.head = head;
    const block = sel.anchor ? blockBetween(model, sel.anchor, head) : null;
    const cells = block ? cellsInBlock(model, block) : [];
    paint(root.current, new Set(cells.length > 1 ? cells.map((c) => c.path) : []));
  };
  const selected = () => {
    const { anchor, head } = sel;
    const block = anchor && head && anchor !== head ? blockBetween(model, anchor, head) : null;
    return block ? cellsInBlock(model, block) : [];
  };
  /** The block as tab-separated text, or null when fewer than two cells are selected. */
  const copyText = (store: EditorStore): string | null => {
    const { anchor, head } = sel;
    const block: Block | null = anchor && head ? blockBetween(model, anchor, head) : null;
    if (!block || selected().length < 2) return null;
    return blockText(model, block, (p) => {
      const v = store.getValue(p);
      return typeof v === 'number' ? formatCellValue(v) : String(store.getTotal(p) ?? '');
    });
  };
  return { select, selected, copyText };
}

/**
 * Pastes a TSV block from the cell at `path` as one undo step, marking the cells whose text was
 * refused. False when `text` is a single value, which the browser pastes into the cell.
 */
function pasteBlock(
  model: GridModel,
  store: EditorStore,
  path: string,
  text: string,
  onPasted: (plan: PastePlan) => void,
): boolean {
  if (!isBlock(text)) return false;
  const plan = planPaste(model, path, parseTsv(text));
  store.applyBatch(plan.changes, S.pasteLabel);
  store.setRefusals(new Map(plan.refused.flatMap((r) => (r.path ? [[r.path, r.reason]] : []))));
  onPasted(plan);
  return true;
}

/** The grid's API over `store`: moving, selecting, clearing the block, pasting a TSV block. */
function gridApi(
  model: GridModel,
  root: RefObject<HTMLElement | null>,
  store: EditorStore,
  sel: { current: Selection },
  onPasted: (plan: PastePlan) => void,
): GridApi {
  const block = () => blockSelection(model, root, sel.current);
  return {
    move(path, move, extend) {
      const target = nextCell(model, extend ? (sel.current.head ?? path) : path, move);
      if (!target) return;
      if (!extend) return void focusField(target);
      block().select(target);
    },
    focused(path) {
      sel.current = { anchor: path, head: path, extending: false };
      paint(root.current, new Set());
    },
    extendTo: (path) => block().select(path),
    clearBlock() {
      const cells = block()
        .selected()
        .filter((c) => c.type === 'input');
      if (cells.length === 0) return false;
      store.applyBatch(
        cells.map((c) => ({ path: c.path, value: null })),
        S.clearBlock,
      );
      return true;
    },
    paste: (path, text) => pasteBlock(model, store, path, text, onPasted),
  };
}

/**
 * The grid's behaviour behind its cells: moving focus, the selected block (painted on the DOM,
 * so selecting re-renders nothing), copying it as TSV, and pasting a TSV block as one undo step.
 */
export function useGridApi(
  model: GridModel,
  root: RefObject<HTMLElement | null>,
  onPasted: (plan: PastePlan) => void,
) {
  const store = useStore();
  return useMemo(() => {
    // The selection lives with the API: a new store (another version shown) starts without one.
    const sel: { current: Selection } = { current: { anchor: null, head: null, extending: false } };
    return {
      api: gridApi(model, root, store, sel, onPasted),
      copyText: () => blockSelection(model, root, sel.current).copyText(store),
    };
  }, [model, root, store, onPasted]);
}

function blockText(model: GridModel, block: Block, read: (path: string) => string): string {
  const rows: string[][] = [];
  for (const row of model.dataRows) {
    if (row < block.top || row > block.bottom) continue;
    const cells = cellsInBlock(model, { ...block, top: row, bottom: row });
    rows.push(cells.map((c) => read(c.path)));
  }
  return toTsv(rows);
}
