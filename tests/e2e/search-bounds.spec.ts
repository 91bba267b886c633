/**
 * No search holds the main thread for more than 50 ms at a time, on the worst record the limits
 * accept (src/record/limits.ts, src/search/core/bounds.ts): `/search/texts.json` is answered with
 * paragraphs of the longest words allowed, of the most words a paragraph can hold and of one phrase
 * over and over, as many as the texts' byte bound lets through. A PerformanceObserver records every
 * long task from the keystroke to the last result; nothing is built for it.
 *
 * A task's duration is wall time: on a busy machine (this one shares 2 cores with other builds) the
 * scheduler stretches any task now and then (a task of 25 ms of CPU was seen to last 217 ms). So a
 * Chromium trace runs beside the observer, and the test asserts what the search code itself holds:
 * no main-thread task takes 50 ms of the thread's CPU time, in any run; and, unless the load average
 * is over the number of cores (then it is only reported), the observer sees no task over 50 ms in
 * one run of three at least.
 */

import { cpus, loadavg } from 'node:os';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { LIMITS } from '../../src/record/limits.ts';
import { letters, worstTexts } from '../support/worst-record.ts';

const TEXTS = worstTexts();
const QUERIES = [
  'а',
  'рынок труда',
  '«рынок труда и капитала»',
  // The longest query read: words the record lacks, each compared with the vocabulary.
  Array.from({ length: 40 }, (_, i) => letters(7, i)).join(' '),
  letters(LIMITS.word, 7),
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The renderer's main-thread tasks in a Chromium trace: wall time and the thread's own CPU time, ms. */
function mainThreadTasks(trace: Buffer): { wall: number; cpu: number }[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }));
}

interface Measure {
  /** The longest task the PerformanceObserver saw, wall time. */
  wall: number;
  /** The most CPU the main thread spent in one task (the trace's thread time). */
  cpu: number;
}

/** While `query` is typed into the search page and its results shown: the longest task, ms. */
async function longTasks(page: Page, browser: Browser, query: string): Promise<Measure> {
  await page.goto('/search/');
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  // Playwright's own script, compiled in the page at its first locator, is no task of the search's.
  await page.locator('#search-q').waitFor();
  // RunTask events, with the thread's CPU time (tdur), come with the DevTools timeline category.
  await browser.startTracing(page, {
    categories: ['toplevel', 'disabled-by-default-devtools.timeline'],
  });
  await page.locator('#search-q').fill(query);
  await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done', {
    timeout: 20_000,
  });
  // «done» comes after the last slice of results is in the list; the observer reports in a task of
  // its own, delivered before the main thread next falls idle.
  await page.evaluate(
    () => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5_000 })),
  );
  const trace = await browser.stopTracing();
  const tasks = mainThreadTasks(trace);
  const observed = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  return {
    wall: Math.round(Math.max(0, ...observed)),
    cpu: Math.round(Math.max(0, ...tasks.map((t) => t.cpu))),
  };
}

test.describe('search on the worst record the limits accept', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/search/texts.json', (route) =>
      route.fulfill({ body: TEXTS, contentType: 'application/json' }),
    );
  });

  test(`holds the main thread under 50 ms at a time (${TEXTS.length.toLocaleString('en')} characters of texts)`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    const report: Record<string, Measure[]> = {};
    for (const query of QUERIES) {
      const runs: Measure[] = [];
      for (let run = 0; run < 3; run++) runs.push(await longTasks(page, browser, query));
      report[query.slice(0, 24)] = runs;
    }
    const load = loadavg()[0] ?? 0;
    const busy =
      load > cpus().length ? `load average ${load.toFixed(1)} on ${cpus().length} cores` : '';
    console.log(
      `longest task per run, ms (wall observed, CPU traced; ${busy || 'machine not overloaded'}):`,
    );
    console.log(JSON.stringify(report));
    for (const [query, runs] of Object.entries(report)) {
      // What the search itself holds stays under the bound in every run.
      for (const run of runs)
        expect(run.cpu, `«${query}»: ${JSON.stringify(runs)}`).toBeLessThan(50);
      // The wall time too, in one run at least, when the machine has a core to spare.
      const wall = Math.min(...runs.map((r) => r.wall));
      if (busy)
        test.info().annotations.push({ type: 'wall time only reported', description: busy });
      else expect(wall, `«${query}»: ${JSON.stringify(runs)}`).toBeLessThan(50);
    }
  });

  test('still finds what it holds', async ({ page }) => {
    await page.goto('/search/?q=рынок+труда');
    await expect(page.locator('.results .result-link').first()).toContainText('рынок труда');
  });
});
