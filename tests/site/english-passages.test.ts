/**
 * The English paragraph pages (`/en/p/<id>/`): one for every Russian id, where shared English links
 * land. Where the translation renders the paragraph: its English, its own card, canonical and the
 * Russian paragraph page as its alternate, and the English share tools. Where it does not: a page
 * that says so in English, shows the Russian and leads to it. And the English tools' data and
 * markup speak English.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { readPage } from './built.ts';

const SITE = process.env.SITE_URL ?? 'https://forum-2017.example.org';
const ids = Object.keys(JSON.parse(readFileSync('content/ids.json', 'utf8')).ids);
const translation = JSON.parse(readFileSync(join(DIST, 'record.en.json'), 'utf8'));
const englishOf = new Map<string, string | null>(
  translation.paragraphs.map((p: { id: string; english: string | null }) => [p.id, p.english]),
);
const CYRILLIC = /[А-Яа-яЁё]/;
const head = (path: string, selector: string, attr = 'content') =>
  readPage(path).querySelector(selector)?.getAttribute(attr) ?? '';

describe.each(ids)('/en/p/%s/', (id) => {
  const path = `/en/p/${id}/`;
  const page = readPage(path);
  const english = englishOf.get(id);

  it('is an English page; its interface and head hold no Russian but the switch and the quoted original', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    for (const selector of ['title', 'meta[name="description"]', 'meta[property="og:title"]']) {
      const el = page.querySelector(selector);
      expect(el?.getAttribute('content') ?? el?.textContent, selector).not.toMatch(CYRILLIC);
    }
    const body = page.querySelector('body')?.clone() as HTMLElement | undefined;
    for (const el of body?.querySelectorAll('[lang="ru"]') ?? []) el.remove();
    expect(body?.textContent).not.toMatch(CYRILLIC);
  });

  if (english) {
    it('shows the English that renders the paragraph, with the share tools in English', () => {
      expect(page.querySelector('blockquote.passage')?.textContent).toBe(
        english.split('\n\n').join(''),
      );
      expect(page.querySelector('share-tools')?.getAttribute('data-src')).toBe('/share-tools/en/');
      expect(page.querySelector('p[data-passage]')?.closest('.record-text')).not.toBeNull();
    });

    it('is its own canonical, with the Russian paragraph page as its alternate, both ways', () => {
      expect(head(path, 'link[rel="canonical"]', 'href')).toBe(`${SITE}${path}`);
      expect(head(path, 'meta[property="og:url"]')).toBe(`${SITE}${path}`);
      expect(head(path, 'link[hreflang="ru"]', 'href')).toBe(`${SITE}/p/${id}/`);
      expect(head(`/p/${id}/`, 'link[hreflang="en"]', 'href')).toBe(`${SITE}${path}`);
      expect(readPage(`/p/${id}/`).querySelector(`a[lang="en"][href="${path}"]`)).not.toBeNull();
    });

    it('has its own card: the English words, 1200×630', () => {
      expect(head(path, 'meta[property="og:image"]')).toBe(`${SITE}/en/p/${id}.png`);
      const png = readFileSync(join(DIST, 'en', 'p', `${id}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(head(path, 'meta[property="og:image:alt"]')).toMatch(/^“/);
      expect(head(path, 'meta[property="og:description"]')).toMatch(/ para(s)?\.\u00a0\d/);
    });

    it('leads to its place in the English text, the side-by-side view and the Russian', () => {
      const hrefs = page.querySelectorAll('.passage-actions a').map((a) => a.getAttribute('href'));
      const slug = id.replace(/-\d+$/, '');
      expect(hrefs).toContain(`/p/${id}/`);
      if (!id.startsWith('lead-')) {
        expect(hrefs).toContain(`/en/speeches/${slug}/#${id}`);
        expect(hrefs).toContain(`/en/speeches/${slug}/parallel/#${id}`);
      }
    });
  } else {
    it('says the translation has none, shows the Russian and leads to its page, which it names as canonical', () => {
      expect(page.querySelector('main')?.textContent).toMatch(
        /official English translation has no counterpart to paragraph \d+/,
      );
      expect(page.querySelector('blockquote[lang="ru"]')?.textContent).toMatch(CYRILLIC);
      expect(page.querySelector(`a[href="/p/${id}/"]`)).not.toBeNull();
      expect(head(path, 'link[rel="canonical"]', 'href')).toBe(`${SITE}/p/${id}/`);
      expect(page.querySelector('link[hreflang]')).toBeNull();
      expect(page.querySelector('share-tools')).toBeNull();
      expect(existsSync(join(DIST, 'en', 'p', `${id}.png`))).toBe(false);
      expect(readPage(`/p/${id}/`).querySelector('link[hreflang="en"]')).toBeNull();
    });
  }
});

describe('the English share tools', () => {
  it('every English paragraph’s number is its link on the page, as on a Russian page', () => {
    for (const path of ['/en/', '/en/speeches/putin-speech/']) {
      const numbers = readPage(path).querySelectorAll('p[id]:not(.missing) > .pilcrow');
      expect(numbers.length).toBeGreaterThan(10);
      for (const a of numbers) expect(a.getAttribute('href')).toBe(`#${a.parentNode?.id}`);
    }
  });

  it('English and side-by-side pages carry them; the sitemap lists the English paragraph pages with English', () => {
    for (const path of [
      '/en/',
      '/en/speeches/putin-speech/',
      '/en/speeches/putin-speech/parallel/',
    ])
      expect(readPage(path).querySelector('share-tools')?.getAttribute('data-src')).toBe(
        '/share-tools/en/',
      );
    expect(
      readPage('/speeches/putin-speech/parallel/')
        .querySelector('share-tools')
        ?.getAttribute('data-src'),
    ).toBe('/share-tools/');
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const translated = ids.filter((id) => englishOf.get(id));
    expect(sitemap.match(/\/en\/p\//g)).toHaveLength(translated.length);
  });

  it('their markup is English, with a link to the side-by-side view; Russian tools have theirs in Russian', () => {
    const en = readFileSync(join(DIST, 'share-tools', 'en', 'index.html'), 'utf8');
    expect(en).not.toMatch(CYRILLIC);
    expect(en).toContain('class="p-parallel"');
    expect(en).not.toContain('name="cite-resource"');
    const ru = readFileSync(join(DIST, 'share-tools', 'index.html'), 'utf8');
    expect(ru).toContain('class="p-parallel"');
    expect(ru).toContain('name="cite-resource"');
  });

  it('their data names the publisher in English, the translation’s page and the Russian original', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'en', 'share.json'), 'utf8'));
    expect(data.publisher).toBe('President of Russia');
    expect(data.sourceUrl).toBe(translation.url);
    expect(data.original.url).toBe(translation.translationOf?.url ?? data.original.url);
    expect(data.original.title).toMatch(CYRILLIC);
    expect(data.speeches['putin-speech']).toMatchObject({
      kind: 'Speech',
      author: { given: 'Vladimir', surname: 'Putin' },
    });
    expect(data.speeches['putin-speech'].originalTitle).toMatch(/^Выступление на /);
  });
});
