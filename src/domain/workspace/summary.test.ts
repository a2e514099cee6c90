import { describe, expect, it } from 'vitest';
import { sample2021 } from '../samples/sample-2021';
import { setAtPath } from '../report/document';
import { compareWithPrevious, keyFigures } from './summary';
import { report, template } from '../consolidate/testing/fixtures';

describe('keyFigures', () => {
  it('reads the 2021 sample: no applications, no appeals (all zero, not blank)', () => {
    expect(keyFigures(template, sample2021)).toEqual({
      newReceived: 0,
      grandTotal: 0,
      carriedForward: 0,
      reconsiderationTotal: 0,
      litigationTotal: 0,
    });
  });

  it('sums the applicant columns, the result rows and both kinds of 行政诉讼; blank stays blank', () => {
    const doc = report('甲局', 2024, {
      'requests.newReceived.natural': 5,
      'requests.newReceived.commercial': 2,
      'requests.granted.natural': 4,
      'requests.denied.stateSecret.other': 1,
      'appeals.directLitigation.upheld': 2,
      'appeals.litigationAfterReconsideration.pending': 3,
    });
    expect(keyFigures(template, doc)).toEqual({
      newReceived: 7,
      grandTotal: 5,
      carriedForward: null,
      reconsiderationTotal: null,
      litigationTotal: 5,
    });
  });
});

describe('compareWithPrevious', () => {
  const previous = report('甲局', 2023, {
    'requests.carriedForward.natural': 2,
    'proactive.normativeDocuments.inForce': 5,
  });
  const current = report('甲局', 2024, {
    'requests.carriedOver.natural': 2,
    'proactive.normativeDocuments.issued': 3,
    'proactive.normativeDocuments.repealed': 0,
    'proactive.normativeDocuments.inForce': 8,
  });

  it('says 无上年 without last year’s report', () => {
    expect(compareWithPrevious(template, current, null)).toEqual({ kind: 'no-previous' });
  });

  it('is consistent when 二 equals last year’s 四 and 现行有效 rolls forward', () => {
    expect(compareWithPrevious(template, current, previous)).toEqual({ kind: 'consistent' });
  });

  it('counts each carry-over column and each in-force row that does not follow', () => {
    const off = setAtPath(
      setAtPath(current, 'requests.carriedOver.natural', 1),
      'proactive.normativeDocuments.inForce',
      9,
    );
    // 自然人 and its 总计 differ from last year's 四 (carryOver), 行政规范性文件 does not roll forward.
    expect(compareWithPrevious(template, off, previous)).toEqual({ kind: 'mismatch', count: 3 });
  });
});
