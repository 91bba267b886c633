/**
 * `npm run eval:search`: asks the built site's `/search/?q=` every query of
 * the evaluation set (scripts/search-eval-set.ts) in Chromium and scores the
 * answers against gold sets computed from the source with the dictionary.
 * Prints P@1, hit@3, recall, absent queries answered with nothing, typos
 * answered and latency; writes bench/search-eval.json; exits non-zero below
 * the targets of the issue. Serves dist/ on EVAL_PORT (else E2E_PORT, else 4330).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, chromiumPath } from './chromium.ts';
import { type EvalQuery, evalSet, lemmas } from './search-eval-set.ts';

const PORT = Number(process.env.EVAL_PORT ?? process.env.E2E_PORT ?? 4330);
const BASE = `http://127.0.0.1:${PORT}`;
const TARGETS = { p1: 0.98, hit3: 1, recall: 0.99, absentEmpty: 1, typos: 0.9 };

interface Answer {
  ids: string[];
  offered: string[];
  ms: number;
}

async function serve(): Promise<ChildProcess | undefined> {
  if (
    await fetch(`${BASE}/search/`)
      .then((r) => r.ok)
      .catch(() => false)
  )
    return undefined;
  const child = spawn(process.execPath, ['scripts/serve.ts', String(PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${BASE}/search/`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the built site did not come up on ${BASE}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);

const set = await evalSet();
const server = await serve();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_ARGS });
const page = await browser.newPage();
const answers = new Map<string, Answer>();
try {
  for (const q of set) {
    await page.goto(`${BASE}/search/?q=${encodeURIComponent(q.query)}`);
    await page.waitForFunction((text) => {
      const el = document.querySelector<HTMLElement>('search-page');
      // A page from before the search said when it was done (to measure the old search): its status line.
      if (el && !('state' in el.dataset) && document.querySelector('.search-status')?.textContent)
        return true;
      return el?.dataset.state === 'done' && el.dataset.query === text;
    }, q.query);
    answers.set(
      q.query,
      await page.evaluate(() => ({
        // Record paragraphs only: document cards are another kind of result.
        ids: [...document.querySelectorAll<HTMLAnchorElement>('.results .result-link')]
          .map((a) => new URL(a.href).hash.slice(1).split(':~:')[0] ?? '')
          .filter((id) => /^[a-z]+(?:-[a-z]+)*-\d+$/.test(id)),
        offered: [...document.querySelectorAll('.search-note a')].map((a) => a.textContent ?? ''),
        ms: Number(document.querySelector<HTMLElement>('search-page')?.dataset.ms ?? 0),
      })),
    );
  }
} finally {
  await browser.close();
  server?.kill();
}

const scored = set.map((q) => ({ ...q, ...(answers.get(q.query) as Answer) }));
const findable = scored.filter((q) => q.gold.length > 0 && q.kind !== 'typo');
const p1 = mean(findable.map((q) => Number(q.gold.includes(q.ids[0] ?? ''))));
const hit3 = mean(
  findable.map((q) =>
    Number((q.target ? [q.target] : q.gold).some((id) => q.ids.slice(0, 3).includes(id))),
  ),
);
const recall = mean(
  findable.map((q) => q.gold.filter((id) => q.ids.includes(id)).length / q.gold.length),
);
const precision = mean(
  findable.map((q) =>
    q.ids.length ? q.ids.filter((id) => q.gold.includes(id)).length / q.ids.length : 0,
  ),
);
const absent = scored.filter((q) => q.kind === 'absent');
const absentEmpty = mean(absent.map((q) => Number(q.ids.length === 0)));
const typoSet = scored.filter((q) => q.kind === 'typo');
const answered = (q: EvalQuery & Answer) =>
  (q.gold.length > 0 && q.gold.every((id) => q.ids.includes(id))) ||
  q.offered.some((w) => lemmas(w).some((l) => lemmas(q.intended ?? '').includes(l)));
const typos = mean(typoSet.map((q) => Number(answered(q))));
const ms = scored.map((q) => q.ms);
const figures = {
  queries: set.length,
  kinds: Object.fromEntries(
    Object.entries(Object.groupBy(set, (q) => q.kind)).map(([k, v]) => [k, v?.length ?? 0]),
  ),
  p1,
  hit3,
  recall,
  precision,
  absentEmpty,
  typos,
  latency: { median: median(ms), p95: p95(ms), max: Math.max(...ms) },
};
const failures = scored.filter((q) =>
  q.kind === 'absent'
    ? q.ids.length > 0
    : q.kind === 'typo'
      ? !answered(q)
      : !q.gold.includes(q.ids[0] ?? '') ||
        q.gold.some((id) => !q.ids.includes(id)) ||
        q.ids.some((id) => !q.gold.includes(id)),
);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/search-eval.json',
  `${JSON.stringify({ figures, targets: TARGETS, failures, queries: scored }, null, 1)}\n`,
);
console.log(
  `search evaluation: ${set.length} queries (${Object.entries(figures.kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')})`,
);
console.log(
  `P@1 ${p1.toFixed(3)} · hit@3 ${hit3.toFixed(3)} · recall ${recall.toFixed(3)} · precision ${precision.toFixed(3)} · absent empty ${absentEmpty.toFixed(3)} · typos answered ${typos.toFixed(3)}`,
);
console.log(
  `latency from the search's start to results rendered (page just loaded): median ${figures.latency.median} ms, p95 ${figures.latency.p95} ms`,
);
for (const f of failures.slice(0, 30))
  console.log(
    `  ✗ ${f.kind} «${f.query}»: gold ${f.gold.join(' ') || '—'}; got ${f.ids.slice(0, 6).join(' ') || '—'}${f.offered.length ? `; offered ${f.offered.join(', ')}` : ''}`,
  );
console.log('written: bench/search-eval.json');
const below = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter(
  (k) => figures[k] < TARGETS[k],
);
if (below.length) {
  console.error(
    `below target: ${below.map((k) => `${k} ${figures[k].toFixed(3)} < ${TARGETS[k]}`).join(', ')}`,
  );
  process.exit(1);
}
