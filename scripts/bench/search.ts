/**
 * `npm run bench:search`: how fast and how heavy search is, in headless
 * Chromium against the built site. For a cold query (fresh browser cache, the
 * search code not loaded yet) and a warm one (same page, a second query) it
 * prints the time from the keystroke to the first result painted, and the
 * bytes fetched for it, by kind: JS, words, texts, and Pagefind's WASM, index
 * and fragments. Then the index size on disk. Two ways in: the search page and
 * the header box of a reading page; and a third, the search page with the
 * texts withheld, as a record too large to send them is searched (through
 * Pagefind's index). Builds first unless given `--no-build`; writes
 * bench/search.json.
 *
 * A query is typed as a reader finishes typing it: all but its last letter
 * already in the box (no search yet), then one keystroke. Cold in the header
 * box: the keystroke comes right at the first focus, so the search code, the
 * words and the texts all load after it. Cold on the search page: they load at
 * the first key in the form, so the keystroke pays for them too.
 * «Painted» is the Element Timing render time of the first result (the bench
 * marks it with `elementtiming` from a MutationObserver, before it paints).
 * Bytes are as served by scripts/serve.ts (no compression: Pagefind's own
 * files come gzipped); the `br` column is what a host compressing text with
 * brotli would send.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { brotliFile } from '../../src/publish/brotli.ts';
import { DIST } from '../lib/dist.ts';
import { launch, serve } from './lib.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4397);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** A cold query, then a warm one with other words (Pagefind may fetch other fragments for it). */
const COLD = 'программа Болашак';
const WARM = 'скоростная магистраль';

interface Way {
  name: string;
  path: string;
  input: string;
  /** Where results appear, and what one result is. */
  list: string;
  item: string;
  /** The texts withheld: Pagefind's index answers. */
  index?: boolean;
}
const WAYS: Way[] = [
  { name: 'search page', path: '/search/', input: '#search-q', list: '.results', item: 'li' },
  {
    name: 'header box',
    path: '/speeches/putin-speech/',
    input: '#site-search',
    list: '#site-search-list',
    item: '[role="option"]',
  },
  {
    name: 'search page, texts withheld (Pagefind)',
    path: '/search/',
    input: '#search-q',
    list: '.results',
    item: 'li',
    index: true,
  },
];

type Kind = 'JS' | 'WASM' | 'index' | 'words' | 'texts' | 'fragments' | 'other';
function kind(path: string): Kind {
  if (path.endsWith('.js')) return 'JS';
  if (/\/wasm\.[\w-]+\.pagefind$/.test(path)) return 'WASM';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path === '/search/words.json') return 'words';
  if (path === '/search/texts.json') return 'texts';
  if (/\.(pf_index|pf_filter|pf_meta)$|pagefind-entry\.json$/.test(path)) return 'index';
  return 'other';
}

interface Fetched {
  path: string;
  bytes: number;
  br: number;
}

/** Everything the page fetches from now on, until `stop()`. */
function record(page: Page): { stop: () => Promise<Fetched[]> } {
  const pending: Promise<Fetched>[] = [];
  const onFinished = (req: import('@playwright/test').Request) => {
    pending.push(
      (async () => {
        const path = new URL(req.url()).pathname;
        // A worker's script reports no body size; its Content-Length does.
        const length = Number((await req.response())?.headers()['content-length'] ?? 0);
        const bytes = Math.max((await req.sizes()).responseBodySize, length);
        // Text a host would compress; Pagefind's binary files are gzipped already.
        const text = /\.(js|css|json|html)$/.test(path) || path.endsWith('/');
        return {
          path,
          bytes,
          // At most what was served: a withheld file comes as `null`, not as the file on disk.
          br: text
            ? Math.min(
                bytes,
                brotliFile(join(DIST, path.endsWith('/') ? `${path}index.html` : path)),
              )
            : bytes,
        };
      })(),
    );
  };
  page.on('requestfinished', onFinished);
  return {
    stop: async () => {
      page.off('requestfinished', onFinished);
      return Promise.all(pending);
    },
  };
}

/**
 * Types `query` as a reader finishes typing it: all but the last letter already
 * in the box (no search yet), then one keystroke. With `focus`, the box is
 * focused right before that keystroke (on a reading page, the search code
 * loads only then), else the keystroke comes 50 ms after the observers are set.
 */
async function timeQuery(page: Page, way: Way, query: string, focus = false): Promise<number> {
  const input = page.locator(way.input);
  await input.evaluate(
    (el, v) => {
      (el as HTMLInputElement).value = v; // no input event: nothing is searched yet
    },
    query.slice(0, -1),
  );
  const painted = page.evaluate(
    ({ list, item }) =>
      new Promise<number>((resolve, reject) => {
        // The keystroke's time: its input event (Playwright types Cyrillic letters as text input, without a keydown).
        let keystroke = 0;
        addEventListener('input', (e) => (keystroke = e.timeStamp), { capture: true, once: true });
        document.querySelector(list)?.replaceChildren();
        const observer = new PerformanceObserver((entries) => {
          const entry = entries
            .getEntries()
            .find(
              (e) =>
                (e as PerformanceEntry & { identifier?: string }).identifier === 'first-result',
            );
          if (!entry) return;
          observer.disconnect();
          resolve((entry as PerformanceEntry & { renderTime: number }).renderTime - keystroke);
        });
        observer.observe({ type: 'element' });
        // The list may not exist yet (the header box builds it when its code has loaded).
        const mutations = new MutationObserver(() => {
          const first = document.querySelector(`${list} ${item}`);
          if (!first || keystroke === 0) return;
          mutations.disconnect();
          // Mark before the frame paints, so Element Timing reports this element's first paint.
          for (const el of [first, ...first.querySelectorAll('*')])
            el.setAttribute('elementtiming', 'first-result');
        });
        mutations.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error('no result painted within 10 s')), 10_000);
      }),
    { list: way.list, item: way.item },
  );
  const type = async () => {
    if (focus) await input.focus();
    else await page.waitForTimeout(50);
    await page.keyboard.type(query.at(-1) ?? ' ');
  };
  const [ms] = await Promise.all([painted, type()]);
  return ms;
}

function total(fetched: Fetched[]) {
  const by: Record<Kind, { bytes: number; br: number; files: number }> = {
    JS: { bytes: 0, br: 0, files: 0 },
    WASM: { bytes: 0, br: 0, files: 0 },
    index: { bytes: 0, br: 0, files: 0 },
    words: { bytes: 0, br: 0, files: 0 },
    texts: { bytes: 0, br: 0, files: 0 },
    fragments: { bytes: 0, br: 0, files: 0 },
    other: { bytes: 0, br: 0, files: 0 },
  };
  for (const f of fetched) {
    const k = by[kind(f.path)];
    k.bytes += f.bytes;
    k.br += f.br;
    k.files += 1;
  }
  const bytes = fetched.reduce((n, f) => n + f.bytes, 0);
  const br = fetched.reduce((n, f) => n + f.br, 0);
  return { by, bytes, br, files: fetched.map((f) => `${f.path} ${f.bytes}`) };
}

async function once(browser: Browser, way: Way) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (way.index)
    await page.route('**/search/texts.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: 'null' }),
    );
  const load = record(page);
  await page.goto(BASE + way.path, { waitUntil: 'networkidle' });
  const loadFetched = await load.stop();
  // From the focus: the header box loads its code then.
  const cold = record(page);
  const coldMs = await timeQuery(page, way, COLD, true);
  await page.waitForLoadState('networkidle');
  const coldFetched = await cold.stop();
  const warm = record(page);
  const warmMs = await timeQuery(page, way, WARM);
  await page.waitForLoadState('networkidle');
  const warmFetched = await warm.stop();
  await context.close();
  if (errors.length) throw new Error(`${way.name}: ${errors.join('; ')}`);
  return {
    coldMs,
    warmMs,
    load: total(loadFetched),
    cold: total(coldFetched),
    warm: total(warmFetched),
  };
}

/** A shared address opened cold: from navigation start to the first result painted, and everything fetched. */
async function opened(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { painted: Promise<number> };
    w.painted = new Promise((resolve) => {
      new PerformanceObserver((entries, observer) => {
        const entry = entries
          .getEntries()
          .find(
            (e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'first-result',
          );
        if (!entry) return;
        observer.disconnect();
        resolve((entry as PerformanceEntry & { renderTime: number }).renderTime);
      }).observe({ type: 'element' });
      new MutationObserver((_, observer) => {
        const first = document.querySelector('.results li');
        if (!first) return;
        observer.disconnect();
        for (const el of [first, ...first.querySelectorAll('*')])
          el.setAttribute('elementtiming', 'first-result');
      }).observe(document, { childList: true, subtree: true });
    });
  });
  const load = record(page);
  await page.goto(`${BASE}/search/?q=${encodeURIComponent(COLD)}`);
  const ms = await page.evaluate(() => (window as unknown as { painted: Promise<number> }).painted);
  await page.waitForLoadState('networkidle');
  const fetched = total(await load.stop());
  await context.close();
  return { ms, fetched };
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function diskSize(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: path.slice(dir.length + 1), bytes: statSync(path).size };
    });
}

if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { stdio: 'ignore' });

const server = await serve(PORT);
const browser = await launch();
const typed = [];
let shared: { ms: number; msAll: number[]; fetched: ReturnType<typeof total> } | undefined;
try {
  for (const way of WAYS) {
    const runs = [];
    // One unmeasured run first: the server's and the OS's file caches are warm for every measured one.
    await once(browser, way);
    for (let i = 0; i < RUNS; i++) runs.push(await once(browser, way));
    const last = runs.at(-1);
    if (!last) throw new Error('no runs');
    typed.push({
      way: way.name,
      path: way.path,
      coldMs: median(runs.map((r) => r.coldMs)),
      coldMsAll: runs.map((r) => Math.round(r.coldMs)),
      warmMs: median(runs.map((r) => r.warmMs)),
      warmMsAll: runs.map((r) => Math.round(r.warmMs)),
      load: last.load,
      cold: last.cold,
      warm: last.warm,
    });
  }
  await opened(browser);
  const open = [];
  for (let i = 0; i < RUNS; i++) open.push(await opened(browser));
  const last = open.at(-1);
  if (!last) throw new Error('no runs');
  shared = {
    ms: median(open.map((r) => r.ms)),
    msAll: open.map((r) => Math.round(r.ms)),
    fetched: last.fetched,
  };
} finally {
  await browser.close();
  server.kill();
}

const files = diskSize(join(DIST, 'pagefind'));
const used = files.filter(
  (f) =>
    kind(`/${f.path}`) !== 'other' &&
    !/ui|highlight|worker/.test(f.path) &&
    !f.path.startsWith('wasm.unknown'),
);
const onDisk = (list: typeof files) => list.reduce((n, f) => n + f.bytes, 0);
const index = {
  totalBytes: onDisk(files),
  searchBytes: onDisk(used),
  indexBytes: onDisk(used.filter((f) => kind(`/${f.path}`) === 'index')),
  fragmentBytes: onDisk(used.filter((f) => kind(`/${f.path}`) === 'fragments')),
  fragments: used.filter((f) => kind(`/${f.path}`) === 'fragments').length,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const row = (label: string, ms: string, target: string, t: ReturnType<typeof total>) => ({
  '': label,
  ms,
  target,
  JS: `${kb(t.by.JS.bytes)} (br ${kb(t.by.JS.br)})`,
  WASM: kb(t.by.WASM.bytes),
  index: kb(t.by.index.bytes),
  words: `${kb(t.by.words.bytes)} (br ${kb(t.by.words.br)})`,
  texts: `${kb(t.by.texts.bytes)} (br ${kb(t.by.texts.br)})`,
  fragments: `${kb(t.by.fragments.bytes)} (${t.by.fragments.files})`,
  other: kb(t.by.other.bytes),
  fetched: `${kb(t.bytes)} (br ${kb(t.br)})`,
});
console.log(
  `search bench, headless Chromium: median of ${RUNS} runs [each run]; cold «${COLD}», warm «${WARM}»`,
);
console.log(
  `load average while measuring: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} on ${cpus().length} CPUs`,
);
console.log(
  'ms: from the keystroke (its input event) to the first result painted (Element Timing)\n',
);
for (const r of typed) {
  console.log(`${r.way} (${r.path})`);
  console.table([
    row('page load', '', '', r.load),
    row('cold query', `${Math.round(r.coldMs)} [${r.coldMsAll.join(', ')}]`, '≤ 300 ms', r.cold),
    row('warm query', `${Math.round(r.warmMs)} [${r.warmMsAll.join(', ')}]`, '≤ 50 ms', r.warm),
  ]);
}
if (shared) {
  console.log(
    `shared address opened cold (/search/?q=${COLD}): ms from navigation start to the first result painted`,
  );
  console.table([
    row('everything', `${Math.round(shared.ms)} [${shared.msAll.join(', ')}]`, '', shared.fetched),
  ]);
}
console.log(
  `index on disk: ${kb(index.searchBytes)} used by search (pagefind.js, WASM, ${kb(index.indexBytes)} index, ${index.fragments} fragments ${kb(index.fragmentBytes)}); ${kb(index.totalBytes)} with Pagefind's unused UI bundles`,
);
console.log('target: < 150 KB fetched for a first query (header box: everything after focus)');
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/search.json',
  `${JSON.stringify({ runs: RUNS, cold: COLD, warm: WARM, typed, shared, index }, null, 2)}\n`,
);
console.log('\nwritten: bench/search.json');
