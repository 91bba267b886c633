/**
 * After Pagefind, before precompress: `/search/texts.json`, every indexed
 * page's result units as Pagefind's own fragments hold them (`searchPage`).
 * The browser answers every query from them in one fetch, without Pagefind's
 * WebAssembly and index (src/search/client/engine.ts). Sent only while the
 * record is small enough to send whole; for a larger one the file says `null`
 * and queries go through Pagefind's index and fragments.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from '../../../scripts/lib/dist.ts';
import { brotli } from '../../publish/brotli.ts';
import { byText, type PageData, type SearchPage, searchPage } from '../core/results.ts';

/** Brotli bytes: the texts, the words and the search code stay well under a first query's 110 KB. */
export const TEXTS_LIMIT = 40_000;

/** Pagefind 1.x writes each page as gzipped JSON after this signature. */
const SIGNATURE = 'pagefind_dcd';

/** One fragment file's page. */
export function readFragment(file: string): SearchPage {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE))
    throw new Error(`${file}:1: not a Pagefind fragment (no «${SIGNATURE}» at its start)`);
  return searchPage(JSON.parse(text.slice(SIGNATURE.length)) as PageData);
}

/** The file's text: the pages by address, or `null` when they weigh more than `limit` brotli bytes. */
export function textsJson(pages: SearchPage[], limit = TEXTS_LIMIT): string {
  const sorted = [...pages].sort((a, b) => byText(a.url, b.url));
  const json = JSON.stringify(sorted);
  return brotli(json) <= limit ? json : 'null';
}

if (import.meta.main) {
  const dir = join(DIST, 'pagefind', 'fragment');
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => readFragment(join(dir, name)));
  const out = join(DIST, 'search', 'texts.json');
  const json = textsJson(pages);
  mkdirSync(join(DIST, 'search'), { recursive: true });
  writeFileSync(out, json);
  console.log(
    json === 'null'
      ? `search texts: over ${TEXTS_LIMIT} B brotli, null in ${out}: queries go through Pagefind`
      : `search texts: ${pages.length} pages, ${brotli(json)} B brotli in ${out}`,
  );
}
