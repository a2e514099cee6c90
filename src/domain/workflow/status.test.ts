import { describe, expect, it } from 'vitest';
import { REPORT_STATUSES, type ReportStatus } from '../drafts/record';
import { createEmptyReport } from '../report/document';
import { gov2021 } from '../template/gov-2021';
import {
  applyAction,
  availableActions,
  canEdit,
  STATUS_LABELS,
  TRANSITIONS,
  type WorkflowState,
} from './status';
import { ROLES, WORKFLOW_ACTIONS, type WorkflowAction, type WorkflowActionType } from './types';
import { context, feeAck, preparer, reviewer, withCell } from './testing/fixtures';

const actionOf = (type: WorkflowActionType): WorkflowAction =>
  type === 'return' || type === 'unlock' ? { type, reason: '表三数字需核对' } : { type };
const state = (status: ReportStatus): WorkflowState => ({ status, rev: 7 });
const person = { preparer, reviewer };

describe('applyAction: the transition table', () => {
  const cases = WORKFLOW_ACTIONS.flatMap((action) =>
    REPORT_STATUSES.flatMap((status) => ROLES.map((role) => ({ action, status, role }))),
  );
  it.each(cases)('$action from $status by $role', ({ action, status, role }) => {
    const rule = TRANSITIONS[action];
    const result = applyAction(state(status), actionOf(action), context(person[role]));
    const allowed = rule.from === status && rule.role === role;
    expect(result.ok).toBe(allowed);
    if (result.ok) {
      expect(result.state).toEqual({ status: rule.to, rev: 7 });
      expect(result.event).toMatchObject({ action, fromStatus: status, toStatus: rule.to, rev: 7 });
    } else if (status !== rule.from) {
      expect(result.reason).toContain(`「${STATUS_LABELS[status]}」状态的报告不能`);
    } else {
      expect(result.reason).toMatch(/^只有(填报人|审核人)可以/);
    }
  });

  it('follows 草稿 → 待审核 → 退回修改 → 待审核 → 已定稿', () => {
    const steps: [WorkflowAction, keyof typeof person, ReportStatus][] = [
      [{ type: 'submit' }, 'preparer', 'submitted'],
      [{ type: 'return', reason: '请补充说明' }, 'reviewer', 'returned'],
      [{ type: 'resubmit' }, 'preparer', 'submitted'],
      [{ type: 'approve' }, 'reviewer', 'approved'],
    ];
    let s = state('draft');
    for (const [action, who, expected] of steps) {
      const r = applyAction(s, action, context(person[who]));
      if (!r.ok) throw new Error(r.reason);
      expect(r.state.status).toBe(expected);
      s = r.state;
    }
  });

  it('lists the actions a role can take', () => {
    expect(availableActions('submitted', 'reviewer')).toEqual(['return', 'approve']);
    expect(availableActions('submitted', 'preparer')).toEqual([]);
    expect(availableActions('returned', 'preparer')).toEqual(['resubmit']);
    expect(availableActions('approved', 'reviewer')).toEqual(['unlock']);
  });
});

describe('applyAction: guards', () => {
  it('records who, when, why and the revision on the event', () => {
    const r = applyAction(
      state('submitted'),
      { type: 'return', reason: '  表三不平衡 ' },
      context(reviewer),
    );
    expect(r).toEqual({
      ok: true,
      state: { status: 'returned', rev: 7 },
      event: {
        id: 'e1',
        action: 'return',
        at: '2025-01-15T02:00:00.000Z',
        actor: reviewer,
        reason: '表三不平衡',
        fromStatus: 'submitted',
        toStatus: 'returned',
        rev: 7,
      },
    });
  });

  it('refuses submitting while an error remains (balance)', () => {
    const doc = withCell('requests.newReceived.natural', 999);
    const r = applyAction(state('draft'), { type: 'submit' }, context(preparer, { document: doc }));
    expect(r).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^还有 \d+ 个错误，改正后才能提交审核/),
    });
    expect(r.ok ? [] : r.violations?.map((v) => v.rule)).toContain('balance');
  });

  it('treats a blank cell as an error at submit (required)', () => {
    const doc = withCell('proactive.licensing', null);
    const r = applyAction(state('draft'), { type: 'submit' }, context(preparer, { document: doc }));
    expect(r.ok ? [] : r.violations?.map((v) => `${v.rule}:${v.severity}`)).toContain(
      'required:error',
    );
    const empty = createEmptyReport(gov2021, { agency: '某局', year: 2024 });
    expect(
      applyAction(state('draft'), { type: 'submit' }, context(preparer, { document: empty })).ok,
    ).toBe(false);
  });

  it('refuses submitting while a warning is not acknowledged, and allows it after', () => {
    const none = applyAction(
      state('draft'),
      { type: 'submit' },
      context(preparer, { acknowledgements: [] }),
    );
    expect(none).toMatchObject({ ok: false, reason: expect.stringContaining('1 个提示尚未确认') });
    const blankReason = { ...feeAck, reason: '  ' };
    const ctx = context(preparer, { acknowledgements: [blankReason] });
    expect(applyAction(state('draft'), { type: 'submit' }, ctx).ok).toBe(false);
    const otherCells = { ...feeAck, fields: ['overview.intro'] };
    expect(
      applyAction(
        state('draft'),
        { type: 'submit' },
        context(preparer, { acknowledgements: [otherCells] }),
      ).ok,
    ).toBe(false);
    expect(applyAction(state('draft'), { type: 'submit' }, context(preparer)).ok).toBe(true);
  });

  it('checks the rules again at 定稿', () => {
    const doc = withCell('requests.newReceived.natural', 999);
    const r = applyAction(
      state('submitted'),
      { type: 'approve' },
      context(reviewer, { document: doc }),
    );
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('才能审核定稿') });
  });

  it('needs a reason to return or unlock', () => {
    for (const [from, type] of [
      ['submitted', 'return'],
      ['approved', 'unlock'],
    ] as const) {
      const r = applyAction(state(from), { type, reason: ' ' }, context(reviewer));
      expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('需要填写理由') });
    }
  });

  it('unlocks to 退回修改 by default, or to 草稿', () => {
    const ctx = context(reviewer);
    const back = applyAction(state('approved'), { type: 'unlock', reason: '发现笔误' }, ctx);
    const draft = applyAction(
      state('approved'),
      { type: 'unlock', reason: '重新填报', to: 'draft' },
      ctx,
    );
    expect(back.ok && back.state.status).toBe('returned');
    expect(draft.ok && draft.event).toMatchObject({
      action: 'unlock',
      toStatus: 'draft',
      reason: '重新填报',
    });
  });

  it('needs the name of the person acting', () => {
    const r = applyAction(
      state('draft'),
      { type: 'submit' },
      context({ name: ' ', role: 'preparer' }),
    );
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('姓名') });
  });

  it.each([
    ['draft', true],
    ['returned', true],
    ['submitted', false],
    ['approved', false],
  ] as const)('canEdit(%s) is %s', (status, expected) => {
    expect(canEdit(status)).toBe(expected);
  });
});
