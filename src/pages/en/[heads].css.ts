/**
 * `/en/print-heads.css`: the English `/en/`'s running heads on paper, one per speech, with the
 * translation's titles (src/publish/print-heads.ts), as `/` has in Russian: on paper each speech
 * numbers its paragraphs from 1 again. A dynamic route, so that a record without a translation has none.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { printHeadsCss } from '../../publish/print-heads.ts';
import { getEnglishRecord } from '../../translation/english-record.ts';

export const getStaticPaths = (async () =>
  (await getEnglishRecord())
    ? [{ params: { heads: 'print-heads' } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const english = await getEnglishRecord();
  if (!english) return new Response(null, { status: 404 });
  return new Response(printHeadsCss(english.speeches), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
};
