/**
 * `npm run bench`: measures, does not judge. Builds the site (timed), then for
 * each page type prints HTML and CSS sizes (brotli q11), the critical path,
 * script loaded before any interaction, requests on load, and Lighthouse
 * mobile scores (median of LH_RUNS runs, default 3). Writes the same figures to bench/results.json.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { brotli, brotliFile } from '../../src/publish/brotli.ts';
import { chromiumPath } from '../lib/chromium.ts';
import { DIST } from '../lib/dist.ts';
import { CHROME_FLAGS, launch, serve } from './lib.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4396);
const BASE = `http://127.0.0.1:${PORT}`;
/** The page types in both languages, and a shared search link (answered at load). */
const PAGES = [
  '/',
  '/speeches/putin-speech/',
  '/speeches/putin-speech/parallel/',
  '/p/putin-speech-14/',
  '/documents/',
  '/search/',
  '/search/?q=капитал',
  '/en/',
  '/en/speeches/putin-speech/',
  '/en/speeches/putin-speech/parallel/',
  '/en/documents/',
  '/en/search/',
  '/en/p/putin-speech-12/',
];

const started = performance.now();
execSync('npm run build --silent', { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

// The production server (`npm start`): precompressed brotli, the site's headers and caching,
// so Lighthouse times and judges what a reader gets.
const server = await serve(PORT);
const browser = await launch();
const rows = [];
try {
  for (const path of PAGES) {
    const html = readFileSync(join(DIST, new URL(path, BASE).pathname, 'index.html'));
    const inlineCss = [...html.toString().matchAll(/<style>([\s\S]*?)<\/style>/g)]
      .map((m) => m[1])
      .join('');
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const requests: { url: string; type: string; bytes: number }[] = [];
    page.on('requestfinished', async (req) => {
      const res = await req.response();
      requests.push({
        url: req.url(),
        type: req.resourceType(),
        bytes: (await res?.body().catch(() => Buffer.alloc(0)))?.length ?? 0,
      });
    });
    await page.goto(BASE + path, { waitUntil: 'networkidle' });
    await page.close();
    // Render-blocking stylesheets: <link rel="stylesheet"> in the HTML, except print ones (the browser fetches those later, without waiting).
    const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const blockingCss = [...html.toString().matchAll(/<link\s[^>]*>/g)]
      .map((m) => m[0])
      .filter(
        (tag) =>
          attr(tag, 'rel') === 'stylesheet' &&
          !['print', 'not all'].includes(attr(tag, 'media') ?? 'all'),
      )
      .map((tag) => ({ url: new URL(attr(tag, 'href') ?? '', BASE).href }));
    const [htmlBrotli, blockingBrotli] = [
      brotli(html),
      blockingCss.reduce((n, r) => n + brotliFile(join(DIST, new URL(r.url).pathname)), 0),
    ];
    const scripts = requests.filter((r) => r.type === 'script');
    const jsBrotli = scripts.reduce(
      (n, r) => n + brotliFile(join(DIST, new URL(r.url).pathname)),
      0,
    );
    rows.push({
      page: path,
      htmlBytes: html.length,
      htmlBrotli,
      blockingCssBrotli: brotli(inlineCss) + blockingBrotli,
      criticalPathBrotli: htmlBrotli + blockingBrotli,
      jsBeforeInteractionBrotli: jsBrotli,
      requestsOnLoad: requests.length,
      lighthouse: {} as Record<string, number>,
    });
  }
} finally {
  await browser.close();
}

// Lighthouse, mobile (its default form factor and throttling), with the system Chromium.
// The median of LH_RUNS runs per page (Lighthouse's own advice: one run is noisy, more so on a busy machine).
const RUNS = Number(process.env.LH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: CHROME_FLAGS,
});
try {
  for (const row of rows) {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(BASE + row.page, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      runs.push(
        Object.fromEntries(
          Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
        ),
      );
    }
    row.lighthouse = Object.fromEntries(
      Object.keys(runs[0] ?? {}).map((k) => [k, median(runs.map((r) => r[k] ?? 0))]),
    );
  }
} finally {
  await chrome.kill();
  server.kill();
}

console.log(`build: ${buildSeconds.toFixed(1)} s (astro build + pagefind)\n`);
console.table(
  rows.map((r) => ({
    page: r.page,
    'HTML raw': r.htmlBytes,
    'HTML br': r.htmlBrotli,
    'CSS br (blocking)': r.blockingCssBrotli,
    'critical br': r.criticalPathBrotli,
    'JS br before input': r.jsBeforeInteractionBrotli,
    requests: r.requestsOnLoad,
    'LH perf/a11y/bp/seo': `${r.lighthouse.performance}/${r.lighthouse.accessibility}/${r.lighthouse['best-practices']}/${r.lighthouse.seo}`,
  })),
);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ buildSeconds: Number(buildSeconds.toFixed(2)), pages: rows }, null, 2)}\n`,
);
console.log(
  '\nwritten: bench/results.json (the critical path is the HTML, with its inline CSS, plus any render-blocking stylesheet)',
);
