import { memo } from 'react';
import type { LayoutRow } from '@/domain';
import type { PlacedCell } from './logic/grid-model';
import type { HeaderCell } from './logic/header-model';
import { GridCell } from './grid-cell';
import { ComputedCell } from './computed-cell';
import { useColumnError } from './use-cell';

// The pieces of a grid's table: columns (tinted when a balance error concerns them), header
// cells and body rows laid out from the template, with sticky row labels.

export function ColumnCol({ width, flagKey }: { width: number; flagKey: string | undefined }) {
  return flagKey ? (
    <FlaggedCol width={width} flagKey={flagKey} />
  ) : (
    <col style={{ width: `${width}rem` }} />
  );
}

function FlaggedCol({ width, flagKey }: { width: number; flagKey: string }) {
  const error = useColumnError(flagKey);
  return (
    <col
      style={{ width: `${width}rem` }}
      className={error ? 'col-error' : undefined}
      data-invalid={error ? 'true' : undefined}
    />
  );
}

export function HeaderTh({
  h,
  left,
  flagKey,
}: {
  h: HeaderCell;
  left: number | undefined;
  flagKey: string | undefined;
}) {
  const sticky = left !== undefined;
  const error = useColumnError(flagKey);
  return (
    <th
      colSpan={h.colSpan}
      rowSpan={h.rowSpan}
      scope={h.colSpan > 1 ? 'colgroup' : 'col'}
      className={
        [sticky ? 'sticky-left note' : '', error ? 'col-head-error' : ''].join(' ').trim() ||
        undefined
      }
      style={sticky ? { left: `${left ?? 0}rem` } : undefined}
      data-invalid={error ? 'true' : undefined}
    >
      {h.text}
    </th>
  );
}

export const BodyRow = memo(function BodyRow({
  layoutRow,
  placed,
  offsets,
}: {
  layoutRow: LayoutRow;
  placed: readonly PlacedCell[];
  offsets: readonly number[];
}) {
  const opensSpan = placed.some((p) => (p.cell.type === 'label' ? p.cell.rowSpan > 1 : false));
  return (
    <tr className={[`row-${layoutRow.role}`, opensSpan ? 'span-start' : ''].join(' ').trim()}>
      {placed.map((p) => (
        <BodyCell key={`${p.col}`} p={p} left={offsets[p.col] ?? 0} />
      ))}
    </tr>
  );
});

function BodyCell({ p, left }: { p: PlacedCell; left: number }) {
  const c = p.cell;
  switch (c.type) {
    case 'header':
      return (
        <th colSpan={c.colSpan} rowSpan={c.rowSpan} scope="colgroup" className="caption">
          {c.text}
        </th>
      );
    case 'label':
      return (
        <th
          colSpan={c.colSpan}
          rowSpan={c.rowSpan}
          scope="row"
          className="label sticky-left"
          style={{ left: `${left}rem` }}
        >
          {c.text}
        </th>
      );
    case 'input':
      return <GridCell path={c.path} name={c.name} kind={c.kind} colSpan={c.colSpan} />;
    case 'computed':
      return <ComputedCell path={c.path} name={c.name} colSpan={c.colSpan} />;
  }
}
