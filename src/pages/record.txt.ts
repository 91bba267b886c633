import type { APIRoute } from 'astro';
import { recordTxt } from '../publish/downloads.ts';
import { getDownloadInput } from '../record/record.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(recordTxt(await getDownloadInput(site)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
