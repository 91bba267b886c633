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
import { englishWords } from './english-words.ts';

/** Brotli bytes: the texts, the words and the search code stay well under a first query's 110 KB. */
const TEXTS_LIMIT = 40_000;

/** Pagefind 1.x writes each page as gzipped JSON after this signature. */
const SIGNATURE = 'pagefind_dcd';

/** One fragment file's page (`runOn`: a translation's, see `units`). */
export function readFragment(file: string, runOn = false): SearchPage {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE))
    throw new Error(`${file}:1: not a Pagefind fragment (no «${SIGNATURE}» at its start)`);
  return searchPage(JSON.parse(text.slice(SIGNATURE.length)) as PageData, runOn);
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

/** The translation's language: its pages (`lang="en"`) are Pagefind's index of that language. */
const ENGLISH = 'en';

/** One language's pages from Pagefind's fragments, which it names `<language>_<hash>`. */
function fragments(site: string, english: boolean): SearchPage[] {
  const dir = join(site, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .filter((name) => name.startsWith(`${ENGLISH}_`) === english)
    .map((name) => readFragment(join(dir, name), english));
}

/** Writes `<dir>/texts.json`; returns a line for the build log. */
function write(dir: string, pages: SearchPage[], what: string): string {
  const json = textsJson(pages);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'texts.json'), json);
  return json === 'null'
    ? `${what}: over ${TEXTS_LIMIT} B brotli or ${TEXTS_BYTES} B, null: queries go through Pagefind`
    : `${what}: ${pages.length} pages, ${brotli(json)} B brotli`;
}

/**
 * Writes `<site>/search/texts.json` from Pagefind's fragments of the record's pages, and for a
 * translation's pages `<site>/en/search/texts.json` and its `words.json`; returns the build log's lines.
 */
export function writeTexts(site: string): string {
  const lines = [write(join(site, 'search'), fragments(site, false), 'search texts')];
  const english = fragments(site, true);
  if (english.length) {
    const dir = join(site, ENGLISH, 'search');
    lines.push(write(dir, english, 'English search texts'));
    const words = JSON.stringify(englishWords(english.flatMap((p) => p.units.map((u) => u.text))));
    writeFileSync(join(dir, 'words.json'), words);
    lines.push(`English search words: ${brotli(words)} B brotli`);
  }
  return lines.join('\n');
}
