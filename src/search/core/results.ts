/**
 * Turning Pagefind's pages into paragraph results: which paragraphs hold the
 * query (every word as a form of its lemma), in what order, and what each
 * lacks. Pure: the browser feeds it Pagefind's data and the morphology; the
 * tests feed it fixtures.
 */
import { lemmaIds, type Morphology } from './morphology.ts';
import { type Token, tokens } from './normalize.ts';
import type { Query } from './query.ts';

/** A paragraph anchor as Pagefind reports it. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The part of Pagefind's result data this module reads. */
export interface PageData {
  url: string;
  /** The page's indexed text; Pagefind's word locations count its whitespace-separated words. */
  content: string;
  meta: Record<string, string | undefined>;
  anchors: Anchor[];
}

/** A result unit: a record paragraph (`p#lead-1`) or a document card (`li#joint-statement`), with its text. */
export interface Unit {
  id: string;
  text: string;
  /** The further ids it renders, where one translated paragraph renders several (`<span id>`s at its start). */
  also?: string[];
}

/** A page of the index as the results read it (the same from Pagefind's fragments and from `/search/texts.json`). */
export interface SearchPage {
  /** Its address, under the site's base. */
  url: string;
  title: string;
  /** Who speaks on it, the value of its `speaker` filter (none on the lead and the documents). */
  speaker: string;
  units: Unit[];
}

const isUnit = (a: Anchor) => (a.element === 'p' && /-\d+$/.test(a.id)) || a.element === 'li';
/** Pagefind's anchor text keeps the ¶ link (and its screen-reader label) that the index itself ignores. */
const unPilcrow = (text: string) => text.replace(/\s*¶[^¶]*$/, '');

/**
 * A page's result units, in order, with their text: the anchor's own, or the index's words up to
 * the next unit. With `runOn` (a translation's pages), the words up to the next unit where they run
 * further: a translated paragraph rendered as several, only the first with an id. (Not on the
 * record's own pages, where every paragraph has its id, and an omission mark may follow the last.)
 */
export function units(data: PageData, runOn = false): Unit[] {
  const words = data.content.split(/\s+/);
  const anchors = data.anchors.filter(isUnit).sort((a, b) => a.location - b.location);
  return anchors.map((a, i) => {
    const slice = words.slice(a.location, anchors[i + 1]?.location ?? words.length).join(' ');
    const own = a.text.trim();
    const runs =
      runOn && own && a.element === 'p' && slice.split(' ').length > own.split(/\s+/).length;
    const also = data.anchors
      .filter((b) => b.element === 'span' && b.location === a.location && /-\d+$/.test(b.id))
      .map((b) => b.id);
    return {
      id: a.id,
      text: unPilcrow(runs ? slice : own || slice),
      ...(also.length ? { also } : {}),
    };
  });
}

/** Pagefind's data for a page, as the results read it (`runOn`: see `units`). */
export function searchPage(data: PageData, runOn = false): SearchPage {
  return {
    url: data.url,
    title: data.meta.title ?? '',
    speaker: data.meta.speaker ?? '',
    units: units(data, runOn),
  };
}

/** For each query group, for each of its words, the lemma ids it can be a form of (none: the record has no form of it). */
export type Meaning = number[][][];

/** Lemma ids of each word of each group of the query. */
export function meaning(q: Query, m: Morphology): Meaning {
  return q.groups.map((g) => g.words.map((w) => lemmaIds(m, w)));
}

/** Where each group stands in a text: spans of token indices [first, last]. */
export function groupSpans(lemmasOfTokens: number[][], mean: number[][]): [number, number][] {
  const spans: [number, number][] = [];
  if (mean.some((ids) => ids.length === 0)) return spans;
  for (let i = 0; i + mean.length <= lemmasOfTokens.length; i++) {
    if (mean.every((ids, j) => ids.some((id) => lemmasOfTokens[i + j]?.includes(id))))
      spans.push([i, i + mean.length - 1]);
  }
  return spans;
}

export interface Match {
  /** For each query group, where it stands (token spans); empty when the text lacks it. */
  spans: [number, number][][];
  /** 0: the whole query as a phrase; 1: every group in one sentence; 2: every group in the text; 3: some groups only. */
  tier: number;
  /** How much of the text the query's groups make (see `weight`). */
  weight: number;
}

/** Words in a paragraph of middling length, for `weight`. */
const TYPICAL_WORDS = 40;

/**
 * BM25's term part (k1 = 1.2, b = 0.75), summed over the query's groups: a
 * group's further occurrences count less and less, and a long paragraph weighs
 * each occurrence less. From the text alone, so a paragraph ranks the same
 * whichever pages came with it.
 */
export function weight(occurrences: number[], words: number): number {
  const k = 1.2 * (0.25 + (0.75 * words) / TYPICAL_WORDS);
  return occurrences.reduce((sum, n) => sum + (n * 2.2) / (n + k), 0);
}

export function matchText(text: string, q: Query, m: Morphology, mean = meaning(q, m)): Match {
  const toks = tokens(text);
  const ids = toks.map((t) => lemmaIds(m, t.word));
  const spans = mean.map((g) => groupSpans(ids, g));
  const all = spans.every((s) => s.length > 0);
  let tier = 3;
  if (all) {
    const whole = mean.flat();
    if (whole.length > 1 && groupSpans(ids, whole).length > 0) tier = 0;
    else tier = oneSentence(spans, toks) ? 1 : 2;
  }
  return {
    spans,
    tier,
    weight: weight(
      spans.map((s) => s.length),
      toks.length,
    ),
  };
}

/**
 * Whether one sentence holds a whole span of every group: each group's sentences once, then
 * intersected (linear in the spans; a sentence-by-sentence scan of every span was quadratic).
 */
export function oneSentence(spans: [number, number][][], toks: Pick<Token, 'sentence'>[]): boolean {
  const sentences = spans.map(
    (s) =>
      new Set(
        s.flatMap(([a, b]) => {
          const n = toks[a]?.sentence;
          return n !== undefined && n === toks[b]?.sentence ? [n] : [];
        }),
      ),
  );
  const [first, ...rest] = sentences;
  return [...(first ?? [])].some((n) => rest.every((set) => set.has(n)));
}

export interface ParagraphResult {
  id: string;
  /** The paragraph's permanent address: `/speeches/<slug>/#<id>` or `/#lead-n`. */
  address: string;
  /** The further ids a translated paragraph renders (`Unit.also`). */
  also?: string[];
  text: string;
  title: string;
  speaker: string;
  match: Match;
  /** How many of the query's groups the paragraph holds. */
  found: number;
  all: boolean;
  /** The groups it lacks, as typed (a partial result comes after the paragraphs that have them all). */
  lacking: string[];
  /** Position of the paragraph on its page. */
  order: number;
}

/**
 * Paragraphs holding at least one query group, best first: all groups before
 * some; among all, the whole query as a phrase, then in one sentence, then
 * anywhere in the paragraph; then by `weight`. The order never depends on
 * which pages are given or in what order, only on the paragraphs themselves.
 */
export function paragraphResults(
  pages: SearchPage[],
  q: Query,
  m: Morphology,
  mean = meaning(q, m),
): ParagraphResult[] {
  return ranked(pages.flatMap((page) => pageResults(page, q, m, mean)));
}

/** One page's paragraphs (those from `from` to `to`) that hold at least one query group, in page order. */
export function pageResults(
  page: SearchPage,
  q: Query,
  m: Morphology,
  mean = meaning(q, m),
  from = 0,
  to = page.units.length,
): ParagraphResult[] {
  if (q.groups.length === 0) return [];
  const base = page.url.split('#')[0] ?? '/';
  return page.units.slice(from, to).flatMap((u, i) => {
    const order = from + i;
    const match = matchText(u.text, q, m, mean);
    const found = match.spans.filter((s) => s.length > 0).length;
    if (found === 0) return [];
    return [
      {
        id: u.id,
        address: `${base}#${u.id}`,
        ...(u.also ? { also: u.also } : {}),
        text: u.text,
        title: page.title,
        speaker: page.speaker,
        match,
        found,
        all: found === q.groups.length,
        lacking: [
          ...new Set(q.groups.filter((_, i) => match.spans[i]?.length === 0).map((g) => g.label)),
        ],
        order,
      },
    ];
  });
}

/** Results best first (see `paragraphResults`). */
export function ranked(results: ParagraphResult[]): ParagraphResult[] {
  return results.sort(
    (a, b) =>
      a.match.tier - b.match.tier ||
      b.found - a.found ||
      b.match.weight - a.match.weight ||
      byText(pageOf(a), pageOf(b)) ||
      a.order - b.order,
  );
}

const pageOf = (r: ParagraphResult) => r.address.split('#')[0] ?? '';

/** Strings in code-unit order, the same in every browser and in Node (no locale). */
export const byText = (a: string, b: string): number => Number(a > b) - Number(a < b);

/** Query groups that no result holds (each named once, as typed). */
export function missingGroups(results: ParagraphResult[], q: Query): string[] {
  return [
    ...new Set(
      q.groups
        .filter((_, i) => !results.some((r) => (r.match.spans[i]?.length ?? 0) > 0))
        .map((g) => g.label),
    ),
  ];
}
