/**
 * The pages of a built site: its HTML documents. A partial (an HTML fragment that a page fetches,
 * such as /share-tools/) has no doctype and is not a page: no head, no policy of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export const isPage = (html: string): boolean => /^<!doctype html>/i.test(html);

/** Paths relative to `root` (with `/`) of its HTML files, pages and partials. */
export function builtHtml(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** Absolute paths of the HTML documents under `root`. */
export function builtPages(root: string): string[] {
  return builtHtml(root)
    .map((f) => join(root, f))
    .filter((f) => isPage(readFileSync(f, 'utf8')));
}
