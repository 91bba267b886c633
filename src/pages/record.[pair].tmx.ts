import type { APIRoute, GetStaticPaths } from 'astro';
import { translationTmx } from '../publish/translation.ts';
import { getParagraphs } from '../record/record.ts';
import { RECORD_DIR } from '../record/record-dir.ts';
import { readTranslation } from '../translation/published.ts';

/** `/record.en-ru.tmx`: the aligned pairs as TMX 1.4, for a record that has an official translation. */
export const getStaticPaths = (() => {
  const translation = readTranslation(RECORD_DIR);
  return translation
    ? [{ params: { pair: `${translation.lang}-ru` }, props: { translation } }]
    : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{
  translation: NonNullable<ReturnType<typeof readTranslation>>;
}> = async ({ props: { translation } }) => {
  const texts = Object.fromEntries((await getParagraphs()).map((p) => [p.id, p.text]));
  return new Response(translationTmx(translation, texts), {
    headers: { 'content-type': 'application/x-tmx+xml; charset=utf-8' },
  });
};
