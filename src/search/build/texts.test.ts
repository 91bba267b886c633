import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { page } from '../../../tests/support/search-fixture.ts';
import { searchPage } from '../core/results.ts';
import { readFragment, textsJson } from './texts.ts';

const dir = mkdtempSync(join(tmpdir(), 'texts-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, gzipSync(text));
  return file;
};
const speech = page('/speeches/a/', 'Выступление', ['Первый абзац.', 'Второй абзац.¶']);

describe('readFragment', () => {
  it("reads a page from Pagefind's gzipped fragment", () => {
    const file = write('a.pf_fragment', `pagefind_dcd${JSON.stringify(speech)}`);
    expect(readFragment(file)).toEqual(searchPage(speech));
    expect(readFragment(file).units.map((u) => u.text)).toEqual(['Первый абзац.', 'Второй абзац.']);
  });

  it('refuses a file that is not a fragment, naming it', () => {
    const file = write('b.pf_fragment', JSON.stringify(speech));
    expect(() => readFragment(file)).toThrow(`${file}:1: not a Pagefind fragment`);
  });
});

describe('textsJson', () => {
  const other = searchPage(page('/', 'Главная', ['Сообщение.']));
  it('lists the pages by address, whatever order the fragments came in', () => {
    const json = JSON.parse(textsJson([searchPage(speech), other]));
    expect(json.map((p: { url: string }) => p.url)).toEqual(['/', '/speeches/a/']);
    expect(textsJson([other, searchPage(speech)])).toBe(textsJson([searchPage(speech), other]));
  });

  it('says null for a record too large to send whole', () => {
    expect(textsJson([other], 5)).toBe('null');
  });
});
