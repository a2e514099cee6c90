import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ConsolidationRefusal } from '@/domain';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { WORKSPACE_STATUS_LABELS, type WorkspaceRow } from './logic/rows';
import {
  addedSources,
  consolidationCandidates,
  defaultSources,
  sourcesWithErrors,
} from './logic/selection';
import { WC } from './strings';

/** What the dialog asks the app to do; mirrors runConsolidation's request. */
export type ConsolidateRequest = {
  year: number;
  sourceIds: string[];
  agency: string;
  allowErrors: string[];
};

/** runConsolidation's outcome, as far as the dialog needs it. */
export type ConsolidateOutcome =
  | { ok: true; id: string; warnings: readonly string[] }
  | { ok: false; refusals: readonly ConsolidationRefusal[] };

type ConsolidateDialogProps = {
  year: number;
  rows: readonly WorkspaceRow[];
  initialAgency: string;
  consolidate: (request: ConsolidateRequest) => Promise<ConsolidateOutcome>;
  onDone: (id: string, agency: string) => void;
  onClose: () => void;
};

/**
 * 生成汇总报告's submit: checks the name and the choice, asks the app to sum the chosen reports
 * (those with errors allowed, as chosen), and says why in Chinese when it cannot.
 */
function useConsolidateSubmit(
  props: ConsolidateDialogProps,
  candidates: readonly WorkspaceRow[],
  selected: ReadonlySet<string>,
  agency: string,
) {
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const name = agency.trim();
    if (name === '') return setErrors([WC.agencyNeeded]);
    if (selected.size === 0) return setErrors([WC.noneSelected]);
    setBusy(true);
    setErrors([]);
    try {
      const sourceIds = candidates.flatMap((r) => (r.id && selected.has(r.id) ? [r.id] : []));
      const allowErrors = sourcesWithErrors(candidates, selected);
      const outcome = await props.consolidate({
        year: props.year,
        sourceIds,
        agency: name,
        allowErrors,
      });
      if (outcome.ok) return props.onDone(outcome.id, name);
      setErrors([WC.refused, ...outcome.refusals.map((r) => r.message)]);
    } catch (err) {
      setErrors([WC.failed(err instanceof Error ? err.message : String(err))]);
    }
    setBusy(false);
  }
  return { errors, busy, submit };
}

/** 生成汇总报告: the 本级政府's name and the reports to sum (default: received, no errors). */
export function ConsolidateDialog(props: ConsolidateDialogProps) {
  const { year, rows } = props;
  const candidates = useMemo(() => consolidationCandidates(rows), [rows]);
  const [selected, setSelected] = useState(() => new Set(defaultSources(rows)));
  const [agency, setAgency] = useState(props.initialAgency);
  const { errors, busy, submit } = useConsolidateSubmit(props, candidates, selected, agency);
  const id = useId();
  const added = addedSources(candidates, selected);
  const footer = (
    <>
      <Button onClick={props.onClose}>{WC.cancel}</Button>
      <Button type="submit" form={`${id}-form`} variant="primary" disabled={busy}>
        {busy ? WC.generating : WC.generate}
      </Button>
    </>
  );
  return (
    <Dialog title={WC.title(year)} onClose={props.onClose} footer={footer} width="lg">
      <form id={`${id}-form`} className="consolidate-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-agency`}>{WC.agency}</label>
        <input
          id={`${id}-agency`}
          name="consolidated-agency"
          value={agency}
          aria-describedby={`${id}-agency-hint`}
          onChange={(e) => setAgency(e.target.value)}
        />
        <p id={`${id}-agency-hint`} className="field-hint">
          {WC.agencyHint}
        </p>
        <SourcesFieldset
          rows={rows}
          candidates={candidates}
          selected={selected}
          onSelect={setSelected}
        />
        {added.length > 0 && (
          <p className="workspace-warning" role="status">
            {WC.added(added.map((r) => r.agency).join('、'))}
          </p>
        )}
        {errors.length > 0 && (
          <div role="alert" className="workspace-error">
            {errors.map((m, i) => (
              <p key={i}>{m}</p>
            ))}
          </div>
        )}
      </form>
    </Dialog>
  );
}

type SourcesProps = {
  rows: readonly WorkspaceRow[];
  candidates: readonly WorkspaceRow[];
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
};

/** The reports to sum, with 恢复默认选择 / 全选 / 全不选. */
function SourcesFieldset({ rows, candidates, selected, onSelect }: SourcesProps) {
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
