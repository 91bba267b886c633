/**
 * The official translation as a second Akoma Ntoso expression of the same work: the schema keeps
 * one language per document, and says whose translation it is with `FRBRtranslation` (from the
 * Russian expression). Its paragraphs keep the Russian eIds: an English paragraph that renders
 * several Russian ones carries the first (`/record.en.json` lists the others as `sharedWith`); a
 * Russian paragraph the translation skips, and a speech it does not translate, say so in place.
 * Pure: the page passes what the build read.
 */

import type { EnglishSection } from '../translation/english-view.ts';
import { speechTitleEn } from '../translation/ui-en.ts';
import { aknDebate, aknOmission, aknPeople, aknWork } from './akn.ts';
import { type DownloadInput, xml } from './downloads.ts';

export interface TranslationAknInput {
  /** The official English page, its title and its publisher's name. */
  url: string | undefined;
  title: string;
  publisher: string;
  /** Where this file is published. */
  address: string;
  speakers: ReadonlyMap<string, { name: string; role: string | undefined }>;
  lead: EnglishSection;
  sections: ReadonlyMap<string, EnglishSection>;
  documents: { id: string; title: string }[];
  words: { none: string; untranslated: string; documents: string };
}

/** The `<p>`s standing for one section's Russian paragraphs. */
function paragraphs(section: EnglishSection, none: string, indent: string): string {
  return section.blocks
    .flatMap((b) =>
      b.kind === 'english'
        ? b.paragraphs.map((text, i) =>
            i === 0 ? `<p eId="${xml(b.ids[0] ?? '')}">${xml(text)}</p>` : `<p>${xml(text)}</p>`,
          )
        : [`<p eId="${xml(b.id)}"><omissis>${xml(none)}</omissis></p>`],
    )
    .join(`\n${indent}`);
}

/**
 * Akoma Ntoso 3.0 `debate` in English, beside `/record.akn.xml`.
 * (long: one XML document written top to bottom in the schema's order, as recordAkn is)
 */
export function translationAkn(input: DownloadInput, en: TranslationAknInput): string {
  const { record: r } = input;
  const work = aknWork(input);
  const { date } = work;
  const { references, roleId } = aknPeople(
    [...en.speakers].map(([id, s]) => ({ id, name: s.name, role: s.role ?? '—' })),
  );
  const sections = r.speeches.map((t) => {
    const sp = en.speakers.get(t.speaker) ?? { name: t.speaker, role: undefined };
    const section = en.sections.get(t.slug);
    const body = section?.untranslated
      ? `<narrative eId="${xml(t.slug)}-untranslated">${xml(en.words.untranslated)}</narrative>`
      : `<speech by="#${xml(t.speaker)}" as="#${roleId(sp.role ?? '—')}">
          <from>${xml(sp.name)}</from>
          ${section ? paragraphs(section, en.words.none, '          ') : ''}
        </speech>`;
    return `      <debateSection eId="${xml(t.slug)}" name="${t.kind}">
        <heading>${xml(speechTitleEn(t.kind, sp.name))}</heading>
        ${body}${aknOmission(t)}
      </debateSection>`;
  });
  return aknDebate(input, {
    work,
    expression: {
      language: 'eng',
      made: 'translation',
      by: 'translator',
      more: `<FRBRtranslation href="${work.iri}/rus@" fromLanguage="rus" by="#translator"/>`,
    },
    address: en.address,
    references: [
      `        <TLCOrganization eId="translator" href="${xml(en.url ?? r.sourceUrl)}" showAs="${xml(en.publisher)}"/>`,
      `        <TLCOrganization eId="site" href="${xml(en.address)}" showAs="${xml(en.title)}"/>`,
      references,
    ].join('\n'),
    preface: `      <p class="title"><docTitle>${xml(en.title)}</docTitle></p>
      <p class="date"><docDate date="${date}">${xml(r.datetime)}</docDate></p>
      ${paragraphs(en.lead, en.words.none, '      ')}`,
    sections,
    papers: { heading: en.words.documents, documents: en.documents },
  });
}
