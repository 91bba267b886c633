/**
 * The record's words in the browser: which lemmas a word can be a form of,
 * and which forms of each lemma the record has. Decoded from the compact map
 * that `morphology-build.ts` derives from the dictionary at build time.
 * A word the dictionary does not know (a rare name, a number, a Latin word)
 * is its own lemma, and matches the record's unknown words of the same
 * Snowball stem.
 */
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
  /** Every form of every lemma → lemma ids. */
  forms: Map<string, number[]>;
  /** Snowball stem of an unknown word → its lemma id. */
  stems: Map<string, number>;
  /** A word of a dashed compound → the compounds it stands in, written together («онлайнкурсов»). */
  compounds: Map<string, string[]>;
}

export function decode(data: MorphologyData): Morphology {
  const steps = decoding(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `decode` in slices, giving the main thread back between them: no long task while the page is still loading. */
export async function decodeSlowly(data: MorphologyData): Promise<Morphology> {
  const steps = decoding(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** The decoding, pausing after every 200 lemmas. */
function* decoding(data: MorphologyData): Generator<void, Morphology> {
  const tables = data.endings.map(unpackEndings);
  const m: Morphology = {
    names: [],
    seen: [],
    forms: new Map(),
    stems: new Map(),
    compounds: new Map(),
  };
  const add = (form: string, id: number) => {
    const ids = m.forms.get(form);
    if (!ids) m.forms.set(form, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  let previous = '';
  for (const entry of data.lemmas) {
    const [coded = '0', table = '0', seen = ''] = entry.split('|');
    const head = previous.slice(0, Number.parseInt(coded[0] ?? '0', 36)) + coded.slice(1);
    previous = head;
    const forms = (tables[Number.parseInt(table, 36)] ?? ['']).map((ending) => head + ending);
    const id = m.names.length;
    m.names.push(forms[0] ?? head);
    m.seen.push(seen ? seen.split(',').map((i) => forms[Number.parseInt(i, 36)] ?? '') : []);
    for (const form of forms) add(form, id);
    if (id % 200 === 199) yield;
  }
  for (const word of data.unknown) {
    const key = stem(word);
    let id = m.stems.get(key);
    if (id === undefined) {
      id = m.names.length;
      m.stems.set(key, id);
      m.names.push(word);
      m.seen.push([]);
    }
    m.seen[id]?.push(word);
  }
  for (const compound of data.compounds) {
    const parts = compound.split('-');
    for (const part of parts)
      m.compounds.set(part, [...new Set([...(m.compounds.get(part) ?? []), parts.join('')])]);
  }
  return m;
}

export function unpackEndings(table: string): string[] {
  return table.split(' ').flatMap((item) => {
    const [head, rest] = item.split(':');
    return rest === undefined ? [item] : rest.split(',').map((e) => `${head}${e}`);
  });
}

/** The lemmas a folded word is a form of, among the record's; empty when the record has no form of it. */
export function lemmaIds(m: Morphology, word: string): number[] {
  const ids = m.forms.get(word);
  if (ids) return ids;
  const id = m.stems.get(stem(word));
  return id === undefined ? [] : [id];
}

/** The record's own words (each form once). */
export function recordWords(m: Morphology): string[] {
  return [...new Set(m.seen.flat())];
}
