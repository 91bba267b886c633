/**
 * The bounds on the search's own work, so that no query and no record can hold the reader's main
 * thread for more than 50 ms at a time (a long task): the query read is cut, every text is read up
 * to a number of words, words longer than any record word are looked up no further, the texts sent
 * whole are small enough to parse in one go, and the long loops pause between paragraphs
 * (pause.ts). The record's limits (src/record/limits.ts) set these bounds: a paragraph of prose is
 * read whole. tests/e2e/search-bounds.spec.ts measures the longest task on a worst-case record.
 */
import { LIMITS } from '../../record/limits.ts';

/** Characters of a query read; the rest is ignored (a 2,000-character paste stays responsive). */
export const MAX_QUERY = 200;

/** Words of a query read: each costs a lookup in every paragraph. */
export const MAX_QUERY_WORDS = 12;

/** A word longer than this is in no record: it matches nothing, and is not looked up. */
export const MAX_WORD = LIMITS.word;

/**
 * Words of a text read. The longest paragraph a record holds (10,000 characters) is about 1,500 words
 * of Russian prose, read whole; one of 5,000 one-letter words is read to its 2,500th (cold, in a busy
 * tab, 5,000 cost up to 25 ms of CPU, past half the long-task bound).
 */
export const MAX_TOKENS = LIMITS.paragraph / 4;

/** Query words that get spelling suggestions: each is compared with the whole vocabulary. */
export const MAX_SUGGESTED = 3;

/**
 * Bytes of `/search/texts.json` (this record's: 49 kB). Parsing it is the one task the search cannot
 * cut: up to 80 ms for 390 kB on a busy 2-core machine, hence this bound. Over it, queries go
 * through Pagefind's index, page by page.
 */
export const TEXTS_BYTES = 200_000;
