/**
 * English as the search reads it: the official translation has no dictionary behind it, so a
 * word's forms are the record's words of the same Snowball (Porter) stem, from `@orama/stemmers`
 * («agreements» finds «agreement»), on words folded as every text is (normalize.ts). Its words
 * are sent as the record's unknown words (build/english-words.ts), and decoded with this language.
 * Loaded only by English pages. Pure.
 */
import { stemmer } from '@orama/stemmers/english';
import { type Language, lemmaIds, type Morphology } from './morphology.ts';
import { fold } from './normalize.ts';
import type { Group, Query } from './query.ts';

/** The stem of a folded word; a word with anything but Latin letters (a number, a name in another script) is its own. */
export function englishStem(word: string): string {
  const folded = fold(word);
  return /^[a-z]+$/.test(folded) ? stemmer(folded) : folded;
}

/**
 * A hyphenated word as the record spells it: «co-operation» is «cooperation» where the record
 * writes it so (and never with the hyphen), and «cooperation» is the phrase «co-operation» where
 * the record writes only that. A word the record has either way is left as typed.
 */
export function regroup(q: Query, m: Morphology): Query {
  const has = (word: string) => lemmaIds(m, word).length > 0;
  // Each dashed word of the record, written together → its parts in order.
  const dashed = new Map<string, string[]>();
  for (const [part, wholes] of m.compounds)
    for (const whole of wholes) dashed.set(whole, [...(dashed.get(whole) ?? []), part]);
  const parts = (whole: string) =>
    (dashed.get(whole) ?? []).sort((a, b) => whole.indexOf(a) - whole.indexOf(b));
  const groups = q.groups.map((g): Group => {
    const whole = g.words.join('');
    if (g.phrase && g.words.length > 1 && !dashed.has(whole) && has(whole))
      return { ...g, words: [whole], spelled: [g.label], phrase: false };
    const split = g.words.length === 1 && !has(whole) ? parts(whole) : [];
    if (split.length > 1 && split.join('') === whole)
      return { ...g, words: split, spelled: split, phrase: true };
    return g;
  });
  return { ...q, groups };
}

export const ENGLISH: Language = {
  code: 'en',
  stem: englishStem,
  foreign: (word) => /\p{Script=Cyrillic}/u.test(word),
  // Pagefind's English stemmer is Porter2, not quite this one: each of the record's forms is asked for.
  key: fold,
  regroup,
};
