/**
 * `/search/words.json`: the record's words through the dictionary, for the
 * search code (loaded with it, never by a reading page). See
 * `src/search/build/words.ts`.
 */
import { getCollection } from 'astro:content';
import { getParagraphs, getSpeakers } from '../../record/record.ts';
import { buildMorphology } from '../../search/build/words.ts';

/** Every string inside a value: the text a document card shows comes from its fields. */
const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(strings)
        : [];

export async function GET(): Promise<Response> {
  const texts = [
    ...(await getParagraphs()).map((p) => p.text),
    ...(await getCollection('documents')).flatMap((d) => strings(d.data)),
    ...(await getSpeakers()).flatMap((s) => [s.name, s.nameGenitive, s.role]),
  ];
  return new Response(JSON.stringify(await buildMorphology(texts)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
