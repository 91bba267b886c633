import type { APIRoute, GetStaticPaths } from 'astro';
import { translationJson } from '../publish/translation.ts';
import { getParagraphs } from '../record/record.ts';
import { RECORD_DIR } from '../record/record-dir.ts';
import { readTranslation } from '../translation/published.ts';

/** `/record.en.json`, for a record that has an official translation; none otherwise. */
export const getStaticPaths = (() => {
  const translation = readTranslation(RECORD_DIR);
  return translation ? [{ params: { lang: translation.lang }, props: { translation } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{
  translation: NonNullable<ReturnType<typeof readTranslation>>;
}> = async ({ props: { translation } }) =>
  new Response(
    translationJson(
      translation,
      (await getParagraphs()).map((p) => p.id),
    ),
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
