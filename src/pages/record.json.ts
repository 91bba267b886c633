import type { APIRoute } from 'astro';
import { recordJson } from '../lib/downloads.ts';
import { getDownloadInput } from '../lib/record.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(recordJson(await getDownloadInput(site)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
