import { memo } from 'react';
import { formatCellValue, type CellKind } from '@/domain';
import { useCellView } from './use-cell';
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

function describedBy(path: string, refused: boolean, flagged: boolean, sources?: string) {
  const ids = [refused && refusalId(path), flagged && describedById(path), sources];
  return ids.filter(Boolean).join(' ') || undefined;
}

// The cell's two texts are plain render helpers, not components: a cell renders ~170 times at
// load and on every keystroke of its grid, so it adds no component layer.

/** Why what was typed or pasted into the cell was refused, announced at once (role="alert"). */
function refusalText(path: string, refusal: string) {
  return (
    <span id={refusalId(path)} role="alert" className="cell-refusal visually-hidden">
      {refusal}
    </span>
  );
}

/** The rules' messages on the cell, shown as its tip and describing its input. */
function flagTip(path: string, messages: readonly string[]) {
  return (
    <span id={describedById(path)} className="cell-tip">
      {messages.join('\n')}
    </span>
  );
}

/**
 * An input cell of a grid: a real <input> named by its field path, labelled by its row and column,
 * marked when it takes part in an error, with the reasons reachable through aria-describedby. It
 * only renders: what it shows comes with one subscription to the store (useCellView), and the
 * keys, typing and paste are handled by its grid (use-grid-input.ts).
 */
export const GridCell = memo(function GridCell({ path, name, kind, colSpan }: Props) {
  const { value, flag, refusal, draft } = useCellView(path);
  const sources = useCellSources();
  const mark = useReviewMark(path);
  const shown = draft ?? formatCellValue(typeof value === 'number' ? value : null);
  const error = flag?.severity === 'error' || refusal !== undefined;
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
        aria-describedby={describedBy(path, refusal !== undefined, !!flag, sources.describedBy)}
        onChange={ignoreChange}
      />
      {refusal && refusalText(path, refusal)}
      {flag && flagTip(path, flag.messages)}
    </td>
  );
});

/** The grid handles the change (it bubbles to it); this keeps React from warning about a value without a handler. */
function ignoreChange(): void {}
