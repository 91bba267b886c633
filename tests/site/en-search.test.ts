/**
 * The English search as built: `/en/search/` in English, the header box on every English page
 * asking it, and its files: Pagefind's English index of the translated pages only, and
 * `/en/search/texts.json` and `words.json` holding every English paragraph once, under the first
 * Russian id it renders, and nothing Russian.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { words } from '../../src/search/core/normalize.ts';
import type { SearchPage } from '../../src/search/core/results.ts';
import { readPage } from './built.ts';
import { pages } from './pages.ts';

const json = (...path: string[]) => JSON.parse(readFileSync(join(DIST, ...path), 'utf8'));
const translation = json('record.en.json') as {
  paragraphs: { id: string; english: string | null; sharedWith?: string[] }[];
};
const texts = json('en', 'search', 'texts.json') as SearchPage[];
const enPages = pages.filter((p) => p.path.startsWith('/en/')).map((p) => p.path);
const indexed = enPages.filter((path) => readPage(path).querySelector('[data-pagefind-body]'));

describe('/en/search/', () => {
  const page = readPage('/en/search/');

  it('is an English page whose form asks itself, with no speaker to choose', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('form.search-form')?.getAttribute('action')).toBe('/en/search/');
    expect(page.querySelector('label[for="search-q"]')?.textContent).toBe('Words or a phrase');
    expect(page.querySelector('#search-speaker')).toBeNull();
    expect(page.querySelectorAll('[role="status"]')).toHaveLength(2);
  });

  it('has no Russian in its words or attributes but the language switch, which says «Русский оригинал»', () => {
    const copy = readPage('/en/search/');
    const russian = copy.querySelectorAll('[lang="ru"]');
    expect(russian.map((el) => el.textContent)).toEqual(['Русский оригинал']);
    for (const el of russian) el.remove();
    expect(copy.querySelector('body')?.textContent).not.toMatch(/[А-Яа-яЁё]/);
    for (const el of copy.querySelectorAll('body *'))
      for (const [name, value] of Object.entries(el.attributes))
        expect(value, `${el.tagName} ${name}`).not.toMatch(/[А-Яа-яЁё]/);
  });

  it('says where nothing is found which speeches have no translation, and links the original’s search', () => {
    const note = page.querySelector('#other-template');
    expect(note?.textContent).toMatch(
      /^Nursultan Nazarbayev’s speeches have no official English translation\. Search the Russian original$/,
    );
    expect(note?.innerHTML).toContain('href="/search/" hreflang="ru"');
  });

  it('has the header box ask the English search on every English page', () => {
    for (const path of enPages) {
      const box = readPage(path).querySelector('site-search form');
      expect(box?.getAttribute('action'), path).toBe('/en/search/');
      expect(box?.querySelector('input')?.getAttribute('placeholder'), path).toBe(
        'Search the translation',
      );
    }
  });
});

describe('the English index', () => {
  it('is Pagefind’s English index of the translated pages only', () => {
    const { languages } = json('pagefind', 'pagefind-entry.json') as {
      languages: Record<string, { page_count: number }>;
    };
    expect(languages.en?.page_count).toBe(indexed.length);
    const fragments = readdirSync(join(DIST, 'pagefind', 'fragment')).filter((f) =>
      f.startsWith('en_'),
    );
    expect(fragments).toHaveLength(indexed.length);
    // A speech with no translation is not indexed: its note is not English text to find.
    for (const path of enPages.filter((p) => /^\/en\/speeches\/[^/]+\/$/.test(p)))
      expect(indexed.includes(path), path).toBe(!readPage(path).querySelector('.untranslated'));
  });

  it('sends every English paragraph once, under the first Russian id it renders, with the others', () => {
    expect(texts.map((p) => p.url).sort()).toEqual([...indexed].sort());
    const units = texts.flatMap((p) => p.units);
    const rendered = translation.paragraphs.filter((p) => p.english);
    const firsts = rendered.filter((p, i) => rendered[i - 1]?.english !== p.english);
    expect(units.map((u) => u.id).sort()).toEqual(firsts.map((p) => p.id).sort());
    for (const p of firsts) {
      const unit = units.find((u) => u.id === p.id);
      const spaced = (text = '') => text.replace(/\s+/g, ' ');
      expect(spaced(unit?.text), p.id).toBe(spaced(p.english ?? ''));
      const also = rendered
        .filter((q) => q.english === p.english && q.id !== p.id)
        .map((q) => q.id);
      expect(unit?.also ?? [], p.id).toEqual(also);
    }
  });

  it('sends as its words exactly the words of its texts, and nothing Russian', () => {
    const data = json('en', 'search', 'words.json') as { unknown: string[]; lemmas: string[] };
    const all = new Set(texts.flatMap((p) => p.units.flatMap((u) => words(u.text))));
    expect(data.lemmas).toEqual([]);
    expect(new Set(data.unknown)).toEqual(all);
    expect(data.unknown.filter((w) => /[а-яё]/.test(w))).toEqual([]);
  });
});
