/**
 * What to do with a query before the index is asked: convert a query typed
 * in the wrong keyboard layout, note Latin words, offer spellings for words
 * the record does not have (and, for a submitted query, the record's words
 * that begin so), and pick the words to ask Pagefind. Pure.
 */
import { ABBREVIATIONS } from './abbreviations.ts';
import { MAX_SUGGESTED } from './bounds.ts';
import { isLatinWord, toRussianLayout } from './keyboard-layout.ts';
import { allForms, lemmaIds, type Morphology, recordForms, recordWords } from './morphology.ts';
import { atOnce, inSlices, type Steps } from './pause.ts';
import { parseQuery, type Query, queryWords } from './query.ts';
import { type Meaning, meaning } from './results.ts';
import { pagefindKey } from './stem.ts';
import { nearest, startingWith } from './typos.ts';

export interface Absent {
  /** The word as folded. */
  word: string;
  /** As the reader typed it (its first use in the query). */
  typed: string;
  /** The nearest forms of the record's lemmas, for «Возможно, вы имели в виду…». */
  suggestions: string[];
  /** The record's words that begin with it. */
  prefixed: string[];
  /** A word in the other language's script (Latin in a Russian record, Cyrillic in its English translation). */
  foreign: boolean;
}

export interface Plan {
  /** The query searched (after a layout conversion, the converted one). */
  q: Query;
  /** The query as typed, when it was typed in the wrong layout and converted. */
  typed?: string;
  /** Lemma ids of each word of each group. */
  mean: Meaning;
  /** Query words with no form in the record. */
  absent: Absent[];
  /** For each query word the record has, the words to ask Pagefind: one of its forms in the record per index key (see `pagefindKey`), and the compounds they stand in. */
  lookups: string[][];
}

/** Every form of the record's lemmas, for the nearest-spelling search (spelled out once, at the first misspelling). */
const vocabularies = new WeakMap<Morphology, string[]>();
function* vocabulary(m: Morphology): Steps<string[]> {
  let v = vocabularies.get(m);
  if (!v) {
    // Lemma by lemma, each one's forms together: the nearest-spelling search shares the work of their stem.
    v = yield* allForms(m);
    vocabularies.set(m, v);
  }
  return v;
}

/**
 * The nearest spellings of a word the record lacks, one per lemma (the record's own form
 * where it has one at that distance): «уравнями» → «уровнями», though the record says «уровня».
 */
function* spellings(m: Morphology, word: string, limit = 3): Steps<string[]> {
  // A number or a sign («%», «$») has no spellings near it; a word in the other script gets its own note.
  if (!/\p{L}/u.test(word) || foreign(m, word)) return [];
  const own = new Set(recordWords(m));
  const found = nearest(word, yield* vocabulary(m), 20).sort(
    (a, b) => Number(own.has(b)) - Number(own.has(a)),
  );
  // A pause after each word's search of the whole vocabulary (a few milliseconds each).
  yield;
  const lemmas = new Set<string>();
  return found
    .filter((w) => {
      const key = lemmaIds(m, w).join();
      if (lemmas.has(key)) return false;
      lemmas.add(key);
      return true;
    })
    .sort((a, b) => a.localeCompare(b, 'ru'))
    .slice(0, limit);
}

/** A word in the other script: Latin in the Russian record, Cyrillic in an English one. */
const foreign = (m: Morphology, word: string) => (m.language?.foreign ?? isLatinWord)(word);

const known = (m: Morphology, q: Query) => queryWords(q).every((w) => lemmaIds(m, w).length > 0);

/**
 * `typing`: the reader is still typing (suggestions under the header box):
 * the last word, when unfinished, stands for every record word that begins
 * with it. A submitted query never matches by beginnings.
 */
export const plan = (raw: string, m: Morphology, typing = false): Plan =>
  atOnce(planning(raw, m, typing));

/** `plan` in slices: the spellings of absent words are looked for one word per task. */
export const planSlowly = (raw: string, m: Morphology, typing = false): Promise<Plan> =>
  inSlices(planning(raw, m, typing));

function* planning(raw: string, m: Morphology, typing: boolean): Steps<Plan> {
  let q = parseQuery(raw);
  let typed: string | undefined;
  const words = queryWords(q);
  // Only a Russian record is searched from the wrong layout: English is typed in the Latin one.
  if (!m.language && words.some(isLatinWord) && !known(m, q)) {
    const converted = parseQuery(toRussianLayout(q.text));
    if (queryWords(converted).length > 0 && known(m, converted)) {
      typed = q.text;
      q = converted;
    }
  }
  if (m.language?.regroup) q = m.language.regroup(q, m);
  const mean = meaning(q, m);
  const lastGroup = mean.at(-1);
  const last = q.groups.at(-1)?.words.at(-1);
  const own = lastGroup?.at(-1) ?? [];
  // A shortening is a word and a beginning at once: «проц» is «процент» and may become «процесс».
  if (
    typing &&
    last &&
    lastGroup &&
    (own.length === 0 || ABBREVIATIONS.has(last)) &&
    !/\s$/.test(raw)
  ) {
    const begun = startingWith(last, recordWords(m), 50).flatMap((w) => lemmaIds(m, w));
    lastGroup[lastGroup.length - 1] = [...new Set([...own, ...begun])];
  }
  const absent: Absent[] = [];
  // Spellings are looked for among the whole vocabulary: for the first few absent words only.
  for (const [g, group] of q.groups.entries()) {
    for (const [i, word] of group.words.entries()) {
      if ((mean[g]?.[i]?.length ?? 0) > 0 || absent.some((a) => a.word === word)) continue;
      const other = foreign(m, word);
      absent.push({
        word,
        typed: group.spelled[i] ?? word,
        foreign: other,
        // Not while typing: the header box shows no notes, and a keystroke should not spell out every form.
        suggestions: typing || absent.length >= MAX_SUGGESTED ? [] : yield* spellings(m, word),
        prefixed: other || absent.length >= MAX_SUGGESTED ? [] : startingWith(word, recordWords(m)),
      });
    }
  }
  // Per query word, one form per index key; Pagefind files a dashed compound under the whole written
  // together, not always under its words: ask for the whole too.
  const key = m.language?.key ?? pagefindKey;
  const lookups = mean.flat().flatMap((ids) => {
    const keys = new Map<string, string>();
    for (const form of recordForms(m, ids)) {
      for (const word of [form, ...(m.compounds.get(form) ?? [])])
        if (!keys.has(key(word))) keys.set(key(word), word);
    }
    return keys.size ? [[...keys.values()]] : [];
  });
  return { q, ...(typed ? { typed } : {}), mean, absent, lookups };
}
