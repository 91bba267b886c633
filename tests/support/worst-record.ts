/**
 * The worst record the limits accept (src/record/limits.ts), as `/search/texts.json` would carry it:
 * paragraphs of the longest words, of the most words, of one phrase over and over, as many as the
 * texts' byte bound (src/search/core/bounds.ts) lets through. For the search's long-task test.
 */
import { LIMITS } from '../../src/record/limits.ts';
import { TEXTS_BYTES } from '../../src/search/core/bounds.ts';

/** A seeded run of Cyrillic letters: words that share nothing, so no lookup is remembered. */
export function letters(n: number, seed: number): string {
  let a = seed;
  return Array.from({ length: n }, () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(0x430 + ((a >>> 16) % 32));
  }).join('');
}

/** A paragraph of LIMITS.paragraph characters (a trailing space aside), the three worst shapes in turn. */
function worstParagraph(i: number): string {
  const shape = i % 3;
  const text =
    shape === 0
      ? // Words of LIMITS.word letters: the longest lookups.
        Array.from({ length: 99 }, (_, k) => letters(LIMITS.word, i * 1000 + k)).join(' ')
      : shape === 1
        ? // One-letter words: the most words a paragraph holds, each a match for «а».
          'а '.repeat(LIMITS.paragraph / 2)
        : // One phrase over and over, one sentence each: every word a match, spans everywhere.
          'рынок труда и капитала. '.repeat(LIMITS.paragraph / 24 + 1);
  return text.slice(0, LIMITS.paragraph).trimEnd();
}

/** As many worst paragraphs as fit TEXTS_BYTES, on pages of five. */
export function worstTexts(): string {
  const pages: {
    url: string;
    title: string;
    speaker: string;
    units: { id: string; text: string }[];
  }[] = [];
  for (let i = 0; ; i++) {
    const unit = { id: `worst-${Math.floor(i / 5) + 1}-${(i % 5) + 1}`, text: worstParagraph(i) };
    if (i % 5 === 0)
      pages.push({ url: `/speeches/worst-${i / 5 + 1}/`, title: 'Худший', speaker: '', units: [] });
    pages.at(-1)?.units.push(unit);
    if (Buffer.byteLength(JSON.stringify(pages)) > TEXTS_BYTES) {
      pages.at(-1)?.units.pop();
      return JSON.stringify(pages);
    }
  }
}
