/**
 * `npm test`: the one gate. Runs every check in layers, cheapest first, and stops at the first
 * failure with a non-zero exit code: types, lint, unit tests (no build, no browser: what
 * `npm run test:fast`, `node scripts/test.ts --fast`, runs), then the build and the checks of the
 * built site, the second record, the browser and the search evaluation.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { hasCaddy } from './lib/caddy.ts';
import { chromiumPath, hasChromium, hasHeadlessShell } from './lib/chromium.ts';
import { freePort, hasNginx } from './lib/nginx.ts';
import { command, ensurePackages } from './lib/system.ts';

function ensureTools(): void {
  if (!hasChromium() && process.env.CHROME_PATH) {
    console.error(
      `No Chromium at ${chromiumPath()} (CHROME_PATH). Playwright's own browser download is not used.`,
    );
    process.exit(1);
  }
  ensurePackages([
    { ok: hasChromium, pkg: 'chromium' },
    { ok: command('xmllint'), pkg: 'libxml2-utils' },
    // The print checks read Chromium's PDF page by page.
    { ok: command('pdftotext'), pkg: 'poppler-utils' },
    // The hosting checks run the generated configs in real nginx (with its brotli module) and Caddy.
    { ok: hasNginx, pkg: 'nginx libnginx-mod-http-brotli-static' },
    { ok: hasCaddy, pkg: 'caddy' },
  ]);
  // The browser tests run in Chromium's headless shell where there is one (half the CPU a test);
  // where it cannot be had they run in the full browser.
  if (process.env.CHROME_PATH || hasHeadlessShell() || process.getuid?.() !== 0) return;
  try {
    ensurePackages([{ ok: hasHeadlessShell, pkg: 'chromium-headless-shell' }]);
  } catch {
    console.warn('chromium-headless-shell could not be installed: the browser tests use chromium.');
  }
}

/** Where the second record is copied, imported and built. */
const SECOND = 'test-results/round-table';
/** The same site built under a base path, as a GitHub Pages project site is served. */
const SUBPATH =
  'BASE_PATH=/forum-2017/ ASTRO_OUT_DIR=dist-subpath ASTRO_CACHE_DIR=node_modules/.astro-subpath';
// Free ports, so that two suites can run side by side and neither reuses the other's server.
process.env.E2E_PORT ??= String(await freePort());
const SUBPATH_PORT = await freePort();

/** The fast loop: no build, no browser. */
const fast: [string, string][] = [
  ['types (astro check)', 'astro check'],
  ['lint and format (biome)', 'biome ci .'],
  [
    'unit tests',
    'vitest run --project unit --reporter=dot --reporter=json --outputFile.json=test-results/counts/unit.json',
  ],
];

const steps: [string, string][] = [
  ...fast,
  ['build', 'npm run build'],
  ['reproducible build (second build, byte compare)', 'node tests/support/reproducible.ts'],
  [
    'built-site checks',
    'vitest run --project site --reporter=default --reporter=json --outputFile.json=test-results/counts/site.json',
  ],
  [
    "npm start's server, nginx and Caddy under hostile and faulty requests",
    'vitest run --project server --reporter=default --reporter=json --outputFile.json=test-results/counts/server.json',
  ],
  [
    'second record (tests/fixtures/records/round-table): import, build, fidelity, nothing injected',
    `node scripts/build-record.ts tests/fixtures/records/round-table ${SECOND} && RECORD_DIR=${SECOND} ASTRO_OUT_DIR=${SECOND}/dist vitest run --project record --reporter=default --reporter=json --outputFile.json=test-results/counts/record.json`,
  ],
  [
    'end-to-end (Playwright, Chromium)',
    'PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/counts/e2e.json playwright test --reporter=list,json',
  ],
  ['search evaluation (P@1, hit@3, recall, absent, typos)', 'node tests/search-eval/eval.ts'],
  ['sub-path build (BASE_PATH=/forum-2017/)', `${SUBPATH} npm run build`],
  [
    'sub-path: links, addresses, hosting checks',
    `${SUBPATH} vitest run --project site tests/site/links.test.ts tests/site/base.test.ts tests/site/hosting.test.ts --reporter=dot --reporter=json --outputFile.json=test-results/counts/site-subpath.json`,
  ],
  [
    'sub-path: search-and-share smoke test',
    `${SUBPATH} CI=1 E2E_PORT=${SUBPATH_PORT} PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/counts/e2e-subpath.json playwright test tests/e2e/hosted.spec.ts --reporter=list,json`,
  ],
];

/** Totals from the runners' JSON reports, for one closing line that CI can read. */
function counts(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const name of ['unit', 'site', 'server', 'record', 'site-subpath']) {
    const file = `test-results/counts/${name}.json`;
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests + r.numTodoTests;
  }
  for (const name of ['e2e', 'e2e-subpath']) {
    const file = `test-results/counts/${name}.json`;
    if (!existsSync(file)) continue;
    const { stats } = JSON.parse(readFileSync(file, 'utf8'));
    total.passed += stats.expected + stats.flaky;
    total.failed += stats.unexpected;
    total.skipped += stats.skipped;
  }
  return total;
}

function summary(): string {
  const c = counts();
  return `tests: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}

rmSync('test-results/counts', { recursive: true, force: true });
mkdirSync('test-results/counts', { recursive: true });
const only = process.argv.includes('--fast') ? fast : steps;
if (only === steps) ensureTools();
const began = performance.now();
for (const [name, command] of only) {
  const started = performance.now();
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s`);
    console.error(summary());
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((performance.now() - began) / 1000).toFixed(0)} s.`);
console.log(summary());
