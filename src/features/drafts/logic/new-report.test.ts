import { describe, expect, it } from 'vitest';
import { getCell, sample2021, setAtPath } from '@/domain';
import type { ReportSummary } from '@/storage/report-store';
import { buildNewReport, copyTitle, lastYearSources, renamed } from './new-report';

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

  it('last year: the agency as the user confirmed it (renamed agencies), blank keeps last year’s', () => {
    const renamedAgency = buildNewReport({
      kind: 'lastYear',
      previous: sample2021,
      agency: ' 平湖市科学技术局 ',
    });
    expect(renamedAgency.meta).toMatchObject({ agency: '平湖市科学技术局', year: 2022 });
    const kept = buildNewReport({ kind: 'lastYear', previous: sample2021, agency: '  ' });
    expect(kept.meta.agency).toBe('平湖市科技局');
  });
});

describe('lastYearSources', () => {
  const row = (id: string, year: number, extra: Partial<ReportSummary> = {}) =>
    ({
      id,
      agency: `机关${id}`,
      year,
      deletedAt: null,
      unreadable: null,
      ...extra,
    }) as ReportSummary;

  it('offers live, readable reports up to this year, newest first', () => {
    const list = [
      row('a', 2023),
      row('b', 2025),
      row('c', 2026),
      row('d', 2024, { deletedAt: '2025-01-01T00:00:00Z' }),
      row('e', 2024, { unreadable: '损坏' }),
    ];
    expect(lastYearSources(list, 2025).map((r) => r.id)).toEqual(['b', 'a']);
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
