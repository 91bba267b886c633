import type { APIRoute } from 'astro';
import { recordTxt } from '../lib/downloads.ts';
import { getDownloadInput } from '../lib/record.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(recordTxt(await getDownloadInput(site)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
