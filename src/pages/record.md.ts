import type { APIRoute } from 'astro';
import { recordMd } from '../publish/downloads.ts';
import { getDownloadInput } from '../record/record.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(recordMd(await getDownloadInput(site)), {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  });
