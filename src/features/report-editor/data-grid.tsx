import { memo, useCallback, useRef, useState, type ClipboardEvent } from 'react';
import type { TableLayout } from '@/domain';
import type { PastePlan } from './logic/paste-plan';
import { GridContext } from './grid-context';
import { ComputedDescription } from './computed-cell';
import { BodyRow, ColumnCol, HeaderTh } from './grid-parts';
import { PasteReport } from './paste-report';
import { useGridApi } from './use-grid-api';
import { useGridTable } from './use-grid-table';

type Props = { layout: TableLayout; label: string };

/** One grid for a laid-out table: TanStack columns and header groups, body rows from the layout. */
export const DataGrid = memo(function DataGrid({ layout, label }: Props) {
  const { model, table, headers, widths, offsets, flagKeys, labels } = useGridTable(layout);
  const root = useRef<HTMLDivElement>(null);
  const [plan, setPlan] = useState<PastePlan | null>(null);
  const { api, copyText } = useGridApi(model, root, setPlan);
  const onCopy = useCallback(
    (e: ClipboardEvent) => {
      const text = copyText();
      if (text === null) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', text);
    },
    [copyText],
  );
  return (
    <GridContext.Provider value={api}>
      {plan && <PasteReport plan={plan} onClose={() => setPlan(null)} />}
      <div className={`grid-scroll grid-scroll-${layout.id}`} ref={root} onCopy={onCopy}>
        <table
          className={`grid grid-${layout.id}`}
          aria-label={label}
          style={{ width: `${widths.reduce((a, b) => a + b, 0)}rem` }}
        >
          <colgroup>
            {table.getAllLeafColumns().map((c, i) => (
              <ColumnCol key={c.id} width={widths[i] ?? 4} flagKey={flagKeys[i]} />
            ))}
          </colgroup>
          {headers.length > 0 && (
            <thead>
              {headers.map((row, r) => (
                <tr key={r}>
                  {row.map((h) => (
                    <HeaderTh
                      key={h.id}
                      h={h}
                      left={h.col + h.colSpan <= labels ? offsets[h.col] : undefined}
                      flagKey={h.colSpan === 1 ? flagKeys[h.col] : undefined}
                    />
                  ))}
                </tr>
              ))}
            </thead>
          )}
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <BodyRow
                key={row.id}
                layoutRow={row.original}
                placed={model.rows[row.index] ?? []}
                offsets={offsets}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div hidden>
        {model.cells
          .filter((c) => c.type === 'computed')
          .map((c) => (
            <ComputedDescription key={c.path} path={c.path} />
          ))}
      </div>
    </GridContext.Provider>
  );
});
