import { describe, expect, it } from 'vitest';
import { checkInForce } from './in-force';
import { cleanReport, template, withValues } from './test-support';

const docs = (
  previousInForce: number | null,
  issued: number | null,
  repealed: number | null,
  inForce: number | null,
) => ({
  previous: withValues(cleanReport(), { 'proactive.normativeDocuments.inForce': previousInForce }),
  doc: withValues(cleanReport(), {
    'proactive.normativeDocuments.issued': issued,
    'proactive.normativeDocuments.repealed': repealed,
    'proactive.normativeDocuments.inForce': inForce,
  }),
});

describe('inForceRollForward', () => {
  it('holds when 现行有效 = last year + 制发 − 废止 (洪泽区 2023 → 2024: 5 + 3 − 0 = 8)', () => {
    const { previous, doc } = docs(5, 3, 0, 8);
    expect(checkInForce(template, doc, previous)).toEqual([]);
  });

  it('warns when it does not roll forward, naming every figure', () => {
    const { previous, doc } = docs(5, 3, 1, 9);
    const found = checkInForce(template, doc, previous);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'inForceRollForward',
      severity: 'warning',
      section: 'proactive',
      fields: [
        'proactive.normativeDocuments.inForce',
        'proactive.normativeDocuments.issued',
        'proactive.normativeDocuments.repealed',
      ],
    });
    expect(found[0]?.message).toContain(
      '表二「行政规范性文件」：现行有效件数 9，但上年现行有效件数 5 + 本年制发件数 3 − 本年废止件数 1 = 7，相差 2',
    );
  });

  it('checks 规章 too', () => {
    const previous = withValues(cleanReport(), { 'proactive.regulations.inForce': 10 });
    const found = checkInForce(template, cleanReport(), previous);
    expect(found.map((v) => v.fields[0])).toEqual(['proactive.regulations.inForce']);
  });

  it.each([
    [null, 3, 0, 8],
    [5, null, 0, 8],
    [5, 3, null, 8],
    [5, 3, 0, null],
  ])('skips when a figure is blank (%s, %s, %s, %s)', (a, b, c, d) => {
    const { previous, doc } = docs(a, b, c, d);
    expect(checkInForce(template, doc, previous)).toEqual([]);
  });
});
