import { memo } from 'react';
import { formatCellValue, type CellKind } from '@/domain';
import { useCellInput } from './use-cell-input';
import { useFieldValue, useFlag, useRefusal } from './use-cell';
import { describedById, refusalId } from './focus-field';
import { useReviewMark } from './review-marks';
import { useCellSources } from './cell-sources';

type Props = {
  readonly path: string;
  readonly name: string;
  readonly kind: CellKind;
  readonly colSpan?: number;
};

function cellClass(error: boolean, severity: string | undefined, dirty: boolean): string {
  const parts = ['cell', 'cell-input'];
  if (error) parts.push('is-error');
  else if (severity === 'warning') parts.push('is-warning');
  if (dirty) parts.push('is-dirty');
  return parts.join(' ');
}

/**
 * An input cell of a grid: a real <input> named by its field path, labelled by its row and column,
 * marked when it takes part in an error, with the reasons reachable through aria-describedby.
 */
export const GridCell = memo(function GridCell({ path, name, kind, colSpan }: Props) {
  const value = useFieldValue(path);
  const flag = useFlag(path);
  const refusal = useRefusal(path);
  const sources = useCellSources();
  const { draft, handlers } = useCellInput(path, kind, sources.readOnly);
  const mark = useReviewMark(path);
  const shown = draft ?? formatCellValue(typeof value === 'number' ? value : null);
  const error = flag?.severity === 'error' || refusal !== undefined;
  const describedBy = [
    refusal && refusalId(path),
    flag && describedById(path),
    sources.describedBy,
  ].filter(Boolean);
  return (
    <td
      className={cellClass(error, flag?.severity, draft !== null)}
      data-cell={path}
      colSpan={colSpan}
      data-sources={sources.attributes.get(path)}
      {...mark}
    >
      <input
        name={path}
        aria-label={name}
        readOnly={sources.readOnly || undefined}
        inputMode={kind === 'amount' ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        data-grid-cell=""
        data-dirty={draft !== null ? 'true' : undefined}
        value={shown}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy.join(' ') || undefined}
        {...handlers}
      />
      {refusal && (
        <span id={refusalId(path)} role="alert" className="cell-refusal visually-hidden">
          {refusal}
        </span>
      )}
      {flag && (
        <span id={describedById(path)} className="cell-tip">
          {flag.messages.join('\n')}
        </span>
      )}
    </td>
  );
});
