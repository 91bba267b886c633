/**
 * `npm run build` refuses a record past the record's limits (src/record/limits.ts) before anything
 * is built: too many paragraphs, or a paragraph with a control character, a word or a length over
 * its bound. The importer refuses them in the print copy; this reads the generated MDX as the build
 * will, so a hand-edited MDX cannot slip past, and a record too large stops at once, never crawls.
 */
import type { AstroIntegration } from 'astro';
import { generatedParagraphs } from '../record/importer.ts';
import { recordProblem } from '../record/limits.ts';

/** Throws, naming the paragraph, when the generated record in `dir` is past a limit; else its paragraph count. */
export function guardLimits(dir: string): number {
  const paragraphs = generatedParagraphs(dir);
  const problem = recordProblem(paragraphs);
  if (problem) throw new Error(`${dir}: ${problem}`);
  return paragraphs.length;
}

export default function limitsGuard(dir = process.env.RECORD_DIR || 'content'): AstroIntegration {
  return {
    name: 'limits-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        logger.info(`${guardLimits(dir)} paragraphs, each within the record's limits`);
      },
    },
  };
}
