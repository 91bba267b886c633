/**
 * A query typed with the keyboard in the wrong layout: the Latin letters a
 * Russian ЙЦУКЕН keyboard has on the same keys («wbahjdbpfwbz» is
 * «цифровизация»).
 */
const LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const CYRILLIC = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const KEYS = new Map([...LATIN].map((c, i) => [c, CYRILLIC[i] ?? c]));

/** The text as it would have come out in the Russian layout (the keys of letters only; everything else kept). */
export function toRussianLayout(text: string): string {
  return [...text].map((c) => KEYS.get(c.toLowerCase()) ?? c).join('');
}

/** A word in Latin letters (the keys , . ; ' [ ] ` inside it included: on a Russian keyboard they are letters). */
export function isLatinWord(word: string): boolean {
  return /^[a-z][a-z,.;'[\]`]*$/i.test(word);
}
