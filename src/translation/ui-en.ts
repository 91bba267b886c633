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
  documents: 'Documents',
  downloads: 'Download the translation under the Russian paragraph ids:',
  documentsTitle: 'Documents of the forum',
  documentsIntro:
    'The documents the record speaks of as signed at the forum, prepared for it or to be signed there. Names as the official translation gives them; each with links to the paragraphs that mention it.',
  documentsDescription: (title: string) =>
    `The documents mentioned in ${title}, as the official English translation names them, with links to the passages.`,
  documentTerms: { kind: 'Kind', parties: 'Parties', count: 'Number', status: 'Status' },
  documentStatus: {
    signed: 'Signed at the forum',
    announced: 'Signing announced; the signing itself is not recorded',
    prepared: 'Prepared for the forum',
  },
  englishOnly: 'Recorded in the official English publication only',
  russianTitle: 'its name in the Russian original: the official translation does not name it',
  russianMention: 'Russian original; no official translation',
  mentionsOf: 'Mentions in the record: ',
  lead: 'Lead',
  para: (n: string) => `para.\u00a0${n}`,
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
  /** The search page and the header's search box (the messages while searching: src/search/core/messages-en.ts). */
  search: {
    title: 'Search',
    heading: 'Search the English translation',
    description:
      'Search the official English translation: every result is a passage with its permanent address.',
    box: 'Search the translation',
    field: 'Words or a phrase',
    submit: 'Search',
    hint: 'A word is found in any of its forms: “agreement” finds “agreements” too. With several words, the passages that hold them all are shown, those where they stand together first. Words in quotes, “"human capital"”, are found only together.',
    searching: ['Searching for “', '”…'] as [string, string],
    failed: 'Search did not load. Reload the page, or read the full record.',
    examples: 'For example:',
    orRead: 'Or read the',
    fullRecord: 'full record',
    noScript:
      'Search needs JavaScript, which is off in this browser. Find the words in the full record with the browser’s own search: Ctrl+F, or “Find in page” on a phone.',
    paragraph: 'paragraph',
    /** Where nothing is found: the speeches with no translation, then a search of the original. */
    untranslated: (speakers: { name: string; speeches: number }[]) => {
      const parts = speakers.map((s) => `${s.name}’s speech${s.speeches > 1 ? 'es' : ''}`);
      const many = speakers.length > 1 || (speakers[0]?.speeches ?? 0) > 1;
      return parts.length
        ? `${parts.join(' and ')} ${many ? 'have' : 'has'} no official English translation.`
        : '';
    },
    searchOriginal: 'Search the Russian original',
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

/** «9 November 2017», as en.kremlin.ru dates its pages; the date as written, whatever the machine's zone. */
export function formatDateEn(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
