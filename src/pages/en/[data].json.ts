/**
 * What the English pages' share tools need to quote and cite the official translation, fetched
 * only when a reader uses them: the translation's names and page, and the Russian original's
 * titles and page (every English reference names the original). None for a record without one.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { workTitle } from '../../cite/citations.ts';
import { citationBase } from '../../cite/cite-data.ts';
import { getRecordInfo } from '../../record/record.ts';
import { KIND_TITLE } from '../../record/speeches.ts';
import { getEnglishRecord } from '../../translation/english-record.ts';
import { KIND_EN } from '../../translation/ui-en.ts';

/** `/en/share.json`, for a record with a translation (a dynamic route, so that a record without one has none). */
export const getStaticPaths = (async () =>
  (await getEnglishRecord()) ? [{ params: { data: 'share' } }] : []) satisfies GetStaticPaths;

/** «Ivan Ivanov» → given «Ivan», surname «Ivanov»: English names are given name first. */
function nameParts(name: string): { given: string; surname: string } | undefined {
  const at = name.lastIndexOf(' ');
  return at > 0 ? { given: name.slice(0, at), surname: name.slice(at + 1) } : undefined;
}

export const GET: APIRoute = async () => {
  const english = await getEnglishRecord();
  if (!english) return new Response(null, { status: 404 });
  const { translation } = english;
  const base = await citationBase();
  const info = await getRecordInfo();
  const data = {
    event: translation.title,
    place: translation.place ?? base.place,
    date: base.date,
    publisher: info.publisherEn ?? new URL(translation.url ?? base.sourceUrl).hostname,
    sourceUrl: translation.url ?? base.sourceUrl,
    original: { title: base.event, url: base.sourceUrl },
    speeches: Object.fromEntries(
      english.speeches.map((s) => {
        const { kind } = s;
        const author = nameParts(s.speaker.name);
        const originalTitle = workTitle({ ...base, kind: KIND_TITLE[kind] });
        return [s.slug, { kind: KIND_EN[kind], ...(author ? { author } : {}), originalTitle }];
      }),
    ),
  };
  return new Response(JSON.stringify(data), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
