/**
 * Links, text fragments and quotes of the record and its paragraphs
 * (bibliographic formats are in citations.ts). Pure: every string is built from the arguments, so the same
 * functions serve the pages, the browser and the tests.
 */
import { passagePath } from './speeches.ts';

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

/** Percent-encodes a text directive term; `-`, `,` and `&` are syntax there, so they are encoded too. */
function encodeTerm(s: string): string {
  return encodeURIComponent(s).replaceAll('-', '%2D');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A text fragment for `selection` within `paragraph`: `:~:text=[prefix-,]start[,end][,-suffix]`.
 * Long selections use their first and last words as start and end; where the
 * start occurs more than once in the paragraph, a prefix (and suffix) of
 * neighbouring words tells which one is meant. `at` is the selection's offset
 * in the paragraph when known.
 */
export function textDirective(paragraph: string, selection: string, at?: number): string {
  const text = squash(paragraph.replaceAll('\u00a0', ' '));
  const sel = squash(selection.replaceAll('\u00a0', ' '));
  if (!sel) return '';
  const words = sel.split(' ');
  const long = words.length > 8;
  const start = long ? words.slice(0, 4).join(' ') : sel;
  const end = long ? words.slice(-4).join(' ') : '';
  const offset = at ?? text.indexOf(sel);
  const occurrences = text.split(start).length - 1;
  const parts: string[] = [];
  if (occurrences > 1 && offset > 0) {
    const before = text.slice(0, offset).trim().split(' ').slice(-2).join(' ');
    if (before) parts.push(`${encodeTerm(before)}-`);
  }
  parts.push(encodeTerm(start));
  if (end) parts.push(encodeTerm(end));
  if (occurrences > 1) {
    const after = text
      .slice(offset + sel.length)
      .trim()
      .split(' ')
      .slice(0, 2)
      .join(' ');
    if (after) parts.push(`-${encodeTerm(after)}`);
  }
  return `:~:text=${parts.join(',')}`;
}

/** The paragraph's permanent address plus a text fragment, so browsers that support it highlight the words. */
export function fragmentLink(site: string, id: string, paragraph: string, selection: string, at?: number): string {
  return `${permalink(site, id)}${textDirective(paragraph, selection, at)}`;
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
