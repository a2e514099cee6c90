import { describe, expect, it } from 'vitest';
import { gov2021 } from '../template/gov-2021';
import { createEmptyReport } from '../report/document';
import { BACKUP_KIND, checkBackup, createBackup, parseBackup, serializeBackup } from './backup';
import { buildRecord } from './record-fixtures';

const records = [
  buildRecord('a', { status: 'submitted', problems: { errors: 0, warnings: 2 } }),
  buildRecord('b', { deletedAt: '2025-02-01T00:00:00.000Z' }, '嘉兴市科技局'),
];
const file = createBackup(records, '2025-03-01T00:00:00.000Z');

function refusal(raw: unknown): string {
  const r = checkBackup(raw);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('backup file', () => {
  it('round-trips through its text unchanged', () => {
    const r = parseBackup(serializeBackup(file));
    expect(r).toEqual({ ok: true, backup: file, repairs: [] });
  });

  it('refuses a report file, another kind of file, a newer version and broken JSON', () => {
    expect(refusal(createEmptyReport(gov2021, { agency: 'x', year: 2021 }))).toMatch('导入报告');
    expect(refusal({ ...file, kind: 'something-else' })).toMatch('不是年度报告的备份文件');
    expect(refusal({ ...file, schemaVersion: 2 })).toMatch('比本程序支持的版本 1 新');
    expect(refusal({ ...file, schemaVersion: '1' })).toMatch('schemaVersion');
    expect(refusal([file])).toMatch('不是年度报告的备份文件');
    expect(refusal({ ...file, reports: undefined })).toMatch('reports');
    const text = parseBackup(serializeBackup(file).slice(0, 200));
    expect(text.ok ? '' : text.error).toMatch('不是有效的 JSON');
  });

  it('refuses a damaged file (checksum), duplicate ids and a report without id', () => {
    const damaged = { ...file, reports: [{ ...records[0], status: 'approved' }, records[1]] };
    expect(refusal(damaged)).toMatch('校验失败');
    expect(refusal({ ...file, checksum: undefined, reports: [records[0], records[0]] })).toMatch(
      '不止一次',
    );
    expect(refusal({ kind: BACKUP_KIND, schemaVersion: 1, reports: [{ rev: 1 }] })).toMatch(
      '第 1 份报告无法读取：报告记录缺少 id',
    );
  });

  it('reads a hand-made file without checksum leniently, filling defaults', () => {
    const raw = { kind: BACKUP_KIND, schemaVersion: 1, reports: [{ id: 'x', document: {} }] };
    const r = checkBackup(raw);
    if (!r.ok) throw new Error(r.error);
    expect(r.backup.reports[0]).toMatchObject({
      id: 'x',
      rev: 1,
      status: 'draft',
      deletedAt: null,
      acknowledgements: [],
      problems: null,
    });
    expect(r.repairs.join('\n')).toMatch('报告 x：rev 无效');
  });
});

describe('rosters in a backup', () => {
  it('round-trip, and an older file without them reads as none', () => {
    const withRosters = createBackup(records, '2025-03-01T00:00:00.000Z', [
      { year: 2024, names: ['甲局', '乙局'] },
    ]);
    const r = parseBackup(serializeBackup(withRosters));
    expect(r.ok && r.backup.rosters).toEqual([{ year: 2024, names: ['甲局', '乙局'] }]);
    const { rosters: _none, ...older } = withRosters;
    const old = checkBackup(older);
    expect(old.ok && old.backup.rosters).toEqual([]);
  });

  it('drops a damaged roster entry and keeps the rest', () => {
    const raw = {
      ...file,
      rosters: [
        { year: '2024', names: [] },
        { year: 2023, names: ['甲局', 3] },
      ],
    };
    const r = checkBackup(raw);
    expect(r.ok && r.backup.rosters).toEqual([{ year: 2023, names: ['甲局'] }]);
  });
});
