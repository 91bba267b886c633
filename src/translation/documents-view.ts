/**
 * The documents list in English: documents.json's documents in the record's order with their
 * English forms, and those only the English publication records placed where it first mentions
 * them. A mention in the official English is quoted in English; one in a paragraph the
 * translation does not render is quoted from the Russian original, marked as such. Pure.
 */
import type { EnglishDocument } from './english-documents.ts';

export interface RussianDocument {
  id: string;
  title: string;
  status: 'signed' | 'announced' | 'prepared';
  count?: number | undefined;
  mentions: { passage: string; words: string }[];
}

export interface DocumentView {
  id: string;
  /** The translation's name for it, or the Russian title (`titleLang: 'ru'`) where it gives none. */
  title: string;
  titleLang: 'en' | 'ru';
  kind: string;
  parties: string[];
  count: number | undefined;
  status: RussianDocument['status'];
  englishOnly: boolean;
  note: string | undefined;
  mentions: { passage: string; words: string; lang: 'en' | 'ru' }[];
}

/** A heading starts with a capital, though the translation names the document mid-sentence. */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Every document with what an English page shows of it, ordered by `rank` (a paragraph id's place
 * in the record) of its first mention; `hasEnglish` tells whether a paragraph has an English rendering.
 */
export function documentsInEnglish(
  russian: readonly RussianDocument[],
  english: readonly EnglishDocument[],
  hasEnglish: (id: string) => boolean,
  rank: (id: string) => number,
): DocumentView[] {
  const formOf = new Map(english.map((d) => [d.id, d]));
  const views = russian.map((doc): DocumentView => {
    const en = formOf.get(doc.id);
    const untranslated = doc.mentions.filter((m) => !hasEnglish(m.passage));
    return {
      id: doc.id,
      title: en?.title ? capital(en.title) : doc.title,
      titleLang: en?.title ? 'en' : 'ru',
      kind: en?.kind ?? '',
      parties: en?.parties ?? [],
      count: doc.count,
      status: doc.status,
      englishOnly: false,
      note: en?.note,
      mentions: [
        ...(en?.mentions ?? []).map((m) => ({ ...m, lang: 'en' as const })),
        ...untranslated.map((m) => ({ ...m, lang: 'ru' as const })),
      ],
    };
  });
  for (const en of english.filter((d) => d.englishOnly))
    views.push({
      id: en.id,
      title: capital(en.title ?? en.id),
      titleLang: 'en',
      kind: en.kind,
      parties: en.parties,
      count: undefined,
      status: en.status ?? 'signed',
      englishOnly: true,
      note: en.note,
      mentions: en.mentions.map((m) => ({ ...m, lang: 'en' as const })),
    });
  const first = (v: DocumentView) => Math.min(...v.mentions.map((m) => rank(m.passage)));
  // A stable sort: a document only the English records follows those first mentioned in the same paragraph.
  return views.sort((a, b) => first(a) - first(b));
}
