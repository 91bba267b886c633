/**
 * Builds the site a second time into a scratch folder and compares every
 * file with the first build byte for byte: no timestamps, no random ids.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from '../../scripts/lib/dist.ts';

const SECOND = `${DIST}-repro`;

function hashes(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return new Map(
    files.map((e) => [
      relative(dir, join(e.parentPath, e.name)),
      createHash('sha256')
        .update(readFileSync(join(e.parentPath, e.name)))
        .digest('hex'),
    ]),
  );
}

rmSync(SECOND, { recursive: true, force: true });
execSync('npm run build --silent', {
  stdio: 'ignore',
  env: { ...process.env, ASTRO_OUT_DIR: SECOND, ASTRO_CACHE_DIR: `${SECOND}-cache` },
});
const [a, b] = [hashes(DIST), hashes(SECOND)];
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
rmSync(SECOND, { recursive: true, force: true });
rmSync(`${SECOND}-cache`, { recursive: true, force: true });
rmSync(`${SECOND}-host`, { recursive: true, force: true });
if (differ.length > 0) {
  console.error(
    `Two builds of the same commit differ in ${differ.length} file(s):\n${differ.slice(0, 20).join('\n')}`,
  );
  process.exit(1);
}
console.log(`reproducible: ${a.size} files identical in two builds`);
