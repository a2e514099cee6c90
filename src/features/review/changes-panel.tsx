import type { DiffPart, ReportChanges } from '@/domain/workflow';
import { hasChanges } from '@/domain/workflow/changes';
import { showValue } from './logic/marks';
import { R } from './strings';

type Props = {
  /** Changes since the last submission, or null when there is nothing to compare with. */
  changes: ReportChanges | null;
  onRefresh: () => void;
};

function WordDiff({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <p className="word-diff">
      {parts.map((p, i) =>
        p.type === 'added' ? (
          <ins key={i}>{p.text}</ins>
        ) : p.type === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/** 自上次提交以来的修改: cells old → new (also highlighted in the report), narratives word by word. */
export function ChangesPanel({ changes, onRefresh }: Props) {
  return (
    <div className="changes-panel">
      <button type="button" onClick={onRefresh}>
        {R.refresh}
      </button>
      {changes === null ? (
        <p className="review-empty">{R.noBaseline}</p>
      ) : !hasChanges(changes) ? (
        <p className="review-empty">{R.noChanges}</p>
      ) : (
        <ChangeList changes={changes} />
      )}
    </div>
  );
}

function ChangeList({ changes }: { changes: ReportChanges }) {
  return (
    <>
      <p>{R.cellsChanged(changes.cells.length)}</p>
      <ul className="changed-cells">
        {changes.meta.map((m) => (
          <li key={m.field}>
            {m.label}：{String(m.before ?? R.blank)}
            {R.arrow}
            {String(m.after ?? R.blank)}
          </li>
        ))}
        {changes.cells.map((c) => (
          <li key={c.path} data-change-path={c.path}>
            {c.name}：<del>{showValue(c.before)}</del>
            {R.arrow}
            <ins>{showValue(c.after)}</ins>
          </li>
        ))}
      </ul>
      {changes.narratives.map((n) => (
        <section key={n.path} className="changed-narrative" data-change-path={n.path}>
          <h4>{n.label}</h4>
          <WordDiff parts={n.parts} />
        </section>
      ))}
    </>
  );
}
