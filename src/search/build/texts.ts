/**
 * After Pagefind, before precompression (src/integrations/search-index.ts): `/search/texts.json`, every indexed
 * page's result units as Pagefind's own fragments hold them (`searchPage`).
 * The browser answers every query from them in one fetch, without Pagefind's
 * WebAssembly and index (src/search/client/engine.ts). Sent only while the
 * record is small enough to send whole; for a larger one the file says `null`
 * and queries go through Pagefind's index and fragments.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { brotli } from '../../publish/brotli.ts';
import { TEXTS_BYTES } from '../core/bounds.ts';
import { byText, type PageData, type SearchPage, searchPage } from '../core/results.ts';

/** Brotli bytes: the texts, the words and the search code stay well under a first query's 110 KB. */
const TEXTS_LIMIT = 40_000;

/** Pagefind 1.x writes each page as gzipped JSON after this signature. */
const SIGNATURE = 'pagefind_dcd';

/** One fragment file's page. */
export function readFragment(file: string): SearchPage {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE))
    throw new Error(`${file}:1: not a Pagefind fragment (no «${SIGNATURE}» at its start)`);
  return searchPage(JSON.parse(text.slice(SIGNATURE.length)) as PageData);
}

/**
 * The file's text: the pages by address, or `null` when they weigh more than `limit` brotli bytes
 * or TEXTS_BYTES raw (a text that compresses well can still take long to parse: bounds.ts).
 */
export function textsJson(pages: SearchPage[], limit = TEXTS_LIMIT): string {
  const sorted = [...pages].sort((a, b) => byText(a.url, b.url));
  const json = JSON.stringify(sorted);
  return Buffer.byteLength(json) <= TEXTS_BYTES && brotli(json) <= limit ? json : 'null';
}

/** Writes `<site>/search/texts.json` from Pagefind's fragments; returns a line for the build log. */
export function writeTexts(site: string): string {
  const dir = join(site, 'pagefind', 'fragment');
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => readFragment(join(dir, name)));
  const json = textsJson(pages);
  mkdirSync(join(site, 'search'), { recursive: true });
  writeFileSync(join(site, 'search', 'texts.json'), json);
  return json === 'null'
    ? `search texts: over ${TEXTS_LIMIT} B brotli or ${TEXTS_BYTES} B, null: queries go through Pagefind`
    : `search texts: ${pages.length} pages, ${brotli(json)} B brotli`;
}
