/**
 * References to the official English translation, as an English page's cite dialog gives them:
 * APA 7, Chicago 17 (note and bibliography), MLA 9, BibTeX, RIS, CSL-JSON. Each cites the
 * translation where its publisher put it (the English site of the official publication), names
 * the Russian original it translates, and locates a passage by the Russian paragraph numbers (the
 * one address of a passage in both languages). The translator is not named by the publisher, so
 * no reference names one. Loaded only when a reader opens «Cite».
 */

import { paragraphParts } from '../shared/addresses.ts';
import { BIB_MONTHS, bibEscape, NB, ymd } from './citations.ts';

export interface EnglishCiteInput {
  /** Paragraph id (a Russian paragraph the English renders), for a paragraph. */
  id?: string | undefined;
  /** The last Russian paragraph the cited English paragraph renders, when it renders several. */
  through?: number | undefined;
  /** Speech slug, for a whole speech (or the speech of `id`). */
  speech?: string | undefined;
  author?: { surname: string; given: string } | undefined;
  /** «Speech», «Closing remarks». */
  kind?: string | undefined;
  /** The event as the translation names it. */
  event: string;
  place: string;
  /** The event's day, `2017-11-09`. */
  date: string;
  /** The site that publishes the translation, as bibliographies name it: «President of Russia». */
  publisher: string;
  /** The translation's page there. */
  sourceUrl: string;
  /** `YYYY-MM-DD`: the day of access. */
  accessed: string;
  /** The Russian original: its title as a Russian reference gives it, and its page. */
  original: { title: string; url: string };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** MLA 9 abbreviates months of more than four letters. */
const mlaMonth = (m: number) => {
  const name = MONTHS[m - 1] ?? '';
  return name.length > 4 ? `${name.slice(0, name === 'September' ? 4 : 3)}.` : name;
};
/** «November 9, 2017» */
export function dateUs(iso: string): string {
  const [y, m, d] = ymd(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}
/** «9 November 2017» */
export function dateEn(iso: string): string {
  const [y, m, d] = ymd(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
const dateMla = (iso: string) => {
  const [y, m, d] = ymd(iso);
  return `${d} ${mlaMonth(m)} ${y}`;
};

/** The cited Russian paragraphs: «12», «1–2»; none for a speech or the record. */
function paragraphsOf(c: EnglishCiteInput): string | undefined {
  if (!c.id) return undefined;
  const { n } = paragraphParts(c.id);
  return c.through && c.through > n ? `${n}–${c.through}` : String(n);
}
/** «para. 12», «paras. 1–2» (APA 7, 8.28; Chicago uses «par.», MLA 9 «par.» too). */
export function paragraphLabelEn(c: EnglishCiteInput, abbr: 'para' | 'par' = 'para'): string {
  const ns = paragraphsOf(c);
  return ns ? `${abbr}${ns.includes('–') ? 's' : ''}.${NB}${ns}` : '';
}

/** «Speech at the Forum», headline style for Chicago and MLA («Closing Remarks at the …»). */
export function workTitleEn(c: EnglishCiteInput, headline = false): string {
  if (!c.kind) return c.event;
  const kind = headline ? c.kind.replace(/\b[a-z]/g, (l) => l.toUpperCase()) : c.kind;
  return `${kind} at the ${c.event}`;
}
/** English quotes inside a quoted title: “Development of Human Capital” → ‘…’. */
const inner = (s: string) => s.replaceAll('“', '‘').replaceAll('”', '’');
const quoted = (s: string, punct = '') => `“${inner(s)}${punct}”`;
/** The Russian original, named in every reference. */
const translationOf = (c: EnglishCiteInput, punct = '') =>
  `official English translation of ${quoted(c.original.title, punct)}`;

/**
 * APA 7 (10.16, a webpage; 9.39, a translation): Author, A. (Year, Month Day). Title [Description].
 * Site Name. URL. The translator is unknown, so none is named; the original appeared the same day,
 * so no «Original work published». The paragraph goes in the in-text citation («para.»).
 */
export function apaEn(c: EnglishCiteInput): string {
  const [y, m, d] = ymd(c.date);
  const date = `(${y}, ${MONTHS[m - 1]} ${d})`;
  const description = `[${c.kind ? 'Speech transcript' : 'Transcript'}; ${translationOf(c)}]`;
  const title = `${workTitleEn(c)} ${description}`;
  const ref = c.author
    ? `${c.author.surname}, ${c.author.given[0]}. ${date}. ${title}. ${c.publisher}. ${c.sourceUrl}`
    : `${title}. ${date}. ${c.publisher}. ${c.sourceUrl}`;
  const who = c.author ? c.author.surname : workTitleEn(c);
  const at = paragraphLabelEn(c);
  return `${ref}\nIn text: (${who}, ${y}${at ? `, ${at}` : ''})`;
}

/** Chicago 17 note, a speech published online: Name, “Title” (speech, Place, Date), par. N, …, Site, accessed Date, URL. */
export function chicagoNoteEn(c: EnglishCiteInput): string {
  const who = c.author ? `${c.author.given} ${c.author.surname}, ` : '';
  const at = paragraphLabelEn(c, 'par');
  const genre = c.kind ? 'speech, ' : '';
  return `${who}${quoted(workTitleEn(c, true))} (${genre}${c.place}, ${dateUs(c.date)})${at ? `, ${at}` : ''}, ${translationOf(c, ',')} ${c.publisher}, accessed ${dateUs(c.accessed)}, ${c.sourceUrl}.`;
}

/** Chicago 17 bibliography (the whole work; the paragraph goes in the note). */
export function chicagoBibliographyEn(c: EnglishCiteInput): string {
  const who = c.author ? `${c.author.surname}, ${c.author.given}. ` : '';
  const genre = c.kind ? 'Speech, ' : '';
  const translation = translationOf(c, '.');
  return `${who}${quoted(workTitleEn(c, true), '.')} ${genre}${c.place}, ${dateUs(c.date)}. ${translation[0]?.toUpperCase()}${translation.slice(1)} ${c.publisher}. Accessed ${dateUs(c.accessed)}. ${c.sourceUrl}.`;
}

/**
 * MLA 9: Author. “Title.” Website, Day Mon. Year, URL (without the scheme). Accessed Day Mon. Year.
 * The publisher is left out where it is the website's own name; the original follows as an
 * optional element; the paragraph goes in the in-text citation («par.»).
 */
export function mla(c: EnglishCiteInput): string {
  const who = c.author ? `${c.author.surname}, ${c.author.given}. ` : '';
  const url = c.sourceUrl.replace(/^https?:\/\//, '');
  const translation = translationOf(c, '.');
  const ref = `${who}${quoted(workTitleEn(c, true), '.')} ${c.publisher}, ${dateMla(c.date)}, ${url}. Accessed ${dateMla(c.accessed)}. ${translation[0]?.toUpperCase()}${translation.slice(1)}`;
  const at = paragraphLabelEn(c, 'par');
  const whoIn = c.author ? c.author.surname : quoted(workTitleEn(c, true));
  return `${ref}\nIn text: (${whoIn}${at ? `, ${at}` : ''})`;
}

const keyOf = (c: EnglishCiteInput) =>
  `${c.id ?? c.speech ?? 'record'}-${ymd(c.date)[0]}-en`.replaceAll('-', '_');

/** BibTeX `@misc` with biblatex's `origtitle`, `origlanguage`, `eventtitle`, `venue`, `urldate`. */
export function bibtexEn(c: EnglishCiteInput): string {
  const [y, m] = ymd(c.date);
  const at = paragraphLabelEn(c);
  const brace = (s: string) => `{${bibEscape(s)}}`;
  const fields: [string, string][] = [
    ...(c.author
      ? [['author', brace(`${c.author.surname}, ${c.author.given}`)] as [string, string]]
      : []),
    ['title', `{${brace(inner(workTitleEn(c, true)))}}`],
    ['origtitle', brace(c.original.title)],
    ['howpublished', brace(c.publisher)],
    ['eventtitle', brace(c.event)],
    ['venue', brace(c.place)],
    ['eventdate', `{${c.date.slice(0, 10)}}`],
    ['year', `{${y}}`],
    ['month', BIB_MONTHS[m - 1] ?? ''],
    ['url', `{${c.sourceUrl}}`],
    ['urldate', `{${c.accessed}}`],
    ['language', '{english}'],
    ['origlanguage', '{russian}'],
    [
      'note',
      brace(`Official English translation${at ? `, ${at}` : ''}; original: ${c.original.url}`),
    ],
  ];
  return `@misc{${keyOf(c)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

/** RIS, a web page (`ELEC`): T2 the site, OP the original, LA the language; CRLF lines. */
export function risEn(c: EnglishCiteInput): string {
  const slash = (iso: string) => iso.slice(0, 10).replaceAll('-', '/');
  const at = paragraphLabelEn(c);
  const lines = [
    'TY  - ELEC',
    ...(c.author ? [`AU  - ${c.author.surname}, ${c.author.given}`] : []),
    `TI  - ${workTitleEn(c, true)}`,
    `T2  - ${c.publisher}`,
    `PY  - ${ymd(c.date)[0]}`,
    `DA  - ${slash(c.date)}`,
    `CY  - ${c.place}`,
    `UR  - ${c.sourceUrl}`,
    `Y2  - ${slash(c.accessed)}`,
    'LA  - en',
    `OP  - ${c.original.title} (${c.original.url})`,
    `N1  - Official English translation${at ? `; ${at}` : ''}`,
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** CSL-JSON (CSL 1.0.2), type `speech`, with `language`, `original-title`; no `translator` (unknown). */
export function cslJsonEn(c: EnglishCiteInput): string {
  const at = paragraphLabelEn(c);
  const item = {
    id: keyOf(c),
    type: 'speech',
    title: workTitleEn(c, true),
    ...(c.author ? { author: [{ family: c.author.surname, given: c.author.given }] } : {}),
    'original-title': c.original.title,
    genre: 'Official English translation',
    'event-title': c.event,
    'event-place': c.place,
    'event-date': { 'date-parts': [ymd(c.date)] },
    issued: { 'date-parts': [ymd(c.date)] },
    'original-date': { 'date-parts': [ymd(c.date)] },
    'container-title': c.publisher,
    publisher: c.publisher,
    URL: c.sourceUrl,
    accessed: { 'date-parts': [ymd(c.accessed)] },
    language: 'en',
    note: `${at ? `${at}; ` : ''}original: ${c.original.url}`,
  };
  return JSON.stringify([item], null, 2);
}

export const FORMATS_EN = [
  ['APA 7', apaEn],
  ['Chicago, note', chicagoNoteEn],
  ['Chicago, bibliography', chicagoBibliographyEn],
  ['MLA 9', mla],
  ['BibTeX', bibtexEn],
  ['CSL-JSON', cslJsonEn],
  ['RIS', risEn],
] as const;
