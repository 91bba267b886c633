/** What the share tools need to build quotes and citations, fetched only when a reader uses them. */
import type { APIRoute } from 'astro';
import { authorOf, citationBase } from '../cite/cite-data.ts';
import { getLead, getRecordInfo, getSpeeches } from '../record/record.ts';
import { KIND_TITLE } from '../record/speeches.ts';

/** No origin: the addresses a reader copies take the page's own (src/cite/client/share-data.ts). */
export const GET: APIRoute = async () => {
  const speeches = await getSpeeches();
  const info = await getRecordInfo();
  const data = {
    ...(await citationBase()),
    siteName: info.siteName,
    lead: (await getLead()).length,
    // The day the edition's copy was taken from the official site (the reader's day where the record does not say).
    ...(info.retrieved ? { sourceAccessed: info.retrieved } : {}),
    speeches: Object.fromEntries(
      speeches.map((s) => [
        s.slug,
        {
          kind: KIND_TITLE[s.entry.data.kind],
          author: authorOf(s.speaker),
          // Where a paragraph is, for a page whose address names one it does not have.
          title: s.title,
          paragraphs: s.paragraphs.length,
        },
      ]),
    ),
  };
  return new Response(JSON.stringify(data), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
