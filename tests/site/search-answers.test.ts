/**
 * What the search answers, over the files the browser fetches (`/search/words.json`, `/search/texts.json`),
 * read by the same pure functions the search page runs (src/search/core): queries as readers type them,
 * words the record lacks, and every paragraph of the record found by a phrase from it. The browser's part
 * (typing, rendering, landing) is the e2e journeys'; the same answers in Chromium are eval:search's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { decode, type MorphologyData } from '../../src/search/core/morphology.ts';
import { plan } from '../../src/search/core/plan.ts';
import { paragraphResults, type SearchPage } from '../../src/search/core/results.ts';
import { lemmas, loadAz, wordsOf } from '../search-eval/set.ts';
import { paragraphText, readPage } from './built.ts';

const read = (file: string) => JSON.parse(readFileSync(join(DIST, 'search', file), 'utf8'));
const morphology = decode(read('words.json') as MorphologyData);
const pages = read('texts.json') as SearchPage[];

/** The ids of the paragraphs the search page lists for a submitted query, best first. */
const answer = (query: string): string[] => {
  const p = plan(query, morphology);
  return paragraphResults(pages, p.q, morphology, p.mean).map((r) => r.id);
};

/** Queries as readers type them, and the paragraph that must be among the first three results. */
const QUERIES: [string, string][] = [
  ['программа Болашак', 'nazarbayev-speech-15'],
  ['скоростная магистраль', 'nazarbayev-closing-5'],
  ['трехъязычие', 'nazarbayev-speech-11'],
  ['"электронная биржа труда"', 'nazarbayev-speech-33'],
  ['чемпионат мира по рабочим профессиям', 'putin-speech-28'],
  ['Сирии', 'putin-speech-6'],
  ['2030', 'nazarbayev-speech-7'],
  ['металлургом', 'nazarbayev-speech-3'],
  ['дошкольное образование', 'nazarbayev-speech-23'],
  ['Кустанайская область', 'putin-speech-13'],
  ['медицинского страхования', 'nazarbayev-speech-29'],
  ['ректоров', 'putin-speech-23'],
  ['филиалы российских вузов', 'nazarbayev-speech-20'],
  ['онлайн-курсы', 'nazarbayev-speech-21'],
  ['Китайской Народной Республики', 'putin-closing-6'],
  ['лаборатория', 'putin-speech-24'],
  ['Сколково', 'nazarbayev-speech-19'],
  ['совместное заявление', 'lead-4'],
  ['"Казахстан – стратегические партнёры"', 'putin-speech-2'],
  ['"онлайн курсы"', 'nazarbayev-speech-21'],
  ['"железнодорожная магистраль"', 'nazarbayev-closing-5'],
];

describe('search answers', () => {
  it.each(QUERIES)('«%s» finds %s in the first three', (query, id) => {
    expect(answer(query).slice(0, 3)).toContain(id);
  });

  it.each(['марсоход', 'криптовалюта', 'биткоин'])(
    '«%s» is not in the record: nothing found',
    (word) => {
      expect(answer(word)).toEqual([]);
    },
  );
});

/**
 * Search over the whole record, not a list of chosen words: for every paragraph, three of its words
 * from the middle are searched as a quoted phrase and as plain words. The expected answer comes from
 * the record's own text, read from the built page, and the dictionary read apart from the search code.
 */
/** Three consecutive words from the middle of the paragraph, across dashes (or all its words when it has fewer). */
function phraseOf(text: string): string[] {
  const tokens = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (tokens.length <= 3) return wordsOf(text);
  const windows = [];
  for (let i = 0; i + 3 <= tokens.length; i++) windows.push(i);
  const middle = Math.floor((tokens.length - 3) / 2);
  windows.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
  // Words only (a hyphenated word becomes its parts), no numbers glued to signs.
  const start =
    windows.find((i) =>
      tokens
        .slice(i, i + 3)
        .every((t) => /^[«„(]?[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*[»“).,:;!?]*$/u.test(t)),
    ) ?? middle;
  return tokens.slice(start, start + 3).flatMap(wordsOf);
}

/** The same word in any form: a lemma in common by the dictionary. */
const sameWord = (a: string, b: string) => a === b || lemmas(a).some((l) => lemmas(b).includes(l));

/** Whether the words stand in the text one after another, each in any form, as the phrase search promises. */
function hasPhrase(text: string, phrase: string[]): boolean {
  const w = wordsOf(text);
  for (let i = 0; i + phrase.length <= w.length; i++)
    if (phrase.every((p, j) => sameWord(w[i + j] ?? '', p))) return true;
  return false;
}

/** Every paragraph of the record (lead and speeches) as the full record page shows it. */
const record = readPage('/')
  .querySelectorAll('.record-text p[id]')
  .map((p) => ({ id: p.id, text: paragraphText(p).trim() }));
const GROUPS = ['lead', 'putin-speech', 'nazarbayev-speech', 'nazarbayev-closing', 'putin-closing'];
const groupOf = (id: string) => id.replace(/-\d+$/, '');

describe('every paragraph of the record is found by a phrase from it', () => {
  beforeAll(loadAz);

  it('the record has the paragraphs the search is checked against', () => {
    expect([...new Set(record.map((p) => groupOf(p.id)))].sort()).toEqual([...GROUPS].sort());
    expect(record.length).toBeGreaterThanOrEqual(91);
  });

  it.each(GROUPS)(
    '%s: quoted, exactly the paragraphs with the phrase; unquoted, among them',
    (group) => {
      const mine = record.filter((p) => groupOf(p.id) === group);
      expect(mine.length).toBeGreaterThan(0);
      for (const p of mine) {
        const phrase = phraseOf(p.text);
        // Exactly the record paragraphs that contain the phrase (document cards may also match).
        const expected = record.filter((q) => hasPhrase(q.text, phrase)).map((q) => q.id);
        const quoted = answer(`"${phrase.join(' ')}"`).filter((id) => /^[a-z-]+-\d+$/.test(id));
        expect(quoted.sort(), `«${phrase.join(' ')}»`).toEqual(expected.sort());
        expect(answer(phrase.join(' ')), phrase.join(' ')).toContain(p.id);
      }
    },
  );
});
