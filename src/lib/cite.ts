/**
 * Links, text fragments, quotes and citations of the record and its
 * paragraphs. Pure: every string is built from the arguments, so the same
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
const MONTHS_GOST = ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

function ymd(iso: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return [y, m, d];
}

/** «9 ноября» */
function dayMonth(iso: string): string {
  const [, m, d] = ymd(iso);
  return `${d} ${MONTHS[m - 1]}`;
}

/** «9 ноября 2017 года» */
function dateRu(iso: string): string {
  return `${dayMonth(iso)} ${ymd(iso)[0]} года`;
}

const fullName = (a: Author) => `${a.given} ${a.surname}`;
const initials = (a: Author) => `${a.given[0]}.\u00a0${a.patronymic[0]}.`;

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

function workTitle(c: CiteInput): string {
  return c.kind ? `${c.kind} на ${c.event.replace(/^Форум/, 'Форуме')}` : c.event;
}

const dmy = (iso: string) => iso.slice(0, 10).split('-').reverse().join('.');

/** ГОСТ Р 7.0.100–2018, an electronic resource (a part of a web page). */
export function gost(c: CiteInput): string {
  const head = c.author ? `${c.author.surname}, ${initials(c.author)} ` : '';
  const resp = c.author ? ` / ${initials(c.author)} ${c.author.surname}` : '';
  const part = c.id ? ` – Абзац ${c.id}: ${permalink(c.site, c.id)}.` : '';
  const [y, m, d] = ymd(c.date);
  return `${head}${workTitle(c)} (${c.place}, ${dayMonth(c.date)} ${y} г.)${resp}. – Текст : электронный // ${c.publisher} : [сайт]. – ${y}. – ${d} ${MONTHS_GOST[m - 1]} – URL: ${c.sourceUrl} (дата обращения: ${dmy(c.accessed)}).${part}`;
}

/** APA 7 (in Russian, as APA asks for the source's language). */
export function apa(c: CiteInput): string {
  const who = c.author ? `${c.author.surname}, ${initials(c.author)} ` : `${c.publisher}. `;
  const para = c.id ? ` (Абзац ${c.id}: ${permalink(c.site, c.id)})` : '';
  return `${who}(${ymd(c.date)[0]}, ${dayMonth(c.date)}). ${workTitle(c)} [Стенограмма]. ${c.publisher}. ${c.sourceUrl}${para}`;
}

/** Chicago 17, bibliography entry. */
export function chicago(c: CiteInput): string {
  const who = c.author ? `${c.author.surname}, ${c.author.given}. ` : '';
  const para = c.id ? ` Абзац ${c.id}, ${permalink(c.site, c.id)}.` : '';
  return `${who}«${workTitle(c)}». ${c.place}, ${dayMonth(c.date)} ${ymd(c.date)[0]}. ${c.publisher}. ${c.sourceUrl}. Дата обращения ${dateRu(c.accessed)}.${para}`;
}

const bibKey = (c: CiteInput) => (c.id ? c.id.replaceAll('-', '_') : 'forum_2017');
const bibEscape = (s: string) => s.replace(/([{}%&$#_])/g, '\\$1');

export function bibtex(c: CiteInput): string {
  const fields: [string, string][] = [
    ...(c.author ? ([['author', `${c.author.surname}, ${c.author.given} ${c.author.patronymic}`]] as [string, string][]) : []),
    ['title', workTitle(c)],
    ['howpublished', c.publisher],
    ['address', c.place],
    ['year', String(ymd(c.date)[0])],
    ['month', String(ymd(c.date)[1])],
    ['day', String(ymd(c.date)[2])],
    ['url', c.sourceUrl],
    ['urldate', c.accessed],
    ['language', 'russian'],
    ...(c.id ? ([['note', `Абзац ${c.id}: ${permalink(c.site, c.id)}`]] as [string, string][]) : []),
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${k === 'url' ? v : bibEscape(v)}}`).join(',\n');
  return `@misc{${bibKey(c)},\n${body}\n}`;
}

export function cslJson(c: CiteInput): string {
  const item = {
    id: bibKey(c),
    type: 'speech',
    title: workTitle(c),
    ...(c.author ? { author: [{ family: c.author.surname, given: `${c.author.given} ${c.author.patronymic}` }] } : {}),
    event: c.event,
    'event-place': c.place,
    issued: { 'date-parts': [ymd(c.date)] },
    publisher: c.publisher,
    URL: c.sourceUrl,
    accessed: { 'date-parts': [ymd(c.accessed)] },
    language: 'ru',
    ...(c.id ? { note: `Абзац ${c.id}: ${permalink(c.site, c.id)}` } : {}),
  };
  return JSON.stringify([item], null, 2);
}

export function ris(c: CiteInput): string {
  const lines = [
    'TY  - ELEC',
    ...(c.author ? [`AU  - ${c.author.surname}, ${c.author.given} ${c.author.patronymic}`] : []),
    `TI  - ${workTitle(c)}`,
    `PY  - ${c.date.slice(0, 10).replaceAll('-', '/')}/`,
    `PB  - ${c.publisher}`,
    `CY  - ${c.place}`,
    `UR  - ${c.sourceUrl}`,
    `Y2  - ${c.accessed.replaceAll('-', '/')}/`,
    'LA  - ru',
    ...(c.id ? [`N1  - Абзац ${c.id}: ${permalink(c.site, c.id)}`] : []),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export const FORMATS = [
  ['ГОСТ Р 7.0.100–2018', gost],
  ['APA 7', apa],
  ['Chicago', chicago],
  ['BibTeX', bibtex],
  ['CSL-JSON', cslJson],
  ['RIS', ris],
] as const;
