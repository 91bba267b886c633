/**
 * Fragment property test: random selections of 1–6 words, from every page that offers the
 * selection popover, turned into links as the popover builds them (the paragraph page plus a text
 * directive made against that page's text). A matcher written here from the Text Fragments spec
 * (whole words, case-insensitive, prefix and suffix next to the match, first match in document
 * order) finds where each link lands: it must be inside the selected paragraph.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fragmentLink, textBefore } from '../../src/cite/fragment-link.ts';
import { paragraphText, readPage } from './built.ts';
import { pages } from './pages.ts';

const SITE = 'https://forum-2017.example.org';
const RUNS = 240;

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').toLocaleLowerCase('ru');
const WORD = /[\p{L}\p{N}]/u;

/** Where the directive's first match starts and ends in `text` (normalized), or undefined. */
function firstMatch(text: string, directive: string): [number, number] | undefined {
  const parts = directive.split(',').map(decodeURIComponent);
  const prefix = parts[0]?.endsWith('-') ? norm(parts.shift()?.slice(0, -1) ?? '').trim() : '';
  const suffix = parts.at(-1)?.startsWith('-') ? norm(parts.pop()?.slice(1) ?? '').trim() : '';
  const [start = '', end = ''] = parts.map((t) => norm(t).trim());
  const boundary = (i: number) => !WORD.test(text.charAt(i - 1)) || !WORD.test(text.charAt(i));
  const wordAt = (term: string, i: number) =>
    text.startsWith(term, i) && boundary(i) && boundary(i + term.length);
  for (let i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + 1)) {
    if (!wordAt(start, i)) continue;
    if (prefix) {
      const before = text.slice(0, i).replace(/ $/, '');
      if (!before.endsWith(prefix) || !boundary(before.length - prefix.length)) continue;
    }
    let last = i + start.length;
    if (end) {
      let j = text.indexOf(end, last);
      while (j >= 0 && !wordAt(end, j)) j = text.indexOf(end, j + 1);
      if (j < 0) continue;
      last = j + end.length;
    }
    if (suffix) {
      const after = text.slice(last).replace(/^ /, '');
      if (!after.startsWith(suffix) || !boundary(text.length - after.length + suffix.length))
        continue;
    }
    return [i, last];
  }
  return undefined;
}

/** The paragraph page's searched text, and where its paragraph lies in it (`/p/<id>/`, or `/en/p/<id>/`). */
function target(
  id: string,
  lang: string,
): { text: string; from: number; to: number; earlier: string } {
  const page = readPage(`${lang === 'en' ? '/en' : ''}/p/${id}/`);
  const body = page.querySelector('body') as HTMLElement;
  const p = page.querySelector(`[data-passage="${id}"]`);
  if (!p) throw new Error(`/p/${id}/ has no [data-passage]`);
  const earlier = textBefore(body as unknown as Node, p as unknown as Node);
  const before = norm(`${earlier} `);
  const whole = norm(textBefore(body as unknown as Node, null as unknown as Node));
  return {
    text: whole,
    from: before.length,
    to: before.length + norm(p.textContent).length,
    earlier,
  };
}

describe('text fragments land on the selected words', () => {
  /** The paragraphs the popover quotes (src/cite/client/selection.ts): in the page's own language. */
  const quotable = (path: string) => {
    const page = readPage(path);
    const lang = page.querySelector('html')?.getAttribute('lang') ?? '';
    return page
      .querySelectorAll('.record-text p[id]:not(.missing)')
      .filter((p) => (p.closest('[lang]')?.getAttribute('lang') ?? '') === lang)
      .map((p) => ({ path, lang, id: p.id, text: paragraphText(p) }));
  };
  const sources = pages.filter(
    ({ path }) => readPage(path).querySelector('share-tools') && quotable(path).length > 0,
  );

  it('every reading page and every paragraph page offers the popover, in either language', () => {
    const paths = sources.map((s) => s.path);
    const passagePages = pages.filter(({ path }) => /^\/p\/[^/]+\/$/.test(path));
    const english = (path: string) => readPage(path).querySelector('p[data-passage]');
    const englishPassages = pages.filter(({ path }) => /^\/en\/p\//.test(path) && english(path));
    expect(paths.filter((path) => path.startsWith('/p/'))).toHaveLength(passagePages.length);
    expect(paths.filter((path) => path.startsWith('/en/p/'))).toHaveLength(englishPassages.length);
    expect(englishPassages.length).toBeGreaterThan(30);
    const speeches = ['nazarbayev-closing', 'nazarbayev-speech', 'putin-closing', 'putin-speech'];
    expect(paths.filter((path) => !/^(\/en)?\/p\//.test(path)).sort()).toEqual(
      [
        '/',
        '/en/',
        // The English pages of the untranslated speeches have nothing English to quote; the
        // English side-by-side view quotes no Russian as English.
        '/en/speeches/putin-closing/',
        '/en/speeches/putin-speech/',
        ...speeches.flatMap((s) => [`/speeches/${s}/`, `/speeches/${s}/parallel/`]),
      ].sort(),
    );
  });

  it(`for ${RUNS} random selections of 1–6 words, the first match on the paragraph page is in the selected paragraph`, () => {
    const next = random(20171109);
    const paragraphs = sources.flatMap(({ path }) => quotable(path));
    const targets = new Map<string, ReturnType<typeof target>>();
    let bare = 0;
    for (let run = 0; run < RUNS; run++) {
      const p = paragraphs[Math.floor(next() * paragraphs.length)];
      if (!p) throw new Error('no paragraphs');
      const words = [...p.text.matchAll(/\S+/g)];
      const n = 1 + Math.floor(next() * Math.min(6, words.length));
      const first = Math.floor(next() * (words.length - n + 1));
      const [a, b] = [words[first], words[first + n - 1]];
      if (!a || !b) throw new Error('no words');
      const at = a.index;
      const selection = p.text.slice(at, b.index + b[0].length);
      const key = `${p.lang}:${p.id}`;
      const t = targets.get(key) ?? target(p.id, p.lang);
      targets.set(key, t);
      const page = `${SITE}${p.lang === 'en' ? '/en' : ''}/p/${p.id}/`;
      const link = fragmentLink(page, p.text, selection, at, t.earlier);
      const directive = link.split(':~:text=')[1];
      const context = `${p.path} ${p.id} «${selection}» → ${link}`;
      if (!directive) {
        bare++;
        continue;
      }
      const match = firstMatch(t.text, directive);
      expect(match, context).toBeDefined();
      expect(match?.[0], context).toBeGreaterThanOrEqual(t.from);
      expect(match?.[1], context).toBeLessThanOrEqual(t.to);
    }
    // A link with no directive still opens on the paragraph; it must stay rare.
    expect(bare).toBeLessThanOrEqual(RUNS * 0.02);
  });

  it('the matcher itself finds an earlier match that a directive without context would hit', () => {
    expect(firstMatch('казахстан и россия казахстан партнёр', 'казахстан')).toEqual([0, 9]);
    expect(firstMatch('казахстан и россия казахстан партнёр', 'россия%20-,казахстан')).toEqual([
      19, 28,
    ]);
    expect(firstMatch('казахстан и россия казахстан партнёр', 'казахстан,-партнёр')).toEqual([
      19, 28,
    ]);
    expect(firstMatch('сотрудничестве и сотрудничество', 'сотрудничество')).toEqual([17, 31]);
  });
});
