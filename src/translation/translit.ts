/**
 * Cognates across scripts: a Russian word transliterated to Latin letters (BGN/PCGN-like) and
 * both sides folded to a rough sound spelling, so that «Новосибирской» and «Novosibirsk»,
 * «башкирских» and «Bashkir», «Ярославской» and «Yaroslavl» share their first letters
 * (the cognate test of Simard, Foster & Isabelle 1992, on a prefix of the folded word).
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

function transliterate(word: string): string {
  return [...word.toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join('');
}

/** Letters that English and a transliteration spell differently for one sound, made one. */
function foldLatin(word: string): string {
  return word
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/ch/g, 'č')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/[^a-zč]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** The folded sound spelling of a word in either script. */
export function soundOf(word: string): string {
  return foldLatin(/\p{Script=Cyrillic}/u.test(word) ? transliterate(word) : word);
}
