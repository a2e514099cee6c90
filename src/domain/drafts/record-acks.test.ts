import { describe, expect, it } from 'vitest';
import { checkReport, gov2021, sample2021 } from '../index';
import { countProblems, toEditorAcks, toRecordAcks, violationKey } from './record-acks';

const found = checkReport(gov2021, sample2021, { stage: 'draft' });
const warning = found.find((v) => v.severity === 'warning')!;

describe('acknowledgements between editor and record', () => {
  it('round-trips and keeps the time of one already stored', () => {
    const acks = { [violationKey(warning)]: '已说明' };
    const stored = toRecordAcks(acks, [], '2026-01-01T00:00:00Z');
    expect(stored).toEqual([
      {
        rule: warning.rule,
        fields: [...warning.fields],
        reason: '已说明',
        at: '2026-01-01T00:00:00Z',
      },
    ]);
    expect(toRecordAcks(acks, stored, 'later')[0]?.at).toBe('2026-01-01T00:00:00Z');
    expect(toEditorAcks(gov2021, sample2021, stored)).toEqual(acks);
  });

  it('counts errors and the warnings not acknowledged', () => {
    const all = countProblems(gov2021, sample2021, {});
    expect(all.warnings).toBe(found.filter((v) => v.severity === 'warning').length);
    const acked = countProblems(gov2021, sample2021, { [violationKey(warning)]: 'x' });
    expect(acked.warnings).toBe(all.warnings - 1);
  });
});
