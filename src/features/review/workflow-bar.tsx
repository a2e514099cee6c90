import { useCallback, useEffect, useState } from 'react';
import type { ReportStatus } from '@/domain/drafts';
import { focusProblem } from '@/features/report-editor';
import type { Violation } from '@/domain/rules/types';
import {
  ACTION_LABELS,
  TRANSITIONS,
  availableActions,
  type Actor,
  type WorkflowAction,
  type WorkflowActionType,
} from '@/domain/workflow';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { ActionOutcome } from './logic/review-ops';
import { ReasonForm, reasonKindOf } from './reason-form';
import { R } from './strings';

type Props = {
  status: ReportStatus;
  identity: Actor | null;
  disabled: boolean;
  onAction: (action: WorkflowAction) => Promise<ActionOutcome>;
  /** No identity yet: the person is asked for it (the review drawer holds the form). */
  onNeedIdentity: () => void;
};

/** The next step of the workflow is the primary button; sending back or unlocking is danger. */
const VARIANTS: Readonly<Record<WorkflowActionType, ButtonVariant>> = {
  submit: 'primary',
  resubmit: 'primary',
  approve: 'primary',
  return: 'danger',
  unlock: 'danger',
};

/** A success message goes away by itself after this long; a refusal stays until closed. */
const DONE_SHOWN_MS = 5_000;

/** The message of the last action, shown while the status is still the one it led to. */
type Outcome = { ok: boolean; text: string; violations: Violation[]; status: ReportStatus };

function toAction(type: WorkflowActionType, reason: string): WorkflowAction {
  if (type === 'return' || type === 'unlock') return { type, reason };
  return { type };
}

function toOutcome(type: WorkflowActionType, status: ReportStatus, result: ActionOutcome): Outcome {
  const label = ACTION_LABELS[type];
  if (result.ok)
    return { ok: true, text: R.done(label), violations: [], status: result.record.status };
  const violations = result.violations ?? [];
  return { ok: false, text: `${R.refused(label)}${result.reason}`, violations, status };
}

/** Which action is asking for its reason, the last outcome, and running an action. */
function useWorkflowRun(status: ReportStatus, onAction: Props['onAction']) {
  const [asking, setAsking] = useState<WorkflowActionType | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const dismiss = useCallback(() => setOutcome(null), []);
  async function run(type: WorkflowActionType, reason = '') {
    const result = await onAction(toAction(type, reason));
    if (result.ok) setAsking(null);
    setOutcome(toOutcome(type, status, result));
  }
  return { asking, setAsking, outcome, dismiss, run };
}

/**
 * The workflow actions the person's role allows, as toolbar buttons (a reason asked in a dialog),
 * with the outcome under the toolbar; without an identity, the way to give one.
 */
export function WorkflowBar({ status, identity, disabled, onAction, onNeedIdentity }: Props) {
  const { asking, setAsking, outcome, dismiss, run } = useWorkflowRun(status, onAction);
  if (!identity) {
    return (
      <Button variant="ghost" title={R.setIdentityHint} onClick={onNeedIdentity}>
        {R.setIdentity}
      </Button>
    );
  }
  return (
    <div className="workflow-bar" role="group" aria-label={R.workflow}>
      {availableActions(status, identity.role).map((type) => (
        <Button
          key={type}
          variant={VARIANTS[type]}
          data-action={type}
          disabled={disabled}
          aria-haspopup={TRANSITIONS[type].needsReason ? 'dialog' : undefined}
          onClick={() => (TRANSITIONS[type].needsReason ? setAsking(type) : void run(type))}
        >
          {ACTION_LABELS[type]}
        </Button>
      ))}
      {asking && (
        <ReasonDialog
          type={asking}
          disabled={disabled}
          onSubmit={(reason) => run(asking, reason)}
          onClose={() => setAsking(null)}
        />
      )}
      {outcome?.status === status && <OutcomeMessage outcome={outcome} onClose={dismiss} />}
    </div>
  );
}

type ReasonDialogProps = {
  type: WorkflowActionType;
  disabled: boolean;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
};

/** The reason an action asks for (退回修改, 撤销定稿), in a dialog over the toolbar. */
function ReasonDialog({ type, disabled, onSubmit, onClose }: ReasonDialogProps) {
  const label = ACTION_LABELS[type];
  return (
    <Dialog title={label} width="sm" onClose={onClose}>
      <ReasonForm
        kind={reasonKindOf(type)}
        label={R.reasonFor(label)}
        submitLabel={R.confirm(label)}
        disabled={disabled}
        onSubmit={onSubmit}
        onCancel={onClose}
      />
    </Dialog>
  );
}

/** The outcome, under the toolbar; a refusal lists its problems, each moving focus to its field. */
function OutcomeMessage({ outcome, onClose }: { outcome: Outcome; onClose: () => void }) {
  useEffect(() => {
    if (!outcome.ok) return;
    const timer = setTimeout(onClose, DONE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [outcome, onClose]);
  return (
    <div className="workflow-outcome" role={outcome.ok ? 'status' : 'alert'} data-ok={outcome.ok}>
      <div className="workflow-outcome-head">
        <p>{outcome.text}</p>
        <Button variant="ghost" size="sm" onClick={onClose}>
          {R.dismiss}
        </Button>
      </div>
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
