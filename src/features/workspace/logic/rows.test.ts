import { describe, expect, it } from 'vitest';
import { createEmptyReport, gov2021, setAtPath, type ReportDocument } from '@/domain';
import { createMemoryStore } from '@/storage/memory-store';
import { testEnv } from '@/storage/report-store.contract-helpers';
import type { ReportSummary } from '@/storage/report-store';
import { buildWorkspace, previousText, WORKSPACE_STATUS_LABELS } from './rows';
import { comparePair, yearPairs } from './previous-year';

// The workspace's rows come from summaries alone: statuses as the 政务公开办 reads them, the
// 与上年 comparison, 未报送 roster names and the header counts.

const received = { format: 'pdf', receivedAt: '2025-01-20T00:00:00.000Z', modifiedAt: null };

function withCells(agency: string, year: number, cells: Record<string, number>): ReportDocument {
  return Object.entries(cells).reduce(
    (d, [path, v]) => setAtPath(d, path, v),
    createEmptyReport(gov2021, { agency, year }),
  );
}

async function fixture() {
  const store = createMemoryStore(testEnv());
  // 甲局: 2023 carried 3 forward, 2024 took 3 over: consistent.
  await store.create({
    document: withCells('甲局', 2023, { 'requests.carriedForward.natural': 3 }),
  });
  await store.create({
    document: withCells('甲局', 2024, { 'requests.carriedOver.natural': 3 }),
    status: 'submitted',
    origin: received,
    problems: { errors: 2, warnings: 1 },
  });
  // 乙局: 2023 carried 4 forward, 2024 says 1: the 自然人 and 总计 columns disagree.
  await store.create({
    document: withCells('乙局', 2023, { 'requests.carriedForward.natural': 4 }),
  });
  await store.create({
    document: withCells('乙局', 2024, { 'requests.carriedOver.natural': 1 }),
    status: 'returned',
    problems: { errors: 0, warnings: 3 },
  });
  // 丙局: no report last year; in the 回收站 reports do not count.
  await store.create({ document: withCells('丙局', 2024, {}), status: 'submitted' });
  const trashed = await store.create({ document: withCells('丁局', 2024, {}) });
  await store.remove(trashed.id);
  return store.list();
}

/** The workspace with every 与上年 worked out (the page does this after the first paint). */
function workspace(summaries: ReportSummary[], roster: string[] | null) {
  const pairs = yearPairs(summaries, 2024);
  const comparisons = new Map(pairs.map((p) => [p.current.id, comparePair(gov2021, p)]));
  return buildWorkspace(summaries, 2024, roster, comparisons);
}

describe('buildWorkspace', () => {
  it('gives one row per report of the year with status, problems and 与上年', async () => {
    const { rows } = workspace(await fixture(), null);
    const view = rows.map((r) => [
      r.agency,
      WORKSPACE_STATUS_LABELS[r.status],
      r.errors,
      previousText(r.previous),
    ]);
    expect(view.sort()).toEqual([
      ['丙局', '待审核', null, '无上年'],
      ['乙局', '退回修改', 0, '2 处不符'],
      ['甲局', '已收到', 2, '一致'],
    ]);
    expect(rows.find((r) => r.agency === '甲局')?.source).toBe('PDF');
    expect(rows.find((r) => r.agency === '丙局')?.source).toBe('本机填写');
  });

  it('adds 未报送 roster names and counts 已收 / 应收 with the problem totals', async () => {
    const roster = ['甲局', '乙　局', '戊局'];
    const { rows, counts } = workspace(await fixture(), roster);
    expect(rows.filter((r) => r.status === 'missing').map((r) => [r.agency, r.id])).toEqual([
      ['戊局', null],
    ]);
    // 乙　局 matches 乙局 after normalising; 丙局 has a report although it is not on the roster.
    expect(counts).toEqual({ received: 2, expected: 3, errors: 2, warnings: 4, unchecked: 1 });
  });

  it('without a roster counts every report of the year as received', async () => {
    const { counts } = workspace(await fixture(), null);
    expect(counts).toMatchObject({ received: 3, expected: null });
  });
});

describe('与上年 before it is worked out', () => {
  it('reads 比较中… and is filled in once compared', async () => {
    const summaries = await fixture();
    const { rows } = buildWorkspace(summaries, 2024, null, new Map());
    expect(rows.map((r) => previousText(r.previous, r.comparing))).toEqual(
      rows.map(() => '比较中…'),
    );
  });
});
