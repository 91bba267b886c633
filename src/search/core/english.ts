/**
 * English as the search reads it: the official translation has no dictionary behind it, so a
 * word's forms are the record's words of the same Snowball (Porter) stem, from `@orama/stemmers`
 * («agreements» finds «agreement»), on words folded as every text is (normalize.ts). Its words
 * are sent as the record's unknown words (build/english-words.ts), and decoded with this language.
 * Loaded only by English pages. Pure.
 */
import { stemmer } from '@orama/stemmers/english';
import type { Language } from './morphology.ts';
import { fold } from './normalize.ts';

/** The stem of a folded word; a word with anything but Latin letters (a number, a name in another script) is its own. */
export function englishStem(word: string): string {
  const folded = fold(word);
  return /^[a-z]+$/.test(folded) ? stemmer(folded) : folded;
}

export const ENGLISH: Language = {
  code: 'en',
  stem: englishStem,
  foreign: (word) => /\p{Script=Cyrillic}/u.test(word),
  // Pagefind's English stemmer is Porter2, not quite this one: each of the record's forms is asked for.
  key: fold,
};
