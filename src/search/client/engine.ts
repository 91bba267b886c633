/**
 * The search engine in the browser, fetched only when the reader starts to
 * search, from the site itself: the record's words (`/search/words.json`) and
 * every indexed page's texts in one file (`/search/texts.json`, read from
 * Pagefind's index by src/search/build/texts.ts). Where a record is too large
 * to send its texts whole, that file is `null` and Pagefind's index answers
 * instead: it finds the pages, the same pure functions read their paragraphs.
 */

import { TEXTS_BYTES } from '../core/bounds.ts';
import {
  decodeSlowly,
  type Language,
  type Morphology,
  type MorphologyData,
} from '../core/morphology.ts';
import { slicer } from '../core/pause.ts';
import { type Plan, planSlowly } from '../core/plan.ts';
import {
  type PageData,
  type ParagraphResult,
  pageResults,
  ranked,
  type SearchPage,
  searchPage,
} from '../core/results.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PageData>;
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (
    q: string,
    o?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Astro's base path (BASE_PATH), inlined at build. Not from the address book: the search page
 * loads this module at once, and the book's own chunk would cost its script budget ~0.4 kB.
 */
const BASE = import.meta.env.BASE_URL;

/** What answers a query: the record's words, and its texts where they are sent whole, else Pagefind. */
export type Engine = { morphology: Morphology } & (
  | { pages: SearchPage[]; pagefind?: undefined }
  | { pages?: undefined; pagefind: Pagefind }
);

/**
 * The page's language is the search's: an English page (`lang="en"`) searches the translation,
 * from `/en/search/`, as Pagefind picks its index of that language by the same attribute.
 */
export const english = (): boolean => document.documentElement.lang === 'en';

/** Where the words and the texts of the page's language are. */
export const searchFiles = (): string => `${BASE}${english() ? 'en/' : ''}search/`;

/** The English rules, in a chunk of their own that Russian pages never load. */
const language = async (): Promise<Language | undefined> =>
  english() ? (await import('../core/english.ts')).ENGLISH : undefined;

async function loadPagefind(): Promise<Pagefind> {
  // A variable keeps Vite from bundling a file that only exists after the build.
  const url = `${BASE}pagefind/pagefind.js`;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Main thread, no worker: the index is small enough that a search takes milliseconds,
  // and the worker would cost another 43 KB and a second start-up.
  // baseUrl: the index knows pages by their path in the build; the site may live under a base.
  await pf.options({ excerptLength: 0, noWorker: true, baseUrl: BASE });
  await pf.init();
  return pf;
}

let words: Promise<Morphology> | undefined;

/** The record's words alone (the landing highlight needs no index). */
export function loadMorphology(): Promise<Morphology> {
  const url = `${searchFiles()}words.json`;
  words ??= Promise.all([fetch(url), language()]).then(async ([response, lang]) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return decodeSlowly((await response.json()) as MorphologyData, lang);
  });
  words.catch(() => {
    words = undefined;
  });
  return words;
}

/**
 * Every page's texts; null where the record is too large to send them whole (see
 * src/search/build/texts.ts), and for a file past TEXTS_BYTES, whose parsing alone would be a long task.
 */
async function loadTexts(): Promise<SearchPage[] | null> {
  const url = `${searchFiles()}texts.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const text = await response.text();
  // The build writes `null` past TEXTS_BYTES; a file that is not the build's is bounded here (a
  // character is a byte or more, so the bound holds a little more text, never more work).
  if (text.length > TEXTS_BYTES) return null;
  const pages = JSON.parse(text) as SearchPage[] | null;
  // Addresses as Pagefind gives them, under the site's base.
  return pages?.map((page) => ({ ...page, url: `${BASE}${page.url.replace(/^\//, '')}` })) ?? null;
}

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  // Texts that fail to load are not worth a second try: Pagefind answers instead.
  loading ??= Promise.all([loadTexts().catch(() => null), loadMorphology()]).then(
    async ([pages, morphology]) => {
      if (pages) return { pages, morphology };
      const pagefind = await loadPagefind();
      // Compile the WebAssembly and fetch the word index now, not at the first keystroke
      // (a small index is one chunk, so any of its words brings all of it).
      const first = morphology.seen.find((forms) => forms.length > 0)?.[0];
      if (first) await pagefind.preload(first);
      return { pagefind, morphology };
    },
  );
  // A failed load (offline, say) is tried again at the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export interface Answer {
  plan: Plan;
  results: ParagraphResult[];
}

/** Paragraphs for a query, best first, with what the plan says about its words; no results when nothing really matches. */
export async function search(raw: string, speaker = '', typing = false): Promise<Answer> {
  const engine = await loadEngine();
  const { morphology } = engine;
  const p = await planSlowly(raw, morphology, typing);
  const results = engine.pages
    ? await readTexts(engine.pages, p, morphology, speaker)
    : await askPagefind(engine.pagefind, p, morphology, speaker);
  return { plan: p, results };
}

/**
 * Every paragraph of the pages, with a chance to pause after each: no long task holds the page while
 * it paints or takes a keystroke (one paragraph is read in a few milliseconds: bounds.ts).
 */
async function readTexts(
  pages: SearchPage[],
  p: Plan,
  morphology: Morphology,
  speaker = '',
): Promise<ParagraphResult[]> {
  const results: ParagraphResult[] = [];
  const slice = slicer();
  for (const page of pages) {
    if (speaker && page.speaker !== speaker) continue;
    for (let i = 0; i < page.units.length; i++) {
      results.push(...pageResults(page, p.q, morphology, p.mean, i, i + 1));
      await slice();
    }
  }
  return ranked(results);
}

/** The pages Pagefind finds with a form of each query word (only when none has them all, with some), read whole. */
async function askPagefind(
  pagefind: Pagefind,
  p: Plan,
  morphology: Morphology,
  speaker: string,
): Promise<ParagraphResult[]> {
  const filters = speaker ? { filters: { speaker } } : {};
  const found = await Promise.all(
    p.lookups.map(async (words) =>
      (await Promise.all(words.map((w) => pagefind.search(w, filters)))).flatMap(
        (r) => r?.results ?? [],
      ),
    ),
  );
  const all = new Map(found.flat().map((result) => [result.id, result]));
  const everywhere = [...all.values()].filter((result) =>
    found.every((results) => results.some((r) => r.id === result.id)),
  );
  const read = async (pages: PagefindResult[]) =>
    readTexts(
      await Promise.all(pages.map(async (result) => searchPage(await result.data(), english()))),
      p,
      morphology,
    );
  const complete = p.lookups.length === p.q.groups.flatMap((g) => g.words).length;
  if (complete && everywhere.length) {
    const results = await read(everywhere);
    if (results.some((r) => r.all)) return results;
  }
  return read([...all.values()]);
}
