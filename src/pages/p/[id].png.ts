import type { APIRoute, GetStaticPaths } from 'astro';
import { previewPng } from '../../publish/og.ts';
import { getForum, getPassages, getRecordInfo, type Passage } from '../../record/record.ts';
import { formatDateRu } from '../../shared/format.ts';

export const getStaticPaths = (async () =>
  (await getPassages()).map((passage) => ({
    params: { id: passage.id },
    props: { passage },
  }))) satisfies GetStaticPaths;

/** The 1200×630 preview of a passage: its words and who said them. */
export const GET: APIRoute<{ passage: Passage }> = async ({ props: { passage } }) => {
  const forum = await getForum();
  const { publisher } = await getRecordInfo();
  const png = await previewPng({
    quote: passage.text,
    speaker: passage.speech?.speaker.name ?? 'Сообщение о событии',
    role: passage.speech?.speaker.role ?? `сайт «${publisher}»`,
    // The place and date stay on one line.
    footer: `${forum.data.title} · ${`${forum.data.place}, ${formatDateRu(forum.data.date)}`.replaceAll(' ', '\u00a0')}`,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
