import { describe, expect, it } from 'vitest';
import type { WorkspaceRow } from './rows';
import { addedSources, defaultSources, sourcesWithErrors } from './selection';
import { batchReport, batchTargets, uniqueFileNames } from './batch';

const row = (id: string | null, over: Partial<WorkspaceRow> = {}): WorkspaceRow => ({
  key: id ?? 'roster:x',
  id,
  agency: `${id ?? 'x'}局`,
  status: 'received',
  errors: 0,
  warnings: 0,
  previous: null,
  comparing: false,
  figures: null,
  source: '文本',
  updatedAt: null,
  received: true,
  consolidated: false,
  ...over,
});

const rows = [
  row('a'),
  row('b', { errors: 2 }),
  row('c', { received: false, status: 'draft' }),
  row('d', { consolidated: true }),
  row(null, { status: 'missing', received: false, errors: null }),
];

describe('consolidation selection', () => {
  it('selects every received report without errors by default', () => {
    expect(defaultSources(rows)).toEqual(['a']);
  });

  it('names what the user added beyond the default, and which of them have errors', () => {
    const selected = new Set(['a', 'b', 'c']);
    expect(addedSources(rows, selected).map((r) => r.agency)).toEqual(['b局', 'c局']);
    expect(sourcesWithErrors(rows, selected)).toEqual(['b']);
  });
});

describe('batch', () => {
  it('goes to the selected reports only, never to a 未报送 name', () => {
    expect(batchTargets(rows, new Set(['b', 'roster:x', 'c']))).toEqual([
      { id: 'b', agency: 'b局' },
      { id: 'c', agency: 'c局' },
    ]);
  });

  it('lists each refusal with its reason', () => {
    const report = batchReport('approve', [
      { agency: '甲局', ok: true },
      { agency: '乙局', ok: false, reason: '还有 2 个错误' },
    ]);
    expect(report).toEqual({
      summary: '批量定稿：已完成 1 份，1 份未执行：',
      refusals: ['乙局：还有 2 个错误'],
    });
  });
});

describe('uniqueFileNames', () => {
  it('keeps every file of a zip by numbering repeated names', () => {
    expect(uniqueFileNames(['a.json', 'b.json', 'a.json', 'a.json'])).toEqual([
      'a.json',
      'b.json',
      'a（2）.json',
      'a（3）.json',
    ]);
  });
});
