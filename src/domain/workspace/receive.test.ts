import { describe, expect, it } from 'vitest';
import { classifyBatch, type KnownVersion, type ReceivedFile } from './receive';
import { report } from '../consolidate/testing/fixtures';

function file(
  fileName: string,
  agency: string,
  year: number,
  contentKey: string,
  updatedAt: string,
): ReceivedFile {
  return {
    fileName,
    imported: { ok: true, document: report(agency, year), contentKey, updatedAt },
  };
}

const junk: ReceivedFile = {
  fileName: 'notes.txt',
  imported: { ok: false, error: '这不是政府信息公开工作年度报告，未导入任何内容。' },
};

const nothingStored = () => null;

describe('classifyBatch: one result line per received file', () => {
  it('says 新增 for a new report and 未导入 with the reason for junk, the rest still going in', () => {
    const lines = classifyBatch(
      [
        file('a.txt', '甲局', 2024, 'k1', '2025-01-10T08:00:00Z'),
        junk,
        file('b.json', '乙局', 2024, 'k2', '2025-01-11T08:00:00Z'),
      ],
      2024,
      nothingStored,
    );
    expect(lines.map((l) => [l.fileName, l.outcome, l.text])).toEqual([
      ['a.txt', 'added', '新增：甲局 2024 年度报告'],
      ['notes.txt', 'refused', '未导入：这不是政府信息公开工作年度报告，未导入任何内容。'],
      ['b.json', 'added', '新增：乙局 2024 年度报告'],
    ]);
  });

  it('compares with the stored version: 与已存相同, 已更新 when newer, kept in history when older', () => {
    const stored: KnownVersion = { contentKey: 'old', updatedAt: '2025-01-15T00:00:00Z' };
    const lookup = (agency: string) => (agency === '甲局' ? stored : null);
    const [same] = classifyBatch(
      [file('a.txt', '甲局', 2024, 'old', '2025-01-15T00:00:00Z')],
      2024,
      lookup,
    );
    expect(same).toMatchObject({
      outcome: 'identical',
      text: '与已存相同：甲局 2024 年度报告，与已存版本相同，未重复导入',
    });
    const [newer] = classifyBatch(
      [file('a.txt', '甲局', 2024, 'new', '2025-01-20T00:00:00Z')],
      2024,
      lookup,
    );
    expect(newer).toMatchObject({ outcome: 'updated', replaces: null });
    expect(newer?.text).toBe(
      '已更新：甲局 2024 年度报告，比已存版本新，已替换为此版本，旧版本已存入历史记录',
    );
    const [older] = classifyBatch(
      [file('a.txt', '甲局', 2024, 'older', '2025-01-01T00:00:00Z')],
      2024,
      lookup,
    );
    expect(older).toMatchObject({ outcome: 'older', label: '已存入历史' });
    expect(older?.text).toContain('比已存版本旧，已存入历史记录，当前版本不变');
  });

  it('says so on both lines when two files of the batch are the same agency and year', () => {
    const lines = classifyBatch(
      [
        file('甲-新.json', '甲局', 2024, 'k-new', '2025-01-20T00:00:00Z'),
        file('甲-旧.txt', '甲 局', 2024, 'k-old', '2025-01-05T00:00:00Z'),
        file('乙.txt', '乙局', 2024, 'k-b1', '2025-01-05T00:00:00Z'),
        file('乙-改.txt', '乙局', 2024, 'k-b2', '2025-01-06T00:00:00Z'),
        file('乙-副本.txt', '乙局', 2024, 'k-b2', '2025-01-06T00:00:00Z'),
      ],
      2024,
      nothingStored,
    );
    expect(lines.map((l) => l.outcome)).toEqual([
      'added',
      'older',
      'added',
      'updated',
      'identical',
    ]);
    expect(lines[1]?.text).toContain('比本批文件「甲-新.json」旧，已存入历史记录');
    expect(lines[2]?.text).toBe(
      '新增：乙局 2024 年度报告；随后被本批较新的文件「乙-改.txt」取代，此版本已存入历史记录',
    );
    expect(lines[3]).toMatchObject({ replaces: '乙.txt' });
    expect(lines[3]?.text).toContain('比本批文件「乙.txt」新');
    expect(lines[4]?.text).toBe(
      '与已存相同：乙局 2024 年度报告，与本批文件「乙-改.txt」相同，未重复导入',
    );
  });

  it('sends a report of another year to its own workspace and says so', () => {
    const [line] = classifyBatch(
      [file('a.txt', '甲局', 2023, 'k', '2024-01-10T00:00:00Z')],
      2024,
      nothingStored,
    );
    expect(line).toMatchObject({ outcome: 'added', year: 2023, otherYear: true });
    expect(line?.text).toBe('新增：甲局 2023 年度报告（不是 2024 年度，已放入 2023 年工作台）');
  });

  it('keeps reports of one agency but different years apart', () => {
    const lines = classifyBatch(
      [
        file('a.txt', '甲局', 2023, 'k1', '2024-01-10T00:00:00Z'),
        file('b.txt', '甲局', 2024, 'k2', '2025-01-10T00:00:00Z'),
      ],
      2024,
      nothingStored,
    );
    expect(lines.map((l) => l.outcome)).toEqual(['added', 'added']);
  });
});
