import { describe, expect, it } from 'vitest';
import { createEmptyReport, gov2021 } from '@/domain';
import { createMemoryStore } from '@/storage/memory-store';
import { createEditJournal } from '@/storage/edit-journal';
import type { ReportLock } from '@/storage/tab-lock';
import type { AppStorage } from '../app-storage';
import { openBeforeRender, openSession, takeOpened } from './open-session';

// Opening a stored report for the editor: the report, its lock, last year's report; and the
// hand-over of a session opened before React rendered to the editor that shows it.

function memoryKeys(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

/** A storage whose lock is free (or held by another tab); `held` lists the locks taken. */
function storage(lockFree = true) {
  let ids = 0;
  const store = createMemoryStore({
    now: () => '2025-01-20T00:00:00.000Z',
    newId: () => `r${++ids}`,
  });
  const held: { id: string; released: boolean }[] = [];
  const acquireLock = (id: string): Promise<ReportLock | null> => {
    if (!lockFree) return Promise.resolve(null);
    const lock = { id, released: false };
    held.push(lock);
    return Promise.resolve({ release: () => void (lock.released = true) });
  };
  const s: AppStorage = { store, journal: createEditJournal(memoryKeys()), acquireLock };
  return { s, held };
}

async function stored(s: AppStorage, agency: string, year: number) {
  return (await s.store.create({ document: createEmptyReport(gov2021, { agency, year }) })).id;
}

describe('openSession', () => {
  it('opens a report for editing with its lock and last year’s report of the same agency', async () => {
    const { s, held } = storage();
    const last = await stored(s, '某某局', 2024);
    await stored(s, '别的局', 2024);
    const id = await stored(s, '某某局', 2025);
    const opened = await openSession(s, id);
    if (opened.session.kind !== 'ready') throw new Error(opened.session.kind);
    expect(opened.session.readOnly).toBe(false);
    expect(opened.session.previous?.id).toBe(last);
    expect(opened.session.list).toHaveLength(3);
    expect(held).toEqual([{ id, released: false }]);
    opened.release();
    expect(held[0]?.released).toBe(true);
  });

  it('opens read-only when another tab holds the report', async () => {
    const { s } = storage(false);
    const id = await stored(s, '某某局', 2025);
    const opened = await openSession(s, id);
    expect(opened.session.kind === 'ready' && opened.session.readOnly).toBe(true);
  });

  it('says a report is missing, and lets go of its lock', async () => {
    const { s, held } = storage();
    const opened = await openSession(s, 'no-such-report');
    expect(opened.session).toEqual({ kind: 'missing' });
    expect(held).toEqual([{ id: 'no-such-report', released: true }]);
  });
});

describe('a session opened before React rendered', () => {
  it('is handed over once, to the editor of the same report only', async () => {
    const { s } = storage();
    const id = await stored(s, '某某局', 2025);
    await openBeforeRender(s, id);
    expect(takeOpened('another-report', true)).toBeUndefined();
    const first = takeOpened(id, false);
    expect(first?.session.kind).toBe('ready');
    expect(takeOpened(id, true)).toBe(first);
    expect(takeOpened(id, true)).toBeUndefined();
  });

  it('is opened once when the entry and the app both ask for it (one lock claimed)', async () => {
    const { s, held } = storage();
    const id = await stored(s, '某某局', 2025);
    const byEntry = openBeforeRender(s, id);
    const byApp = openBeforeRender(s, id);
    expect(byApp).toBe(byEntry);
    await byApp;
    expect(held).toEqual([{ id, released: false }]);
    expect(takeOpened(id, true)?.session.kind).toBe('ready');
  });
});
