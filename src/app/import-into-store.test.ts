import { describe, expect, it } from 'vitest';
import { gov2021, sample2021, setAtPath } from '@/domain';
import { createMemoryStore } from '@/storage/memory-store';
import { findExistingReport, storeImport } from './import-into-store';

// What 导入 on the start screen leaves in the store: a draft that remembers the format it was
// read from (the workspace's 来源 column), or a new version of the report it replaces.

function store() {
  let tick = 0;
  return createMemoryStore({
    now: () => new Date(Date.UTC(2025, 0, 20) + ++tick * 1000).toISOString(),
    newId: () => `r${++tick}`,
    template: gov2021,
  });
}

const WORD = { format: 'docx', modifiedAt: '2025-01-05T10:00:00.000Z' };

describe('storeImport', () => {
  it('creates a draft that keeps the format and file date it was read from', async () => {
    const s = store();
    const id = await storeImport(s, sample2021, [], { source: WORD });
    const loaded = await s.load(id);
    expect(loaded?.ok && loaded.record.origin).toEqual({ ...WORD, receivedAt: null });
    expect((await s.list())[0]?.origin?.format).toBe('docx');
  });

  it('replaces a stored report on request, keeping the old version in its history', async () => {
    const s = store();
    const first = await storeImport(s, sample2021, [], {});
    const existing = await findExistingReport(s, sample2021);
    expect(existing?.id).toBe(first);
    const changed = setAtPath(sample2021, 'requests.newReceived.natural', 4);
    const id = await storeImport(s, changed, [], { replaces: existing, source: WORD });
    expect(id).toBe(first);
    const loaded = await s.load(id);
    expect(loaded?.ok && loaded.record.document.requests).toEqual(changed.requests);
    expect(loaded?.ok && loaded.record.origin?.format).toBe('docx');
    const history = await s.listSnapshots(id);
    expect(history.map((h) => h.kind)).toContain('import');
    expect(history.length).toBeGreaterThanOrEqual(3);
  });
});
