/**
 * Text as the search reads it, for the record and for queries alike: words
 * are runs of letters and digits; case, ё/е and soft hyphens do not count;
 * any dash or minus between two words joins them like a hyphen; NBSP and
 * every other space are spaces. A percent or currency sign is a word, and a
 * number glued to a Russian word («11млрд», «100км») is two words joined, as
 * «11-млрд» would be: a reader writes figures so (see abbreviations.ts). Pure,
 * and it keeps the text's own offsets so that found words can be marked in place.
 */

import { MAX_TOKENS } from './bounds.ts';

/** Lower case and ё → е, the only differences between spellings of one word that search ignores. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Most words have neither: no new strings for them (a paragraph can hold 5,000 words).
  return /[ё\u00ad]/.test(lower) ? lower.replaceAll('ё', 'е').replaceAll('\u00ad', '') : lower;
}

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus, small and full-width hyphen-minus. */
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d';

export interface Token {
  /** The word folded: what is compared. */
  word: string;
  /** Offsets of the word in the text. */
  start: number;
  end: number;
  /** Sentence number within the text, from 0. */
  sentence: number;
  /** Joined to the previous word by a dash with no space («онлайн-курсов», «2018–2023»), or a word glued to its number («11млрд»). */
  joined: boolean;
}

/**
 * A word: letters, digits, combining marks and soft hyphens inside it; or a percent or currency sign
 * alone («%», «$», «₸»). Digits right before Russian letters are a word of their own: a figure glued
 * to its unit («11млрд», «100км»).
 */
const WORD = /\d+(?=[а-яёА-ЯЁ])|[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad]*|[%\p{Sc}]/gu;
/** The end of a sentence between two words: . ! ? … (closing quotes or brackets may follow), then a space. */
const SENTENCE_END = /[.!?…]["»“”'’)\]]*\s/u;

/** The words of a text, the first `max` of them (bounds.ts: every word of an accepted paragraph). */
export function tokens(text: string, max = MAX_TOKENS): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let last = 0;
  // `exec` in a loop: `matchAll` costs ten times as much while the code is still cold.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (out.length >= max) break;
    // A gap of one character (most of them) ends no sentence; only a longer one is looked into.
    const gap = m.index - last;
    const one = gap === 1 ? (text[last] ?? '') : '';
    if (out.length > 0 && gap > 1 && SENTENCE_END.test(text.slice(last, m.index))) sentence++;
    // A dash with no space, or nothing at all before letters (a unit glued to its figure).
    const joined =
      out.length > 0 &&
      ((one !== '' && DASHES.includes(one)) || (gap === 0 && /^\p{L}/u.test(m[0])));
    out.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length, sentence, joined });
    last = m.index + m[0].length;
  }
  return out;
}

/** The folded words of a text. */
export function words(text: string): string[] {
  return tokens(text).map((t) => t.word);
}
