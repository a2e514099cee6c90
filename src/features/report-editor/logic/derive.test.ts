import { describe, expect, it } from 'vitest';
import type { Violation } from '@/domain';
import { buildFlags, changedFlags, columnKey, reuseViolations, violationKey } from './derive';

const balance: Violation = {
  rule: 'balance',
  severity: 'error',
  fields: ['requests.newReceived.natural', 'requests.resultsTotal.natural'],
  section: 'requests',
  message: '相差 1',
};
const fee: Violation = {
  rule: 'feeReported',
  severity: 'warning',
  fields: ['otherMatters'],
  section: 'otherMatters',
  message: '没有说明信息处理费',
};
const blank: Violation = {
  ...fee,
  rule: 'required',
  fields: ['proactive.licensing'],
  section: 'proactive',
};

describe('derived flags', () => {
  it('flags every cell of a problem and the column of a balance error', () => {
    const flags = buildFlags([balance, fee], new Map(), new Map());
    expect(flags.get('requests.newReceived.natural')).toEqual({
      severity: 'error',
      messages: ['相差 1'],
    });
    expect(flags.get(columnKey('requests.newReceived.natural'))?.severity).toBe('error');
    expect(columnKey('requests.denied.stateSecret.natural')).toBe('column:requests.natural');
    expect(flags.get('otherMatters')?.severity).toBe('warning');
  });

  it('does not mark blank cells (required) nor acknowledged warnings', () => {
    const flags = buildFlags([fee, blank], new Map([[violationKey(fee), '已说明']]), new Map());
    expect(flags.size).toBe(0);
  });

  it('keeps unchanged flags by identity and reports the changed keys', () => {
    const a = buildFlags([balance, fee], new Map(), new Map());
    const b = buildFlags([balance], new Map(), a);
    expect(b.get('requests.newReceived.natural')).toBe(a.get('requests.newReceived.natural'));
    expect(changedFlags(a, b)).toEqual(['otherMatters']);
  });

  it('reuses unchanged violations so the problem list re-renders only what changed', () => {
    const again = { ...balance };
    expect(reuseViolations([again, fee], [balance, fee])).toEqual({
      list: [balance, fee],
      changed: false,
    });
    const moved = { ...balance, message: '相差 2' };
    const r = reuseViolations([moved, fee], [balance, fee]);
    expect(r.changed).toBe(true);
    expect(r.list[0]).toBe(moved);
    expect(r.list[1]).toBe(fee);
  });
});
