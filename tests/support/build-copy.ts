/**
 * `npm run build` of a copy of content/ with something changed, beside a site already served
 * there: what the build said, and whether it left that site as it was (a failed build must).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CopyBuild {
  status: number | null;
  output: string;
  /** The copy of content/ that was built. */
  dir: string;
  /** What `dist/index.html` held after the build: «the previous site» if the build left it. */
  served: string;
  /** A half-built site left beside the served one. */
  leftover: boolean;
}

export function buildCopy(edit: (dir: string) => void): CopyBuild {
  const dir = mkdtempSync(join(tmpdir(), 'build-copy-'));
  cpSync('content', dir, { recursive: true });
  edit(dir);
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'the previous site');
  const build = spawnSync('npm', ['run', 'build'], {
    env: {
      ...process.env,
      RECORD_DIR: dir,
      ASTRO_OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, '.astro'),
    },
    encoding: 'utf8',
  });
  return {
    status: build.status,
    output: build.stdout + build.stderr,
    dir,
    served: readFileSync(join(dir, 'dist', 'index.html'), 'utf8'),
    leftover: existsSync(join(dir, 'dist.next')),
  };
}
