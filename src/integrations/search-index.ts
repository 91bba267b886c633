/**
 * The end of `astro build`, as Starlight's `integrations/pagefind.ts` does it: Pagefind indexes
 * the built pages through its Node API, `/search/texts.json` is read from its fragments
 * (src/search/build/texts.ts), and every text file gets its precompressed `.br`/`.gz` copies.
 * Runs after every other integration's `astro:build:done`, which may still rewrite pages.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { writeTexts } from '../search/build/texts.ts';
import { precompress } from './precompress.ts';
import { refuseSymlinks } from './symlinks.ts';

/** Pagefind's index of the site in `site`, written to `<site>/pagefind/`; fails on any error. */
async function indexSite(site: string): Promise<string> {
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return `Pagefind: ${added.page_count} pages indexed`;
  } finally {
    await close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Checked first: a host could follow a link anywhere, and nothing after this writes one.
        refuseSymlinks(site);
        logger.info(await indexSite(site));
        logger.info(writeTexts(site));
        const { files, bytes } = await precompress(site);
        logger.info(`precompressed: ${files} .br/.gz files (${bytes} bytes)`);
      },
    },
  };
}
