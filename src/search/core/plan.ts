/**
 * What to do with a query before the index is asked: convert a query typed
 * in the wrong keyboard layout, note Latin words, offer spellings for words
 * the record does not have (and, for a submitted query, the record's words
 * that begin so), and pick the words to ask Pagefind. Pure.
 */

import { MAX_SUGGESTED } from './bounds.ts';
import { isLatinWord, toRussianLayout } from './keyboard-layout.ts';
import { lemmaIds, type Morphology, recordWords } from './morphology.ts';
import { parseQuery, type Query, queryWords } from './query.ts';
import { type Meaning, meaning } from './results.ts';
import { pagefindKey } from './stem.ts';
import { nearest, startingWith } from './typos.ts';

export interface Absent {
  /** The word as folded. */
  word: string;
  /** As the reader typed it (its first use in the query). */
  typed: string;
  /** The nearest words of the record, for «Возможно, вы имели в виду…». */
  suggestions: string[];
  /** The record's words that begin with it. */
  prefixed: string[];
  /** A word in Latin letters: the record is in Russian. */
  latin: boolean;
}

export interface Plan {
  /** The query searched (after a layout conversion, the converted one). */
  q: Query;
  /** The query as typed, when it was typed in the wrong layout and converted. */
  typed?: string;
  /** Lemma ids of each word of each group. */
  mean: Meaning;
  /** Query words with no form in the record. */
  absent: Absent[];
  /** For each query word the record has, the words to ask Pagefind: one of its forms in the record per index key (see `pagefindKey`), and the compounds they stand in. */
  lookups: string[][];
}

/** Record words and lemmas, for the nearest-spelling search (built once per morphology). */
const vocabularies = new WeakMap<Morphology, string[]>();
function vocabulary(m: Morphology): string[] {
  let v = vocabularies.get(m);
  if (!v) {
    v = [
      ...new Set([...recordWords(m), ...m.names.filter((_, i) => (m.seen[i]?.length ?? 0) > 0)]),
    ];
    vocabularies.set(m, v);
  }
  return v;
}

/** Spellings near a word the record lacks and the record's words that begin so; none past MAX_SUGGESTED. */
function suggest(word: string, latin: boolean, wanted: boolean, m: Morphology) {
  if (!wanted || latin) return { suggestions: [], prefixed: [] };
  return {
    suggestions: /^\p{N}+$/u.test(word) ? [] : nearest(word, vocabulary(m)),
    prefixed: startingWith(word, recordWords(m)),
  };
}

const known = (m: Morphology, q: Query) => queryWords(q).every((w) => lemmaIds(m, w).length > 0);

/**
 * `typing`: the reader is still typing (suggestions under the header box):
 * the last word, when unfinished, stands for every record word that begins
 * with it. A submitted query never matches by beginnings.
 */
export function plan(raw: string, m: Morphology, typing = false): Plan {
  let q = parseQuery(raw);
  let typed: string | undefined;
  const words = queryWords(q);
  if (words.some(isLatinWord) && !known(m, q)) {
    const converted = parseQuery(toRussianLayout(q.text));
    if (queryWords(converted).length > 0 && known(m, converted)) {
      typed = q.text;
      q = converted;
    }
  }
  const mean = meaning(q, m);
  const lastGroup = mean.at(-1);
  const last = q.groups.at(-1)?.words.at(-1);
  if (typing && last && lastGroup && lastGroup.at(-1)?.length === 0 && !/\s$/.test(raw)) {
    const ids = [...new Set(startingWith(last, recordWords(m), 50).flatMap((w) => lemmaIds(m, w)))];
    lastGroup[lastGroup.length - 1] = ids;
  }
  const absent: Absent[] = [];
  // Spellings are looked for among the whole vocabulary: for the first few absent words only.
  for (const [g, group] of q.groups.entries()) {
    for (const [i, word] of group.words.entries()) {
      if ((mean[g]?.[i]?.length ?? 0) > 0 || absent.some((a) => a.word === word)) continue;
      const latin = isLatinWord(word);
      absent.push({
        word,
        typed: group.spelled[i] ?? word,
        latin,
        ...suggest(word, latin, absent.length < MAX_SUGGESTED, m),
      });
    }
  }
  // Per query word, one form per index key; Pagefind files a dashed compound under the whole written
  // together, not always under its words: ask for the whole too.
  const lookups = mean.flat().flatMap((ids) => {
    const keys = new Map<string, string>();
    for (const form of ids.flatMap((id) => m.seen[id] ?? [])) {
      for (const word of [form, ...(m.compounds.get(form) ?? [])])
        if (!keys.has(pagefindKey(word))) keys.set(pagefindKey(word), word);
    }
    return keys.size ? [[...keys.values()]] : [];
  });
  return { q, ...(typed ? { typed } : {}), mean, absent, lookups };
}
