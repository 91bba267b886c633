/**
 * The share tools' words in the page's language (`<html lang>`): one table per language
 * (words-ru.ts, words-en.ts), loaded with the tools, never before the page is read.
 */

import type { Words } from './words-type.ts';

export type { Words };

/** The page is English: its tools speak English and cite the official translation. */
export const isEnglish = (): boolean => document.documentElement.lang === 'en';

let loaded: Promise<Words> | undefined;
export const words = (): Promise<Words> =>
  (loaded ??= (isEnglish() ? import('./words-en.ts') : import('./words-ru.ts')).then(
    (m) => m.WORDS,
  ));
