import { describe, expect, it } from 'vitest';
import { sample2021 } from '../samples/sample-2021';
import { createEmptyReport } from '../report/document';
import { checkReport, RULE_ORDER } from './check-report';
import { cleanReport, ofRule, template, withValues } from './test-support';

describe('checkReport', () => {
  it('a complete, balanced report with the fee reported raises nothing', () => {
    expect(checkReport(template, cleanReport())).toEqual([]);
    expect(
      checkReport(template, cleanReport(), { stage: 'submit', previous: cleanReport() }),
    ).toEqual([]);
  });

  it('the sample only lacks the fee statement (六 says 无)', () => {
    expect(checkReport(template, sample2021).map((v) => v.rule)).toEqual(['feeReported']);
  });

  it('sorts by section in print order, then by rule', () => {
    const doc = withValues(cleanReport(), {
      otherMatters: '无',
      'appeals.reconsideration.upheld': null,
      'requests.newReceived.natural': 2,
      'requests.granted.natural': null,
      'proactive.licensing': -1,
      'proactive.coercion': null,
      'overview.onRequest': '受理政府信息公开申请 3 件。',
      'meta.agency': '',
    });
    const found = checkReport(template, doc);
    expect(found.map((v) => `${v.section}:${v.rule}`)).toEqual([
      'meta:required',
      'overview:narrativeNumber',
      'proactive:value',
      'proactive:required',
      'requests:balance',
      'requests:balance',
      'requests:required',
      'appeals:required',
      'otherMatters:feeReported',
    ]);
    expect(RULE_ORDER).toContain('printedTotal');
  });

  it('stage submit turns required into errors, and only required', () => {
    const doc = withValues(cleanReport(), { 'proactive.coercion': null, otherMatters: '无' });
    const draft = checkReport(template, doc);
    const submit = checkReport(template, doc, { stage: 'submit' });
    expect(ofRule(draft, 'required').map((v) => v.severity)).toEqual(['warning']);
    expect(ofRule(submit, 'required').map((v) => v.severity)).toEqual(['error']);
    expect(ofRule(submit, 'feeReported').map((v) => v.severity)).toEqual(['warning']);
  });

  it('carryOver and inForceRollForward need the previous report', () => {
    const doc = withValues(cleanReport(), {
      'requests.carriedOver.natural': 1,
      'requests.granted.natural': 1,
      'proactive.regulations.inForce': 4,
    });
    expect(ofRule(checkReport(template, doc), 'carryOver')).toEqual([]);
    expect(ofRule(checkReport(template, doc), 'inForceRollForward')).toEqual([]);
    const withPrevious = checkReport(template, doc, { previous: cleanReport() });
    expect(ofRule(withPrevious, 'carryOver').map((v) => v.fields)).toEqual([
      ['requests.carriedOver.natural'],
      ['requests.carriedOver.total'],
    ]);
    expect(ofRule(withPrevious, 'inForceRollForward').map((v) => v.fields[0])).toEqual([
      'proactive.regulations.inForce',
    ]);
  });

  it('an empty report has blanks but no error while drafting', () => {
    const found = checkReport(
      template,
      createEmptyReport(template, { agency: '某局', year: 2024 }),
    );
    expect(found.filter((v) => v.severity === 'error')).toEqual([]);
    expect(new Set(found.map((v) => v.rule))).toEqual(new Set(['required', 'feeReported']));
  });

  it('survives an untrusted document with missing branches and odd values', () => {
    const doc = withValues(cleanReport(), {
      requests: { newReceived: { natural: '5' } },
      meta: {},
    });
    const found = checkReport(template, doc);
    expect(ofRule(found, 'value').map((v) => v.fields)).toEqual([['requests.newReceived.natural']]);
    expect(ofRule(found, 'required').map((v) => v.fields[0])).toContain('meta.agency');
  });
});
