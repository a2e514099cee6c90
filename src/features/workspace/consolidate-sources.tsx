import { Button } from '@/components/ui/button';
import { WORKSPACE_STATUS_LABELS, type WorkspaceRow } from './logic/rows';
import { defaultSources } from './logic/selection';
import { WC } from './strings';

type SourcesProps = {
  rows: readonly WorkspaceRow[];
  candidates: readonly WorkspaceRow[];
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
};

/** The reports to sum, with 恢复默认选择 / 全选 / 全不选. */
export function SourcesFieldset({ rows, candidates, selected, onSelect }: SourcesProps) {
  const toggle = (rowId: string) => {
    const next = new Set(selected);
    if (!next.delete(rowId)) next.add(rowId);
    onSelect(next);
  };
  const all = () => new Set(candidates.flatMap((r) => (r.id ? [r.id] : [])));
  return (
    <fieldset className="consolidate-sources">
      <legend>{WC.sources}</legend>
      <p className="workspace-muted">{WC.sourcesHint}</p>
      <div className="toolbar">
        <Button size="sm" onClick={() => onSelect(new Set(defaultSources(rows)))}>
          {WC.selectDefault}
        </Button>
        <Button size="sm" onClick={() => onSelect(all())}>
          {WC.selectAll}
        </Button>
        <Button size="sm" onClick={() => onSelect(new Set())}>
          {WC.selectNone}
        </Button>
      </div>
      <ul className="consolidate-list">
        {candidates.map((r) => (
          <SourceOption
            key={r.key}
            row={r}
            checked={!!r.id && selected.has(r.id)}
            onToggle={toggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}

function SourceOption(props: {
  row: WorkspaceRow;
  checked: boolean;
  onToggle: (id: string) => void;
}) {
  const { row } = props;
  if (row.id === null) return null;
  const rowId = row.id;
  const status = row.consolidated ? WC.consolidated : WORKSPACE_STATUS_LABELS[row.status];
  return (
    <li>
      <label>
        <input
          type="checkbox"
          name="consolidate-source"
          value={rowId}
          checked={props.checked}
          onChange={() => props.onToggle(rowId)}
        />
        {WC.option(row.agency, status, WC.problems(row.errors))}
      </label>
    </li>
  );
}
