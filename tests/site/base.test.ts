/**
 * Every absolute address the site publishes — sitemap, robots.txt, downloads, canonical and
 * preview URLs — is on SITE_URL under the build's base path (BASE_PATH) and reaches a file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { readRules } from '../../scripts/serve.ts';
import { readPage } from './built.ts';
import { pages } from './pages.ts';

const SITE = new URL(process.env.SITE_URL ?? 'https://forum-2017.example.org');
const { base: BASE } = readRules(DIST);
const ROOT = `${SITE.origin}${BASE}`;

/** Addresses that are not on the site or reach no file. */
function unreachable(urls: string[]): string[] {
  return urls.filter((href) => {
    if (!href.startsWith(ROOT)) return true;
    const path = decodeURIComponent(new URL(href).pathname.slice(BASE.length));
    const file = join(DIST, path, path === '' || path.endsWith('/') ? 'index.html' : '');
    return !(existsSync(file) && statSync(file).isFile());
  });
}

/** Every string value under the key `url` or `$schema`, at any depth (not the source's own). */
function urlsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([k]) => k !== 'source')
      .flatMap(([k, v]) =>
        (k === 'url' || k === '$schema') && typeof v === 'string' ? [v] : urlsIn(v),
      );
  return [];
}

describe(`absolute addresses under ${ROOT}`, () => {
  it('sitemap.xml and robots.txt', () => {
    const locs = [
      ...readFileSync(join(DIST, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
    ].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(10);
    const sitemap =
      /^Sitemap: (\S+)$/m.exec(readFileSync(join(DIST, 'robots.txt'), 'utf8'))?.[1] ?? '';
    expect(unreachable([...locs, sitemap])).toEqual([]);
  });

  it('record.json: every paragraph, speech and the schema', () => {
    const urls = urlsIn(JSON.parse(readFileSync(join(DIST, 'record.json'), 'utf8')));
    expect(urls.length).toBeGreaterThan(80);
    expect(unreachable(urls)).toEqual([]);
  });

  it.each(pages.filter((p) => !p.path.startsWith('/404')))(
    '$path: canonical, og:url and og:image',
    ({ path }) => {
      const page = readPage(path);
      const urls = [
        page.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        page.querySelector('meta[property="og:url"]')?.getAttribute('content'),
        page.querySelector('meta[property="og:image"]')?.getAttribute('content'),
      ].filter((u): u is string => Boolean(u));
      expect(urls.length).toBeGreaterThanOrEqual(2);
      expect(unreachable(urls)).toEqual([]);
    },
  );
});
