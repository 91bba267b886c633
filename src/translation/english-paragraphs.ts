/**
 * The English page's paragraphs as the alignment numbers them, and the record the aligner reads.
 *
 * The one-line summary (`.read__lead`) is aligned as the first paragraph of the English lead: a
 * Kremlin print copy prints its own page's summary as the first line of its lead (`lead-1`:
 * «… принял участие в …», the Russian of the English «… took part in …»), so both leads hold the
 * summary, and it is a paragraph to align like the others, not a title. Nothing in code says which
 * Russian paragraph it renders: the aligner finds it by length and anchors (the name, a Roman
 * numeral and its English ordinal, cognates). A heading the English adds before a speech is not
 * aligned: it stays with its speech, as the page sets it, and no Russian text renders it.
 */
import type { RecordInput } from './align-record.ts';
import type { KremlinPage, PageParagraph } from './kremlin-page.ts';
import type { RussianRecord } from './russian-record.ts';

export interface EnglishParagraph {
  /** Position in the page's list of aligned paragraphs, from 0: what beads refer to. */
  index: number;
  /** `lead`, or the English speech (from 0) the paragraph belongs to. */
  part: 'lead' | number;
  kind: 'summary' | 'paragraph';
  /** Line of the paragraph in the HTML. */
  line: number;
  text: string;
  /** The translator's bracketed insertions in the text: [start, end). */
  insertions: { start: number; end: number }[];
}

export function englishParagraphs(page: KremlinPage): EnglishParagraph[] {
  const entries: Omit<EnglishParagraph, 'index'>[] = [
    ...page.summary.map((p) => entry(p, 'lead', 'summary')),
    ...page.lead.map((p) => entry(p, 'lead', 'paragraph')),
    ...page.speeches.flatMap((t, k) => t.paragraphs.map((p) => entry(p, k, 'paragraph'))),
  ];
  return entries.map((e, index) => ({ index, ...e }));
}

function entry(
  p: PageParagraph,
  part: 'lead' | number,
  kind: EnglishParagraph['kind'],
): Omit<EnglishParagraph, 'index'> {
  return { part, kind, line: p.line, text: p.text, insertions: p.insertions };
}

/** What alignRecord reads: the Russian record and the English page, texts only. */
export function recordInput(ru: RussianRecord, page: KremlinPage): RecordInput {
  return {
    ru: { lead: ru.lead, speeches: ru.speeches },
    en: {
      lead: [...page.summary, ...page.lead].map((p) => p.text),
      speeches: page.speeches.map((t) => ({
        speakerId: t.speakerId,
        paragraphs: t.paragraphs.map((p) => p.text),
        omissionBefore: t.omissionBefore === true,
      })),
      omissionAfter: page.omissionAfter,
    },
  };
}
