/**
 * Russian word matching the way the search index sees words: case and ё/е
 * folded, then the Snowball Russian stemmer (the algorithm Pagefind uses for
 * `lang="ru"`). Used to keep only paragraphs that really contain a query word
 * and to highlight it; pure and deterministic.
 */

/** Lower case, ё → е, hyphen-free letters and digits only. */
export function fold(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

const VOWELS = 'аеиоуыэюя';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Longest endings first: Snowball removes the longest match. */
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

const P1 = byLength(['вшись', 'вши', 'в']);
const P2 = byLength(['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв']);
const REF = byLength(['ся', 'сь']);
const ADJ = byLength([
  'ими',
  'ыми',
  'его',
  'ого',
  'ему',
  'ому',
  'ее',
  'ие',
  'ые',
  'ое',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
]);
const PART1 = byLength(['ем', 'нн', 'вш', 'ющ', 'щ']);
const PART2 = byLength(['ивш', 'ывш', 'ующ']);
const V1 = byLength(['ете', 'йте', 'ешь', 'нно', 'ла', 'на', 'ли', 'ем', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'й', 'л', 'н']);
const V2 = byLength([
  'ейте',
  'уйте',
  'ила',
  'ыла',
  'ена',
  'ите',
  'или',
  'ыли',
  'ило',
  'ыло',
  'ено',
  'ует',
  'уют',
  'ены',
  'ить',
  'ыть',
  'ишь',
  'ей',
  'уй',
  'ил',
  'ыл',
  'им',
  'ым',
  'ен',
  'ят',
  'ит',
  'ыт',
  'ую',
  'ю',
]);
const N = byLength([
  'иями',
  'ями',
  'ами',
  'ией',
  'иям',
  'ием',
  'иях',
  'ев',
  'ов',
  'ие',
  'ье',
  'еи',
  'ии',
  'ей',
  'ой',
  'ий',
  'ям',
  'ем',
  'ам',
  'ом',
  'ах',
  'ях',
  'ию',
  'ью',
  'ия',
  'ья',
  'а',
  'е',
  'и',
  'й',
  'о',
  'у',
  'ы',
  'ь',
  'ю',
  'я',
]);
const SUP = byLength(['ейше', 'ейш']);
const DER = byLength(['ость', 'ост']);

/** The longest ending of `list` that `rv` ends with; for group-1 lists, only after а or я inside rv. */
function ending(rv: string, list: string[], afterAYa = false): string | undefined {
  return list.find((e) => rv.endsWith(e) && (!afterAYa || 'ая'.includes(rv[rv.length - e.length - 1] ?? '')) && (!afterAYa || rv.length > e.length));
}

function strip(rv: string, groups: [string[], boolean][]): string | undefined {
  let best: string | undefined;
  for (const [list, afterAYa] of groups) {
    const e = ending(rv, list, afterAYa);
    if (e && (!best || e.length > best.length)) best = e;
  }
  return best === undefined ? undefined : rv.slice(0, rv.length - best.length);
}

/** Start of the region after the first vowel-then-consonant, from `from`. */
function region(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  return word.length;
}

export function stem(input: string): string {
  const word = fold(input);
  if (!/^[а-я]+$/.test(word)) return word;
  const rvStart = [...word].findIndex((c) => isVowel(c)) + 1;
  if (rvStart === 0) return word;
  const r2 = region(word, region(word, 0) - 1);
  const head = word.slice(0, rvStart);
  let rv = word.slice(rvStart);

  // Step 1
  const gerund = strip(rv, [
    [P1, true],
    [P2, false],
  ]);
  if (gerund !== undefined) rv = gerund;
  else {
    rv = strip(rv, [[REF, false]]) ?? rv;
    const adjective = strip(rv, [[ADJ, false]]);
    if (adjective !== undefined) {
      rv =
        strip(adjective, [
          [PART1, true],
          [PART2, false],
        ]) ?? adjective;
    } else {
      rv =
        strip(rv, [
          [V1, true],
          [V2, false],
        ]) ??
        strip(rv, [[N, false]]) ??
        rv;
    }
  }
  // Step 2
  if (rv.endsWith('и')) rv = rv.slice(0, -1);
  // Step 3: derivational endings inside R2
  const der = DER.find((e) => rv.endsWith(e));
  if (der && rvStart + rv.length - der.length >= r2) rv = rv.slice(0, -der.length);
  // Step 4
  if (rv.endsWith('нн')) rv = rv.slice(0, -1);
  else {
    const sup = SUP.find((e) => rv.endsWith(e));
    if (sup) {
      rv = rv.slice(0, -sup.length);
      if (rv.endsWith('нн')) rv = rv.slice(0, -1);
    } else if (rv.endsWith('ь')) rv = rv.slice(0, -1);
  }
  return head + rv;
}

/** Words as the reader sees them: runs of letters and digits (hyphenated words stay whole). */
export const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Same stem. Snowball reads some nouns as verb forms and cuts one letter too
 * many («магистрали» → «магистра», as if «-ли» were a past tense after «а»):
 * a stem that is the other plus л, н or й after а/я is the same word. Nothing
 * looser: «медицинский» is not «медицине», «казахстанцы» not «Казахстан».
 */
function sameStem(a: string, b: string): boolean {
  const [x, y] = [stem(a), stem(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 5 && long.length === short.length + 1 && long.startsWith(short) && /[ая]$/.test(short) && /[лнй]$/.test(long);
}

/** The same word in another form: equal once folded, or the same stem. */
export function sameWord(textWord: string, queryWord: string): boolean {
  const [w, q] = [fold(textWord), fold(queryWord)];
  return w === q || sameStem(w, q);
}

/** Whether a text word answers a query word: the same stem, or the query is a prefix of at least 4 letters (typing). */
export function matches(textWord: string, queryWord: string): boolean {
  const [w, q] = [fold(textWord), fold(queryWord)];
  if (w === q || sameStem(w, q)) return true;
  if (q.includes('-') || w.includes('-')) {
    const [wp, qp] = [w.split('-'), q.split('-')];
    // «онлайн-курсы» answers «онлайн-курсов»; «экономической» answers «торгово-экономической».
    if (wp.length === qp.length) return wp.every((part, i) => part === qp[i] || sameStem(part, qp[i] ?? ''));
    return qp.length === 1 && wp.some((part) => part === q || sameStem(part, q));
  }
  return q.length >= 4 && w.startsWith(q);
}
