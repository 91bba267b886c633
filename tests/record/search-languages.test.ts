/**
 * Any record's search in its languages: the Russian search reads the Russian pages only, and
 * offers to search the official English translation (its own page, `/en/search/`) only where the
 * record has one. Runs on this record and on the second, which has none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { RECORD_DIR } from '../../src/record/record-dir.ts';
import type { SearchPage } from '../../src/search/core/results.ts';
import { readPage } from '../site/built.ts';

const translated = existsSync(join(RECORD_DIR, 'translations', 'en'));

describe(`the search of the record in ${RECORD_DIR}`, () => {
  it('sends the Russian search Russian pages only', () => {
    const texts = JSON.parse(readFileSync(join(DIST, 'search', 'texts.json'), 'utf8')) as
      | SearchPage[]
      | null;
    for (const page of texts ?? []) expect(page.url).not.toMatch(/^\/en\//);
  });

  it(`offers the English search ${translated ? 'for a Latin query' : 'nowhere: there is no translation'}`, () => {
    const offer = readPage('/search/').querySelector('#other-template');
    expect(Boolean(offer)).toBe(translated);
    expect(existsSync(join(DIST, 'en', 'search', 'index.html'))).toBe(translated);
    expect(existsSync(join(DIST, 'en', 'search', 'texts.json'))).toBe(translated);
    if (translated) expect(offer?.innerHTML).toMatch(/href="\/en\/search\/" hreflang="en"/);
  });
});

describe(`the English pages of the record in ${RECORD_DIR}`, () => {
  it(`are ${translated ? 'there' : 'none at all: there is no translation'}`, () => {
    for (const page of ['', 'documents/', 'search/', 'speeches/'])
      expect(existsSync(join(DIST, 'en', page)), `/en/${page}`).toBe(translated);
    expect(existsSync(join(DIST, 'record.en.json'))).toBe(translated);
    expect(existsSync(join(DIST, 'record.en.akn.xml'))).toBe(translated);
  });
});
