/**
 * Every Russian paragraph id as the English paragraph pages (`/en/p/<id>/`) show it: the official
 * English that renders it (with the Russian numbers that English covers, «1–2»), or none where
 * the translation has no counterpart. Undefined for a record without a translation.
 */
import { cutAtSentence } from '../publish/preview-text.ts';
import { squash } from '../shared/typography.ts';
import { type EnglishRecord, type EnglishSpeech, getEnglishRecord } from './english-record.ts';
import { type EnglishSection, numbersOf } from './english-view.ts';

export interface EnglishPassage {
  id: string;
  /** The first Russian id its English renders: the paragraph's element id on every English page. */
  first: string;
  /** The Russian paragraph numbers its English renders: «12», «1–2». */
  numbers: string;
  /** The English paragraphs; none where the translation has no counterpart. */
  english: string[] | undefined;
  speech: EnglishSpeech | undefined;
}

function passagesOf(section: EnglishSection, speech: EnglishSpeech | undefined): EnglishPassage[] {
  return section.blocks.flatMap((b): EnglishPassage[] =>
    b.kind === 'english'
      ? b.ids.map((id) => ({
          id,
          first: b.ids[0] ?? id,
          numbers: numbersOf(b.ids),
          english: b.paragraphs,
          speech,
        }))
      : [{ id: b.id, first: b.id, numbers: numbersOf([b.id]), english: undefined, speech }],
  );
}

/** In record order: the lead, then each speech. */
export async function getEnglishPassages(): Promise<
  { record: EnglishRecord; passages: EnglishPassage[] } | undefined
> {
  const record = await getEnglishRecord();
  if (!record) return undefined;
  const passages = [
    ...passagesOf(record.lead, undefined),
    ...record.speeches.flatMap((s) => passagesOf(s.section, s)),
  ];
  return { record, passages };
}

/** English words in “curly quotes”, cut at a sentence (or a word) to fit `max` characters with the quotes. */
export function quoteCutEn(words: string, max: number): string {
  const cut = cutAtSentence(squash(words), max - 2).replace(/([?!])\.\.$/, '$1…');
  return `“${cut.replaceAll('“', '‘').replaceAll('”', '’')}”`;
}
