/**
 * The words file of a translation's search (`/en/search/words.json`): every word of its indexed
 * texts, each once, as words no dictionary knows; the browser groups them by their English stem
 * (core/english.ts). Written beside its texts from Pagefind's fragments (texts.ts), so the two agree.
 */
import type { MorphologyData } from '../core/morphology.ts';
import { words } from '../core/normalize.ts';
import { compounds } from './words.ts';

export function englishWords(texts: string[]): MorphologyData {
  const unknown = [...new Set(texts.flatMap((text) => words(text)))].sort();
  return { endings: [], lemmas: [], unknown, compounds: compounds(texts) };
}
