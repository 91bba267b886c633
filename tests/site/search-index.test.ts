/**
 * What Pagefind indexes: every record paragraph exactly once, at its permanent
 * address (speech paragraphs on their speech page, the lead on /), the
 * documents, nothing else; Russian; speaker filter and meta on speech pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/dist.ts';
import { readPage } from './built.ts';
import { MANIFEST } from './ids.ts';
import { pages } from './pages.ts';

const indexed = pages.map(({ path }) => ({ path, page: readPage(path) })).filter(({ page }) => page.querySelector('[data-pagefind-body]'));

/** Elements Pagefind reads: inside a body, not inside an ignored part. */
function readByIndex(page: HTMLElement, selector: string): HTMLElement[] {
  return page.querySelectorAll(`[data-pagefind-body] ${selector}`).filter((el) => !el.closest('[data-pagefind-ignore]'));
}

describe('the search index', () => {
  it('covers the full record, the speech pages and the documents, and no other page', () => {
    const speechPages = pages.map((p) => p.path).filter((p) => /^\/speeches\/[^/]+\/$/.test(p));
    expect(speechPages.length).toBeGreaterThan(0);
    expect(indexed.map((p) => p.path).sort()).toEqual(['/', '/documents/', ...speechPages].sort());
  });

  it('holds every published paragraph once, where its permanent address points', () => {
    const published: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8')).ids;
    const seen = indexed.flatMap(({ path, page }) => readByIndex(page, 'p[id]').map((p) => `${path}#${p.id}`));
    expect(seen.length).toBe(new Set(seen).size);
    expect(seen.sort()).toEqual(Object.values(published).sort());
  });

  it('gives each speech page its speaker as filter and meta, and the date as meta', () => {
    for (const { path, page } of indexed.filter((p) => p.path.startsWith('/speeches/'))) {
      const speaker = readByIndex(page, '[data-pagefind-filter="speaker"]');
      expect(
        speaker.map((el) => el.getAttribute('data-pagefind-meta')),
        path,
      ).toEqual(['speaker']);
      expect(speaker[0]?.text.trim(), path).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
      const date = readByIndex(page, '[data-pagefind-meta="date[datetime]"]');
      expect(
        date.map((el) => el.getAttribute('datetime')),
        path,
      ).toEqual([expect.stringMatching(/^2017-11-09/)]);
    }
  });

  it('is built, in Russian, for exactly those pages', () => {
    const entry = join(DIST, 'pagefind', 'pagefind-entry.json');
    expect(existsSync(entry)).toBe(true);
    const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(languages)).toEqual(['ru']);
    expect(languages.ru?.page_count).toBe(indexed.length);
  });
});
