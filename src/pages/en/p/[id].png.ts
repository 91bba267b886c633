import type { APIRoute, GetStaticPaths } from 'astro';
import { dateEn } from '../../../cite/citations-en.ts';
import { previewPng } from '../../../publish/og.ts';
import {
  type EnglishPassage,
  getEnglishPassages,
  quoteCutEn,
} from '../../../translation/english-passages.ts';
import { EN } from '../../../translation/ui-en.ts';

/** One card per Russian id the translation renders (an id without English has the Russian card). */
export const getStaticPaths = (async () =>
  ((await getEnglishPassages())?.passages ?? [])
    .filter((p) => p.english)
    .map((passage) => ({
      params: { id: passage.id },
      props: { passage },
    }))) satisfies GetStaticPaths;

/** The 1200×630 preview of an English paragraph page: its words in “curly quotes” and who said them. */
export const GET: APIRoute<{ passage: EnglishPassage }> = async ({ props: { passage } }) => {
  const { translation } = (await getEnglishPassages())?.record ?? {};
  const publisher = translation?.url ? new URL(translation.url).hostname : 'the Kremlin';
  const png = await previewPng({
    quote: quoteCutEn(passage.english?.join(' ') ?? '', 262),
    heading: true,
    weight: 400,
    speaker: passage.speech?.speaker.name ?? EN.passage.lead,
    role: passage.speech?.speaker.role ?? EN.passage.cardRole(publisher),
    // The place and date stay on one line.
    footer: `${translation?.title ?? ''} · ${`${translation?.place ?? ''}, ${dateEn(translation?.date ?? '')}`.replaceAll(' ', '\u00a0')}`,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
