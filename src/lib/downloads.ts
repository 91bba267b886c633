/**
 * The whole record as downloads — JSON, plain text, Markdown and Akoma Ntoso
 * XML — built from the same parse as the pages, with the same paragraph ids.
 */
import { escapeMdx } from './mdx.ts';
import { speechTitle } from './speeches.ts';
import type { Transcript } from './transcript.ts';

export interface Speaker {
  id: string;
  name: string;
  nameGenitive: string;
  role: string;
}

export interface DownloadInput {
  record: Transcript;
  speakers: Speaker[];
  site: string;
  sha256: string;
  retrieved: string;
  documents: { id: string; title: string; status: string; count?: number | undefined; mentions: string[] }[];
}

export const OMISSION = '<…>';

function speakerOf(input: DownloadInput, id: string): Speaker {
  const s = input.speakers.find((x) => x.id === id);
  if (!s) throw new Error(`unknown speaker «${id}»`);
  return s;
}

const url = (site: string, path: string) => new URL(path, site).href;

export function recordJson(input: DownloadInput): string {
  const { record: r, site } = input;
  return `${JSON.stringify(
    {
      $schema: url(site, '/record.schema.json'),
      title: r.title,
      date: r.datetime,
      place: r.place,
      source: { url: r.sourceUrl, sha256: input.sha256, retrieved: input.retrieved },
      lead: r.lead.map((text, i) => ({ id: `lead-${i + 1}`, text, url: url(site, `/#lead-${i + 1}`) })),
      speeches: r.turns.map((t) => {
        const sp = speakerOf(input, t.speaker);
        return {
          slug: t.slug,
          kind: t.kind,
          title: speechTitle(t.kind, sp.nameGenitive),
          speaker: { id: sp.id, name: sp.name, role: sp.role },
          url: url(site, `/speeches/${t.slug}/`),
          omissionAfter: t.omissionAfter,
          paragraphs: t.paragraphs.map((text, i) => ({ id: `${t.slug}-${i + 1}`, text, url: url(site, `/speeches/${t.slug}/#${t.slug}-${i + 1}`) })),
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
  const lines = [r.title, `${r.datetime}, ${r.place}`, `Источник: ${r.sourceUrl} (SHA-256 ${input.sha256})`, ''];
  lines.push(...r.lead.map((text, i) => `[lead-${i + 1}] ${text}`));
  for (const t of r.turns) {
    const sp = speakerOf(input, t.speaker);
    lines.push('', `== ${speechTitle(t.kind, sp.nameGenitive)} (${sp.name}, ${sp.role})`, '');
    lines.push(...t.paragraphs.map((text, i) => `[${t.slug}-${i + 1}] ${text}`));
    if (t.omissionAfter) lines.push('', OMISSION);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown: headings per speech, each paragraph preceded by an anchor with its id. */
export function recordMd(input: DownloadInput): string {
  const { record: r } = input;
  const out = [`# ${r.title}`, '', `${r.datetime}, ${r.place}. Источник: <${r.sourceUrl}>`, ''];
  const para = (id: string, text: string) => [`<a id="${id}"></a>${escapeMdx(text)}`, ''];
  r.lead.forEach((text, i) => {
    out.push(...para(`lead-${i + 1}`, text));
  });
  for (const t of r.turns) {
    const sp = speakerOf(input, t.speaker);
    out.push(`## ${speechTitle(t.kind, sp.nameGenitive)}`, '', `**${sp.name}**, ${sp.role}`, '');
    t.paragraphs.forEach((text, i) => {
      out.push(...para(`${t.slug}-${i + 1}`, text));
    });
    if (t.omissionAfter) out.push('\\<…\\>', '');
  }
  return out.join('\n');
}

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** One FRBR level (Work, Expression, Manifestation) of the Akoma Ntoso identification. */
const frbr = (level: string, self: string, uri: string, date: string, name: string, author: string, extra?: string) =>
  `        <FRBR${level}>
          <FRBRthis value="${self}"/>
          <FRBRuri value="${uri}"/>
          <FRBRdate date="${date}" name="${name}"/>
          <FRBRauthor href="#${author}"/>${extra ? `\n          ${extra}` : ''}
        </FRBR${level}>`;

/** Akoma Ntoso 3.0 `debate`: the lead in `preface`, speeches as `speech by="#…"`, documents in `papers`. */
export function recordAkn(input: DownloadInput): string {
  const { record: r, site } = input;
  const date = r.datetime.slice(0, 10);
  const work = `/akn/ru/debate/${date}/forum-chelyabinsk`;
  const people = input.speakers.map((s) => `        <TLCPerson eId="${s.id}" href="/ontology/person/${s.id}" showAs="${xml(s.name)}"/>`);
  const p = (id: string, text: string) => `<p eId="${id}">${xml(text)}</p>`;
  const sections = r.turns.map((t) => {
    const sp = speakerOf(input, t.speaker);
    const omission = t.omissionAfter ? `\n        <narrative eId="${t.slug}-omission"><p>${xml(OMISSION)}</p></narrative>` : '';
    return `      <debateSection eId="${t.slug}" name="${t.kind}">
        <heading>${xml(speechTitle(t.kind, sp.nameGenitive))}</heading>
        <speech by="#${sp.id}">
          <from>${xml(sp.name)}</from>
          ${t.paragraphs.map((text, i) => p(`${t.slug}-${i + 1}`, text)).join('\n          ')}
        </speech>${omission}
      </debateSection>`;
  });
  const papers = input.documents.map((d) => `<p eId="doc-${d.id}">${xml(d.title)}</p>`).join('\n        ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <debate name="forum">
    <meta>
      <identification source="#kremlin">
${frbr('Work', `${work}/!main`, work, date, 'event', 'kremlin', '<FRBRcountry value="ru"/>')}
${frbr('Expression', `${work}/rus@/!main`, `${work}/rus@`, date, 'publication', 'kremlin', '<FRBRlanguage language="rus"/>')}
${frbr('Manifestation', `${work}/rus@/!main.xml`, xml(url(site, '/record.akn.xml')), input.retrieved, 'transform', 'site')}
      </identification>
      <references source="#kremlin">
        <TLCOrganization eId="kremlin" href="${xml(r.sourceUrl)}" showAs="Президент России"/>
        <TLCOrganization eId="site" href="${xml(url(site, '/'))}" showAs="${xml(r.title)}"/>
${people.join('\n')}
      </references>
    </meta>
    <preface>
      <p class="title"><docTitle>${xml(r.title)}</docTitle></p>
      <p class="date"><docDate date="${date}">${xml(r.datetime)}</docDate>, <location refersTo="#place">${xml(r.place)}</location></p>
      ${r.lead.map((text, i) => p(`lead-${i + 1}`, text)).join('\n      ')}
    </preface>
    <debateBody>
${sections.join('\n')}
      <papers eId="papers">
        <heading>Документы</heading>
        ${papers}
      </papers>
    </debateBody>
  </debate>
</akomaNtoso>
`;
}
