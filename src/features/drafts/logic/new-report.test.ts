import { describe, expect, it } from 'vitest';
import { getCell, sample2021, setAtPath } from '@/domain';
import { buildNewReport, copyTitle, renamed } from './new-report';

describe('buildNewReport', () => {
  it('blank: agency and year, nothing else', () => {
    const doc = buildNewReport({ kind: 'blank', agency: ' 某局 ', year: 2025 });
    expect(doc.meta).toMatchObject({ agency: '某局', year: 2025, title: null });
    expect(getCell(doc, 'requests.newReceived.natural')).toBeNull();
  });

  it('sample: a copy of the sample', () => {
    const doc = buildNewReport({ kind: 'sample' });
    expect(doc).toEqual(sample2021);
    expect(doc).not.toBe(sample2021);
  });

  it('last year: next year, carried values, rest blank', () => {
    let previous = setAtPath(sample2021, 'requests.carriedForward.natural', 4);
    previous = setAtPath(previous, 'proactive.normativeDocuments.inForce', 6);
    const doc = buildNewReport({ kind: 'lastYear', previous });
    expect(doc.meta).toMatchObject({ agency: '平湖市科技局', year: 2022 });
    expect(getCell(doc, 'requests.carriedOver.natural')).toBe(4);
    expect(getCell(doc, 'proactive.normativeDocuments.inForce')).toBe(6);
    expect(getCell(doc, 'requests.newReceived.natural')).toBeNull();
  });
});

describe('titles', () => {
  it('copies get a suffix; a blank rename restores the default title', () => {
    expect(copyTitle(sample2021, '（副本）').meta.title).toBe(
      '平湖市科技局2021年度政府信息公开工作年度报告（副本）',
    );
    expect(renamed(sample2021, ' 新名 ').meta.title).toBe('新名');
    expect(renamed(sample2021, '  ').meta.title).toBeNull();
  });
});
