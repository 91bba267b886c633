/**
 * `npm run build` itself, without an import, refuses facts that do not hold: a speaker id that
 * would be written into addresses and Akoma Ntoso hrefs, a documents.json mention of a paragraph
 * that does not exist. Both stop while the collections load, before anything is rendered.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopy } from '../support/build-copy.ts';

/** A copy of content/ with one JSON file edited, built; the build's output and the file's text. */
function buildWith(name: string, edit: (list: Record<string, unknown>[]) => void) {
  let text = '';
  const build = buildCopy((dir) => {
    const list = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    edit(list);
    text = JSON.stringify(list, null, 2);
    writeFileSync(join(dir, name), text);
  });
  return { ...build, text };
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
