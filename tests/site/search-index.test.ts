/**
 * What Pagefind indexes: every record paragraph exactly once, at its permanent
 * address (speech paragraphs on their speech page, the lead on /), the
 * documents, nothing else; Russian; speaker filter and meta on speech pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { decode, recordWords } from '../../src/search/core/morphology.ts';
import { tokens, words } from '../../src/search/core/normalize.ts';
import type { SearchPage } from '../../src/search/core/results.ts';
import { pagefindKey } from '../../src/search/core/stem.ts';
import { paragraphs, readPage } from './built.ts';
import { MANIFEST } from './ids.ts';
import { pages } from './pages.ts';

/** The Russian pages Pagefind indexes (the translation's have their own index: tests/site/en-search.test.ts). */
const indexed = pages
  .map(({ path }) => ({ path, page: readPage(path) }))
  .filter(({ page }) => page.querySelector('[data-pagefind-body]'))
  .filter(({ page }) => page.querySelector('html')?.getAttribute('lang') === 'ru');

/** Elements Pagefind reads: inside a body, not inside an ignored part. */
function readByIndex(page: HTMLElement, selector: string): HTMLElement[] {
  return page
    .querySelectorAll(`[data-pagefind-body] ${selector}`)
    .filter((el) => !el.closest('[data-pagefind-ignore]'));
}

/** The words Pagefind's index files pages under: its chunks are gzip'd CBOR, `pagefind_dcd` then `[[word, pages, variants], …]`. */
function indexKeys(): Set<string> {
  const keys = new Set<string>();
  const dir = join(DIST, 'pagefind', 'index');
  for (const file of readdirSync(dir)) {
    const bytes = gunzipSync(readFileSync(join(dir, file)));
    let at = bytes.indexOf('pagefind_dcd') + 12;
    const length = (info: number): number => {
      if (info < 24) return info;
      const size = 2 ** (info - 24);
      let n = 0;
      for (let i = 0; i < size; i++) n = n * 256 + (bytes[at++] ?? 0);
      return n;
    };
    // A minimal CBOR reader: unsigned and negative integers, strings, arrays (all Pagefind writes here).
    const item = (): unknown => {
      const head = bytes[at++] ?? 0;
      const [major, info] = [head >> 5, head & 31];
      const n = length(info);
      if (major === 2 || major === 3) {
        const s = bytes.subarray(at, at + n).toString('utf8');
        at += n;
        return s;
      }
      if (major === 4) return Array.from({ length: n }, item);
      if (major === 0 || major === 1) return n;
      throw new Error(`${file}: unexpected CBOR major type ${major}`);
    };
    const [entries] = item() as [[string][]];
    for (const entry of entries) keys.add(entry[0]);
  }
  return keys;
}

/** What `/search/texts.json` sends. */
const texts = () =>
  JSON.parse(readFileSync(join(DIST, 'search', 'texts.json'), 'utf8')) as SearchPage[];

/** The fields of content/documents.json a card shows. */
interface Card {
  id: string;
  title: string;
  kind: string;
  parties: string[];
  count?: number;
  note?: string;
  mentions: { words: string }[];
}

interface Speaker {
  name: string;
  nameGenitive: string;
  role: string;
}

describe('the search index', () => {
  it('files every word of the record under the key our stemmer (@orama/stemmers) gives it', () => {
    const keys = indexKeys();
    expect(keys.size).toBeGreaterThan(500);
    const texts = indexed.flatMap(({ page }) =>
      readByIndex(page, 'p[id]').map((p) => p.text.replace(/\s*¶[^¶]*$/, '')),
    );
    // A word alone, or a dashed compound written together («онлайн-курсов» → «онлайнкурсов»): Pagefind files
    // the compound as a whole, and its words not always. The search asks for both (src/search/core/plan.ts).
    const words = new Set<string>();
    for (const t of texts) {
      const all = tokens(t);
      all.forEach((w, i) => {
        if (w.joined) return;
        let end = i + 1;
        while (all[end]?.joined) end++;
        words.add(
          all
            .slice(i, end)
            .map((x) => x.word)
            .join(''),
        );
      });
    }
    expect(words.size).toBeGreaterThan(1000);
    expect([...words].filter((w) => w.length > 1 && !keys.has(pagefindKey(w)))).toEqual([]);
  });

  it('covers the full record, the speech pages and the documents, and no other page', () => {
    const speechPages = pages.map((p) => p.path).filter((p) => /^\/speeches\/[^/]+\/$/.test(p));
    expect(speechPages.length).toBeGreaterThan(0);
    expect(indexed.map((p) => p.path).sort()).toEqual(['/', '/documents/', ...speechPages].sort());
  });

  it('holds every published paragraph once, where its permanent address points', () => {
    const published: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8')).ids;
    const seen = indexed.flatMap(({ path, page }) =>
      readByIndex(page, 'p[id]').map((p) => `${path}#${p.id}`),
    );
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

  it('sends a shared link every indexed page whole: each paragraph once, as the page shows it', () => {
    const texts = JSON.parse(
      readFileSync(join(DIST, 'search', 'texts.json'), 'utf8'),
    ) as SearchPage[];
    const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(texts.map((p) => p.url).sort()).toEqual(indexed.map((p) => p.path).sort());
    for (const { path, page } of indexed) {
      const sent = texts.find((p) => p.url === path);
      const shown = paragraphs(page).filter((p) => readByIndex(page, `p[id="${p.id}"]`).length);
      expect(
        sent?.units.filter((u) => /-\d+$/.test(u.id)).map((u) => [u.id, flat(u.text)]),
        path,
      ).toEqual(shown.map((p) => [p.id, flat(p.text)]));
    }
  });

  it("sends a document card as its document's own words, never the page's labels, statuses or citations", () => {
    const cards = texts().flatMap((p) => p.units.filter((u) => !/-\d+$/.test(u.id)));
    const documents = JSON.parse(readFileSync('content/documents.json', 'utf8')) as Card[];
    expect(cards.map((c) => c.id).sort()).toEqual(documents.map((d) => d.id).sort());
    for (const card of cards) {
      const d = documents.find((x) => x.id === card.id);
      const own = d && [
        d.title,
        d.kind,
        ...d.parties,
        d.count,
        d.note,
        ...d.mentions.map((m) => m.words),
      ];
      expect(words(card.text), card.id).toEqual(words(own?.join(' ') ?? ''));
    }
  });

  it("indexes no page's own words: no paragraph count, publication time, label or citation", () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const contents = readdirSync(dir)
      .filter((f) => f.startsWith('ru_'))
      .map((f) => {
        const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
        return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
      });
    expect(contents.map((c) => c.url).sort()).toEqual(indexed.map((p) => p.path).sort());
    for (const { url, content } of contents)
      expect(content, url).not.toMatch(/\d+\sабзац|Опубликовано|полной записи|абз\.|Статус/);
  });

  it("sends as the record's words only what the texts hold, and the speakers' names and roles", () => {
    const m = decode(JSON.parse(readFileSync(join(DIST, 'search', 'words.json'), 'utf8')));
    const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8')) as Speaker[];
    const sent = new Set([
      ...texts().flatMap((p) => p.units.flatMap((u) => words(u.text))),
      ...speakers.flatMap((s) => words(`${s.name} ${s.nameGenitive} ${s.role}`)),
    ]);
    expect(recordWords(m).filter((w) => !sent.has(w))).toEqual([]);
  });

  it('is built, in Russian, for exactly those pages (and in English for the translation)', () => {
    const entry = join(DIST, 'pagefind', 'pagefind-entry.json');
    expect(existsSync(entry)).toBe(true);
    const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(languages).sort()).toEqual(
      existsSync(join(DIST, 'record.en.json')) ? ['en', 'ru'] : ['ru'],
    );
    expect(languages.ru?.page_count).toBe(indexed.length);
  });
});
