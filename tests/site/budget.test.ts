/**
 * Byte budgets of the built pages (brotli, quality 11), as `npm run bench`
 * measures them: the whole of `/` — lead and four speeches, HTML with its
 * inline CSS and any render-blocking stylesheet — fits in the first network
 * round trip; no page blocks rendering on a script; no page's module scripts
 * with their static imports exceed 6,000 bytes, and none imports a file the
 * page does not name (which the browser would ask for a round trip later). (What a page fetches with
 * `import()` on load, such as Pagefind on /search/, is measured by
 * `npm run bench` in a browser: "JS br before input".)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { brotli, brotliFile } from '../../src/publish/brotli.ts';
import { readPage } from './built.ts';
import { pages } from './pages.ts';

/**
 * The first round trip is 10 TCP segments (~14,600 bytes of payload): `/` fits with room for the
 * server's headers (about 570 B; tests/server/first-round-trip.test.ts checks the sum). (The share
 * tools' markup is fetched after load, and `/`'s ¶ links get their speech in their names from a
 * script: see Paragraph.astro.)
 */
const CRITICAL_PATH_BROTLI = 14_025;
const SCRIPT_BEFORE_INPUT_BROTLI = 6_000;

const file = (url: string) => join(DIST, new URL(url, 'https://x/').pathname);

/** Script files a module loads before it runs: its static imports, transitively (not `import()`). */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    moduleGraph(join(entry, '..', m[1] ?? ''), seen);
  }
  return seen;
}

function critical(path: string) {
  const page = readPage(path);
  const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
  const blockingCss = page
    .querySelectorAll('link[rel="stylesheet"]')
    // A stylesheet none of whose media matches an ordinary screen does not block rendering.
    .filter((l) =>
      (l.getAttribute('media') ?? 'all')
        .split(',')
        .some((m) => !['print', 'not all', '(forced-colors: active)'].includes(m.trim())),
    )
    .map((l) => file(l.getAttribute('href') ?? ''));
  const named = page.querySelectorAll('script[src]').map((s) => file(s.getAttribute('src') ?? ''));
  const scripts = new Set<string>();
  for (const s of named) moduleGraph(s, scripts);
  return {
    unnamed: [...scripts].filter((s) => !named.includes(s)),
    // Named in the head, a script is asked for with the page's first bytes, not after its text.
    inBody: page.querySelectorAll('body script[src]').map((s) => s.getAttribute('src')),
    bytes: brotli(html) + blockingCss.reduce((n, f) => n + brotliFile(f), 0),
    script: [...scripts].reduce((n, f) => n + brotliFile(f), 0),
    blockingScripts: page
      .querySelectorAll('head script[src]')
      .filter(
        (s) =>
          s.getAttribute('type') !== 'module' &&
          !s.hasAttribute('defer') &&
          !s.hasAttribute('async'),
      ),
  };
}

describe('byte budgets', () => {
  it(`/ (the whole record) fits in the first round trip: ≤ ${CRITICAL_PATH_BROTLI} bytes brotli`, () => {
    const { bytes } = critical('/');
    console.log(`/ critical path: ${bytes} bytes brotli (budget ${CRITICAL_PATH_BROTLI})`);
    expect(bytes).toBeLessThanOrEqual(CRITICAL_PATH_BROTLI);
  });

  it.each(pages)(
    '$path: critical path within budget, no render-blocking script, statically imported script ≤ 6,000 bytes, all of it named by the page',
    ({ path }) => {
      const { bytes, script, blockingScripts, unnamed, inBody } = critical(path);
      expect(unnamed).toEqual([]);
      expect(inBody).toEqual([]);
      expect(bytes).toBeLessThanOrEqual(CRITICAL_PATH_BROTLI);
      expect(blockingScripts.map((s) => s.toString())).toEqual([]);
      expect(script).toBeLessThanOrEqual(SCRIPT_BEFORE_INPUT_BROTLI);
    },
  );

  it('measures real files', () => {
    const scripts = readPage('/').querySelectorAll('script[src]');
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(existsSync(file(s.getAttribute('src') ?? ''))).toBe(true);
  });
});
