import { describe, expect, it } from 'vitest';
import { gov2021 } from '../src/domain/template/gov-2021';
import { compareWithPrevious, keyFigures } from '../src/domain/workspace/summary';
import { importReport } from '../src/io/import-report';
import { published } from '../src/io/testing/samples';

// The workspace's columns on the published reports, against the figures of their INDEX.md.

function read(name: string) {
  const result = importReport(gov2021, published(name));
  if (!result.ok) throw new Error(result.error);
  return result.document;
}

const hongze2023 = read('2023_huaian_hongzequ_renminzhengfu.txt');
const hongze2024 = read('2024_huaian_hongzequ_renminzhengfu.txt');

describe('key figures of the published reports', () => {
  it('洪泽区 2024: 一 95, （七）95, 四 0, 行政复议 2, 行政诉讼 1 + 3', () => {
    expect(keyFigures(gov2021, hongze2024)).toEqual({
      newReceived: 95,
      grandTotal: 95,
      carriedForward: 0,
      reconsiderationTotal: 2,
      litigationTotal: 4,
    });
  });

  it('洪泽区 2023: 行政复议 recomputed as 10 + 1 = 11 although the report prints 0', () => {
    expect(keyFigures(gov2021, hongze2023)).toMatchObject({
      newReceived: 21,
      reconsiderationTotal: 11,
      litigationTotal: 5,
    });
  });

  it('沭阳县 2025: 一 713, 四 31, 行政复议 61, 行政诉讼 3 + 10', () => {
    const doc = read('2025_suqian_shuyangxian_renminzhengfu.txt');
    expect(keyFigures(gov2021, doc)).toMatchObject({
      newReceived: 713,
      carriedForward: 31,
      reconsiderationTotal: 61,
      litigationTotal: 13,
    });
  });
});

describe('与上年 on the two 洪泽区 reports', () => {
  it('2024 follows on from 2023: 二 = last year’s 四, 现行有效 5 + 3 − 0 = 8', () => {
    expect(compareWithPrevious(gov2021, hongze2024, hongze2023)).toEqual({ kind: 'consistent' });
  });

  it('taken the wrong way round, 现行有效 does not roll forward', () => {
    expect(compareWithPrevious(gov2021, hongze2023, hongze2024)).toMatchObject({
      kind: 'mismatch',
    });
  });
});
