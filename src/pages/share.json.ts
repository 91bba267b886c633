/** What the share tools need to build quotes and citations, fetched only when a reader uses them. */
import type { APIRoute } from 'astro';
import { getForum, getRecordInfo, getSpeeches } from '../lib/record.ts';
import { KIND_TITLE } from '../lib/speeches.ts';

export const GET: APIRoute = async ({ site }) => {
  const forum = await getForum();
  const speeches = await getSpeeches();
  const info = await getRecordInfo();
  const data = {
    site: site?.origin,
    event: forum.data.title,
    place: forum.data.place,
    date: forum.data.date,
    publisher: info.publisher,
    sourceUrl: forum.data.source,
    accessed: info.retrieved,
    speeches: Object.fromEntries(
      speeches.map((s) => [
        s.slug,
        {
          kind: KIND_TITLE[s.entry.data.kind],
          author: s.speaker.surname ? { surname: s.speaker.surname, given: s.speaker.given, patronymic: s.speaker.patronymic } : undefined,
        },
      ]),
    ),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
