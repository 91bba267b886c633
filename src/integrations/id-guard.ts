/**
 * `npm run build` refuses a record whose published paragraph ids lost or changed their text (and
 * whose English alignment no longer holds, src/translation/guard.ts):
 * before anything is built it reads the record's generated MDX (as the build will) and compares
 * every id with the manifest (ids.json: address and text fingerprint). The error names each id and
 * says how to accept a deliberate correction (`npm run ids:update -- --accept <id> --reason "…"`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { breaches, breachReport, parseManifest } from '../record/id-manifest.ts';
import { generatedParagraphs } from '../record/importer.ts';
import { guardAlignment } from '../translation/guard.ts';

/** Throws when the record in `dir` breaks its id manifest; a record with no manifest has published nothing yet. */
export function guardIds(dir: string): number {
  const file = join(dir, 'ids.json');
  if (!existsSync(file)) return 0;
  const manifest = parseManifest(readFileSync(file, 'utf8'));
  const broken = breaches(manifest, generatedParagraphs(dir));
  if (broken.length > 0) throw new Error(breachReport(broken, file));
  return Object.keys(manifest.ids).length;
}

export default function idGuard(dir = process.env.RECORD_DIR || 'content'): AstroIntegration {
  return {
    name: 'id-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const count = guardIds(dir);
        logger.info(
          count > 0
            ? `${count} published ids still on their text`
            : `no ${join(dir, 'ids.json')}: nothing published yet`,
        );
        const beads = guardAlignment(dir);
        if (beads > 0) logger.info(`the English alignment holds: ${beads} beads on their texts`);
      },
    },
  };
}
