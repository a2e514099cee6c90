import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  checkReport,
  computeTotals,
  createEmptyReport,
  gov2021,
  listInputCells,
  sample2021,
} from '@/domain';
import { createReportStore, DOCUMENT, HISTORY, VIOLATIONS } from './report-store';

const empty = () => createEmptyReport(gov2021, { agency: '测试局', year: 2024 });

function listen(store: ReturnType<typeof createReportStore>, keys: string[]) {
  const calls: string[] = [];
  for (const k of keys) store.subscribe(k, () => calls.push(k));
  return calls;
}

describe('report store', () => {
  it('updates a cell, its totals and nothing else', () => {
    const store = createReportStore(gov2021, sample2021);
    const calls = listen(store, [
      'requests.granted.natural',
      'requests.granted.total',
      'requests.resultsTotal.natural',
      'requests.resultsTotal.total',
      'requests.granted.commercial',
      'appeals.reconsideration.total',
    ]);
    store.setCell('requests.granted.natural', 3);
    expect(store.getTotal('requests.resultsTotal.natural')).toBe(3);
    expect(calls).toEqual(
      expect.arrayContaining([
        'requests.granted.natural',
        'requests.granted.total',
        'requests.resultsTotal.natural',
        'requests.resultsTotal.total',
      ]),
    );
    expect(calls).not.toContain('requests.granted.commercial');
    expect(calls).not.toContain('appeals.reconsideration.total');
  });

  it('flags the cells and the column of a balance error, and clears them when fixed', () => {
    const store = createReportStore(gov2021, sample2021);
    store.setCell('requests.newReceived.commercial', 2);
    expect(store.getFlag('requests.newReceived.commercial')?.severity).toBe('error');
    expect(store.getFlag('requests.resultsTotal.commercial')?.severity).toBe('error');
    expect(store.getFlag('column:requests.commercial')?.severity).toBe('error');
    expect(store.getViolations().some((v) => v.rule === 'balance')).toBe(true);
    store.setCell('requests.granted.commercial', 2);
    expect(store.getFlag('requests.newReceived.commercial')).toBeUndefined();
    expect(store.getFlag('column:requests.commercial')).toBeUndefined();
    expect(store.getViolations().some((v) => v.rule === 'balance')).toBe(false);
  });

  it('previews a typed value without recording it, and commits it as one step', () => {
    const store = createReportStore(gov2021, sample2021);
    const calls = listen(store, [DOCUMENT, HISTORY]);
    store.preview('appeals.reconsideration.upheld', 1);
    store.preview('appeals.reconsideration.upheld', 12);
    expect(store.getTotal('appeals.reconsideration.total')).toBe(12);
    expect(store.canUndo()).toBe(false);
    expect(calls).toEqual([]);
    store.setCell('appeals.reconsideration.upheld', 12);
    expect(store.canUndo()).toBe(true);
    expect(calls).toEqual([HISTORY, DOCUMENT]);
    store.undo();
    expect(store.getValue('appeals.reconsideration.upheld')).toBe(0);
    expect(store.getTotal('appeals.reconsideration.total')).toBe(0);
  });

  it('cancels a preview', () => {
    const store = createReportStore(gov2021, sample2021);
    store.preview('appeals.reconsideration.upheld', 5);
    store.cancelPreview();
    expect(store.getTotal('appeals.reconsideration.total')).toBe(0);
    expect(store.getCommitted()).toBe(sample2021);
  });

  it('undoes and redoes a batch as one step, returning the paths it changed', () => {
    const store = createReportStore(gov2021, empty());
    store.applyBatch(
      [
        { path: 'appeals.reconsideration.upheld', value: 1 },
        { path: 'appeals.reconsideration.corrected', value: 2 },
      ],
      '粘贴',
    );
    expect(store.getTotal('appeals.reconsideration.total')).toBe(3);
    expect(store.undo().sort()).toEqual([
      'appeals.reconsideration.corrected',
      'appeals.reconsideration.upheld',
    ]);
    expect(store.getTotal('appeals.reconsideration.total')).toBe(0);
    expect(store.canRedo()).toBe(true);
    store.redo();
    expect(store.getTotal('appeals.reconsideration.total')).toBe(3);
  });

  it('records nothing for a change that changes nothing', () => {
    const store = createReportStore(gov2021, sample2021);
    store.setCell('requests.granted.natural', 0);
    expect(store.canUndo()).toBe(false);
  });

  it('acknowledges a warning and keeps the reason', () => {
    const doc = { ...sample2021, otherMatters: '无' };
    const store = createReportStore(gov2021, doc);
    const fee = store.getViolations().find((v) => v.rule === 'feeReported');
    expect(fee).toBeDefined();
    const fn = vi.fn();
    store.subscribe(VIOLATIONS, fn);
    const key = `${fee?.rule}:${fee?.section}:${fee?.fields.join(',')}`;
    store.acknowledge(key, '本年未收费，已在正文说明');
    expect(store.getAcknowledgements().get(key)).toBe('本年未收费，已在正文说明');
    expect(fn).toHaveBeenCalled();
  });

  it('keeps refusal marks by path', () => {
    const store = createReportStore(gov2021, sample2021);
    const fn = vi.fn();
    store.subscribe('proactive.licensing', fn);
    store.refuse('proactive.licensing', '不是数字');
    expect(store.getRefusal('proactive.licensing')).toBe('不是数字');
    store.refuse('proactive.licensing', null);
    expect(store.getRefusal('proactive.licensing')).toBeUndefined();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('derives, step by step, what a full check of the document gives', () => {
    const cells = listInputCells(gov2021).map((c) => c.path);
    const cell = fc.constantFrom(...cells.filter((p) => p.startsWith('requests.')), cells[0] ?? '');
    const value = fc.option(fc.nat(5), { nil: null });
    const step = fc.oneof(
      fc.record({ op: fc.constant('preview' as const), path: cell, value }),
      fc.record({ op: fc.constant('set' as const), path: cell, value }),
      fc.record({
        op: fc.constant('text' as const),
        path: fc.constant('otherMatters'),
        value: fc.constantFrom('', '未收费', '受理政府信息公开申请 1 件'),
      }),
      fc.constantFrom({ op: 'cancel' as const }, { op: 'undo' as const }, { op: 'redo' as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const store = createReportStore(gov2021, sample2021);
        for (const s of steps) {
          if (s.op === 'preview') store.preview(s.path, s.value);
          else if (s.op === 'set') store.setCell(s.path, s.value);
          else if (s.op === 'text') store.preview(s.path, s.value);
          else if (s.op === 'cancel') store.cancelPreview();
          else store[s.op]();
          const doc = store.getDocument();
          expect(store.getViolations()).toEqual(checkReport(gov2021, doc, { stage: 'draft' }));
          const totals = computeTotals(gov2021, doc);
          for (const [path, total] of Object.entries(totals))
            expect(store.getTotal(path)).toBe(total);
        }
      }),
      { numRuns: 100 },
    );
    // 100 sequences, each checked in full after every step: ~1 s when the machine is idle, over
    // vitest's 5 s default once while the machine ran the e2e suites besides.
  }, 30_000);
});
