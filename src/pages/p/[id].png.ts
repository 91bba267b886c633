import type { APIRoute, GetStaticPaths } from 'astro';
import { previewPng } from '../../publish/og.ts';
import { getParagraphs, getRecord, getRecordInfo, type Paragraph } from '../../record/record.ts';
import { formatDateRu } from '../../shared/format.ts';

export const getStaticPaths = (async () =>
  (await getParagraphs()).map((paragraph) => ({
    params: { id: paragraph.id },
    props: { paragraph },
  }))) satisfies GetStaticPaths;

/** The 1200×630 preview of a paragraph: its words and who said them. */
export const GET: APIRoute<{ paragraph: Paragraph }> = async ({ props: { paragraph } }) => {
  const record = await getRecord();
  const { publisher } = await getRecordInfo();
  const png = await previewPng({
    quote: paragraph.text,
    speaker: paragraph.speech?.speaker.name ?? 'Сообщение о событии',
    role: paragraph.speech?.speaker.role ?? `сайт «${publisher}»`,
    // The place and date stay on one line.
    footer: `${record.data.title} · ${`${record.data.place}, ${formatDateRu(record.data.date)}`.replaceAll(' ', '\u00a0')}`,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
