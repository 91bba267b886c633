/**
 * The record's words in the browser: which lemmas a word can be a form of,
 * and which forms of each lemma the record has. Decoded from the compact map
 * that `morphology-build.ts` derives from the dictionary at build time.
 * A word the dictionary does not know (a rare name, a number, a Latin word)
 * is its own lemma, and matches the record's unknown words of the same
 * Snowball stem.
 */
import { ABBREVIATIONS } from './abbreviations.ts';
import { MAX_WORD } from './bounds.ts';
import { atOnce, inSlices, type Steps } from './pause.ts';
import type { Query } from './query.ts';
import { stem } from './stem.ts';

export interface MorphologyData {
  /** Ending tables, each the endings of one paradigm joined by spaces (a run that shares a beginning as `beginning:rest,rest`); the lemma's own ending first. */
  endings: string[];
  /**
   * `stem|table|seen`, sorted: a lemma's forms are its stem plus each ending of the table (its index in
   * base 36); `seen` lists, in base 36, which of them the record has. The stem is written as one base-36
   * digit, the letters it shares with the stem before, then the rest.
   */
  lemmas: string[];
  /** The record's words the dictionary does not know. */
  unknown: string[];
  /** The record's words joined by dashes, parts joined by «-». */
  compounds: string[];
}

export interface Morphology {
  /** Lemma id → the lemma (its dictionary form). */
  names: string[];
  /** Lemma id → its forms that the record has. */
  seen: string[][];
  /** A stem → the lemmas written with it: a word is a form of a lemma when it is the lemma's stem plus one of its endings. */
  heads: Map<string, number[]>;
  /** The longest stem in `heads`: a word's longer beginnings are looked up no further. */
  longestHead: number;
  /** Lemma id → its endings. */
  endings: Set<string>[];
  /** Words already looked up → their lemma ids, none included (see `lemmaIds`). */
  forms: Map<string, number[]>;
  /** Snowball stem of an unknown word → its lemma id. */
  stems: Map<string, number>;
  /** A word of a dashed compound → the compounds it stands in, written together («онлайнкурсов»). */
  compounds: Map<string, string[]>;
  /** The language's own rules where it is not Russian (english.ts); Russian's are the default. */
  language?: Language;
}

/** How a language other than Russian reads words: its record has no dictionary, only a stemmer. */
export interface Language {
  code: string;
  /** The stem every form of a word shares: words of one stem are forms of one lemma. */
  stem: (word: string) => string;
  /** A word in the other script: not in this record, whose other language may have it. */
  foreign: (word: string) => boolean;
  /** The key Pagefind files a word under, or the word itself where only Pagefind knows it. */
  key: (word: string) => string;
  /** The query's groups as this record spells them (English: «co-operation» where it writes «cooperation»). */
  regroup?: (q: Query, m: Morphology) => Query;
}

export function decode(data: MorphologyData, language?: Language): Morphology {
  return atOnce(decoding(data, language));
}

/** `decode` in slices, giving the main thread back between them: no long task while the page is still loading. */
export function decodeSlowly(data: MorphologyData, language?: Language): Promise<Morphology> {
  return inSlices(decoding(data, language));
}

/** Lemmas decoded between two chances to pause: a first table unpacked can cost a millisecond on a slow phone. */
const STEP = 10;

/**
 * The decoding, able to pause after every `STEP` lemmas. Forms are not spelled out
 * here (tens of thousands of them, most never asked for): `lemmaIds` finds a
 * word's lemmas from its stems when it is first asked.
 */
function* decoding(data: MorphologyData, language?: Language): Steps<Morphology> {
  // Each table unpacked when a lemma first needs it: its endings in order, and as a set for lookups.
  const tables = new Map<number, { endings: string[]; set: Set<string> }>();
  const tableOf = (t: number) => {
    let unpacked = tables.get(t);
    if (!unpacked) {
      const endings = unpackEndings(data.endings[t] ?? '');
      unpacked = { endings, set: new Set(endings) };
      tables.set(t, unpacked);
    }
    return unpacked;
  };
  const m: Morphology = {
    names: [],
    seen: [],
    heads: new Map(),
    longestHead: 0,
    endings: [],
    forms: new Map(),
    stems: new Map(),
    compounds: new Map(),
    ...(language ? { language } : {}),
  };
  let previous = '';
  for (const entry of data.lemmas) {
    const [coded = '0', table = '0', seen = ''] = entry.split('|');
    const head = previous.slice(0, Number.parseInt(coded[0] ?? '0', 36)) + coded.slice(1);
    previous = head;
    const { endings, set } = tableOf(Number.parseInt(table, 36));
    const id = m.names.length;
    m.names.push(head + (endings[0] ?? ''));
    m.seen.push(
      seen ? seen.split(',').map((i) => head + (endings[Number.parseInt(i, 36)] ?? '')) : [],
    );
    m.endings.push(set);
    m.longestHead = Math.max(m.longestHead, head.length);
    const same = m.heads.get(head);
    if (same) same.push(id);
    else m.heads.set(head, [id]);
    if (id % STEP === STEP - 1) yield;
  }
  yield* unknownWords(m, data.unknown, language?.stem ?? stem);
  for (const compound of data.compounds) {
    const parts = compound.split('-');
    for (const part of parts)
      m.compounds.set(part, [...new Set([...(m.compounds.get(part) ?? []), parts.join('')])]);
  }
  return m;
}

/** The words the dictionary does not know: each of one stem is a form of one lemma of its own. */
function* unknownWords(
  m: Morphology,
  words: string[],
  stemOf: (word: string) => string,
): Generator<void> {
  for (const [i, word] of words.entries()) {
    if (i % STEP === STEP - 1) yield;
    const key = stemOf(word);
    let id = m.stems.get(key);
    if (id === undefined) {
      id = m.names.length;
      m.stems.set(key, id);
      m.names.push(word);
      m.seen.push([]);
      m.endings.push(new Set());
    }
    m.seen[id]?.push(word);
  }
}

export function unpackEndings(table: string): string[] {
  return table.split(' ').flatMap((item) => {
    const [head, rest] = item.split(':');
    return rest === undefined ? [item] : rest.split(',').map((e) => `${head}${e}`);
  });
}

/**
 * The lemmas a folded word is a form of, among the record's; empty when the record has no form of it.
 * A shortening («млрд», «%») is also a form of the word it stands for (abbreviations.ts).
 */
export function lemmaIds(m: Morphology, word: string): number[] {
  // No record holds a longer word; looking one up would cost its length squared.
  if (word.length > MAX_WORD) return [];
  const known = m.forms.get(word);
  if (known) return known;
  // Each beginning of the word that is a stem, with the rest of the word one of that lemma's endings.
  // A lemma has one stem, so each id comes up at most once.
  const ids: number[] = [];
  for (let i = Math.min(word.length, m.longestHead); i >= 0; i--) {
    const lemmas = m.heads.get(word.slice(0, i));
    if (!lemmas) continue;
    const rest = word.slice(i);
    for (const id of lemmas) if (m.endings[id]?.has(rest)) ids.push(id);
  }
  const id = ids.length ? undefined : m.stems.get((m.language?.stem ?? stem)(word));
  if (id !== undefined) ids.push(id);
  // The shortenings are Russian usage: an English record writes its own words.
  const full = m.language ? undefined : ABBREVIATIONS.get(word);
  const found = [...new Set([...ids, ...(full ? lemmaIds(m, full) : [])])].sort((a, b) => a - b);
  m.forms.set(word, found);
  return found;
}

/**
 * The record's own words that are forms of these lemmas, with the shortenings that stand for them
 * («млрд» where the record writes figures short and a query spells «миллиард» out).
 */
export function recordForms(m: Morphology, ids: number[]): string[] {
  const all = new Set(ids);
  for (const short of m.language ? [] : ABBREVIATIONS.keys()) {
    const its = lemmaIds(m, short);
    if (its.some((id) => ids.includes(id))) for (const id of its) all.add(id);
  }
  return [...new Set([...all].flatMap((id) => m.seen[id] ?? []))];
}

/**
 * Every form of every lemma, the record’s or not (about eight a lemma), each
 * once: the nearest spellings of a misspelt word come from all of them («уравнями» → «уровнями»).
 * Stepwise: spelled out at the first misspelling, tens of thousands of them.
 */
export function* allForms(m: Morphology): Steps<string[]> {
  const forms = new Set<string>();
  let i = 0;
  for (const [head, ids] of m.heads) {
    for (const id of ids) for (const ending of m.endings[id] ?? []) forms.add(head + ending);
    if (++i % 100 === 0) yield;
  }
  for (const words of m.seen) for (const word of words) forms.add(word);
  return [...forms];
}

const words = new WeakMap<Morphology, string[]>();

/** The record's own words (each form once), listed once per morphology. */
export function recordWords(m: Morphology): string[] {
  let list = words.get(m);
  if (!list) {
    list = [...new Set(m.seen.flat())];
    words.set(m, list);
  }
  return list;
}
