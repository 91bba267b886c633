import type { APIRoute, GetStaticPaths } from 'astro';
import { translationAkn } from '../publish/akn-translation.ts';
import { getDownloadInput } from '../record/record.ts';
import { absolute, sitePath } from '../shared/addresses.ts';
import { getEnglishRecord } from '../translation/english-record.ts';
import { EN } from '../translation/ui-en.ts';

/** `/record.en.akn.xml`: the official translation as Akoma Ntoso, for a record that has one. */
export const getStaticPaths = (async () =>
  (await getEnglishRecord()) ? [{ params: { lang: 'en' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const english = await getEnglishRecord();
  if (!english) return new Response(null, { status: 404 });
  const { translation } = english;
  const body = translationAkn(await getDownloadInput(site), {
    url: translation.url,
    title: translation.title,
    publisher: translation.url ? new URL(translation.url).hostname : translation.title,
    address: absolute(sitePath('record.en.akn.xml'), site ?? ''),
    speakers: new Map(translation.speakers.map((s) => [s.id, s])),
    lead: english.lead,
    sections: new Map(english.speeches.map((s) => [s.slug, s.section])),
    documents: english.documents.flatMap((d) => (d.title ? [{ id: d.id, title: d.title }] : [])),
    words: {
      none: EN.parallelWords.none,
      untranslated: EN.untranslated,
      documents: EN.documents,
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/akn+xml; charset=utf-8' } });
};
