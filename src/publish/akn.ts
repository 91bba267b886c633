/**
 * The record as Akoma Ntoso 3.0 XML (`/record.akn.xml`), and the frame and parts that the English
 * expression (akn-translation.ts) shares with it: one work, one FRBR shape, one document order.
 */
import { speechTitle } from '../record/speeches.ts';
import { PATHS, paragraphId } from '../shared/addresses.ts';
import { type DownloadInput, leadId, OMISSION, speakerOf, url, xml } from './downloads.ts';

/** One FRBR level (Work, Expression, Manifestation) of the Akoma Ntoso identification. */
const frbr = (
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
  const iri = `/akn/ru/debate/${date}/${input.name}`;
  const frbrWork = frbr(
    'Work',
    `${iri}/!main`,
    iri,
    date,
    'event',
    'source',
    '<FRBRcountry value="ru"/>',
  );
  return { date, iri, frbrWork };
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

/** The parts of an Akoma Ntoso `debate` that differ between its language expressions: `aknDebate` writes the rest. */
export interface AknDebate {
  /** The record's work (aknWork), of which this document is an expression. */
  work: ReturnType<typeof aknWork>;
  /** The expression: its language (`rus`, `eng`), how it was made (FRBRdate's name), by whom (an eId), and what more it says of itself. */
  expression: { language: string; made: string; by: string; more?: string };
  /** Where this file is published (it was made when the source was retrieved). */
  address: string;
  /** The references besides the source organisation. */
  references: string;
  preface: string;
  sections: string[];
  papers: { heading: string; documents: readonly { id: string; title: string }[] };
}

/** One Akoma Ntoso 3.0 `debate` document, in the schema's order: the same frame for every language's expression. */
export function aknDebate(input: DownloadInput, d: AknDebate): string {
  const { date, iri, frbrWork } = d.work;
  const { language, made, by, more } = d.expression;
  const said = `<FRBRlanguage language="${language}"/>${more ? `\n          ${more}` : ''}`;
  const papers = d.papers.documents.length
    ? `
      <papers eId="papers">
        <heading>${xml(d.papers.heading)}</heading>
        ${d.papers.documents.map((x) => `<p eId="doc-${xml(x.id)}">${xml(x.title)}</p>`).join('\n        ')}
      </papers>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <debate name="${input.name}">
    <meta>
      <identification source="#${by}">
${frbrWork}
${frbr('Expression', `${iri}/${language}@/!main`, `${iri}/${language}@`, date, made, by, said)}
${frbr('Manifestation', `${iri}/${language}@/!main.xml`, xml(d.address), input.retrieved ?? date, 'transform', 'site')}
      </identification>
      <references source="#${by}">
        <TLCOrganization eId="source" href="${xml(input.record.sourceUrl)}" showAs="${xml(input.publisher)}"/>
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
  const work = aknWork(input);
  const { date } = work;
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
  return aknDebate(input, {
    work,
    expression: { language: 'rus', made: 'publication', by: 'source' },
    address: url(site, PATHS.akn),
    references: [
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
