/** `/`'s running heads on paper, one per speech (src/publish/print-heads.ts), linked with media="print". */
import type { APIRoute } from 'astro';
import { printHeadsCss } from '../publish/print-heads.ts';
import { getSpeeches } from '../record/record.ts';

export const GET: APIRoute = async () =>
  new Response(printHeadsCss(await getSpeeches()), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
