import { describe, expect, it } from 'vitest';
import { atOnce, inSlices, pause, slicer } from './pause.ts';

/** Keeps the thread busy for `ms`. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('slicer', () => {
  it('lets other tasks run only once its budget has run out', async () => {
    const slice = slicer(30);
    let other = false;
    setTimeout(() => {
      other = true;
    });
    await slice();
    expect(other).toBe(false);
    busy(35);
    await slice();
    expect(other).toBe(true);
  });

  it('starts a new budget after each pause', async () => {
    const slice = slicer(30);
    busy(35);
    await slice();
    let other = false;
    setTimeout(() => {
      other = true;
    });
    await slice();
    expect(other).toBe(false);
    await pause();
    expect(other).toBe(true);
  });
});

describe('a stepwise job', () => {
  /** Three steps of 6 ms each, then their count. */
  function* job(): Generator<void, number> {
    let n = 0;
    for (; n < 3; n++) {
      busy(6);
      yield;
    }
    return n;
  }

  it('at once, holds the thread to its end', () => {
    let other = false;
    setTimeout(() => {
      other = true;
    });
    expect(atOnce(job())).toBe(3);
    expect(other).toBe(false);
  });

  it('in slices, ends with the same and lets other tasks run between its steps', async () => {
    let other = false;
    setTimeout(() => {
      other = true;
    });
    const done = inSlices(job());
    expect(other).toBe(false);
    expect(await done).toBe(3);
    expect(other).toBe(true);
  });
});
