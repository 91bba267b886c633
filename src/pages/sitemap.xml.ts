/** Every page with an address of its own: the record, the speeches, the documents, the paragraph pages, the English pages. */
import type { APIRoute } from 'astro';
import { getParagraphs, getSpeeches } from '../record/record.ts';
import {
  absolute,
  EN_DOCUMENTS,
  EN_HOME,
  englishParagraphPagePath,
  englishSpeechPath,
  PATHS,
  paragraphPagePath,
  speechPath,
} from '../shared/addresses.ts';
import { getEnglishPassages } from '../translation/english-passages.ts';
import { getEnglishRecord } from '../translation/english-record.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = [
    PATHS.home,
    ...(await getSpeeches()).map((s) => speechPath(s.slug)),
    PATHS.documents,
    ...(await getParagraphs()).map((p) => paragraphPagePath(p.id)),
    // The official translation's pages, where the record has one.
    ...((await getEnglishRecord())
      ? [EN_HOME, EN_DOCUMENTS, ...(await getSpeeches()).map((s) => englishSpeechPath(s.slug))]
      : []),
    // Their paragraph pages, where the translation renders the paragraph (the others stand in for nothing).
    ...((await getEnglishPassages())?.passages ?? [])
      .filter((p) => p.english)
      .map((p) => englishParagraphPagePath(p.id)),
  ];
  const urls = paths.map((p) => `  <url><loc>${absolute(p, site ?? '')}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  );
};
