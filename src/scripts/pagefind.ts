/**
 * Lazy access to Pagefind's index, served from the site itself. Nothing is
 * fetched until the reader starts to search.
 */
import { type PageData, type ParagraphResult, pagefindQuery, paragraphResults, type Query } from '../lib/search.ts';

interface PagefindResult {
  score: number;
  data: () => Promise<PageData>;
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Astro's base path (BASE_PATH), inlined at build. Not from the address book: the search page
 * loads this module at once, and the book's own chunk would cost its script budget ~0.4 kB.
 */
const BASE = import.meta.env.BASE_URL;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  // A variable keeps Vite from bundling a file that only exists after the build.
  const url = `${BASE}pagefind/pagefind.js`;
  if (loading) return loading;
  loading = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // Main thread, no worker: the index is small enough that a search takes milliseconds,
    // and the worker would cost another 43 KB and a second start-up.
    // baseUrl: the index knows pages by their path in the build; the site may live under a base.
    await pf.options({ excerptLength: 0, noWorker: true, baseUrl: BASE });
    await pf.init();
    // Compile the WebAssembly and fetch the word index now, not at the first keystroke
    // (this record's index is one chunk, so any word brings all of it).
    await pf.preload('форум');
    return pf;
  });
  // A failed load (offline, say) is tried again at the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Paragraphs for a query, best first; an empty list when nothing really matches. */
export async function searchParagraphs(q: Query, speaker = ''): Promise<ParagraphResult[]> {
  if (q.terms.length === 0) return [];
  const pf = await loadPagefind();
  const found = await pf.search(pagefindQuery(q), speaker ? { filters: { speaker } } : {});
  if (!found) return [];
  const pages = await Promise.all(found.results.slice(0, 12).map(async (r) => ({ data: await r.data(), score: r.score })));
  return paragraphResults(pages, q);
}
