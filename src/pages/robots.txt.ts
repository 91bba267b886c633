import type { APIRoute } from 'astro';
import { absolute, PATHS } from '../lib/addresses.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(PATHS.sitemap, site ?? '')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
