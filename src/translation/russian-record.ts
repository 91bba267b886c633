/**
 * The Russian record as the alignment needs it: the lead and each turn's slug, speaker and
 * paragraphs, read from the generated MDX the way the build reads it (src/lib/passages.ts), so the
 * alignment pairs exactly the texts the site publishes under their ids.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEAD, passageId } from '../lib/addresses.ts';
import { bodyOf } from '../lib/mdx.ts';
import { paragraphsOf } from '../lib/passages.ts';
import { TranscriptError } from '../lib/transcript.ts';

export interface RussianTurn {
  slug: string;
  speakerId: string;
  paragraphs: string[];
}

export interface RussianRecord {
  lead: string[];
  turns: RussianTurn[];
}

/** A frontmatter field as the importer writes it (`key: "value"` or `key: 4`). */
function field(mdx: string, key: string, file: string): string {
  const value = new RegExp(`^${key}: (.+)$`, 'm').exec(bodyless(mdx))?.[1];
  if (value === undefined)
    throw new TranscriptError(file, 2, `no «${key}» in the frontmatter: run npm run import`);
  return String(JSON.parse(value));
}

function bodyless(mdx: string): string {
  return mdx.slice(0, mdx.length - bodyOf(mdx).length);
}

export function readRussianRecord(dir: string): RussianRecord {
  const forum = join(dir, 'forum.mdx');
  const lead = existsSync(forum) ? paragraphsOf(bodyOf(readFileSync(forum, 'utf8')), forum) : [];
  const speeches = join(dir, 'speeches');
  const files = existsSync(speeches) ? readdirSync(speeches).filter((f) => f.endsWith('.mdx')) : [];
  const turns = files.map((name) => {
    const file = join(speeches, name);
    const mdx = readFileSync(file, 'utf8');
    return {
      order: Number(field(mdx, 'order', file)),
      slug: field(mdx, 'slug', file),
      speakerId: field(mdx, 'speaker', file),
      paragraphs: paragraphsOf(bodyOf(mdx), file),
    };
  });
  turns.sort((a, b) => a.order - b.order);
  return { lead, turns: turns.map(({ order: _, ...turn }) => turn) };
}

/** Every paragraph's text by its published id: `lead-1`…, `<slug>-1`… */
export function russianTexts(ru: RussianRecord): Record<string, string> {
  const sections: [string, string[]][] = [
    [LEAD, ru.lead],
    ...ru.turns.map((t): [string, string[]] => [t.slug, t.paragraphs]),
  ];
  return Object.fromEntries(
    sections.flatMap(([section, ps]) => ps.map((text, i) => [passageId(section, i + 1), text])),
  );
}
