/**
 * What a reference manager saves from a page, as `<meta>` tags: Highwire Press `citation_*`
 * (Google Scholar, Zotero, Mendeley), Dublin Core, and the EPrints event tags. Zotero's
 * «Embedded Metadata» translator reads them and ignores JSON-LD; what each tag becomes there:
 *
 * - a speech, and a paragraph of it: a presentation (`eprints.type` «conference_item» with
 *   `eprints.ispublished` «unpub»), its kind from `DC.type` («Выступление»), the meeting from
 *   `eprints.event_title`, the place from `eprints.event_location`, titled as citations title it
 *   («Выступление на Форуме …»: no colon, which Zotero would cut into a short title);
 * - the record: a report (`eprints.type` «report»), its kind «Стенограмма», the speakers as
 *   contributors (`eprints.contributors_name`), the official publisher as its institution;
 * - no `schema.eprints` link: Zotero knows the prefix, and `/` has no bytes for it (budget.test.ts);
 * - the official page is `DC.relation`, never `DC.source` (Zotero makes that the container:
 *   «Proceedings Title», «Publication»), and no `citation_conference_title` (a conference paper).
 *
 * Zotero's translator gives Highwire authors precedence and types them «author», which a
 * presentation does not have (its primary creator is «presenter»): Google Scholar needs
 * `citation_author`, so the speaker arrives as «author» (docs/citing.md, «Reference managers»).
 * Pure: the page passes the record's facts.
 */

import { quoteRu } from '../shared/typography.ts';

/** A person as Highwire and Dublin Core name one: «Фамилия, Имя Отчество» («Surname, Given» in English). */
export interface Person {
  surname: string;
  given: string;
  patronymic?: string | undefined;
}

/** The record's facts every reference shares, from content/. */
export interface ReferenceFacts {
  /** The meeting's full name, nominative: «XIV Форум …». */
  eventName: string;
  place: string;
  /** The event's day, `YYYY-MM-DD`. */
  date: string;
  /** Who publishes the official text: «Президент России». */
  publisher: string;
  /** This edition's name: it publishes the speeches' pages. */
  siteName: string;
  /** The official page. */
  sourceUrl: string;
  /** What the record is, for its reference: «Стенограмма» (TRANSCRIPT) unless said. */
  transcript?: string | undefined;
}

/** The record as a whole (`/`, and the event's lead paragraphs). */
export interface TranscriptWork {
  type: 'transcript';
  /** Everyone who speaks in it. */
  speakers: Person[];
}

/** A speech (its page, or a paragraph page of it). */
export interface SpeechWork {
  type: 'speech';
  /** As citations title it: «Выступление на Форуме …». */
  title: string;
  /** «Выступление», «Заключительное слово». */
  genre: string;
  /** None for a voice from the floor. */
  speaker?: Person | undefined;
}

export type ReferenceWork = (TranscriptWork | SpeechWork) & {
  /** Absolute address of the page. */
  url: string;
  /** In place of the page's description (a paragraph page says which paragraph, in words). */
  abstract?: string | undefined;
};

export type Tag = { name: string; content: string } | { rel: string; href: string };

/** The kind of document the record is, for its reference. */
export const TRANSCRIPT = 'Стенограмма';

export const personName = (p: Person) =>
  `${p.surname}, ${p.given}${p.patronymic ? ` ${p.patronymic}` : ''}`;

/** The tags of a page, in the order they are written. */
export function referenceTags(work: ReferenceWork, facts: ReferenceFacts): Tag[] {
  const speech = work.type === 'speech';
  const title = speech ? work.title : facts.eventName;
  const speaker = speech && work.speaker ? personName(work.speaker) : undefined;
  const meta = (name: string, content: string | undefined): Tag[] =>
    content ? [{ name, content }] : [];
  return [
    // Google Scholar: title, authors, the date as 2017/11/09 (Zotero reads it as that day).
    ...meta('citation_title', title),
    ...meta('citation_author', speaker),
    ...meta('citation_publication_date', facts.date.replaceAll('-', '/')),
    // The record is the official publisher's; a speech's page is this edition's.
    ...meta('citation_publisher', speech ? facts.siteName : facts.publisher),
    ...meta('citation_abstract', work.abstract),
    // No citation_public_url: the canonical link says the address, and Zotero reads it there.
    // No <link rel="schema.DC">: Zotero knows the DC. prefix (as eprints.) without it.
    ...meta('DC.title', title),
    ...meta('DC.creator', speaker),
    ...meta('DC.date', facts.date),
    ...meta('DC.type', speech ? work.genre : (facts.transcript ?? TRANSCRIPT)),
    ...meta('DC.relation', facts.sourceUrl),
    ...(speech
      ? [
          ...meta('eprints.type', 'conference_item'),
          ...meta('eprints.ispublished', 'unpub'),
          ...meta('eprints.event_title', facts.eventName),
        ]
      : [
          ...meta('eprints.type', 'report'),
          ...work.speakers.flatMap((p) => meta('eprints.contributors_name', personName(p))),
        ]),
    ...meta('eprints.event_location', facts.place),
  ];
}

/**
 * A paragraph page's abstract, a sentence in its own right: «Абзац 14 выступления Ивана Иванова
 * на Форуме …, Город, 9 ноября 2017 года: «…»». `of` and `onEvent` as the record words them
 * (`paragraphOf`, `onEvent`).
 */
export function paragraphAbstract(n: number, of: string, onEvent: string, text: string): string {
  return `Абзац ${n}${of} ${onEvent}: ${quoteRu(text)}`;
}
