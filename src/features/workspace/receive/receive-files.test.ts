import { describe, expect, it } from 'vitest';
import { createEmptyReport, gov2021, setAtPath, type ReportDocument } from '@/domain';
import { createMemoryStore } from '@/storage/memory-store';
import type { ReportStore } from '@/storage/report-store';
import { testEnv } from '@/storage/report-store.contract-helpers';
import { receiveFiles, type ReceiveEnv } from './receive-files';
import type { IncomingFile } from './incoming';

// The batch-receive result lines (issue 12): 新增, 已更新 (old version to history), 与已存相同,
// 未导入 with the reason; another year's file goes to that year; of two files of one report in
// a batch the newer wins and both lines say so.

const report = (agency: string, licensing: number, year = 2024): ReportDocument =>
  setAtPath(createEmptyReport(gov2021, { agency, year }), 'proactive.licensing', licensing);

const file = (name: string, document: ReportDocument, modifiedAt: string): IncomingFile => ({
  name,
  modifiedAt,
  read: async () => ({ ok: true, document, format: 'text' }),
});

const junk = (name: string): IncomingFile => ({
  name,
  modifiedAt: '2025-01-10T00:00:00.000Z',
  read: async () => ({ ok: false, error: '这不是年度报告。' }),
});

function setup(): { store: ReportStore; env: ReceiveEnv } {
  const clock = testEnv();
  const store = createMemoryStore(clock);
  const env = { store, t: gov2021, now: () => '2025-01-31T09:00:00.000Z', workspaceYear: 2024 };
  return { store, env };
}

async function stored(store: ReportStore, agency: string) {
  const s = (await store.list()).find((r) => r.agency === agency);
  const loaded = s && (await store.load(s.id));
  if (!loaded?.ok) throw new Error(`no report of ${agency}`);
  return { record: loaded.record, history: await store.listSnapshots(loaded.record.id) };
}

describe('receiveFiles', () => {
  it('adds each report as received and refuses junk one by one', async () => {
    const { store, env } = setup();
    const lines = await receiveFiles(env, [
      file('a.txt', report('甲局', 1), '2025-01-10T00:00:00.000Z'),
      junk('photo.jpg'),
      file('b.txt', report('乙局', 2), '2025-01-11T00:00:00.000Z'),
    ]);
    expect(lines.map((l) => [l.fileName, l.label])).toEqual([
      ['a.txt', '新增'],
      ['photo.jpg', '未导入'],
      ['b.txt', '新增'],
    ]);
    expect(lines[1]?.text).toContain('这不是年度报告。');
    const { record } = await stored(store, '甲局');
    expect(record).toMatchObject({
      status: 'submitted',
      origin: { format: 'text', receivedAt: env.now(), modifiedAt: '2025-01-10T00:00:00.000Z' },
    });
    // Counted as 定稿 would judge it: the blank cells of a handed-in report are errors.
    expect(record.problems?.errors).toBeGreaterThan(0);
    expect(await store.list()).toHaveLength(2);
  });

  it('keeps the same file once, and a newer one replaces the stored one, which goes to history', async () => {
    const { store, env } = setup();
    await receiveFiles(env, [file('a.txt', report('甲局', 1), '2025-01-10T00:00:00.000Z')]);
    const again = await receiveFiles(env, [
      file('a-copy.txt', report('甲局', 1), '2025-01-12T00:00:00.000Z'),
    ]);
    expect(again[0]?.label).toBe('与已存相同');
    expect((await stored(store, '甲局')).record.rev).toBe(1);
    const newer = await receiveFiles(env, [
      file('a-v2.txt', report('甲局', 5), '2025-01-20T00:00:00.000Z'),
    ]);
    expect(newer[0]?.label).toBe('已更新');
    const { record, history } = await stored(store, '甲局');
    expect(record.document.proactive.licensing).toBe(5);
    expect(history.map((h) => h.description)).toEqual([expect.stringContaining('a-v2.txt')]);
    const old = await store.loadSnapshot(history[0]?.id ?? '');
    expect(old?.ok && old.snapshot.document.proactive.licensing).toBe(1);
  });

  it('keeps an older file in history and the stored version unchanged', async () => {
    const { store, env } = setup();
    await receiveFiles(env, [file('new.txt', report('甲局', 5), '2025-01-20T00:00:00.000Z')]);
    const lines = await receiveFiles(env, [
      file('old.txt', report('甲局', 1), '2025-01-05T00:00:00.000Z'),
    ]);
    expect(lines[0]?.label).toBe('已存入历史');
    const { record, history } = await stored(store, '甲局');
    expect(record.document.proactive.licensing).toBe(5);
    const kept = await store.loadSnapshot(history[0]?.id ?? '');
    expect(kept?.ok && kept.snapshot.document.proactive.licensing).toBe(1);
  });

  it('of two files of one report in a batch keeps the newer, and both lines say so', async () => {
    const { store, env } = setup();
    const lines = await receiveFiles(env, [
      file('first.txt', report('甲局', 1), '2025-01-05T00:00:00.000Z'),
      file('second.txt', report('甲局', 2), '2025-01-25T00:00:00.000Z'),
      file('stale.txt', report('乙局', 3), '2025-01-25T00:00:00.000Z'),
      file('staler.txt', report('乙局', 4), '2025-01-02T00:00:00.000Z'),
    ]);
    expect(lines.map((l) => l.label)).toEqual(['新增', '已更新', '新增', '已存入历史']);
    expect(lines[0]?.text).toContain('second.txt');
    expect(lines[1]?.text).toContain('first.txt');
    expect((await stored(store, '甲局')).record.document.proactive.licensing).toBe(2);
    expect((await stored(store, '乙局')).record.document.proactive.licensing).toBe(3);
    expect((await stored(store, '乙局')).history).toHaveLength(1);
  });

  it("puts another year's report in that year and says so", async () => {
    const { store, env } = setup();
    const lines = await receiveFiles(env, [
      file('2023.txt', report('甲局', 1, 2023), '2025-01-05T00:00:00.000Z'),
    ]);
    expect(lines[0]).toMatchObject({ label: '新增', otherYear: true, year: 2023 });
    expect(lines[0]?.text).toContain('2023 年工作台');
    expect((await store.list())[0]?.year).toBe(2023);
  });

  it('says 未导入 when a report cannot be written, and writes nothing of it', async () => {
    const { store, env } = setup();
    const failing = { ...store, create: () => Promise.reject(new Error('磁盘已满')) };
    const lines = await receiveFiles({ ...env, store: failing }, [
      file('a.txt', report('甲局', 1), '2025-01-05T00:00:00.000Z'),
    ]);
    expect(lines[0]?.label).toBe('未导入');
    expect(lines[0]?.text).toContain('磁盘已满');
    expect(await store.list()).toEqual([]);
  });
});
