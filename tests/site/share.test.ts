/** Passage pages, preview images, page metadata, sitemap and robots.txt. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/dist.ts';
import { readPage, source } from './built.ts';
import { MANIFEST } from './ids.ts';
import { pages } from './pages.ts';

const SITE = process.env.SITE_URL ?? 'https://forum-2017.example.org';
const ids: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8')).ids;
const record = source();
const textOf = Object.fromEntries([
  ...record.lead.map((t, i) => [`lead-${i + 1}`, t]),
  ...record.turns.flatMap((turn) => turn.paragraphs.map((t, i) => [`${turn.slug}-${i + 1}`, t])),
]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe.each(Object.entries(ids))('passage page /p/%s/', (id, address) => {
  const page = readPage(`/p/${id}/`);

  it('quotes the paragraph and points canonical to its place in the record', () => {
    expect(page.querySelector('blockquote.passage')?.textContent).toBe(textOf[id]);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL(address, SITE).href);
    expect(page.querySelector(`a[href="${address}"]`)).not.toBeNull();
  });

  it('has a 1200×630 preview image for shared links', () => {
    const image = page.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(image).toBe(new URL(`/p/${id}.png`, SITE).href);
    expect(pngSize(join(DIST, 'p', `${id}.png`))).toEqual([1200, 630]);
    expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    // The image's words, for people who cannot see it: the paragraph's start.
    const alt = page.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
    const quoted = /^«(.+?)(?: …)?» — /.exec(alt)?.[1] ?? '';
    expect(quoted.length).toBeGreaterThan(10);
    expect(textOf[id]?.startsWith(quoted)).toBe(true);
    expect(page.querySelector('meta[name="twitter:image:alt"]')?.getAttribute('content')).toBe(alt);
  });
});

describe('page metadata', () => {
  it.each(pages.filter((p) => p.path !== '/404.html'))('$path has title, description, canonical, Open Graph and JSON-LD', ({ path }) => {
    const page = readPage(path);
    expect(page.querySelector('title')?.textContent.length).toBeGreaterThan(5);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`^${SITE}/`));
    for (const p of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) expect(page.querySelector(`meta[property="${p}"]`), p).not.toBeNull();
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(ld.isBasedOn).toBe(record.sourceUrl);
    expect(ld.about).toMatchObject({ '@type': 'Event', startDate: record.datetime, location: { name: record.place } });
    expect(ld.about.performer.map((p: { name: string }) => p.name).sort()).toEqual(['Владимир Путин', 'Нурсултан Назарбаев']);
  });

  it('sitemap lists the record, speeches, documents and every passage page; robots.txt points to it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${SITE}/`);
    expect(locs).toContain(`${SITE}/documents/`);
    expect(locs.filter((l) => l?.includes('/p/'))).toHaveLength(Object.keys(ids).length);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe('provenance and downloads', () => {
  const home = readPage('/');

  it('/ names the official source, the date of the copy, the SHA-256 of the source text and says the text is unchanged', () => {
    const block = home.querySelector('.record-source');
    const hash = createHash('sha256').update(readFileSync('content/source/000_f14b79e5080b2ac1.txt')).digest('hex');
    expect(block?.querySelector(`a[href="${record.sourceUrl}"]`)).not.toBeNull();
    expect(block?.querySelector('code')?.textContent).toBe(hash);
    expect(block?.textContent).toMatch(/Копия текста от \d{1,2}\s[а-я]+\s\d{4}\sгода/);
    expect(block?.textContent).toContain('Текст не изменён, кроме разметки');
    expect(JSON.parse(readFileSync(join(DIST, 'record.json'), 'utf8')).source.sha256).toBe(hash);
  });

  it.each(['/', '/404.html'])('%s links every download, in readable text', (path) => {
    const p = readPage(path).querySelector('.downloads');
    expect(p?.querySelectorAll('a[download]').map((a) => a.getAttribute('href'))).toEqual(['/record.json', '/record.txt', '/record.md', '/record.akn.xml']);
    expect(p?.textContent.replace(/\s+/g, ' ').trim()).toBe('Скачать запись: JSON (схема), текст, Markdown, Akoma Ntoso XML');
  });
});
