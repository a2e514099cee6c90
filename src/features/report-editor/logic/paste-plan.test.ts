import { describe, expect, it } from 'vitest';
import { gov2021, layoutTables } from '@/domain';
import { buildGridModel } from './grid-model';
import { parseTsv } from './parse-tsv';
import { planPaste } from './paste-plan';

const t3 = buildGridModel(layoutTables(gov2021).table3);
const t4 = buildGridModel(layoutTables(gov2021).table4);

describe('planPaste', () => {
  it('fills a block from the focused cell, normalising separators and full-width digits', () => {
    const block = parseTsv('1,234\t１２\t3\r\n4\t5\t6\r\n7\t8\t9\r\n10\t11\t12\r\n');
    const plan = planPaste(t3, 'requests.newReceived.natural', block);
    expect(plan.refused).toEqual([]);
    expect(plan.changes.slice(0, 3)).toEqual([
      { path: 'requests.newReceived.natural', value: 1234 },
      { path: 'requests.newReceived.commercial', value: 12 },
      { path: 'requests.newReceived.research', value: 3 },
    ]);
    expect(plan.changes.at(-1)).toEqual({ path: 'requests.partiallyGranted.research', value: 12 });
    expect(plan.changes).toHaveLength(12);
  });

  it('refuses unreadable cells one by one and writes the rest', () => {
    const plan = planPaste(t3, 'requests.granted.natural', parseTsv('1\tabc\t-3\r\n2.5\t4\t'));
    expect(plan.changes).toEqual([
      { path: 'requests.granted.natural', value: 1 },
      { path: 'requests.partiallyGranted.commercial', value: 4 },
    ]);
    expect(plan.refused.map((r) => [r.path, r.raw])).toEqual([
      ['requests.granted.commercial', 'abc'],
      ['requests.granted.research', '-3'],
      ['requests.partiallyGranted.natural', '2.5'],
    ]);
    expect(plan.refused[0]?.reason).toContain('不是数字');
  });

  it('skips computed cells and the （七）总计 row, and reports values beyond the table', () => {
    const plan = planPaste(
      t3,
      'requests.otherHandling.other.other',
      parseTsv('1\t99\t5\r\n9\t9\r\n2\r\n3'),
    );
    expect(plan.changes).toEqual([
      { path: 'requests.otherHandling.other.other', value: 1 },
      { path: 'requests.carriedForward.other', value: 2 },
    ]);
    expect(plan.skipped).toEqual([
      'requests.otherHandling.other.total',
      'requests.resultsTotal.other',
      'requests.resultsTotal.total',
    ]);
    expect(plan.refused.map((r) => r.reason)).toEqual(['超出表格范围', '超出表格范围']);
  });

  it('fills table 4 across groups, skipping each 总计', () => {
    const plan = planPaste(t4, 'appeals.reconsideration.upheld', parseTsv('1\t2\t3\t4\t10\t5\r\n'));
    expect(plan.changes.map((c) => c.path)).toEqual([
      'appeals.reconsideration.upheld',
      'appeals.reconsideration.corrected',
      'appeals.reconsideration.other',
      'appeals.reconsideration.pending',
      'appeals.directLitigation.upheld',
    ]);
    expect(plan.skipped).toEqual(['appeals.reconsideration.total']);
  });

  it('refuses a quoted cell with a line break (Alt+Enter) instead of joining its lines', () => {
    const plan = planPaste(t4, 'appeals.reconsideration.upheld', parseTsv('"1\r\n2"\t3'));
    expect(plan.refused.map((r) => r.reason)).toEqual(['单元格内有换行，不是一个数字']);
    expect(plan.changes).toEqual([{ path: 'appeals.reconsideration.corrected', value: 3 }]);
  });

  it('blanks a cell for an empty or dash value inside the block', () => {
    const plan = planPaste(t4, 'appeals.reconsideration.upheld', parseTsv('—\t\t1'));
    expect(plan.changes.map((c) => c.value)).toEqual([null, null, 1]);
  });
});
