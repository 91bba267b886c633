/**
 * The whole record as downloads — JSON, plain text, Markdown and Akoma Ntoso
 * XML — built from the content collections, with the same paragraph ids as the pages.
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

function speakerOf(input: DownloadInput, id: string): Speaker {
  const s = input.speakers.find((x) => x.id === id);
  if (!s) throw new Error(`unknown speaker «${id}»`);
  return s;
}

const url = (site: string, path: string) => absolute(path, site);
const leadId = (i: number) => paragraphId(LEAD, i + 1);

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

/** One FRBR level (Work, Expression, Manifestation) of the Akoma Ntoso identification. */
export const frbr = (
  level: string,
  self: string,
  uri: string,
  date: string,
  name: string,
  author: string,
  extra?: string,
) =>
  `        <FRBR${level}>
          <FRBRthis value="${self}"/>
          <FRBRuri value="${uri}"/>
          <FRBRdate date="${date}" name="${name}"/>
          <FRBRauthor href="#${author}"/>${extra ? `\n          ${extra}` : ''}
        </FRBR${level}>`;

/** The record's Akoma Ntoso work, the same for every language's expression: its day, its IRI and its FRBR Work. */
export function aknWork(input: DownloadInput) {
  const date = input.record.datetime.slice(0, 10);
  const work = `/akn/ru/debate/${date}/${input.name}`;
  const frbrWork = frbr(
    'Work',
    `${work}/!main`,
    work,
    date,
    'event',
    'source',
    '<FRBRcountry value="ru"/>',
  );
  return { date, work, frbrWork };
}

/** The omission mark after a speech, as an Akoma Ntoso narrative; nothing where there is none. */
export function aknOmission(t: { slug: string; omissionAfter: boolean }): string {
  return t.omissionAfter
    ? `\n        <narrative eId="${xml(t.slug)}-omission"><omissis>${xml(OMISSION)}</omissis></narrative>`
    : '';
}

/** The speakers and their roles as Akoma Ntoso references (`TLCPerson`, `TLCRole`), and each role's eId. */
export function aknPeople(people: readonly { id: string; name: string; role: string }[]) {
  const roles = [...new Set(people.map((s) => s.role))];
  const roleId = (role: string) => `role-${roles.indexOf(role) + 1}`;
  const references = [
    ...people.map(
      (s) =>
        `        <TLCPerson eId="${xml(s.id)}" href="/ontology/person/${xml(s.id)}" showAs="${xml(s.name)}"/>`,
    ),
    ...roles.map(
      (role) =>
        `        <TLCRole eId="${roleId(role)}" href="/ontology/role/${roleId(role)}" showAs="${xml(role)}"/>`,
    ),
  ].join('\n');
  return { references, roleId };
}

/** The parts of an Akoma Ntoso `debate`, in either language: `aknDebate` writes the frame around them. */
export interface AknDebate {
  name: string;
  /** The eId of the organisation the identification and the references come from. */
  source: string;
  /** The FRBR Work, Expression and Manifestation. */
  frbr: string;
  references: string;
  preface: string;
  sections: string[];
  papers: { heading: string; documents: readonly { id: string; title: string }[] };
}

/** One Akoma Ntoso 3.0 `debate` document, in the schema's order: the same frame for every language's expression. */
export function aknDebate(d: AknDebate): string {
  const papers = d.papers.documents.length
    ? `
      <papers eId="papers">
        <heading>${xml(d.papers.heading)}</heading>
        ${d.papers.documents.map((x) => `<p eId="doc-${xml(x.id)}">${xml(x.title)}</p>`).join('\n        ')}
      </papers>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <debate name="${d.name}">
    <meta>
      <identification source="#${d.source}">
${d.frbr}
      </identification>
      <references source="#${d.source}">
${d.references}
      </references>
    </meta>
    <preface>
${d.preface}
    </preface>
    <debateBody>
${d.sections.join('\n')}${papers}
    </debateBody>
  </debate>
</akomaNtoso>
`;
}

/**
 * Akoma Ntoso 3.0 `debate`: the lead in `preface`, speeches as `speech by="#…" as="#role-…"`, documents in `papers`.
 * (long: one XML document written top to bottom in the schema's order)
 */
export function recordAkn(input: DownloadInput): string {
  const { record: r, site } = input;
  const { date, work, frbrWork } = aknWork(input);
  const { references, roleId } = aknPeople(input.speakers);
  const p = (id: string, text: string) => `<p eId="${xml(id)}">${xml(text)}</p>`;
  const sections = r.speeches.map((t) => {
    const sp = speakerOf(input, t.speaker);
    return `      <debateSection eId="${xml(t.slug)}" name="${t.kind}">
        <heading>${xml(speechTitle(t.kind, sp, t.slug))}</heading>
        <speech by="#${xml(sp.id)}" as="#${roleId(sp.role)}">
          <from>${xml(sp.name)}</from>
          ${t.paragraphs.map((text, i) => p(paragraphId(t.slug, i + 1), text)).join('\n          ')}
        </speech>${aknOmission(t)}
      </debateSection>`;
  });
  const made = input.retrieved ?? date;
  return aknDebate({
    name: input.name,
    source: 'source',
    frbr: [
      frbrWork,
      frbr(
        'Expression',
        `${work}/rus@/!main`,
        `${work}/rus@`,
        date,
        'publication',
        'source',
        '<FRBRlanguage language="rus"/>',
      ),
      frbr(
        'Manifestation',
        `${work}/rus@/!main.xml`,
        xml(url(site, PATHS.akn)),
        made,
        'transform',
        'site',
      ),
    ].join('\n'),
    references: [
      `        <TLCOrganization eId="source" href="${xml(r.sourceUrl)}" showAs="${xml(input.publisher)}"/>`,
      `        <TLCOrganization eId="site" href="${xml(url(site, PATHS.home))}" showAs="${xml(r.title)}"/>`,
      `        <TLCLocation eId="place" href="/ontology/location/place" showAs="${xml(r.place)}"/>`,
      references,
    ].join('\n'),
    preface: `      <p class="title"><docTitle>${xml(r.title)}</docTitle></p>
      <p class="date"><docDate date="${date}">${xml(r.datetime)}</docDate>, <location refersTo="#place">${xml(r.place)}</location></p>
      ${r.lead.map((text, i) => p(leadId(i), text)).join('\n      ')}`,
    sections,
    papers: { heading: 'Документы', documents: input.documents },
  });
}
