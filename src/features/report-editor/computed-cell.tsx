import { memo } from 'react';
import { useComputedView, useLateFlag } from './use-cell';
import { describedById } from './focus-field';
import { useReviewMark } from './review-marks';
import { S } from './strings';

/** A read-only 总计 cell; its text is the number, its problems are described elsewhere by id. */
export const ComputedCell = memo(function ComputedCell({
  path,
  name,
  colSpan,
}: {
  path: string;
  name: string;
  colSpan?: number;
}) {
  const { total, flag } = useComputedView(path);
  const mark = useReviewMark(path);
  const error = flag?.severity === 'error';
  const cls = ['cell', 'cell-computed', error ? 'is-error' : flag ? 'is-warning' : ''];
  return (
    <td
      className={cls.join(' ').trim()}
      data-computed={path}
      colSpan={colSpan}
      data-cell={path}
      data-invalid={error ? 'true' : undefined}
      data-tip={flag?.messages.join('\n')}
      aria-describedby={flag ? describedById(path) : undefined}
      title={flag ? undefined : `${name}（${S.computedCell}）`}
      tabIndex={-1}
      {...mark}
    >
      {total}
    </td>
  );
});

/**
 * The hidden text that describes a computed cell's problems (referenced by aria-describedby). It
 * is not painted, so it follows one task after the keystroke: the total and its flag come first.
 */
export const ComputedDescription = memo(function ComputedDescription({ path }: { path: string }) {
  const flag = useLateFlag(path);
  return flag ? <span id={describedById(path)}>{flag.messages.join('\n')}</span> : null;
});
