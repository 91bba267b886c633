import type { APIRoute } from 'astro';
import { recordJson } from '../publish/downloads.ts';
import { getDownloadInput } from '../record/record.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(recordJson(await getDownloadInput(site)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
