import { describe, expect, it } from 'vitest';
import type { Consolidation } from '@/domain';
import type { ReportSummary } from '@/storage/report-store';
import { findStaleness, isStale, presentSourceIds } from './staleness';

const source = (key: string, agency: string) => ({
  key,
  agency,
  year: 2024,
  contentKey: `k-${key}`,
  errors: 0,
  warnings: 0,
});

const consolidation: Consolidation = {
  sources: [source('a', '甲局'), source('b', '乙局'), source('c', '丙局'), source('d', '丁局')],
  contributions: {},
  includedWithErrors: [],
};

function summary(id: string, contentKey: string, deletedAt: string | null = null): ReportSummary {
  return {
    id,
    agency: id,
    year: 2024,
    title: id,
    status: 'draft',
    rev: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    deletedAt,
    problems: null,
    unreadable: null,
    contentKey,
    figures: null,
    origin: null,
    consolidatedAgencies: null,
    yearLink: null,
  };
}

describe('whether a 汇总 is out of date', () => {
  it('is not when every source is stored as it was summed', () => {
    const list = ['a', 'b', 'c', 'd'].map((id) => summary(id, `k-${id}`));
    const s = findStaleness(consolidation, list);
    expect(isStale(s)).toBe(false);
    expect(presentSourceIds(consolidation, list)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('names the agencies changed since, in the 回收站, and deleted for good', () => {
    const list = [
      summary('a', 'k-a'),
      summary('b', 'changed'),
      summary('c', 'k-c', '2025-02-01T00:00:00.000Z'),
      summary('x', 'k-x'),
    ];
    const s = findStaleness(consolidation, list);
    expect(s).toEqual({ changed: ['乙局'], trashed: ['丙局'], purged: ['丁局'] });
    expect(isStale(s)).toBe(true);
    expect(presentSourceIds(consolidation, list)).toEqual(['a', 'b']);
  });
});
