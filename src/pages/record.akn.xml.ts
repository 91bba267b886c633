import type { APIRoute } from 'astro';
import { recordAkn } from '../lib/downloads.ts';
import { getDownloadInput } from '../lib/record.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(recordAkn(await getDownloadInput(site)), {
    headers: { 'content-type': 'application/akn+xml; charset=utf-8' },
  });
