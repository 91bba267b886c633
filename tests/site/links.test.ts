/** Every internal link and #fragment resolves; ids are unique on every page. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { readRules } from '../../scripts/serve.ts';
import { readPage } from './built.ts';
import { pages } from './pages.ts';

const SITE = new URL(process.env.SITE_URL ?? 'https://forum-2017.example.org');

/** The path the build lives under (BASE_PATH): every link must stay inside it. */
const { base: BASE } = readRules(DIST);

/** The file a site path is served from, or undefined (also for a path outside the base). */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const path = decodeURIComponent(pathname.slice(BASE.length - 1));
  const candidates = path.endsWith('/')
    ? [join(DIST, path, 'index.html')]
    : [join(DIST, path), join(DIST, path, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(
      parse(readFileSync(file, 'utf8'))
        .querySelectorAll('[id]')
        .map((el) => el.id),
    );
    idsCache.set(file, ids);
  }
  return ids;
}

describe.each(pages)('$path', ({ path }) => {
  const page = readPage(path);

  it('has unique ids', () => {
    const ids = page.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('links only to pages, files and fragments that exist', () => {
    const base = new URL(BASE + path.slice(1), SITE);
    const refs = [
      ...page.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href') ?? ''),
      ...page
        .querySelectorAll('script[src], img[src], source[src]')
        .map((el) => el.getAttribute('src') ?? ''),
    ];
    const broken: string[] = [];
    for (const ref of refs) {
      const url = new URL(ref, base);
      if (url.origin !== SITE.origin) continue;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${ref} (no file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
        broken.push(`${ref} (no #${fragment})`);
    }
    expect(broken).toEqual([]);
  });
});
