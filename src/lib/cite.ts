/**
 * Links, text fragments and quotes of the record and its paragraphs
 * (bibliographic formats are in citations.ts). Pure: every string is built from the arguments, so the same
 * functions serve the pages, the browser and the tests.
 */

import { passagePath, speechPath } from './addresses.ts';
import { textDirectiveOf } from './fragment.ts';

export interface Author {
  surname: string;
  given: string;
  patronymic: string;
}

/** What a citation needs to know; `author` and `id` are absent when citing the whole record. */
export interface CiteInput {
  /** The site's origin, e.g. `https://forum-2017.example.org`. */
  site: string;
  /** Paragraph id, for a paragraph. */
  id?: string;
  /** Speech slug, for a whole speech (without `id`). */
  speech?: string;
  author?: Author;
  /** «Выступление», «Заключительное слово». */
  kind?: string;
  /** «Форум межрегионального сотрудничества России и Казахстана». */
  event: string;
  place: string;
  /** `2017-11-09T18:40:00+03:00`. */
  date: string;
  publisher: string;
  sourceUrl: string;
  /** `YYYY-MM-DD`. */
  accessed: string;
}

/** Absolute permanent address of a paragraph, or of the record. */
export function permalink(site: string, id?: string): string {
  return new URL(id ? passagePath(id) : '/', site).href;
}

/** Our address for what is cited: the paragraph, the speech or the record. */
export function citedUrl(c: Pick<CiteInput, 'site' | 'id' | 'speech'>): string {
  return c.id || !c.speech ? permalink(c.site, c.id) : new URL(speechPath(c.speech), c.site).href;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whitespace runs (NBSP included) as one space, as text fragments match them. */
const norm = (s: string) => s.replace(/\s+/g, ' ');
const lower = (s: string) => s.toLocaleLowerCase('ru');
const WORD = /[\p{L}\p{N}]/u;
const isWord = (s: string, i: number) => WORD.test(s.charAt(i));
/** Up to `n` whole words at the end (or start) of a string, and whether a space separates them from the selection. */
const tail = (s: string, n: number) => norm(s).trimStart().split(' ').filter(Boolean).slice(-n).join(' ') + (/\s$/.test(s) ? ' ' : '');
const head = (s: string, n: number) => (/^\s/.test(s) ? ' ' : '') + norm(s).trim().split(' ').filter(Boolean).slice(0, n).join(' ');

/**
 * A text fragment for the `selection` found at offset `at` of `paragraph`:
 * `:~:text=[prefix-,]start[,end][,-suffix]`. Browsers search the whole page
 * (`earlier` is the page's text before the paragraph), whole words,
 * case-insensitively, and take the first match; a matching directive wins
 * over the `#id`. So: a selection that cuts a word is widened to whole words;
 * a long one is given by its first and last words; where an earlier match
 * would win, up to six words before and after it in the paragraph (prefix,
 * suffix) pin it down; and when nothing does, there is no directive, so the
 * link still lands on the paragraph. Without `at`, the first occurrence.
 */
export function textDirective(paragraph: string, selection: string, at?: number, earlier = ''): string {
  let from = at ?? paragraph.indexOf(selection);
  if (from < 0) return '';
  let to = Math.min(paragraph.length, from + selection.length);
  while (from < to && /\s/.test(paragraph.charAt(from))) from++;
  while (to > from && /\s/.test(paragraph.charAt(to - 1))) to--;
  if (from === to) return '';
  while (from > 0 && isWord(paragraph, from - 1) && isWord(paragraph, from)) from--;
  while (to < paragraph.length && isWord(paragraph, to) && isWord(paragraph, to - 1)) to++;

  // Blocks are searched one by one: a NUL between the page's earlier text and the paragraph keeps matches from spanning them.
  const page = `${norm(earlier)}\u0000`;
  const text = lower(page + norm(paragraph));
  const before = paragraph.slice(0, from);
  const after = paragraph.slice(to);
  const pos = page.length + norm(before).length;
  const sel = norm(paragraph.slice(from, to));
  const words = sel.split(' ');
  /** The terms: the first and last four words of a long selection (if the last four do not recur inside it), else the selection. */
  const ranges: [string, string][] = [[sel, '']];
  if (words.length > 8) {
    const first = words.slice(0, 4).join(' ');
    const last = words.slice(-4).join(' ');
    if (lower(sel).indexOf(lower(last), first.length + 1) === sel.length - last.length) ranges.unshift([first, last]);
  }
  const maxContext = Math.max(norm(before).split(' ').length, norm(after).split(' ').length, 1);
  for (const [start, end] of ranges) {
    for (let n = 0; n <= Math.min(6, maxContext); n++) {
      const pre = n ? tail(before, n) : '';
      // A range is found by its start; a single term can also be told apart by its suffix.
      const suf = n && !end ? head(after, n) : '';
      if (text.indexOf(lower(pre + start + suf)) !== pos - pre.length) continue;
      return textDirectiveOf({ prefix: pre.trim(), start, end, suffix: n ? head(after, n).trim() : '' });
    }
  }
  // No context short enough tells it apart: no directive, and the link lands on the paragraph.
  return '';
}

/** The paragraph's permanent address plus a text fragment, so browsers that support it highlight the words. */
export function fragmentLink(site: string, id: string, paragraph: string, selection: string, at?: number, earlier = ''): string {
  return `${permalink(site, id)}${textDirective(paragraph, selection, at, earlier)}`;
}

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** ГОСТ Р 7.0.12 abbreviations of months. */
export const MONTHS_GOST = ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

export function ymd(iso: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return [y, m, d];
}

/** «9 ноября» */
export function dayMonth(iso: string): string {
  const [, m, d] = ymd(iso);
  return `${d} ${MONTHS[m - 1]}`;
}

/** «9 ноября 2017 года» */
export function dateRu(iso: string): string {
  return `${dayMonth(iso)} ${ymd(iso)[0]} года`;
}

const fullName = (a: Author) => `${a.given} ${a.surname}`;
export const initials = (a: Author) => `${a.given[0]}.\u00a0${a.patronymic[0]}.`;

/** A quote as plain text: «words» — Speaker, Event, Place, date. URL */
export function quoteText(words: string, c: CiteInput): string {
  const who = c.author ? `${fullName(c.author)}, ` : '';
  return `«${squash(words)}» — ${who}${c.event}, ${c.place}, ${dateRu(c.date)}. ${permalink(c.site, c.id)}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);

/** The same quote as HTML, for pasting into editors that keep links. */
export function quoteHtml(words: string, c: CiteInput): string {
  const who = c.author ? `${escapeHtml(fullName(c.author))}, ` : '';
  const url = escapeHtml(permalink(c.site, c.id));
  return `<blockquote><p>«${escapeHtml(squash(words))}»</p><footer>— ${who}<cite>${escapeHtml(c.event)}</cite>, ${escapeHtml(c.place)}, ${dateRu(c.date)}. <a href="${url}">${url}</a></footer></blockquote>`;
}
