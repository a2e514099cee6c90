import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentKey } from './content-key';
import { applyMergePlan, mergeBackup } from './merge-backup';
import { REPORT_STATUSES, type ReportRecord } from './record';
import { buildRecord, editRecord } from './record-fixtures';

const T1 = '2025-01-02T00:00:00.000Z';
const T2 = '2025-01-03T00:00:00.000Z';
const base = buildRecord('a', { rev: 4 });

describe('mergeBackup', () => {
  it('adds reports the store does not have', () => {
    const plan = mergeBackup([], [base]);
    expect(plan).toEqual({ add: [base], update: [], keep: [], snapshots: [] });
  });

  it('keeps an identical version without writing anything, even with another rev', () => {
    const plan = mergeBackup([base], [{ ...base, rev: 1, deletedAt: T1, problems: null }]);
    expect(plan).toEqual({ add: [], update: [], keep: ['a'], snapshots: [] });
  });

  it('takes a newer version from the file and keeps ours in history', () => {
    const theirs = editRecord({ ...base, rev: 2 }, 7, T2);
    const plan = mergeBackup([base], [theirs]);
    expect(plan.update).toEqual([{ ...theirs, rev: 5 }]);
    expect(plan.snapshots).toEqual([
      expect.objectContaining({ reportId: 'a', kind: 'conflict', version: base }),
    ]);
    expect(plan.snapshots[0]?.description).toMatch('本机版本');
  });

  it('keeps our newer version (or ours on a tie) and puts theirs in history', () => {
    const ours = editRecord(base, 1, T2);
    for (const theirs of [editRecord(base, 2, T1), editRecord(base, 3, T2)]) {
      const plan = mergeBackup([ours], [theirs]);
      expect(plan.keep).toEqual(['a']);
      expect(plan.update).toEqual([]);
      expect(plan.snapshots.map((s) => s.version)).toEqual([theirs]);
      expect(plan.snapshots[0]?.description).toMatch('备份中的较旧版本');
    }
  });

  it('does not snapshot a version that history already holds', () => {
    const theirs = editRecord(base, 2, T1);
    const plan = mergeBackup([editRecord(base, 1, T2)], [theirs], new Set([contentKey(theirs)]));
    expect(plan.snapshots).toEqual([]);
  });

  it('uses the newest of several versions of one id in a file', () => {
    const plan = mergeBackup([], [editRecord(base, 1, T1), editRecord(base, 2, T2)]);
    expect(plan.add.map((r) => r.updatedAt)).toEqual([T2]);
  });
});

const recordArb: fc.Arbitrary<ReportRecord> = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    value: fc.integer({ min: 0, max: 2 }),
    day: fc.integer({ min: 1, max: 3 }),
    rev: fc.integer({ min: 1, max: 5 }),
    status: fc.constantFrom(...REPORT_STATUSES),
  })
  .map(({ id, value, day, rev, status }) =>
    editRecord(buildRecord(id, { rev, status }), value, `2025-01-0${day}T00:00:00.000Z`),
  );
const recordsArb = fc.uniqueArray(recordArb, { selector: (r) => r.id, maxLength: 4 });

describe('mergeBackup properties', () => {
  it('merging the same backup twice changes nothing the second time', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (existing, incoming) => {
        const first = mergeBackup(existing, incoming);
        const after = applyMergePlan(existing, first);
        const known = new Set(first.snapshots.map((s) => s.contentKey));
        const second = mergeBackup(after, incoming, known);
        expect(second.add).toEqual([]);
        expect(second.update).toEqual([]);
        expect(second.snapshots).toEqual([]);
        expect(second.keep.sort()).toEqual(incoming.map((r) => r.id).sort());
      }),
    );
  });

  it('never duplicates an id and never loses a version', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (existing, incoming) => {
        const plan = mergeBackup(existing, incoming);
        const after = applyMergePlan(existing, plan);
        const ids = after.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        const touched = [...plan.add, ...plan.update].map((r) => r.id).concat(plan.keep);
        expect(touched.sort()).toEqual(incoming.map((r) => r.id).sort());
        const kept = new Set([...after, ...plan.snapshots.map((s) => s.version)].map(contentKey));
        for (const r of [...existing, ...incoming]) expect(kept.has(contentKey(r))).toBe(true);
      }),
    );
  });
});
