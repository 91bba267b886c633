/**
 * A record's generated MDX read back as the build reads it (the same MDX syntax, paragraphs.ts):
 * `record.mdx` gives the lead, each `speeches/*.mdx` its frontmatter and paragraphs. For the
 * id guard and the alignment, which must see exactly the texts the site publishes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyOf } from './mdx.ts';
import { paragraphsOf } from './paragraphs.ts';
import { TranscriptError } from './transcript-error.ts';

export interface GeneratedSpeech {
  order: number;
  slug: string;
  speaker: string;
  paragraphs: string[];
}

/** A frontmatter field as the importer writes it (`key: "value"` or `key: 4`). */
function field(mdx: string, key: string, file: string): string {
  const front = mdx.slice(0, mdx.length - bodyOf(mdx).length);
  const value = new RegExp(`^${key}: (.+)$`, 'm').exec(front)?.[1];
  if (value === undefined)
    throw new TranscriptError(file, 2, `no «${key}» in the frontmatter: run npm run import`);
  return String(JSON.parse(value));
}

/** The lead and the speeches in record order; none where the folder has no generated MDX. */
export function readGenerated(dir: string): { lead: string[]; speeches: GeneratedSpeech[] } {
  const header = join(dir, 'record.mdx');
  const lead = existsSync(header) ? paragraphsOf(bodyOf(readFileSync(header, 'utf8')), header) : [];
  const folder = join(dir, 'speeches');
  const names = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.mdx')) : [];
  const speeches = names.map((name) => {
    const file = join(folder, name);
    const mdx = readFileSync(file, 'utf8');
    return {
      order: Number(field(mdx, 'order', file)),
      slug: field(mdx, 'slug', file),
      speaker: field(mdx, 'speaker', file),
      paragraphs: paragraphsOf(bodyOf(mdx), file),
    };
  });
  return { lead, speeches: speeches.sort((a, b) => a.order - b.order) };
}
