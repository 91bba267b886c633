/** The published paragraph ids, read from the built record pages: id → its permanent address. */
import { readPage } from './built.ts';
import { pages } from './pages.ts';

export const MANIFEST = 'content/ids.json';

export function publishedIds(): Record<string, string> {
  const ids: Record<string, string> = {};
  const recordPages = pages.filter((p) => p.path === '/' || /^\/speeches\/[^/]+\/$/.test(p.path));
  // Speech pages first: a speech paragraph's address is its speech page; the lead's is /.
  for (const { path } of recordPages.sort(
    (a, b) => (a.path === '/' ? 1 : 0) - (b.path === '/' ? 1 : 0),
  )) {
    for (const p of readPage(path).querySelectorAll('p[id]')) ids[p.id] ??= `${path}#${p.id}`;
  }
  return Object.fromEntries(
    Object.entries(ids).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
  );
}
