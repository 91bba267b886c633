/**
 * `npm test`: the one gate. Runs every check in order and stops at the first
 * failure with a non-zero exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath, hasChromium } from './chromium.ts';
import { hasNginx } from './nginx.ts';
import { command, ensurePackages } from './system.ts';

function ensureTools(): void {
  if (!hasChromium() && process.env.CHROME_PATH) {
    console.error(`No Chromium at ${chromiumPath()} (CHROME_PATH). Playwright's own browser download is not used.`);
    process.exit(1);
  }
  ensurePackages([
    { ok: hasChromium, pkg: 'chromium' },
    { ok: command('xmllint'), pkg: 'libxml2-utils' },
    // The hosting checks run the generated server block in real nginx with its brotli module.
    { ok: hasNginx, pkg: 'nginx libnginx-mod-http-brotli-static' },
  ]);
}

/** Where the second record is copied, imported and built. */
const SECOND = 'test-results/round-table';

const steps: [string, string][] = [
  ['types (astro check)', 'astro check'],
  ['lint and format (biome)', 'biome ci .'],
  ['unit tests', 'vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/counts/unit.json'],
  ['build', 'npm run build'],
  ['reproducible build (second build, byte compare)', 'node scripts/reproducible.ts'],
  ['built-site checks', 'vitest run --project site --reporter=default --reporter=json --outputFile.json=test-results/counts/site.json'],
  [
    'second record (tests/fixtures/records/round-table): import, build, fidelity, nothing injected',
    `node scripts/build-record.ts tests/fixtures/records/round-table ${SECOND} && RECORD_DIR=${SECOND} ASTRO_OUT_DIR=${SECOND}/dist vitest run --project record --reporter=default --reporter=json --outputFile.json=test-results/counts/record.json`,
  ],
  ['end-to-end (Playwright, Chromium)', 'PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/counts/e2e.json playwright test --reporter=list,json'],
];

/** Totals from the runners' JSON reports, for one closing line that CI can read. */
function counts(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const name of ['unit', 'site', 'record']) {
    const file = `test-results/counts/${name}.json`;
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests + r.numTodoTests;
  }
  const e2e = 'test-results/counts/e2e.json';
  if (existsSync(e2e)) {
    const { stats } = JSON.parse(readFileSync(e2e, 'utf8'));
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
ensureTools();
for (const [name, command] of steps) {
  const started = performance.now();
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s`);
    console.error(summary());
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log('\nAll checks passed.');
console.log(summary());
