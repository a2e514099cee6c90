import { describe, expect, it } from 'vitest';
import { afterSave, snapshotBeforeSave, START, type SnapshotClock } from './snapshot-policy';

const policy = { everySaves: 3, everyMs: 1000 };

function run(times: number[]): boolean[] {
  let clock: SnapshotClock = START;
  return times.map((t) => {
    const next = afterSave(clock, t, policy);
    clock = next.clock;
    return next.take;
  });
}

describe('snapshot policy', () => {
  it('snapshots before the first save of a session only', () => {
    expect(snapshotBeforeSave(START)).toBe(true);
    expect(snapshotBeforeSave(afterSave(START, 5, policy).clock)).toBe(false);
  });

  it('every n saves', () => {
    expect(run([0, 10, 20, 30, 40, 50])).toEqual([false, false, true, false, false, true]);
  });

  it('after enough time of work', () => {
    expect(run([0, 500, 1000, 1100])).toEqual([false, false, true, false]);
  });
});
