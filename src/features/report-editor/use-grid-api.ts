import { useMemo, useRef, type RefObject } from 'react';
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
  const sel = useRef<{ anchor: string | null; head: string | null; extending: boolean }>({
    anchor: null,
    head: null,
    extending: false,
  });

  return useMemo(() => {
    const select = (head: string) => {
      const s = sel.current;
      s.head = head;
      const block = s.anchor ? blockBetween(model, s.anchor, head) : null;
      const cells = block ? cellsInBlock(model, block) : [];
      paint(root.current, new Set(cells.length > 1 ? cells.map((c) => c.path) : []));
    };
    const selected = () => {
      const { anchor, head } = sel.current;
      const block = anchor && head && anchor !== head ? blockBetween(model, anchor, head) : null;
      return block ? cellsInBlock(model, block) : [];
    };
    const api: GridApi = {
      move(path, move, extend) {
        const from = extend ? (sel.current.head ?? path) : path;
        const target = nextCell(model, from, move);
        if (!target) return;
        if (!extend) return void focusField(target);
        select(target);
      },
      focused(path) {
        sel.current = { anchor: path, head: path, extending: false };
        paint(root.current, new Set());
      },
      extendTo(path) {
        select(path);
      },
      clearBlock() {
        const cells = selected().filter((c) => c.type === 'input');
        if (cells.length === 0) return false;
        store.applyBatch(
          cells.map((c) => ({ path: c.path, value: null })),
          S.clearBlock,
        );
        return true;
      },
      paste(path, text) {
        if (!isBlock(text)) return false;
        const plan = planPaste(model, path, parseTsv(text));
        store.applyBatch(plan.changes, S.pasteLabel);
        store.setRefusals(
          new Map(plan.refused.flatMap((r) => (r.path ? [[r.path, r.reason]] : []))),
        );
        onPasted(plan);
        return true;
      },
    };
    const copyText = (): string | null => {
      const { anchor, head } = sel.current;
      const block: Block | null = anchor && head ? blockBetween(model, anchor, head) : null;
      if (!block || selected().length < 2) return null;
      return blockText(model, block, (p) => {
        const v = store.getValue(p);
        return typeof v === 'number' ? formatCellValue(v) : String(store.getTotal(p) ?? '');
      });
    };
    return { api, copyText };
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
