import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ConsolidationRefusal } from '@/domain';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { WorkspaceRow } from './logic/rows';
import {
  addedSources,
  consolidationCandidates,
  defaultSources,
  sourcesWithErrors,
} from './logic/selection';
import { SourcesFieldset } from './consolidate-sources';
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
        <AgencyField id={id} value={agency} onChange={setAgency} />
        <SourcesFieldset
          rows={rows}
          candidates={candidates}
          selected={selected}
          onSelect={setSelected}
        />
        <FormMessages added={addedSources(candidates, selected)} errors={errors} />
      </form>
    </Dialog>
  );
}

/** 本级政府名称 with its hint; `id` is the dialog's, which also names the form. */
function AgencyField(props: { id: string; value: string; onChange: (value: string) => void }) {
  const { id } = props;
  return (
    <>
      <label htmlFor={`${id}-agency`}>{WC.agency}</label>
      <input
        id={`${id}-agency`}
        name="consolidated-agency"
        value={props.value}
        aria-describedby={`${id}-agency-hint`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <p id={`${id}-agency-hint`} className="field-hint">
        {WC.agencyHint}
      </p>
    </>
  );
}

/** Under the choice: the reports chosen outside the default, then why generating failed. */
function FormMessages({ added, errors }: { added: readonly WorkspaceRow[]; errors: string[] }) {
  return (
    <>
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
    </>
  );
}
