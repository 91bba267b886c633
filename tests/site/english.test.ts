/**
 * The English pages: the official translation under the Russian ids (every id lands on the
 * English that renders it, or on a note where there is none), English words only, and the two
 * languages linked both ways.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from './built.ts';
import { pages } from './pages.ts';

const ids = Object.keys(JSON.parse(readFileSync('content/ids.json', 'utf8')).ids);
const translation = JSON.parse(readFileSync('dist/record.en.json', 'utf8'));
type Pair = { id: string; english: string | null };
const english = new Map<string, string | null>(
  translation.paragraphs.map((p: Pair) => [p.id, p.english]),
);
const enPages = pages.filter((p) => p.path.startsWith('/en/')).map((p) => p.path);
const pageOf = (id: string) =>
  id.startsWith('lead-') ? '/en/' : `/en/speeches/${id.replace(/-\d+$/, '')}/`;

describe('the English pages', () => {
  it('exist for the record and every speech, side by side too, and the sitemap lists them', () => {
    const speeches = pages
      .filter((p) => /^\/speeches\/[^/]+\/$/.test(p.path))
      .map((p) => `/en${p.path}`);
    const parallel = speeches.map((p) => `${p}parallel/`);
    const passages = ids.map((id) => `/en/p/${id}/`);
    expect(enPages.sort()).toEqual(
      ['/en/', '/en/documents/', '/en/search/', ...speeches, ...parallel, ...passages].sort(),
    );
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
    for (const path of ['/en/', '/en/documents/', ...speeches])
      expect(sitemap).toContain(`${path}</loc>`);
    // A search page, like /search/, is not a page to list.
    expect(sitemap).not.toContain('/en/search/</loc>');
  });

  it('put every Russian paragraph once beside the English that renders it', () => {
    for (const id of ids.filter((i) => !i.startsWith('lead-'))) {
      const row = readPage(`/speeches/${id.replace(/-\d+$/, '')}/parallel/`)
        .getElementById(id)
        ?.closest('.parallel-row');
      const en = english.get(id);
      const cell = row?.querySelector('.parallel-en')?.textContent ?? '';
      if (en) expect(cell, id).toContain(en.split('\n\n')[0]);
      // A skipped paragraph says so; an untranslated speech says so once, in its first row.
      else
        expect(cell, id).toMatch(
          /официальном переводе|перевод этого выступления не публиковался|^$/,
        );
    }
  });

  it('land every Russian id on the English that renders it, or on a note that there is none', () => {
    for (const id of ids) {
      const el = readPage(pageOf(id)).getElementById(id);
      expect(el, id).not.toBeNull();
      const p = el?.tagName === 'P' ? el : el?.parentNode;
      const text = p?.textContent ?? '';
      const en = english.get(id);
      if (en) expect(text, id).toContain(en.split('\n\n')[0]);
      else
        expect(text, id).toMatch(
          /no counterpart in the official translation|No official English translation/,
        );
    }
  });

  it('have lang="en", English words only (the Russian original named in Russian, as a language switch)', () => {
    for (const path of enPages) {
      const page = readPage(path);
      expect(page.querySelector('html')?.getAttribute('lang'), path).toBe('en');
      for (const el of page.querySelectorAll('[lang="ru"]')) el.remove();
      expect(page.querySelector('body')?.textContent, path).not.toMatch(/[А-Яа-яЁё]/);
    }
  });

  it('and the Russian pages name each other as alternates (a page standing in for a paragraph with no English names none)', () => {
    const standIn = (path: string) =>
      readPage(path)
        .querySelector('link[rel="canonical"]')
        ?.getAttribute('href')
        ?.includes('/en/') === false;
    for (const path of enPages.filter((p) => !standIn(p))) {
      const ru = path.replace(/^\/en/, '');
      const alternate = (p: string, lang: string) =>
        new URL(
          readPage(p)
            .querySelector(`link[rel="alternate"][hreflang="${lang}"]`)
            ?.getAttribute('href') ?? 'x:',
        ).pathname;
      expect(alternate(path, 'ru'), path).toBe(ru);
      expect(alternate(ru, 'en'), ru).toBe(path);
      expect(readPage(ru).querySelector(`a[lang="en"][href="${path}"]`), ru).not.toBeNull();
    }
  });
});

describe('the English pages for reference managers', () => {
  const meta = (path: string, name: string) =>
    readPage(path)
      .querySelectorAll(`meta[name="${name}"]`)
      .map((m) => m.getAttribute('content'));

  it('make a speech and its paragraphs a presentation of the translation, in English', () => {
    for (const path of ['/en/speeches/putin-speech/', '/en/p/putin-speech-12/']) {
      expect(meta(path, 'citation_title'), path).toEqual([`Speech at the ${translation.title}`]);
      expect(meta(path, 'citation_author')).toEqual(['Putin, Vladimir']);
      expect(meta(path, 'DC.type')).toEqual(['Speech']);
      expect(meta(path, 'eprints.type')).toEqual(['conference_item']);
      // The official page of the translation is a relation, not a container.
      expect(meta(path, 'DC.relation')).toEqual([translation.url]);
      expect(meta(path, 'DC.source')).toEqual([]);
    }
  });

  it('make the record a transcript by the publisher’s English site, and say nothing in Russian', () => {
    expect(meta('/en/', 'eprints.type')).toEqual(['report']);
    expect(meta('/en/', 'DC.type')).toEqual(['Transcript']);
    for (const path of enPages) {
      const contents = readPage(path)
        .querySelectorAll('meta[name^="citation_"], meta[name^="DC."], meta[name^="eprints."]')
        .map((m) => m.getAttribute('content') ?? '');
      for (const c of contents) expect(c, path).not.toMatch(/[А-Яа-яЁё]/);
    }
  });

  it('give a page that stands in for a missing translation no reference of its own', () => {
    expect(meta('/en/p/nazarbayev-speech-3/', 'citation_title')).toEqual([]);
  });
});
