/** The English pages' interface words: one table, so no Russian is left on an English page. */
import type { SpeechKind } from '../record/transcript.ts';

export const EN = {
  skip: 'Skip to the text',
  sections: 'Sections',
  record: 'Full record',
  original: 'Русский оригинал',
  speeches: 'Speeches',
  youAreHere: 'You are here',
  otherSpeeches: 'Other speeches',
  previous: '← Previous',
  next: 'Next →',
  untranslated: 'No official English translation was published for this speech.',
  readOriginal: 'Read it in the Russian original',
  missing: 'This paragraph of the Russian original has no counterpart in the official translation.',
  missingLink: 'Russian original',
  paragraphLink: (n: string) => `Link to paragraph ${n} of the Russian original`,
  paragraphs: (n: number) => `${n} paragraph${n === 1 ? '' : 's'} in the Russian original`,
  source: (publisher: string) =>
    `Text: the official English translation, as published by ${publisher}, aligned paragraph by paragraph with the Russian transcript; numbers and addresses are the Russian paragraphs'.`,
  pageAddress: 'Page address:',
  parallel: 'Russian and English side by side',
  parallelTitle: (title: string) => `${title}: Russian and English`,
  parallelWords: {
    ru: 'Russian original',
    en: 'Official English translation',
    none: 'No counterpart in the official translation.',
    untranslated: 'No official English translation was published for this speech.',
  },
  /** The share tools' markup and the cite dialog (src/components/ShareToolsMarkup.astro). */
  tools: {
    link: 'link',
    cite: 'cite',
    parallel: 'side by side',
    citeRecord: 'Cite the record',
    selected: 'Selected text',
    copyQuote: 'Copy quote',
    fragmentLink: 'Link to passage',
    share: 'Share',
    dialogTitle: 'Cite',
    close: 'Close',
    scope: 'What to cite',
    format: 'Format',
    copy: 'Copy',
  },
  /** The paragraph page (`/en/p/<id>/`). */
  passage: {
    heading: (title: string, n: string) => `${title}, paragraph${n.includes('–') ? 's' : ''} ${n}`,
    lead: 'Report on the event',
    readInRecord: 'Read on in the full text from this paragraph',
    original: 'The Russian original of this paragraph',
    noTranslation: (n: string) =>
      `The official English translation has no counterpart to paragraph ${n} of the Russian original.`,
    cardRole: (publisher: string) => `${publisher}: official translation`,
  },
} as const;

const KIND: Record<SpeechKind, string> = {
  speech: 'Speech by',
  closing: 'Closing remarks by',
  turn: 'Remarks by',
};

/** «Speech by Ivan Ivanov», «Closing remarks by Ivan Ivanov». */
/** «Speech», «Closing remarks»: what a citation calls the work. */
export const KIND_EN: Record<SpeechKind, string> = {
  speech: 'Speech',
  closing: 'Closing remarks',
  turn: 'Remarks',
};

export function speechTitleEn(kind: SpeechKind, name: string): string {
  return `${KIND[kind]} ${name}`;
}
