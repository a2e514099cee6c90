import { describe, expect, it } from 'vitest';
import { createAutosave, type AutosaveState, type Timers } from './autosave';

/** A manual clock: `advance(ms)` runs the timers that fall due, in order. */
function fakeTimers(): Timers & { advance(ms: number): Promise<void> } {
  let now = 0;
  let next = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout(fn, ms) {
      next += 1;
      due.set(next, { at: now + ms, fn });
      return next;
    },
    clearTimeout: (h) => void due.delete(h as number),
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const first = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!first || first[1].at > end) break;
        due.delete(first[0]);
        now = first[1].at;
        first[1].fn();
        await settle();
      }
      now = end;
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(save: (v: number) => Promise<void>) {
  const timers = fakeTimers();
  const states: AutosaveState['kind'][] = [];
  const autosave = createAutosave<number>({
    save,
    timers,
    delayMs: 400,
    classify: (e) => ({ conflict: e === 'conflict', message: String(e) }),
    onState: (s) => states.push(s.kind),
  });
  return { timers, states, autosave };
}

describe('autosave scheduler', () => {
  it('saves the latest value once, 400 ms after the last change', async () => {
    const saved: number[] = [];
    const { timers, states, autosave } = setup(async (v) => void saved.push(v));
    autosave.change(1);
    await timers.advance(300);
    autosave.change(2);
    await timers.advance(300);
    expect(saved).toEqual([]);
    await timers.advance(100);
    expect(saved).toEqual([2]);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush saves at once; a change during a save is saved after it', async () => {
    const saved: number[] = [];
    let release = () => {};
    const { autosave, states } = setup(
      (v) => new Promise<void>((r) => (release = () => (saved.push(v), r()))),
    );
    autosave.change(1);
    const done = autosave.flush();
    autosave.change(2);
    release();
    await settle();
    expect(saved).toEqual([1]);
    expect(states.at(-1)).toBe('saving');
    release();
    await done;
    expect(saved).toEqual([1, 2]);
    expect(states.at(-1)).toBe('saved');
  });

  it('retries a failed save with back-off and keeps the value', async () => {
    let attempts = 0;
    const { timers, states, autosave } = setup(async () => {
      attempts += 1;
      if (attempts < 3) throw new Error('quota');
    });
    autosave.change(7);
    await timers.advance(400);
    expect(states.at(-1)).toBe('failed');
    expect(autosave.pending()).toBe(7);
    await timers.advance(2000);
    expect(attempts).toBe(2);
    await timers.advance(3999);
    expect(attempts).toBe(2);
    await timers.advance(1);
    expect(attempts).toBe(3);
    expect(states.at(-1)).toBe('saved');
  });

  it('stops for good on a conflict', async () => {
    let attempts = 0;
    const { timers, states, autosave } = setup(async () => {
      attempts += 1;
      throw 'conflict';
    });
    autosave.change(1);
    await timers.advance(400);
    autosave.change(2);
    await timers.advance(60_000);
    expect(attempts).toBe(1);
    expect(autosave.stopped()).toBe(true);
    expect(states.at(-1)).toBe('conflict');
  });
});
