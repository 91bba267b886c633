/**
 * After Pagefind, before precompress: `/search/texts.json`, every indexed
 * page's result units as Pagefind's own fragments hold them (`searchPage`).
 * A shared search link reads them in one fetch and answers without the
 * engine's WebAssembly (src/scripts/pagefind.ts, `searchTexts`). Written only
 * while the record is small enough to send whole; a larger one is searched
 * through Pagefind's chunks alone.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type PageData, searchPage } from '../src/lib/search-results.ts';
import { brotli } from './brotli.ts';
import { DIST } from './dist.ts';

/** Brotli bytes: the texts, the words and the search code stay well under a first query's 110 KB. */
const TEXTS_LIMIT = 40_000;

/** Pagefind 1.x writes each page as gzipped JSON after this signature. */
const SIGNATURE = 'pagefind_dcd';

const dir = join(DIST, 'pagefind', 'fragment');
const pages = readdirSync(dir)
  .filter((name) => name.endsWith('.pf_fragment'))
  .sort()
  .map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE))
      throw new Error(`${join(dir, name)}:1: not a Pagefind fragment (no «${SIGNATURE}»)`);
    return searchPage(JSON.parse(text.slice(SIGNATURE.length)) as PageData);
  })
  .sort((a, b) => Number(a.url > b.url) - Number(a.url < b.url));

// Over the limit, `null`: the search page then asks Pagefind (a file that is always there fails no request).
const out = join(DIST, 'search', 'texts.json');
const size = brotli(JSON.stringify(pages));
mkdirSync(join(DIST, 'search'), { recursive: true });
writeFileSync(out, JSON.stringify(size <= TEXTS_LIMIT ? pages : null));
console.log(
  size <= TEXTS_LIMIT
    ? `search texts: ${pages.length} pages, ${size} B brotli in ${out}`
    : `search texts: ${size} B brotli is over ${TEXTS_LIMIT}: null in ${out}, shared links ask Pagefind`,
);
