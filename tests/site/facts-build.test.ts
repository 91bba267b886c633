/**
 * `npm run build` itself, without an import, refuses facts that do not hold: a speaker id that
 * would be written into addresses and Akoma Ntoso hrefs, a documents.json mention of a paragraph
 * that does not exist. Both stop while the collections load, before anything is rendered.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A copy of content/ with one JSON file edited, built; the build's output. */
function buildWith(name: string, edit: (list: Record<string, unknown>[]) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'facts-'));
  cpSync('content', dir, { recursive: true });
  const list = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  edit(list);
  const text = JSON.stringify(list, null, 2);
  writeFileSync(join(dir, name), text);
  // The site already served there: a failed build must leave it as it was.
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
  const served = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
  const leftover = existsSync(join(dir, 'dist.next'));
  return { status: build.status, output: build.stdout + build.stderr, dir, text, served, leftover };
}

/** The 1-based line of the first line of `text` that holds `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('npm run build without an import', () => {
  it('refuses a hostile speaker id at its line', () => {
    const build = buildWith('speakers.json', (list) => {
      if (list[1]) list[1].id = '../../etc';
    });
    expect(build.status).not.toBe(0);
    const line = lineOf(build.text, '"../../etc"');
    expect(build.output).toContain(`${build.dir}/speakers.json:${line}: speaker id «../../etc»`);
    // Nothing half-written: the site served before stays whole.
    expect(build.served).toBe('the previous site');
    expect(build.leftover).toBe(false);
  }, 120_000);

  it('refuses a mention of a paragraph that does not exist, naming the document and the mention', () => {
    const build = buildWith('documents.json', (list) => {
      const mentions = list[2]?.mentions as { passage: string }[];
      if (mentions[0]) mentions[0].passage = 'putin-speech-99';
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /documents\.json:\d+: document «interregional-package», mention «putin-speech-99»: the record has no such paragraph/,
    );
    expect(build.served).toBe('the previous site');
  }, 120_000);
});
