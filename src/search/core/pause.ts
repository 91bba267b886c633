/** Long jobs in slices, so that the page paints and answers input between them. */

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the main thread back until the next task: `scheduler.yield()` where there is one (it keeps the job's priority), else a timer. */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * For one job: a step to await between its parts, which pauses only once
 * `budget` ms have run since the last pause. A fast device seldom pauses (a
 * timer's pause can cost 4 ms); a slow one never holds the thread for long.
 */
export function slicer(budget = 4): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < budget) return;
    await pause();
    start = performance.now();
  };
}

/** A job written as a generator that yields wherever it may pause. */
export type Steps<T> = Generator<void, T>;

/** Runs a stepwise job to its end at once (in Node, and where no page is waiting). */
export function atOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a stepwise job in slices, giving the main thread back between them (see `slicer`). */
export async function inSlices<T>(steps: Steps<T>): Promise<T> {
  const slice = slicer();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slice();
  }
}
