/**
 * The search evaluation set, computed from the record's source text with a
 * dictionary of Russian (`az`, OpenCorpora), never typed by hand and never
 * through the search code under test: its own tokenizer, its own reading of
 * the dictionary, its own sampling (a fixed seed, so every run asks the same).
 *
 * A query's gold set is every paragraph that holds each query word as a form
 * of one of its lemmas (for a quoted phrase or a dashed word: the words
 * adjacent and in order). Word forms are asked in forms the record does not
 * have; absent words are real words whose lemma the record lacks though they
 * share a beginning or a Snowball stem with its words; typos and wrong-layout
 * queries are made from record words by one edit or by the keyboard map.
 * Figures are asked as readers type them: a unit shortened as the dictionary
 * shortens it («млрд», «тыс.») or as a sign («%», «$»), alone, after the
 * record's numbers, and glued to them («11млрд»).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stemmer } from '@orama/stemmers/russian';
import Az from 'az';
import { parseTranscript } from '../../src/record/transcript.ts';

export interface EvalQuery {
  kind: 'form' | 'phrase' | 'quote' | 'name' | 'figure' | 'absent' | 'typo' | 'layout';
  query: string;
  /** Paragraph ids that hold the query. */
  gold: string[];
  /** The paragraph the query was taken from (it must be in the first three). */
  target?: string;
  /** For a typo: the word meant; answered when its paragraphs are found or a form of its lemma is offered. */
  intended?: string;
}

export interface Paragraph {
  id: string;
  /** As the source writes it («10,8 миллиарда»). */
  text: string;
  words: string[];
}

const SOURCE = 'content/source/000_f14b79e5080b2ac1.txt';

/** Words as this script reads them: letters and digits; soft hyphens dropped; case and ё folded. Dashes split words. */
export function wordsOf(text: string): string[] {
  return (text
    .replaceAll('\u00ad', '')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

export function paragraphs(): Paragraph[] {
  const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8'));
  const t = parseTranscript(readFileSync(SOURCE, 'utf8'), speakers, SOURCE);
  return [
    ...t.lead.map((text, i) => ({ id: `lead-${i + 1}`, text, words: wordsOf(text) })),
    ...t.speeches.flatMap((speech) =>
      speech.paragraphs.map((text, i) => ({
        id: `${speech.slug}-${i + 1}`,
        text,
        words: wordsOf(text),
      })),
    ),
  ];
}

export async function loadAz(): Promise<void> {
  await new Promise<void>((done, fail) =>
    Az.Morph.init(resolve('node_modules/az/dicts'), (e) => (e ? fail(e) : done())),
  );
}

const parses = (w: string) =>
  Az.Morph(w, { typos: 0, stutter: 0 }).filter((p) => p.parser === 'Dictionary');
const fold = (w: string) => w.toLowerCase().replaceAll('ё', 'е');

/** Lemmas of a word: dictionary readings, lower case and capitalised, without the far less likely ones. A word the dictionary lacks is its own lemma. */
const lemmaCache = new Map<string, string[]>();
export function lemmas(word: string): string[] {
  const hit = lemmaCache.get(word);
  if (hit) return hit;
  const out = new Set<string>();
  for (const spelling of new Set([word, word[0]?.toUpperCase() + word.slice(1)])) {
    const score = new Map<string, number>();
    for (const p of parses(spelling)) {
      const l = fold(p.normalize().word);
      score.set(l, (score.get(l) ?? 0) + (p.score || 0));
    }
    const best = Math.max(0, ...score.values());
    for (const [l, s] of score) if (s >= best / 10) out.add(l);
  }
  const result = out.size ? [...out] : [`=${word}`];
  lemmaCache.set(word, result);
  return result;
}

export const known = (word: string) => !lemmas(word)[0]?.startsWith('=');

/** Forms a reader would hardly type: «по-» comparatives, inclusive imperatives («выделимте»), abbreviations, archaic, informal or dialect variants. */
const RARE = /Cmp2|V-|incl|Abbr|Infr|Arch|Slng|Erro|Dist|Litr/;

/** Forms of a lemma by the dictionary, without the rare ones. */
export function formsOf(lemma: string): string[] {
  const out = new Set<string>();
  for (const spelling of [lemma, lemma[0]?.toUpperCase() + lemma.slice(1)]) {
    for (const p of parses(spelling)) {
      if (fold(p.normalize().word) !== lemma) continue;
      for (let i = 0; i < p.formCnt; i++) {
        const f = p.inflect(i);
        if (f && !RARE.test(String(f.tag)) && !f.word.includes('-')) out.add(fold(f.word));
      }
    }
  }
  return [...out].filter((f) => lemmas(f).includes(lemma));
}

const same = (a: string, b: string) => a === b || lemmas(a).some((l) => lemmas(b).includes(l));

/** Paragraphs holding every group: a group is words that must stand together, in order. */
export function gold(ps: Paragraph[], groups: string[][]): string[] {
  return ps
    .filter((p) =>
      groups.every((g) =>
        p.words.some((_, i) =>
          g.every((w, j) => p.words[i + j] !== undefined && same(p.words[i + j] ?? '', w)),
        ),
      ),
    )
    .map((p) => p.id);
}

/** A small fixed-seed generator: the same set at every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

const LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const CYRILLIC = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const toLatinKeys = (s: string) => [...s].map((c) => LATIN[CYRILLIC.indexOf(c)] ?? c).join('');

/** Short function words: no reader searches for «и» or «в». */
const isContent = (w: string) => w.length >= 4 && !/^\d/.test(w);

export async function evalSet(): Promise<EvalQuery[]> {
  await loadAz();
  const ps = paragraphs();
  const rnd = random(20171109);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const shuffle = <T>(xs: T[]): T[] =>
    xs
      .map((x) => [rnd(), x] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, x]) => x);
  const vocabulary = [...new Set(ps.flatMap((p) => p.words))].sort();
  const recordLemmas = new Set(vocabulary.flatMap(lemmas));
  const queries: EvalQuery[] = [];
  const seen = new Set<string>();
  const add = (q: EvalQuery) => {
    if (seen.has(q.query)) return false;
    seen.add(q.query);
    queries.push(q);
    return true;
  };

  // Word forms the record does not have, irregular stems first (the Snowball stem differs from every record form's).
  const content = shuffle(vocabulary.filter((w) => isContent(w) && known(w)));
  let irregular = 0;
  let regular = 0;
  for (const w of content) {
    if (irregular >= 30 && regular >= 20) break;
    const lemma = lemmas(w)[0] ?? '';
    const inRecord = vocabulary.filter((v) => lemmas(v).includes(lemma));
    const stems = new Set(inRecord.map((v) => stemmer(v)));
    const others = formsOf(lemma).filter((f) => !vocabulary.includes(f) && f.length >= 3);
    const odd = others.filter((f) => !stems.has(stemmer(f)));
    if (odd.length && irregular < 30) {
      const f = pick(odd);
      if (add({ kind: 'form', query: f, gold: gold(ps, [[f]]) })) irregular++;
    } else if (others.length && regular < 20) {
      const f = pick(others);
      if (add({ kind: 'form', query: f, gold: gold(ps, [[f]]) })) regular++;
    }
  }

  // Phrases: two or three adjacent content words of a paragraph, typed plainly.
  for (const p of shuffle(ps).slice(0, 40)) {
    for (let tries = 0; tries < 20; tries++) {
      const n = rnd() < 0.5 ? 2 : 3;
      const i = Math.floor(rnd() * Math.max(1, p.words.length - n));
      const words = p.words.slice(i, i + n);
      if (words.length < n || !words.every(isContent)) continue;
      const exact = gold(ps, [words]);
      if (exact.length > 2) continue;
      if (
        add({
          kind: 'phrase',
          query: words.join(' '),
          gold: gold(
            ps,
            words.map((w) => [w]),
          ),
          target: p.id,
        })
      )
        break;
    }
  }

  // Exact quotes: three to five adjacent words in quotes of one of the kinds readers type.
  const QUOTES = [
    ['«', '»'],
    ['"', '"'],
    ['„', '“'],
    ['“', '”'],
    ["'", "'"],
  ];
  for (const p of shuffle(ps).slice(0, 25)) {
    const n = 3 + Math.floor(rnd() * 3);
    const i = Math.floor(rnd() * Math.max(1, p.words.length - n));
    const words = p.words.slice(i, i + n);
    if (words.length < 3) continue;
    const [open, close] = pick(QUOTES);
    add({
      kind: 'quote',
      query: `${open}${words.join(' ')}${close}`,
      gold: gold(ps, [words]),
      target: p.id,
    });
  }

  // Numbers and names: words with digits, and words the source writes with a capital inside a sentence.
  const source = readFileSync(SOURCE, 'utf8');
  const capitals = [
    ...new Set([...source.matchAll(/(?<=[\p{Ll},] )\p{Lu}\p{Ll}{3,}/gu)].map((m) => fold(m[0]))),
  ];
  const numbers = vocabulary.filter((w) => /^\d{2,}$/.test(w));
  for (const w of [...shuffle(numbers).slice(0, 8), ...shuffle(capitals).slice(0, 20)])
    add({ kind: 'name', query: w, gold: gold(ps, [[w]]) });

  // Absent words: real words (in the dictionary) whose lemma the record lacks, sharing a beginning or a Snowball stem with a record word.
  const ENDINGS = [
    '',
    'а',
    'ы',
    'у',
    'ом',
    'ой',
    'ка',
    'ок',
    'ник',
    'ость',
    'ство',
    'ение',
    'ать',
    'ить',
    'ный',
    'ская',
    'ист',
  ];
  const absent = new Set<string>();
  for (const w of shuffle(content)) {
    if (absent.size >= 30) break;
    const candidates = [
      ...Array.from({ length: w.length - 4 }, (_, k) => w.slice(0, w.length - 1 - k)),
      ...ENDINGS.map((e) => stemmer(w) + e),
    ];
    for (const c of shuffle(candidates)) {
      if (
        c.length < 4 ||
        vocabulary.includes(c) ||
        !known(c) ||
        lemmas(c).some((l) => recordLemmas.has(l))
      )
        continue;
      if (gold(ps, [[c]]).length > 0) continue;
      absent.add(c);
      break;
    }
  }
  for (const w of absent) add({ kind: 'absent', query: w, gold: [] });

  // Typos: one letter changed the way readers slip (е/и, а/о, и/ы, a lost ъ or ь, a doubled or lost letter, two letters swapped).
  const SLIPS: [RegExp, string][] = [
    [/е/, 'и'],
    [/и/, 'е'],
    [/о/, 'а'],
    [/а/, 'о'],
    [/и/, 'ы'],
    [/ъ/, ''],
    [/ь/, ''],
    [/([бвгджзклмнпрстфхцчшщ])\1/, '$1'],
    [/([лнст])/, '$1$1'],
  ];
  /** A word's slips, in random order: none of them a word the dictionary or the record has. */
  const slipsOf = (w: string) =>
    shuffle([
      ...SLIPS.map(([re, by]) => w.replace(re, by)),
      (() => {
        const i = 1 + Math.floor(rnd() * (w.length - 3));
        return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
      })(),
    ]).filter((v) => v !== w && !known(v) && !vocabulary.includes(v));
  let typos = 0;
  for (const w of shuffle(content.filter((v) => v.length >= 6))) {
    if (typos >= 20) break;
    const typo = slipsOf(w)[0];
    if (typo && add({ kind: 'typo', query: typo, gold: gold(ps, [[w]]), intended: w })) typos++;
  }

  // Wrong layout: record words and phrases typed on the Latin keys.
  let layouts = 0;
  for (const w of shuffle(content)) {
    if (layouts >= 8) break;
    const latin = toLatinKeys(w);
    if (
      /^[a-z]+$/.test(latin) &&
      add({ kind: 'layout', query: latin, gold: gold(ps, [[w]]), intended: w })
    )
      layouts++;
  }

  // Figures and units as readers type them.
  for (const q of figureQueries(ps)) add(q);

  // Typos of forms of the record's lemmas that the record does not hold («уровнями» where it says «уровня»).
  let lemmaTypos = 0;
  for (const w of shuffle(content)) {
    if (lemmaTypos >= 20) break;
    const lemma = lemmas(w)[0] ?? '';
    const others = formsOf(lemma).filter((f) => f.length >= 6 && !vocabulary.includes(f));
    if (others.length === 0) continue;
    const f = pick(others);
    const typo = slipsOf(f)[0];
    if (typo && add({ kind: 'typo', query: typo, gold: gold(ps, [[f]]), intended: f }))
      lemmaTypos++;
  }

  // Typos of record words the dictionary does not know («цифровизации», «телемедицины»).
  let unknownTypos = 0;
  for (const w of shuffle(vocabulary.filter((v) => v.length >= 8 && isContent(v) && !known(v)))) {
    if (unknownTypos >= 8) break;
    const typo = slipsOf(w)[0];
    if (typo && add({ kind: 'typo', query: typo, gold: gold(ps, [[w]]), intended: w }))
      unknownTypos++;
  }
  return queries;
}

/**
 * Units a figure is counted in, with the signs that stand for some of them. Their shortenings
 * come from the dictionary (its «Abbr» forms that read as the unit and nothing else: «млрд», not «т»).
 */
const UNITS: Record<string, string[]> = {
  тысяча: [],
  миллион: [],
  миллиард: [],
  триллион: [],
  процент: ['%'],
  доллар: ['$'],
  рубль: ['₽'],
  евро: ['€'],
  тенге: ['₸'],
  километр: [],
  килограмм: [],
  человек: [],
};

/** A unit's shortenings by the dictionary, then its signs. */
function shortenings(unit: string): string[] {
  const letters = new Set<string>();
  for (const p of parses(unit)) {
    if (fold(p.normalize().word) !== unit) continue;
    for (let i = 0; i < p.formCnt; i++) {
      const f = p.inflect(i);
      const short = f && /Abbr/.test(String(f.tag)) ? fold(f.word) : '';
      if (/^\p{L}+$/u.test(short) && lemmas(short).join() === unit) letters.add(short);
    }
  }
  return [...letters, ...(UNITS[unit] ?? [])];
}

const isSign = (w: string) => !/\p{L}/u.test(w);

/**
 * Figure queries: each unit's shortenings alone (with the point too: «тыс.»), their gold every
 * paragraph with a form of the unit (none: an absent query); and each figure of the record, a
 * number with one or two units after it («11 миллиардов долларов»), asked with the units
 * shortened, spaced and glued («11 млрд $», «11млрд», «80%»). A sign stands for its unit in the
 * gold; glued letters stand together with the number.
 */
function figureQueries(ps: Paragraph[]): EvalQuery[] {
  const out: EvalQuery[] = [];
  for (const unit of Object.keys(UNITS)) {
    const found = gold(ps, [[unit]]);
    for (const short of shortenings(unit))
      for (const query of isSign(short) ? [short] : [short, `${short}.`])
        out.push({ kind: found.length ? 'figure' : 'absent', query, gold: found });
  }
  const unitOf = (w: string) => Object.keys(UNITS).find((u) => lemmas(w).includes(u));
  const figure = /(\d+(?:,\d+)?)[\s\u00a0]+(\p{L}+)(?:[\s\u00a0]+(\p{L}+))?/gu;
  for (const p of ps) {
    for (const [, number = '', first = '', second = ''] of p.text.matchAll(figure)) {
      const unit = unitOf(fold(first));
      if (!unit) continue;
      const after = second ? unitOf(fold(second)) : undefined;
      const units = after ? [unit, after] : [unit];
      const parts = wordsOf(number);
      const shorts = units.map((u) => shortenings(u));
      const groups = [...parts.map((w) => [w]), ...units.map((u) => [u])];
      // Spaced: with the letters, then with the signs where there are any («11 млрд долл», «11 млрд $»).
      for (const spaced of new Set([
        [number, ...shorts.map((s) => s[0] ?? '')].join(' '),
        [number, ...shorts.map((s) => s.find(isSign) ?? s[0] ?? '')].join(' '),
      ]))
        out.push({ kind: 'figure', query: spaced, gold: gold(ps, groups) });
      const glued = shorts[0]?.find((s) => !isSign(s));
      if (glued)
        out.push({
          kind: 'figure',
          query: `${number}${glued}`,
          gold: gold(ps, [...parts.slice(0, -1).map((w) => [w]), [parts.at(-1) ?? '', unit]]),
        });
      const sign = shorts[0]?.find(isSign);
      if (sign)
        out.push({
          kind: 'figure',
          query: `${number}${sign}`,
          gold: gold(ps, [...parts.map((w) => [w]), [unit]]),
        });
    }
  }
  return out;
}

if (import.meta.main) {
  const set = await evalSet();
  const counts = Object.groupBy(set, (q) => q.kind);
  console.log(
    Object.entries(counts)
      .map(([k, v]) => `${k}: ${v?.length}`)
      .join(', '),
    `total ${set.length}`,
  );
  for (const q of set)
    console.log(q.kind, q.query, q.gold.length, q.target ?? '', q.intended ?? '');
}
