/** Reading the built site in tests: pages by URL path, paragraphs by id, the source as parsed. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { DIST } from '../../scripts/lib/dist.ts';
import { parseTranscript, type Transcript } from '../../src/record/transcript.ts';

export function readPage(path: string): HTMLElement {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return parse(readFileSync(file, 'utf8'));
}

/** A paragraph's text as a reader sees it, without the `¶` permalink. */
export function paragraphText(p: HTMLElement): string {
  const copy = p.clone() as HTMLElement;
  for (const link of copy.querySelectorAll('.pilcrow')) link.remove();
  return copy.textContent;
}

/** The record's paragraphs (`p[id]`) on a page, in document order. */
export function paragraphs(page: HTMLElement): { id: string; text: string }[] {
  return page.querySelectorAll('p[id]').map((p) => ({ id: p.id, text: paragraphText(p) }));
}

export function source(): Transcript {
  const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8'));
  return parseTranscript(readFileSync('content/source/000_f14b79e5080b2ac1.txt', 'utf8'), speakers);
}
