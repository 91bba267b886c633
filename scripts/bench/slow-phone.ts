/**
 * `npm run bench:slow-phone`: a shared search link opened on a slow phone. A 375 px phone with
 * 4× CPU throttling on 1.6 Mbps down / 750 kbps up with 150 ms latency (Chromium's CDP
 * emulation), a cold cache each run, opening `/search/?q=туризм` (or `-- --q WORDS`). Prints per
 * run, and the median of RUNS (default 5): when the query shows in the box, when the first result
 * paints (Element Timing), and whether «нужен JavaScript» was ever on screen; then, for the median
 * run, what loaded before the first result and when. Serves the built site with scripts/serve.ts
 * (ASTRO_OUT_DIR for another build, to compare).
 */
import { type Browser, type CDPSession, chromium } from '@playwright/test';
import { chromiumPath } from '../lib/chromium.ts';
import { CHROME_FLAGS, serve } from './lib.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const arg = process.argv.indexOf('--q');
const QUERY = arg > 0 ? (process.argv[arg + 1] ?? 'туризм') : 'туризм';
const URL_ = `http://127.0.0.1:${PORT}/search/?q=${encodeURIComponent(QUERY)}`;

interface Run {
  query: number;
  result: number;
  /** When the first result went into the page (painted at `result`). */
  inserted: number;
  nojs: boolean;
  requests: { path: string; start: number; end: number; bytes: number }[];
}

/** Marks the first result for Element Timing and watches for the no-JavaScript note and the query. */
function watch(): void {
  const w = window as unknown as Record<string, unknown>;
  w.__nojs = false;
  const seen = () => {
    const box = document.querySelector<HTMLInputElement>('#search-q');
    if (box?.value && w.__query === undefined) w.__query = performance.now();
    for (const el of document.querySelectorAll('main p'))
      if (/нужен JavaScript/.test(el.textContent ?? '') && (el as HTMLElement).offsetParent)
        w.__nojs = true;
    // The block the result's text paints in (Element Timing credits text to its block).
    const first = document.querySelector('.results .result-link');
    if (first && !first.hasAttribute('elementtiming')) {
      first.setAttribute('elementtiming', 'first');
      w.__inserted = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  document.addEventListener('input', seen, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { renderTime: number })[])
      if (w.__result === undefined) w.__result = e.renderTime || e.startTime;
  }).observe({ type: 'element', buffered: true });
  // The box is filled by script without an input event: poll it each frame until then.
  const poll = () => {
    seen();
    if (w.__query === undefined || w.__result === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6e6 / 8) | 0,
    uploadThroughput: (750e3 / 8) | 0,
  });
}

async function once(browser: Browser): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.addInitScript(watch);
  await throttle(await context.newCDPSession(page));
  const requests: Run['requests'] = [];
  page.on('requestfinished', async (req) => {
    const t = req.timing();
    const size = await req.sizes().catch(() => ({ responseBodySize: 0 }));
    requests.push({
      path: new URL(req.url()).pathname,
      start: t.startTime,
      end: t.startTime + t.responseEnd,
      bytes: size.responseBodySize,
    });
  });
  await page.goto(URL_, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __result?: number }).__result, null, {
    timeout: 30_000,
    polling: 100,
  });
  const r = await page.evaluate(() => {
    const w = window as unknown as { __query: number; __result: number; __nojs: boolean };
    return {
      query: w.__query,
      result: w.__result,
      inserted: (w as unknown as { __inserted: number }).__inserted,
      nojs: w.__nojs,
      origin: performance.timeOrigin,
    };
  });
  await context.close();
  const rel = (t: number) => Math.round(t - r.origin);
  return {
    query: Math.round(r.query),
    result: Math.round(r.result),
    inserted: Math.round(r.inserted),
    nojs: r.nojs,
    requests: requests
      .map((q) => ({ ...q, start: rel(q.start), end: rel(q.end) }))
      .sort((a, b) => a.start - b.start),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const server = await serve(PORT);
// Without paint holding, which without a display holds a first paint to a ~1 s frame tick (lib.ts).
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_FLAGS });
try {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await once(browser);
    runs.push(run);
    console.log(
      `run ${i + 1}: query in the box ${run.query} ms, first result in the page ${run.inserted} ms, painted ${run.result} ms${run.nojs ? ', showed «нужен JavaScript»' : ''}`,
    );
  }
  const m = median(runs.map((r) => r.result));
  console.log(
    `\n${URL_}\nmedian of ${RUNS}: query in the box ${median(runs.map((r) => r.query))} ms, first result ${m} ms; «нужен JavaScript» seen in ${runs.filter((r) => r.nojs).length} of ${RUNS}`,
  );
  const typical = runs.find((r) => r.result === m) ?? runs[0];
  console.log('\nwhat loaded, in the median run (start–end ms, bytes on the wire):');
  for (const q of typical?.requests ?? [])
    if (q.start <= m)
      console.log(
        `  ${String(q.start).padStart(5)}–${String(q.end).padEnd(5)} ${String(q.bytes).padStart(6)}  ${q.path}`,
      );
} finally {
  await browser.close();
  server.kill();
}
