/**
 * Bibliographic formats of the record and its paragraphs: ГОСТ Р 7.0.100–2018,
 * APA 7, Chicago, BibTeX, CSL-JSON, RIS. Separate from cite.ts so the reading
 * page loads them only when the reader opens «Цитировать».
 */
import { type CiteInput, citedUrl, dateRu, dayMonth, initials, MONTHS_GOST, ymd } from './cite.ts';

function workTitle(c: CiteInput): string {
  return c.kind ? `${c.kind} на ${c.event.replace(/^Форум/, 'Форуме')}` : c.event;
}

const dmy = (iso: string) => iso.slice(0, 10).split('-').reverse().join('.');

/** Our address for what is cited: the paragraph's permalink, the speech's page, or the record's. */
function ours(c: CiteInput): string {
  const label = c.id ? `Абзац ${c.id}` : c.speech ? 'Страница выступления' : 'Запись с номерами абзацев';
  return `${label}: ${citedUrl(c)}`;
}

/** ГОСТ Р 7.0.100–2018, an electronic resource (a part of a web page). */
export function gost(c: CiteInput): string {
  const head = c.author ? `${c.author.surname}, ${initials(c.author)} ` : '';
  const resp = c.author ? ` / ${initials(c.author)} ${c.author.surname}` : '';
  const [y, m, d] = ymd(c.date);
  // «г.» ends the title area when there is no author statement; GOST does not double the full stop.
  const title = `${workTitle(c)} : ${c.place}, ${dayMonth(c.date)} ${y} г.${resp ? `${resp}.` : ''}`;
  return `${head}${title} – Текст : электронный // ${c.publisher} : [сайт]. – ${y}. – ${d} ${MONTHS_GOST[m - 1]} – URL: ${c.sourceUrl} (дата обращения: ${dmy(c.accessed)}). – ${ours(c)}.`;
}

/** APA 7 (in Russian, as APA asks for the source's language). */
export function apa(c: CiteInput): string {
  const who = c.author ? `${c.author.surname}, ${initials(c.author)} ` : `${c.publisher}. `;
  return `${who}(${ymd(c.date)[0]}, ${dayMonth(c.date)}). ${workTitle(c)} [Стенограмма]. ${c.publisher}. ${c.sourceUrl} (${ours(c)})`;
}

/** Chicago 17, bibliography entry. */
export function chicago(c: CiteInput): string {
  const who = c.author ? `${c.author.surname}, ${c.author.given}. ` : '';
  return `${who}«${workTitle(c)}». ${c.place}, ${dayMonth(c.date)} ${ymd(c.date)[0]}. ${c.publisher}. ${c.sourceUrl}. Дата обращения ${dateRu(c.accessed)}. ${ours(c)}.`;
}

const bibKey = (c: CiteInput) => (c.id ?? c.speech ?? 'forum-2017').replaceAll('-', '_');
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
    ['note', ours(c)],
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
    note: ours(c),
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
    `N1  - ${ours(c)}`,
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
