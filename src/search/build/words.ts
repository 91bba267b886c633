/**
 * Build time only: the record's vocabulary through a dictionary of Russian
 * (`az`, a port of pymorphy2 with the OpenCorpora dictionaries), cut down to
 * what the browser needs: every form of every lemma the record uses, so that
 * any form a reader types finds every form the record has — across fleeting
 * vowels, alternations and irregular stems (уровень/уровня, день/дня,
 * подписать/подпишем, человек/люди).
 */
import { resolve } from 'node:path';
import Az from 'az';
import { ABBREVIATIONS } from '../core/abbreviations.ts';
import type { MorphologyData } from '../core/morphology.ts';
import { fold, tokens, words } from '../core/normalize.ts';

let ready: Promise<void> | undefined;

/** Loads the dictionaries (about 10 MB) once per process. */
function loadDictionary(): Promise<void> {
  ready ??= new Promise((done, fail) =>
    Az.Morph.init(resolve('node_modules/az/dicts'), (e) => (e ? fail(e) : done())),
  );
  return ready;
}

/** A parse far less likely than the best one for the same spelling is not a reading of it («стали» is «стать», not «сталь»). */
const UNLIKELY = 0.1;

const cache = new Map<string, string[]>();

/**
 * The lemmas a folded word can be a form of: the dictionary's readings of
 * the word, in lower case and capitalised (a name typed in lower case is
 * still the name), each keeping only its likely readings. Empty for a word
 * the dictionary does not know. Needs `loadDictionary()` first.
 */
function lemmasOf(word: string): string[] {
  const known = cache.get(word);
  if (known) return known;
  const lemmas = new Set<string>();
  for (const spelling of new Set([word, word.charAt(0).toUpperCase() + word.slice(1)])) {
    const scores = new Map<string, number>();
    for (const p of Az.Morph(spelling, { typos: 0, stutter: 0 })) {
      if (p.parser !== 'Dictionary') continue;
      const lemma = fold(p.normalize().word);
      scores.set(lemma, (scores.get(lemma) ?? 0) + (p.score || 0));
    }
    const best = Math.max(0, ...scores.values());
    for (const [lemma, score] of scores) if (score >= best * UNLIKELY) lemmas.add(lemma);
  }
  const out = [...lemmas].sort();
  cache.set(word, out);
  return out;
}

/**
 * Forms nobody types to search: «по-» comparatives («посовместнее»), inclusive
 * imperatives («выделимте»), abbreviations, archaic, informal and misspelt
 * variants. Leaving them out keeps the map small; the record's own words stay.
 */
const RARE = /Cmp2|V-|incl|Abbr|Infr|Arch|Slng|Erro|Dist|Litr/;

/** Every form of a lemma, the lemma first, as the dictionary inflects it (folded, without repeats). */
function paradigm(lemma: string): string[] {
  const forms = new Set([lemma]);
  for (const spelling of new Set([lemma, lemma.charAt(0).toUpperCase() + lemma.slice(1)])) {
    for (const p of Az.Morph(spelling, { typos: 0, stutter: 0 })) {
      if (p.parser !== 'Dictionary' || fold(p.normalize().word) !== lemma) continue;
      for (let i = 0; i < p.formCnt; i++) {
        const form = p.inflect(i);
        if (form && !RARE.test(String(form.tag))) forms.add(fold(form.word));
      }
    }
  }
  // A form belongs to the lemma only where the lemma is a likely reading of it.
  return [...forms].filter((f) => f === lemma || lemmasOf(f).includes(lemma));
}

function commonPrefix(forms: string[]): string {
  let prefix = forms[0] ?? '';
  for (const f of forms) while (!f.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** The compact map the browser loads with the search code (see `MorphologyData`). */
export async function buildMorphology(texts: string[]): Promise<MorphologyData> {
  await loadDictionary();
  const vocabulary = [...new Set(texts.flatMap(words))].sort();
  const lemmas = new Map<string, Set<string>>();
  const unknown = new Set<string>();
  for (const word of vocabulary) {
    // A shortening («млрд», «%») is a word of its own, tied to its word in the browser
    // (abbreviations.ts); that word's lemma is kept even where the record never spells it out.
    const full = ABBREVIATIONS.get(word);
    const found = full ? [] : lemmasOf(word);
    if (found.length === 0) unknown.add(word);
    for (const lemma of found) {
      if (!lemmas.has(lemma)) lemmas.set(lemma, new Set());
      lemmas.get(lemma)?.add(word);
    }
    if (!full) continue;
    const spelled = lemmasOf(full);
    if (spelled.length === 0) unknown.add(full);
    for (const lemma of spelled) if (!lemmas.has(lemma)) lemmas.set(lemma, new Set());
  }
  const built = [...lemmas]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([lemma, inRecord]) => {
      const forms = paradigm(lemma);
      for (const w of inRecord) if (!forms.includes(w)) forms.push(w);
      const head = commonPrefix(forms);
      const seen = forms.flatMap((f, i) => (inRecord.has(f) ? [i.toString(36)] : [])).join(',');
      return { head, table: packEndings(forms.map((f) => f.slice(head.length))), seen };
    });
  // Tables sorted, so that alike ones sit together for the compressor.
  const endings = [...new Set(built.map((b) => b.table))].sort();
  const index = new Map(endings.map((t, i) => [t, i]));
  // Each stem written as how many letters it shares with the one before (one base-36 digit) and the rest.
  let previous = '';
  const entries = built.map((b) => {
    let shared = 0;
    while (shared < 35 && b.head[shared] !== undefined && b.head[shared] === previous[shared])
      shared++;
    previous = b.head;
    return `${shared.toString(36)}${b.head.slice(shared)}|${(index.get(b.table) ?? 0).toString(36)}|${b.seen}`;
  });
  return { endings, lemmas: entries, unknown: [...unknown], compounds: compounds(texts) };
}

/** The record's words joined by dashes («онлайн-курсов», «2018–2023»), each once, parts joined by «-». */
export function compounds(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const parts: string[] = [];
    for (const t of [...tokens(text), { word: '', joined: false }]) {
      if (t.joined) parts.push(t.word);
      else {
        if (parts.length > 1) found.add(parts.join('-'));
        parts.splice(0, parts.length, t.word);
      }
    }
  }
  return [...found].sort();
}

/**
 * A paradigm's endings, space-separated, with each run of three or more
 * that share a beginning written once as `beginning:rest,rest,…`: a
 * participle's 13 case endings then repeat letter for letter from verb to
 * verb, and the compressed map is half the size.
 */
export function packEndings(endings: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < endings.length) {
    let j = i + 1;
    while (j < endings.length && commonPrefix(endings.slice(i, j + 1)).length >= 2) j++;
    const run = endings.slice(i, j);
    if (run.length >= 3) {
      const head = commonPrefix(run);
      out.push(`${head}:${run.map((e) => e.slice(head.length)).join(',')}`);
      i = j;
    } else {
      out.push(endings[i] ?? '');
      i++;
    }
  }
  return out.join(' ');
}
