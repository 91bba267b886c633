import type { APIRoute } from 'astro';
import { recordAkn } from '../publish/akn.ts';
import { getDownloadInput } from '../record/record.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(recordAkn(await getDownloadInput(site)), {
    headers: { 'content-type': 'application/akn+xml; charset=utf-8' },
  });
