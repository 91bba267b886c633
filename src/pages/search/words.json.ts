/**
 * `/search/words.json`: the record's words through the dictionary, for the
 * search code (loaded with it, never by a reading page). See
 * `src/search/build/words.ts`.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { getParagraphs, getSpeakers } from '../../record/record.ts';
import { buildMorphology } from '../../search/build/words.ts';

/**
 * The words a document card gives search (src/pages/documents/index.astro): its own fields; its
 * labels, status and citations are the page's words, not searched, and its ids and enums no words at all.
 */
const cardWords = (d: CollectionEntry<'documents'>['data']): string[] => [
  d.title,
  d.kind,
  ...d.parties,
  String(d.count ?? ''),
  d.note ?? '',
  ...d.mentions.map((m) => m.words),
];

export async function GET(): Promise<Response> {
  const texts = [
    ...(await getParagraphs()).map((p) => p.text),
    ...(await getCollection('documents')).flatMap((d) => cardWords(d.data)),
    ...(await getSpeakers()).flatMap((s) => [s.name, s.nameGenitive, s.role]),
  ];
  return new Response(JSON.stringify(await buildMorphology(texts)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
