/**
 * The whole record as downloads — JSON, plain text and Markdown (Akoma Ntoso XML: akn.ts) —
 * built from the content collections, with the same paragraph ids as the pages.
 */
import { speechTitle } from '../record/speeches.ts';
import type { SpeechKind } from '../record/transcript.ts';
import {
  absolute,
  LEAD,
  PATHS,
  paragraphId,
  paragraphPath,
  speechPath,
} from '../shared/addresses.ts';
import { markdownText, markdownUrl } from './markdown.ts';

export interface Speaker {
  id: string;
  name: string;
  nameGenitive: string;
  surname?: string | undefined;
  role: string;
}

/** The record's text: what the source copy says, as the collections hold it. */
export interface RecordText {
  title: string;
  /** ISO 8601 with the Moscow offset. */
  datetime: string;
  place: string;
  sourceUrl: string;
  lead: string[];
  speeches: {
    slug: string;
    speaker: string;
    kind: SpeechKind;
    paragraphs: string[];
    omissionAfter: boolean;
  }[];
}

export interface DownloadInput {
  record: RecordText;
  speakers: Speaker[];
  site: string;
  sha256: string;
  retrieved: string | undefined;
  /** The source's publisher, as bibliographies name it. */
  publisher: string;
  /** A short Latin name for machine identifiers. */
  name: string;
  documents: {
    id: string;
    title: string;
    status: string;
    count?: number | undefined;
    mentions: string[];
  }[];
}

export const OMISSION = '<…>';

/**
 * Characters XML 1.0 cannot hold, even as a reference (C0 controls but tab and line ends, U+FFFE,
 * U+FFFF, lone surrogates), and DEL and C1, which no record holds: the schemas keep them all out.
 */
const NOT_XML = /(?![\t\n\r])[\p{Cc}\ufffe\uffff\p{Cs}]/u;

/** XML's own five entities, which every XML reader knows (html-escaper's `&#39;` is HTML's habit). */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or an attribute value for the Akoma Ntoso XML and the Markdown anchors: escaped, or refused. */
export function xml(text: string): string {
  const bad = NOT_XML.exec(text);
  if (bad)
    throw new Error(
      `«${text.slice(0, 40)}»: U+${(bad[0].codePointAt(0) ?? 0).toString(16)} cannot be written in XML`,
    );
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export function speakerOf(input: DownloadInput, id: string): Speaker {
  const s = input.speakers.find((x) => x.id === id);
  if (!s) throw new Error(`unknown speaker «${id}»`);
  return s;
}

export const url = (site: string, path: string) => absolute(path, site);
export const leadId = (i: number) => paragraphId(LEAD, i + 1);

export function recordJson(input: DownloadInput): string {
  const { record: r, site } = input;
  return `${JSON.stringify(
    {
      $schema: url(site, PATHS.jsonSchema),
      title: r.title,
      date: r.datetime,
      place: r.place,
      source: { url: r.sourceUrl, sha256: input.sha256, retrieved: input.retrieved },
      lead: r.lead.map((text, i) => ({
        id: leadId(i),
        text,
        url: url(site, paragraphPath(leadId(i))),
      })),
      speeches: r.speeches.map((t) => {
        const sp = speakerOf(input, t.speaker);
        return {
          slug: t.slug,
          kind: t.kind,
          title: speechTitle(t.kind, sp, t.slug),
          speaker: { id: sp.id, name: sp.name, role: sp.role },
          url: url(site, speechPath(t.slug)),
          omissionAfter: t.omissionAfter,
          paragraphs: t.paragraphs.map((text, i) => {
            const id = paragraphId(t.slug, i + 1);
            return { id, text, url: url(site, paragraphPath(id)) };
          }),
        };
      }),
      documents: input.documents,
    },
    null,
    2,
  )}\n`;
}

/** Plain text: one paragraph a line, each opening with its id in brackets. */
export function recordTxt(input: DownloadInput): string {
  const { record: r } = input;
  const lines = [
    r.title,
    `${r.datetime}, ${r.place}`,
    `Источник: ${r.sourceUrl} (SHA-256 ${input.sha256})`,
    '',
  ];
  lines.push(...r.lead.map((text, i) => `[${leadId(i)}] ${text}`));
  for (const t of r.speeches) {
    const sp = speakerOf(input, t.speaker);
    lines.push('', `== ${speechTitle(t.kind, sp, t.slug)} (${sp.name}, ${sp.role})`, '');
    lines.push(...t.paragraphs.map((text, i) => `[${paragraphId(t.slug, i + 1)}] ${text}`));
    if (t.omissionAfter) lines.push('', OMISSION);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Markdown: headings per speech, each paragraph preceded by an anchor with its id, the documents
 * with links to the paragraphs that mention them. Every text from the record is written by
 * `markdownText`, so a renderer shows it as it is and makes nothing of it.
 */
export function recordMd(input: DownloadInput): string {
  const { record: r } = input;
  const md = markdownText;
  const out = [
    `# ${md(r.title)}`,
    '',
    `${md(r.datetime)}, ${md(r.place)}. Источник: ${markdownUrl(r.sourceUrl)}`,
    '',
  ];
  const para = (id: string, text: string) => [`<a id="${xml(id)}"></a>${md(text)}`, ''];
  r.lead.forEach((text, i) => {
    out.push(...para(leadId(i), text));
  });
  for (const t of r.speeches) {
    const sp = speakerOf(input, t.speaker);
    out.push(`## ${md(speechTitle(t.kind, sp, t.slug))}`, '', `**${md(sp.name)}**, ${md(sp.role)}`);
    out.push('');
    t.paragraphs.forEach((text, i) => {
      out.push(...para(paragraphId(t.slug, i + 1), text));
    });
    if (t.omissionAfter) out.push(md(OMISSION), '');
  }
  if (input.documents.length) out.push('## Документы', '');
  for (const d of input.documents) {
    const links = d.mentions.map((id) => `[${md(id)}](#${encodeURIComponent(id)})`);
    out.push(`- ${md(d.title)}: ${links.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
