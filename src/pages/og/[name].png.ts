/** 1200×630 preview images of the record (`/og/record.png`) and of each speech (`/og/<slug>.png`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewPng } from '../../publish/og.ts';
import { getRecord, getRecordInfo, getSpeeches } from '../../record/record.ts';
import { formatDateRu } from '../../shared/format.ts';

export const getStaticPaths = (async () => {
  const record = await getRecord();
  const speeches = await getSpeeches();
  const names = [...new Set(speeches.map((s) => s.speaker.name))].join(', ');
  const { publisher } = await getRecordInfo();
  return [
    {
      params: { name: 'record' },
      props: {
        heading: record.data.title,
        speaker: names,
        role: `стенограмма, сайт «${publisher}»`,
      },
    },
    ...speeches.map((s) => ({
      params: { name: s.slug },
      props: { heading: s.title, speaker: s.speaker.name, role: s.speaker.role },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ heading: string; speaker: string; role: string }> = async ({
  props,
}) => {
  const record = await getRecord();
  const png = await previewPng({
    quote: props.heading,
    heading: true,
    speaker: props.speaker,
    role: props.role,
    footer: `${record.data.place}, ${formatDateRu(record.data.date)}`,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
