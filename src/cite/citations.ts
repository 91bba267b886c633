/**
 * Bibliographic references to the record, a speech or a paragraph: ГОСТ Р 7.0.100–2018, APA 7,
 * Chicago 17 (note and bibliography), BibTeX, CSL-JSON, RIS. One reference cites one resource:
 * the official publication (the Kremlin site) or this edition, each with its own address and date
 * of access. Loaded only when a reader opens «Цитировать».
 */

import { paragraphParts } from '../shared/addresses.ts';
import { MONTHS_GENITIVE } from '../shared/format.ts';
import { innerQuotes } from '../shared/typography.ts';
import { citedUrl } from './links.ts';

export interface Author {
  surname: string;
  given: string;
  patronymic: string;
}

/** A website that publishes the text. */
export interface Resource {
  /** The site's name as bibliographies give it: «Президент России». */
  name: string;
  /** Its address for what is cited. */
  url: string;
  /** `YYYY-MM-DD`: when the text was read there. */
  accessed: string;
}

/** What a citation needs to know; `author` and `id` are absent when citing the whole record. */
export interface CiteInput {
  /** The edition's origin, e.g. `https://forum-2017.example.org`. */
  site: string;
  /** The edition's name: «Круглый стол — 2019». */
  siteName: string;
  /** Paragraph id, for a paragraph. */
  id?: string | undefined;
  /** Speech slug, for a whole speech (or the speech of `id`). */
  speech?: string | undefined;
  author?: Author | undefined;
  /** «Выступление», «Заключительное слово». */
  kind?: string | undefined;
  /** The event, nominative: «Круглый стол по цифровым услугам». */
  event: string;
  /** The event after «на», when the content gives it: «Круглом столе по цифровым услугам». */
  eventPrepositional?: string | undefined;
  place: string;
  /** The event's day, `2017-11-09` (a time after it is ignored). */
  date: string;
  /** The official publication: its site name, page and the day the edition's copy was taken from it. */
  publisher: string;
  sourceUrl: string;
  sourceAccessed: string;
  /** `YYYY-MM-DD`: the day the reader reads this edition. */
  accessed: string;
  /** Which resource the reference cites. */
  cites: 'source' | 'edition';
}

/** ГОСТ Р 7.0.12–2011 abbreviations of months. */
const MONTHS_GOST = [
  'янв.',
  'февр.',
  'марта',
  'апр.',
  'мая',
  'июня',
  'июля',
  'авг.',
  'сент.',
  'окт.',
  'нояб.',
  'дек.',
];
export const NB = '\u00a0';

export function ymd(iso: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return [y, m, d];
}

/** «9 ноября 2017 года» */
export function dateRu(iso: string): string {
  const [y, m, d] = ymd(iso);
  return `${d}${NB}${MONTHS_GENITIVE[m - 1]} ${y}${NB}года`;
}
/** «9 ноября 2017 г.» */
const dateShort = (iso: string) => dateRu(iso).replace(/года$/, 'г.');
/** «24.11.2026» */
const dmy = (iso: string) => iso.slice(0, 10).split('-').reverse().join('.');

/** Parts joined into sentences, with no doubled full stop after an abbreviation («г.»). */
const sentences = (parts: string[]) => `${parts.map((p) => p.replace(/\.$/, '')).join('. ')}.`;

/** «абз. 14», or «абз. 14–15» for a paragraph over two paragraphs. */
export function paragraphLabel(first: number, last = first): string {
  return `абз.${NB}${first === last ? first : `${first}–${last}`}`;
}

/** The paragraph number of a cited paragraph, none for a speech or the record. */
const paragraphOf = (c: CiteInput) => (c.id ? paragraphParts(c.id).n : undefined);

/** «Выступление на Форуме …» from the event's prepositional form; without it, a phrasing that needs no declension. */
export function workTitle(c: Pick<CiteInput, 'kind' | 'event' | 'eventPrepositional'>): string {
  if (!c.kind) return c.event;
  return c.eventPrepositional ? `${c.kind} на ${c.eventPrepositional}` : `${c.event}. ${c.kind}`;
}

/** The cited resource: the official page, or this edition's address for the paragraph, speech or record. */
function resourceOf(c: CiteInput): Resource {
  return c.cites === 'source'
    ? { name: c.publisher, url: c.sourceUrl, accessed: c.sourceAccessed }
    : { name: c.siteName, url: citedUrl(c), accessed: c.accessed };
}

const initials = (a: Author) => `${a.given[0]}.${NB}${a.patronymic[0]}.`;

/**
 * ГОСТ Р 7.0.100–2018, a part of a website: heading «Фамилия, И. О.», title : other title
 * information / statement of responsibility. – Designation of content : of medium // Site : [сайт].
 * – Year of the publication. – Location (абз.). – URL (дата обращения). Areas are separated by
 * «. –»; a full stop is never doubled.
 */
export function gost(c: CiteInput): string {
  const r = resourceOf(c);
  const head = c.author ? `${c.author.surname}, ${initials(c.author)} ` : '';
  const resp = c.author ? ` / ${initials(c.author)} ${c.author.surname}.` : '';
  const [y, m, d] = ymd(c.date);
  const n = paragraphOf(c);
  const parts = [
    `${head}${innerQuotes(workTitle(c))} : ${c.place}, ${d}${NB}${MONTHS_GOST[m - 1]} ${y}${NB}г.${resp}`,
    `Текст : электронный // ${r.name} : [сайт]`,
    // The date of publication belongs to the official site; this edition gives only its address.
    ...(c.cites === 'source' ? [`${y}`, `${d}${NB}${MONTHS_GOST[m - 1]}`] : []),
    ...(n ? [`Абз.${NB}${n}`] : []),
    `URL: ${r.url} (дата обращения: ${dmy(r.accessed)})`,
  ];
  return `${parts.map((p) => p.replace(/\.$/, '')).join('. – ')}.`;
}

/** In-text: «(Иванов, 2017, абз. 14)»; with no author, the title's first words in quotes. */
function apaInText(c: CiteInput): string {
  const who = c.author
    ? c.author.surname
    : `«${innerQuotes(workTitle(c)).split(' ').slice(0, 3).join(' ')}…»`;
  const n = paragraphOf(c);
  return `(${who}, ${ymd(c.date)[0]}${n ? `, ${paragraphLabel(n)}` : ''})`;
}

/**
 * APA 7, a speech transcript on a web page: Author, A. A. (Year, Month Day). Title [Description].
 * Site Name. URL — with no author, the title takes the author's place. No retrieval date: the
 * page is not designed to change. The paragraph goes in the in-text citation («абз.», APA's «para.»).
 */
export function apa(c: CiteInput): string {
  const r = resourceOf(c);
  const [y, m, d] = ymd(c.date);
  const date = `(${y}, ${d}${NB}${MONTHS_GENITIVE[m - 1]})`;
  const title = `${innerQuotes(workTitle(c))} [${c.kind ? 'Стенограмма выступления' : 'Стенограмма'}]`;
  const ref = c.author
    ? `${c.author.surname}, ${initials(c.author)} ${date}. ${title}. ${r.name}. ${r.url}`
    : `${title}. ${date}. ${r.name}. ${r.url}`;
  return `${ref}\nВ тексте: ${apaInText(c)}`;
}

/** Chicago 17, note: Name Surname, «Title» (Place, Date), абз. N, Site, URL, дата обращения. */
export function chicagoNote(c: CiteInput): string {
  const r = resourceOf(c);
  const n = paragraphOf(c);
  const who = c.author ? `${c.author.given} ${c.author.surname}, ` : '';
  return `${who}«${innerQuotes(workTitle(c))}» (${c.place}, ${dateShort(c.date)})${n ? `, ${paragraphLabel(n)}` : ''}, ${r.name}, дата обращения ${dateShort(r.accessed)}, ${r.url}.`;
}

/** Chicago 17, bibliography (the whole work: a location such as the paragraph goes in the note): Surname, Name. «Title». Place, Date. Site. Дата обращения. URL. */
export function chicagoBibliography(c: CiteInput): string {
  const r = resourceOf(c);
  const who = c.author ? `${c.author.surname}, ${c.author.given}. ` : '';
  const parts = [
    `${who}«${innerQuotes(workTitle(c))}»`,
    `${c.place}, ${dateShort(c.date)}`,
    r.name,
    `Дата обращения ${dateShort(r.accessed)}`,
    r.url,
  ];
  return sentences(parts);
}

export const bibKey = (c: CiteInput) =>
  `${c.id ?? c.speech ?? 'record'}-${ymd(c.date)[0]}${c.cites === 'source' ? '-source' : ''}`.replaceAll(
    '-',
    '_',
  );
/** TeX's special characters; the URL field is verbatim. */
export const bibEscape = (s: string) => s.replace(/([{}%&$#_])/g, '\\$1').replaceAll(NB, '~');
export const BIB_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** BibTeX (`@misc`, with the biblatex fields `urldate`, `eventtitle`, `venue`, `eventdate`). */
export function bibtex(c: CiteInput): string {
  const r = resourceOf(c);
  const n = paragraphOf(c);
  const [y, m] = ymd(c.date);
  const fields: [string, string][] = [
    ...(c.author
      ? ([['author', `${c.author.surname}, ${c.author.given} ${c.author.patronymic}`]] as [
          string,
          string,
        ][])
      : []),
    ['title', `{${bibEscape(innerQuotes(workTitle(c)))}}`],
    ['howpublished', `{${bibEscape(r.name)}}`],
    ['eventtitle', `{${bibEscape(c.event)}}`],
    ['venue', `{${bibEscape(c.place)}}`],
    ['eventdate', `{${c.date.slice(0, 10)}}`],
    ['year', `{${y}}`],
    ['month', BIB_MONTHS[m - 1] ?? ''],
    ['url', `{${r.url}}`],
    ['urldate', `{${r.accessed}}`],
    ['language', '{russian}'],
    ...(n ? ([['note', `{${bibEscape(paragraphLabel(n))}}`]] as [string, string][]) : []),
  ];
  const body = fields
    .map(([k, v]) => `  ${k} = ${k === 'author' ? `{${bibEscape(v)}}` : v}`)
    .join(',\n');
  return `@misc{${bibKey(c)},\n${body}\n}`;
}

/** CSL-JSON (CSL 1.0.2), type `speech`; the paragraph as a note, since an item has no locator. */
export function cslJson(c: CiteInput): string {
  const r = resourceOf(c);
  const n = paragraphOf(c);
  const item = {
    id: bibKey(c),
    type: 'speech',
    title: innerQuotes(workTitle(c)),
    ...(c.author
      ? {
          author: [{ family: c.author.surname, given: `${c.author.given} ${c.author.patronymic}` }],
        }
      : {}),
    'event-title': c.event,
    'event-place': c.place,
    'event-date': { 'date-parts': [ymd(c.date)] },
    issued: { 'date-parts': [ymd(c.date)] },
    'container-title': r.name,
    URL: r.url,
    accessed: { 'date-parts': [ymd(r.accessed)] },
    language: 'ru',
    ...(n ? { note: paragraphLabel(n) } : {}),
  };
  return JSON.stringify([item], null, 2);
}

/** RIS, a web page (`ELEC`): T2 is the site, DA the date, Y2 the date of access; CRLF lines. */
export function ris(c: CiteInput): string {
  const r = resourceOf(c);
  const n = paragraphOf(c);
  const slash = (iso: string) => iso.slice(0, 10).replaceAll('-', '/');
  const lines = [
    'TY  - ELEC',
    ...(c.author ? [`AU  - ${c.author.surname}, ${c.author.given} ${c.author.patronymic}`] : []),
    `TI  - ${innerQuotes(workTitle(c))}`,
    `T2  - ${r.name}`,
    `PY  - ${ymd(c.date)[0]}`,
    `DA  - ${slash(c.date)}`,
    `CY  - ${c.place}`,
    `UR  - ${r.url}`,
    `Y2  - ${slash(r.accessed)}`,
    'LA  - ru',
    ...(n ? [`N1  - ${paragraphLabel(n)}`] : []),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export const FORMATS = [
  ['ГОСТ Р 7.0.100–2018', gost],
  ['APA 7', apa],
  ['Chicago, примечание', chicagoNote],
  ['Chicago, библиография', chicagoBibliography],
  ['BibTeX', bibtex],
  ['CSL-JSON', cslJson],
  ['RIS', ris],
] as const;
