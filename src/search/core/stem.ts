/**
 * The Snowball Russian stemmer, the algorithm Pagefind's index uses for
 * `lang="ru"` (from `@orama/stemmers`), on words folded like the index
 * folds them. The search uses it to ask the index one word per stem and to
 * match words the dictionary does not know.
 */
import { stemmer } from '@orama/stemmers/russian';
import { fold } from './normalize.ts';

export function stem(word: string): string {
  const folded = fold(word);
  return /^[а-я]+$/.test(folded) ? stemmer(folded) : folded;
}

/**
 * The key Pagefind files a word under: it drops diacritics before stemming,
 * so «й» is read as «и» («которой» → «которои» → «которо»), and a dashed
 * compound is one word written together. Asking the index
 * for a word asks for this key; one word per key is enough.
 */
export function pagefindKey(word: string): string {
  // Pagefind stems every word, digits and Latin letters in it or not («25-летия» → «25лет»).
  return stemmer(fold(word).replaceAll('й', 'и'));
}
