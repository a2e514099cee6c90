import { describe, expect, it } from 'vitest';
import { createEmptyReport, gov2021 } from '../domain';
import { createEditJournal, type KeyValueStorage } from './edit-journal';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const doc = createEmptyReport(gov2021, { agency: '某局', year: 2024 });

describe('edit journal', () => {
  it('gives back an edit made on the stored rev', () => {
    const journal = createEditJournal(memoryStorage());
    expect(journal.write('a', { baseRev: 3, document: doc, acknowledgements: [] })).toBe(true);
    expect(journal.recover('a', 3)?.document.meta.agency).toBe('某局');
  });

  it('drops an entry made on another rev (its save went through)', () => {
    const storage = memoryStorage();
    const journal = createEditJournal(storage);
    journal.write('a', { baseRev: 3, document: doc, acknowledgements: [] });
    expect(journal.recover('a', 4)).toBeUndefined();
    expect(storage.data.size).toBe(0);
  });

  it('ignores damaged entries and missing storage', () => {
    const storage = memoryStorage();
    storage.setItem('nianbao-unsaved:a', '{not json');
    expect(createEditJournal(storage).recover('a', 1)).toBeUndefined();
    const none = createEditJournal(undefined);
    expect(none.write('a', { baseRev: 1, document: doc, acknowledgements: [] })).toBe(false);
    expect(none.recover('a', 1)).toBeUndefined();
  });

  it('reports a refused write (quota)', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const journal = createEditJournal(storage);
    expect(journal.write('a', { baseRev: 1, document: doc, acknowledgements: [] })).toBe(false);
  });
});
