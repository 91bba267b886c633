/**
 * `npm test`: the one gate. Runs every check in order and stops at the first
 * failure with a non-zero exit code.
 */
import { execSync, spawnSync } from 'node:child_process';
import { chromiumPath, hasChromium } from './chromium.ts';

function ensureChromium(): void {
  if (hasChromium()) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || process.env.CHROME_PATH) {
    console.error(
      `No Chromium at ${chromiumPath()}. Install Debian's package (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary. Playwright's own browser download is not used.`,
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium (running as root)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}

const steps: [string, string][] = [
  ['types (astro check)', 'astro check'],
  ['lint and format (biome)', 'biome ci .'],
  ['unit tests', 'vitest run --project unit'],
  ['build', 'npm run build'],
  ['built-site checks', 'vitest run --project site'],
  ['end-to-end (Playwright, Chromium)', 'playwright test'],
];

ensureChromium();
for (const [name, command] of steps) {
  const started = performance.now();
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log('\nAll checks passed.');
