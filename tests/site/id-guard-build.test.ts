/**
 * `npm run build` itself refuses a record whose published id lost its text: a real `astro build`
 * of a copy of content/ with one paragraph changed in its generated MDX fails, naming the id.
 * (It stops in `astro:config:setup`, before anything is rendered, so it is quick.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run build', () => {
  it('makes npm run build fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'id-guard-'));
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'speeches', '1-putin-speech.mdx');
    const mdx = readFileSync(file, 'utf8');
    writeFileSync(file, mdx.replace('Рад приветствовать всех вас', 'Рад видеть всех вас'));
    const build = spawnSync('npm', ['run', 'build'], {
      env: {
        ...process.env,
        RECORD_DIR: dir,
        ASTRO_OUT_DIR: join(dir, 'dist'),
        ASTRO_CACHE_DIR: join(dir, '.astro'),
      },
      encoding: 'utf8',
    });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain(
      'putin-speech-2: the text behind a published id changed',
    );
  }, 120_000);
});
