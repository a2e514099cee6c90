import { describe, expect, it } from 'vitest';
import { gov2021, sample2021 } from '@/domain';
import { createReportStore } from './report-store';
import { cancelDraft, changeDraft, commitDraft } from './cell-draft';

const CELL = 'requests.granted.natural';
const TOTAL = 'requests.resultsTotal.natural';

function setup() {
  const store = createReportStore(gov2021, sample2021);
  const calls: string[] = [];
  store.subscribe(CELL, () => calls.push(CELL));
  return { store, calls };
}

describe('cell drafts', () => {
  it('shows the typed text and previews its value: totals follow, nothing is recorded', () => {
    const { store, calls } = setup();
    changeDraft(store, CELL, 'count', '12', false);
    expect(store.getDraft(CELL)).toBe('12');
    expect(store.getTotal(TOTAL)).toBe(12);
    expect(store.getCommitted()).toBe(sample2021);
    expect(store.canUndo()).toBe(false);
    expect(calls.length).toBeGreaterThan(0);
  });

  it('previews nothing while an input method is composing', () => {
    const { store } = setup();
    changeDraft(store, CELL, 'count', '1', true);
    expect(store.getDraft(CELL)).toBe('1');
    expect(store.getTotal(TOTAL)).toBe(0);
  });

  it('commits the draft as one undo step and clears it', () => {
    const { store } = setup();
    changeDraft(store, CELL, 'count', '7', false);
    expect(commitDraft(store, CELL, 'count')).toBe(true);
    expect(store.getDraft(CELL)).toBeNull();
    expect(store.getValue(CELL)).toBe(7);
    expect(store.canUndo()).toBe(true);
  });

  it('refuses unreadable text with a reason, keeps the value, and clears the reason on typing', () => {
    const { store } = setup();
    changeDraft(store, CELL, 'count', '三', false);
    expect(commitDraft(store, CELL, 'count')).toBe(false);
    expect(store.getValue(CELL)).toBe(0);
    expect(store.getRefusal(CELL)).toMatch(/\S/);
    changeDraft(store, CELL, 'count', '3', false);
    expect(store.getRefusal(CELL)).toBeUndefined();
  });

  it('cancels: the stored value is shown again; nothing to cancel says so', () => {
    const { store } = setup();
    expect(cancelDraft(store, CELL)).toBe(false);
    changeDraft(store, CELL, 'count', '5', false);
    expect(cancelDraft(store, CELL)).toBe(true);
    expect(store.getDraft(CELL)).toBeNull();
    expect(store.getTotal(TOTAL)).toBe(0);
  });

  it('tells the cell only when its draft changes', () => {
    const { store, calls } = setup();
    store.setDraft(CELL, 'x');
    store.setDraft(CELL, 'x');
    store.setDraft(CELL, null);
    store.setDraft(CELL, null);
    expect(calls).toEqual([CELL, CELL]);
  });
});
