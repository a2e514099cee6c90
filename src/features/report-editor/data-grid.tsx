import { memo, useCallback, useRef, useState, type ClipboardEvent } from 'react';
import type { TableLayout } from '@/domain';
import type { GridModel } from './logic/grid-model';
import type { PastePlan } from './logic/paste-plan';
import { ComputedDescription } from './computed-cell';
import { BodyRow, ColumnCol, HeaderTh } from './grid-parts';
import { PasteReport } from './paste-report';
import { useGridApi } from './use-grid-api';
import { useGridInput } from './use-grid-input';
import { useGridTable } from './use-grid-table';
import { useStore } from './store-context';
import { useCellSources } from './cell-sources';

type Props = { layout: TableLayout; label: string };
type PlacedHeaders = ReturnType<typeof useGridTable>['headers'];

// The grid's markup is drawn by plain functions called in place (not components): every table
// of the editor renders through here, so extra component layers would cost on each keystroke.

/** The copy handler: the selected block as TSV, or the browser's own copy when none is. */
function useCopyBlock(copyText: () => string | null) {
  return useCallback(
    (e: ClipboardEvent) => {
      const text = copyText();
      if (text === null) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', text);
    },
    [copyText],
  );
}

/** The `<colgroup>`: one column per grid column, with its width and flag key. */
function columnGroup(flagKeys: readonly (string | undefined)[], widths: readonly number[]) {
  return (
    <colgroup>
      {flagKeys.map((flagKey, i) => (
        <ColumnCol key={i} width={widths[i] ?? 4} flagKey={flagKey} />
      ))}
    </colgroup>
  );
}

/** The `<thead>` with the merged header rows. */
function headerSection(headers: PlacedHeaders) {
  return (
    <thead>
      {headers.map((row, r) => (
        <tr key={r}>
          {row.map(({ h, left, flagKey }) => (
            <HeaderTh key={h.id} h={h} left={left} flagKey={flagKey} />
          ))}
        </tr>
      ))}
    </thead>
  );
}

/** The `<tbody>`: one row per body row of the layout, with its placed cells. */
function bodySection(layout: TableLayout, model: GridModel, offsets: readonly number[]) {
  return (
    <tbody>
      {layout.body.map((row, i) => (
        <BodyRow key={row.key} layoutRow={row} placed={model.rows[i] ?? []} offsets={offsets} />
      ))}
    </tbody>
  );
}

/** The hidden descriptions of the computed cells (how each is computed, for screen readers). */
function computedDescriptions(model: GridModel) {
  return (
    <div hidden>
      {model.cells
        .filter((c) => c.type === 'computed')
        .map((c) => (
          <ComputedDescription key={c.path} path={c.path} />
        ))}
    </div>
  );
}

/** One grid for a laid-out table: header rows, columns and body rows, all from the layout. */
export const DataGrid = memo(function DataGrid({ layout, label }: Props) {
  const { model, headers, widths, tableWidth, offsets, flagKeys } = useGridTable(layout);
  const root = useRef<HTMLDivElement>(null);
  const [plan, setPlan] = useState<PastePlan | null>(null);
  const { api, copyText } = useGridApi(model, root, setPlan);
  const store = useStore();
  const input = useGridInput({ store, model, api, readOnly: useCellSources().readOnly });
  const onCopy = useCopyBlock(copyText);
  return (
    <>
      {plan && <PasteReport plan={plan} onClose={() => setPlan(null)} />}
      <div className={`grid-scroll grid-scroll-${layout.id}`} ref={root} onCopy={onCopy} {...input}>
        <table
          className={`grid grid-${layout.id}`}
          aria-label={label}
          style={{ width: tableWidth }}
        >
          {columnGroup(flagKeys, widths)}
          {headers.length > 0 && headerSection(headers)}
          {bodySection(layout, model, offsets)}
        </table>
      </div>
      {computedDescriptions(model)}
    </>
  );
});
