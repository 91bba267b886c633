import { describe, expect, it } from 'vitest';
import { pause, slicer } from './pause.ts';

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
