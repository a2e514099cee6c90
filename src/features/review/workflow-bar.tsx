import { useState } from 'react';
import type { ReportStatus } from '@/domain/drafts';
import { focusProblem } from '@/features/report-editor';
import type { Violation } from '@/domain/rules/types';
import {
  ACTION_LABELS,
  STATUS_LABELS,
  TRANSITIONS,
  availableActions,
  type Actor,
  type WorkflowAction,
  type WorkflowActionType,
} from '@/domain/workflow';
import type { ActionOutcome } from './logic/review-ops';
import { ReasonForm } from './reason-form';
import { R } from './strings';

type Props = {
  status: ReportStatus;
  identity: Actor | null;
  disabled: boolean;
  onAction: (action: WorkflowAction) => Promise<ActionOutcome>;
};

/** The message of the last action, shown while the status is still the one it led to. */
type Outcome = { ok: boolean; text: string; violations: Violation[]; status: ReportStatus };

function toAction(type: WorkflowActionType, reason: string): WorkflowAction {
  if (type === 'return' || type === 'unlock') return { type, reason };
  return { type };
}

/** The status badge and the actions the person's role allows, with refusals explained. */
export function WorkflowBar({ status, identity, disabled, onAction }: Props) {
  const [asking, setAsking] = useState<WorkflowActionType | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const actions = identity ? availableActions(status, identity.role) : [];

  async function run(type: WorkflowActionType, reason = '') {
    const label = ACTION_LABELS[type];
    const result = await onAction(toAction(type, reason));
    if (result.ok) setAsking(null);
    setOutcome(
      result.ok
        ? { ok: true, text: R.done(label), violations: [], status: result.record.status }
        : {
            ok: false,
            text: `${R.refused(label)}${result.reason}`,
            violations: result.violations ?? [],
            status,
          },
    );
  }

  return (
    <div className="workflow-bar" role="group" aria-label={R.workflow}>
      <span className="status-badge" data-status={status}>
        {R.statusLabel}：{STATUS_LABELS[status]}
      </span>
      {actions.map((type) => (
        <button
          key={type}
          type="button"
          data-action={type}
          disabled={disabled}
          aria-expanded={TRANSITIONS[type].needsReason ? asking === type : undefined}
          onClick={() => (TRANSITIONS[type].needsReason ? setAsking(type) : void run(type))}
        >
          {ACTION_LABELS[type]}
        </button>
      ))}
      {asking && (
        <ReasonForm
          label={R.reasonFor(ACTION_LABELS[asking])}
          submitLabel={R.confirm(ACTION_LABELS[asking])}
          disabled={disabled}
          onSubmit={(reason) => run(asking, reason)}
          onCancel={() => setAsking(null)}
        />
      )}
      {outcome?.status === status && <OutcomeMessage outcome={outcome} />}
    </div>
  );
}

/** The outcome; a refusal lists its problems, each moving focus to its first field. */
function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  return (
    <div className="workflow-outcome" role={outcome.ok ? 'status' : 'alert'} data-ok={outcome.ok}>
      <p>{outcome.text}</p>
      {outcome.violations.length > 0 && (
        <ul>
          {outcome.violations.map((v) => (
            <li key={`${v.rule}:${v.fields.join(',')}`}>
              <button
                type="button"
                className="problem-link"
                data-rule={v.rule}
                data-fields={v.fields.join(' ')}
                onClick={() => focusProblem(v)}
              >
                {v.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
