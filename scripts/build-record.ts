/**
 * Builds the site of any record folder without touching it: copies the folder (laid out as
 * `content/` is) into a work folder, imports its source there and builds into `<work>/dist`.
 * Used by `npm test` for the second record and by `npm run bench:scale`.
 *
 *   node scripts/build-record.ts <record folder> <work folder>
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The environment that points the importer and the build at `work`. */
function recordEnv(work: string): NodeJS.ProcessEnv {
  const dir = resolve(work);
  return {
    ...process.env,
    RECORD_DIR: dir,
    ASTRO_OUT_DIR: join(dir, 'dist'),
    ASTRO_CACHE_DIR: join(dir, 'cache'),
  };
}

/** Copies the record folder into `work` and imports it there; returns the build's environment (with `extra`). */
export function prepareRecord(
  record: string,
  work: string,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  rmSync(work, { recursive: true, force: true });
  cpSync(record, work, {
    recursive: true,
    filter: (src) => !/\/(dist|cache|speeches)$|\.mdx$/.test(src),
  });
  const env = { ...recordEnv(work), ...extra };
  const [source] = readdirSync(join(work, 'source')).filter((f) => f.endsWith('.txt'));
  if (!source) throw new Error(`${record}/source: no print copy (.txt)`);
  const files = [
    '--source',
    join(work, 'source', source),
    '--speakers',
    join(work, 'speakers.json'),
    '--out',
    work,
  ];
  execFileSync(process.execPath, ['scripts/import.ts', ...files], { env, stdio: 'inherit' });
  return env;
}

/** Copies, imports, then runs `npm run build` under `wrap` (e.g. `/usr/bin/time`); returns the build's result. */
export function buildRecord(record: string, work: string, wrap: string[] = []) {
  const env = prepareRecord(record, work);
  const [command = 'npm', ...args] = [...wrap, 'npm', 'run', 'build'];
  return spawnSync(command, args, { env, encoding: 'utf8' });
}

if (import.meta.main) {
  const [record, work] = process.argv.slice(2);
  if (!record || !work) {
    console.error('usage: node scripts/build-record.ts <record folder> <work folder>');
    process.exit(2);
  }
  const build = buildRecord(record, work);
  process.stdout.write(build.stdout);
  process.stderr.write(build.stderr);
  process.exit(build.status ?? 1);
}
