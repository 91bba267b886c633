/** What the share tools need to build quotes and citations, fetched only when a reader uses them. */
import type { APIRoute } from 'astro';
import { SOURCE_PUBLISHER, SOURCE_RETRIEVED } from '../consts.ts';
import { getForum, getSpeeches } from '../lib/record.ts';

const KIND = { speech: 'Выступление', closing: 'Заключительное слово' } as const;

export const GET: APIRoute = async ({ site }) => {
  const forum = await getForum();
  const speeches = await getSpeeches();
  const data = {
    site: site?.origin,
    event: forum.data.title,
    place: forum.data.place,
    date: forum.data.date,
    publisher: SOURCE_PUBLISHER,
    sourceUrl: forum.data.source,
    accessed: SOURCE_RETRIEVED,
    speeches: Object.fromEntries(
      speeches.map((s) => [
        s.slug,
        { kind: KIND[s.entry.data.kind], author: { surname: s.speaker.surname, given: s.speaker.given, patronymic: s.speaker.patronymic } },
      ]),
    ),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
