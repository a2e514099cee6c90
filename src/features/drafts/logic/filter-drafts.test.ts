import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '@/storage/report-store';
import {
  compareProblems,
  filterDrafts,
  liveCount,
  NO_FILTER,
  trashCount,
  yearsOf,
} from './filter-drafts';

function summary(over: Partial<ReportSummary>): ReportSummary {
  return {
    id: 'x',
    agency: '某局',
    year: 2024,
    title: '某局2024年度政府信息公开工作年度报告',
    status: 'draft',
    rev: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    deletedAt: null,
    problems: { errors: 0, warnings: 0 },
    unreadable: null,
    contentKey: 'k',
    figures: null,
    origin: null,
    consolidatedAgencies: null,
    yearLink: null,
    ...over,
  };
}

const list = [
  summary({ id: 'a', agency: '平湖市科技局', year: 2021 }),
  summary({ id: 'b', agency: '平湖市 教育局', year: 2022, status: 'submitted' }),
  summary({ id: 'c', agency: '嘉兴市科技局', year: 2022, deletedAt: '2026-02-01T00:00:00Z' }),
];
const ids = (l: ReportSummary[]) => l.map((r) => r.id);

describe('filterDrafts', () => {
  it('hides the 回收站 unless asked', () => {
    expect(ids(filterDrafts(list, NO_FILTER))).toEqual(['a', 'b']);
    expect(ids(filterDrafts(list, { ...NO_FILTER, trash: true }))).toEqual(['c']);
    expect(trashCount(list)).toBe(1);
    expect(liveCount(list)).toBe(2);
  });

  it('filters by text ignoring spaces, by year and by status', () => {
    expect(ids(filterDrafts(list, { ...NO_FILTER, text: '平湖市教育' }))).toEqual(['b']);
    expect(ids(filterDrafts(list, { ...NO_FILTER, text: '科技' }))).toEqual(['a']);
    expect(ids(filterDrafts(list, { ...NO_FILTER, year: 2022 }))).toEqual(['b']);
    expect(ids(filterDrafts(list, { ...NO_FILTER, status: 'submitted' }))).toEqual(['b']);
    expect(ids(filterDrafts(list, { ...NO_FILTER, status: 'approved' }))).toEqual([]);
  });

  it('lists the years newest first', () => {
    expect(yearsOf(list)).toEqual([2022, 2021]);
  });

  // Its speed is the bench's (npm run bench: filter 1,000 drafts), not a test's.
  it('finds the matching reports among 1,000, by name and by year', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      summary({ id: String(i), agency: `机关${i}`, year: 2000 + (i % 20) }),
    );
    expect(filterDrafts(many, { ...NO_FILTER, text: '机关99' }).length).toBe(11);
    const named = filterDrafts(many, { ...NO_FILTER, text: '机关9', year: 2009 });
    expect(named.map((r) => r.agency)).toEqual(
      many.filter((r) => r.agency.startsWith('机关9') && r.year === 2009).map((r) => r.agency),
    );
  });
});

describe('compareProblems', () => {
  it('orders by errors, then warnings, unchecked last', () => {
    const sorted = [
      summary({ id: 'n', problems: null }),
      summary({ id: 'w', problems: { errors: 0, warnings: 3 } }),
      summary({ id: 'e', problems: { errors: 1, warnings: 0 } }),
      summary({ id: 'z', problems: { errors: 0, warnings: 0 } }),
    ].sort(compareProblems);
    expect(ids(sorted)).toEqual(['z', 'w', 'e', 'n']);
  });
});
