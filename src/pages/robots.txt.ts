import type { APIRoute } from 'astro';
import { absolute, PATHS } from '../shared/addresses.ts';

// The share tools' markup (/share-tools/) is a piece of a page, fetched by its script: not for search engines.
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: ${PATHS.shareTools}\n\nSitemap: ${absolute(PATHS.sitemap, site ?? '')}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
