/**
 * A build without SITE_URL says so once, loudly: its canonical links, preview cards, sitemap and
 * downloads name the default origin, which is no one's site. (Links a reader copies in the
 * browser take the page's own origin and are right either way: src/cite/client/share-data.ts.)
 */
import type { AstroIntegration } from 'astro';

/** The warning for a build whose origin was not given; none when it was. */
export function siteUrlWarning(given: string | undefined, used: string): string | undefined {
  if (given?.trim()) return undefined;
  const rule = '!'.repeat(78);
  return [
    rule,
    `SITE_URL is not set: canonical links, preview cards, the sitemap and the downloads`,
    `of this build name ${used}, which is not where the site will be.`,
    'Set it to the site’s origin before you deploy (docs/hosting.md, «Deploy»):',
    '  SITE_URL=https://forum.example.org npm run build',
    rule,
  ].join('\n');
}

export default function siteUrl(given: string | undefined, used: string): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = siteUrlWarning(given, used);
        if (warning) logger.warn(`\n${warning}`);
      },
    },
  };
}
