/** Paragraph pages, preview images, page metadata, sitemap and robots.txt. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { innerQuotes, squash } from '../../src/shared/typography.ts';
import { readPage, source } from './built.ts';
import { MANIFEST } from './ids.ts';
import { pages } from './pages.ts';

const SITE = process.env.SITE_URL ?? 'https://forum-2017.example.org';
const ids: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8')).ids;
const record = source();
const textOf = Object.fromEntries([
  ...record.lead.map((t, i) => [`lead-${i + 1}`, t]),
  ...record.speeches.flatMap((speech) =>
    speech.paragraphs.map((t, i) => [`${speech.slug}-${i + 1}`, t]),
  ),
]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const editorial: {
  eventName: string;
  publisher: string;
  siteName: string;
  titlePrepositional: string;
} = JSON.parse(readFileSync('content/record.json', 'utf8'));
/** A speech as citations title it: «Выступление на Форуме …». */
const speechWorkTitle = (kind: string) =>
  `${kind === 'closing' ? 'Заключительное слово' : 'Выступление'} на ${editorial.titlePrepositional}`;
const speakers: { id: string; name: string; surname: string; given: string; patronymic: string }[] =
  JSON.parse(readFileSync('content/speakers.json', 'utf8'));
const speakerOf = (id: string) => {
  const speech = record.speeches.find((t) => id.startsWith(`${t.slug}-`));
  return speech ? speakers.find((s) => s.id === speech.speaker) : undefined;
};

describe.each(Object.entries(ids))('paragraph page /p/%s/', (id, address) => {
  const page = readPage(`/p/${id}/`);
  const own = `${SITE}/p/${id}/`;
  const speaker = speakerOf(id);

  it('quotes the paragraph; its own address is its canonical and og:url, and it links to its place in the record', () => {
    expect(page.querySelector('blockquote.passage')?.textContent).toBe(textOf[id]);
    expect(page.querySelector(`[data-passage="${id}"]`)?.textContent).toBe(textOf[id]);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(own);
    expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(own);
    expect(page.querySelector(`a[href="${address}"]`)).not.toBeNull();
    // Readers see «абзац N», never the internal id.
    expect(page.querySelector('main')?.textContent).not.toContain(id);
  });

  it('has the reading pages’ share tools, their toolbar and popover on its paragraph (its id)', () => {
    expect(page.querySelector('share-tools')?.getAttribute('data-src')).toMatch(/\/share-tools\/$/);
    expect(page.querySelectorAll('main p[id]').map((p) => p.id)).toEqual([id]);
    expect(page.querySelector(`p#${id}`)?.getAttribute('data-passage')).toBe(id);
    expect(page.querySelector(`p#${id}`)?.closest('.record-text')).not.toBeNull();
  });

  it('has a card: who and what in the title, the words in a 1200×630 image and its alt text', () => {
    const image = page.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(image).toBe(new URL(`/p/${id}.png`, SITE).href);
    expect(pngSize(join(DIST, 'p', `${id}.png`))).toEqual([1200, 630]);
    expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
      'summary_large_image',
    );
    const title = page.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
    // «ёлочки» outside, the words' own quotes as „лапки“, a cut at either end marked «…».
    const said = /^(.+?): «…?(.+?)» — /.exec(title);
    expect(said?.[1]).toBe(speaker?.surname ?? 'Сообщение о событии');
    const words = (said?.[2] ?? '').replace(/(\?\.\.|!\.\.|…“*)$/, '');
    expect(words.length).toBeGreaterThan(3);
    expect(textOf[id]?.replaceAll('«', '„').replaceAll('»', '“').includes(words)).toBe(true);
    // The image's words, for people who cannot see it: the paragraph's start, its own quotes as „лапки“.
    const alt = page.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
    const quoted = /^«(.+)» — (.+)$/s.exec(alt);
    expect(quoted?.[2]).toBe(speaker?.name ?? 'Сообщение о событии');
    const start = (quoted?.[1] ?? '').replace(/(\?\.\.|!\.\.|…)$/, '');
    expect(start.length).toBeGreaterThan(10);
    expect(textOf[id]?.replaceAll('«', '„').replaceAll('»', '“').startsWith(start)).toBe(true);
    expect(alt).not.toMatch(/ …|«[^»]*«/);
    expect(page.querySelector('meta[name="twitter:image:alt"]')?.getAttribute('content')).toBe(alt);
  });

  it('a neighbouring paragraph by someone else says who speaks', () => {
    for (const context of page.querySelectorAll('.context')) {
      const next =
        context
          .querySelector('a')
          ?.getAttribute('href')
          ?.match(/^\/p\/(.+)\/$/)?.[1] ?? '';
      const other = speakerOf(next)?.id !== speaker?.id;
      const label = context.querySelector('.context-speaker')?.textContent;
      expect(label, next).toBe(
        other ? `${speakerOf(next)?.name ?? 'Сообщение о событии'}: ` : undefined,
      );
    }
  });

  it('Highwire, Dublin Core and EPrints tags for reference managers: the speech (the record, for the lead), its paragraph in the abstract', () => {
    const meta = (name: string) =>
      page.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    const n = id.split('-').at(-1);
    const speech = record.speeches.find((t) => id.startsWith(`${t.slug}-`));
    expect(meta('citation_title')).toBe(
      speech ? speechWorkTitle(speech.kind) : editorial.eventName,
    );
    expect(meta('citation_title')).not.toContain(':');
    expect(meta('citation_author')).toBe(
      speaker ? `${speaker.surname}, ${speaker.given} ${speaker.patronymic}` : undefined,
    );
    expect(meta('citation_publication_date')).toBe('2017/11/09');
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(own);
    expect(meta('citation_abstract')).toMatch(new RegExp(`^Абзац ${n} `));
    expect(meta('citation_abstract')).toContain(`: «${innerQuotes(squash(textOf[id] ?? ''))}»`);
    expect(meta('eprints.type')).toBe(speech ? 'conference_item' : 'report');
    expect(meta('eprints.event_location')).toBe(record.place);
    expect(meta('DC.relation')).toBe(record.sourceUrl);
    expect(meta('DC.source')).toBeUndefined();
    expect(meta('citation_publisher')).toBe(speech ? editorial.siteName : editorial.publisher);
  });
});

describe('cards and reference-manager tags of the record and the speeches', () => {
  it.each(['/', ...record.speeches.map((t) => `/speeches/${t.slug}/`)])('%s', (path) => {
    const page = readPage(path);
    const meta = (name: string) =>
      page.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    const image = page.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    const slug = path.split('/')[2];
    expect(image).toBe(`${SITE}/og/${slug ?? 'record'}.png`);
    expect(pngSize(join(DIST, 'og', `${slug ?? 'record'}.png`))).toEqual([1200, 630]);
    expect(
      page.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')?.length,
    ).toBeGreaterThan(10);
    const speech = record.speeches.find((t) => t.slug === slug);
    const speaker = speech && speakers.find((s) => s.id === speech.speaker);
    // A speech: a presentation, titled as citations title it, of its kind, at the meeting named in full.
    expect(meta('citation_title')).toBe(
      speech ? speechWorkTitle(speech.kind) : editorial.eventName,
    );
    expect(meta('citation_author')).toBe(
      speaker ? `${speaker.surname}, ${speaker.given} ${speaker.patronymic}` : undefined,
    );
    // No conference title: it made Zotero save a conference paper with the source as its proceedings.
    expect(meta('citation_conference_title')).toBeUndefined();
    expect(meta('citation_publication_date')).toBe('2017/11/09');
    expect(meta('DC.date')).toBe('2017-11-09');
    expect(meta('DC.type')).toBe(
      speech ? (speech.kind === 'closing' ? 'Заключительное слово' : 'Выступление') : 'Стенограмма',
    );
    expect(meta('eprints.event_title')).toBe(speech ? editorial.eventName : undefined);
    expect(meta('eprints.ispublished')).toBe(speech ? 'unpub' : undefined);
    // The record: a transcript by the official publisher, everyone who speaks a contributor.
    expect(
      page
        .querySelectorAll('meta[name="eprints.contributors_name"]')
        .map((m) => m.getAttribute('content')),
    ).toEqual(
      speech
        ? []
        : [...new Set(record.speeches.map((t) => t.speaker))].map((id) => {
            const s = speakers.find((p) => p.id === id);
            return `${s?.surname}, ${s?.given} ${s?.patronymic}`;
          }),
    );
    expect(meta('citation_publisher')).toBe(speech ? editorial.siteName : editorial.publisher);
    expect(meta('DC.relation')).toBe(record.sourceUrl);
    expect(meta('DC.source')).toBeUndefined();
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${SITE}${path}`,
    );
  });

  it('pages that are not the record have the record’s card', () => {
    for (const path of ['/documents/', '/search/']) {
      expect(
        readPage(path).querySelector('meta[property="og:image"]')?.getAttribute('content'),
        path,
      ).toBe(`${SITE}/og/record.png`);
    }
  });
});

describe('page metadata', () => {
  it.each(pages.filter((p) => p.path !== '/404.html'))(
    '$path has title, description, canonical, Open Graph and JSON-LD',
    ({ path }) => {
      const page = readPage(path);
      expect(page.querySelector('title')?.textContent.length).toBeGreaterThan(5);
      expect(
        page.querySelector('meta[name="description"]')?.getAttribute('content')?.length,
      ).toBeGreaterThan(20);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
        new RegExp(`^${SITE}/`),
      );
      for (const p of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale'])
        expect(page.querySelector(`meta[property="${p}"]`), p).not.toBeNull();
      const ld = JSON.parse(
        page.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
      );
      // The event's day: the record's time is when it was published, in Moscow, not when the forum met.
      expect(ld.about).toMatchObject({ '@type': 'Event', startDate: record.datetime.slice(0, 10) });
      const names = ld.about.performer.map((p: { name: string }) => p.name).sort();
      if (ld.inLanguage === 'en') {
        // An English page is the official translation, of the Russian record.
        expect(ld.translationOfWork.url).toBe(record.sourceUrl);
        expect(ld.isBasedOn).toMatch(/^https?:\/\/en\./);
        expect(names).toEqual(['Nursultan Nazarbayev', 'Vladimir Putin']);
        return;
      }
      expect(ld.isBasedOn).toBe(record.sourceUrl);
      expect(ld.about.location).toMatchObject({ name: record.place });
      expect(names).toEqual(['Владимир Путин', 'Нурсултан Назарбаев']);
    },
  );

  it('sitemap lists the record, speeches, documents and every paragraph page; robots.txt points to it and keeps crawlers off the share tools partial', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${SITE}/`);
    expect(locs).toContain(`${SITE}/documents/`);
    expect(locs.filter((l) => l?.startsWith(`${SITE}/p/`))).toHaveLength(Object.keys(ids).length);
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(robots).toMatch(/^Disallow: \/share-tools\/$/m);
    expect(locs.filter((l) => l?.includes('share-tools'))).toEqual([]);
  });
});

describe('provenance and downloads', () => {
  const home = readPage('/');

  it('/ names the official source, the date of the copy, the SHA-256 of the source text and says the text is unchanged', () => {
    const block = home.querySelector('.record-source');
    const hash = createHash('sha256')
      .update(readFileSync('content/source/000_f14b79e5080b2ac1.txt'))
      .digest('hex');
    expect(block?.querySelector(`a[href="${record.sourceUrl}"]`)).not.toBeNull();
    expect(block?.querySelector('code')?.textContent).toBe(hash);
    expect(block?.textContent).toMatch(/Копия текста от \d{1,2}\s[а-я]+\s\d{4}\sгода/);
    expect(block?.textContent).toContain('Текст не изменён, кроме разметки');
    expect(JSON.parse(readFileSync(join(DIST, 'record.json'), 'utf8')).source.sha256).toBe(hash);
  });

  it.each(['/', '/404.html'])('%s links every download, in readable text', (path) => {
    const p = readPage(path).querySelector('.downloads');
    expect(p?.querySelectorAll('a[download]').map((a) => a.getAttribute('href'))).toEqual([
      '/record.json',
      '/record.txt',
      '/record.md',
      '/record.akn.xml',
    ]);
    expect(p?.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Скачать запись: JSON (схема), текст, Markdown, Akoma Ntoso XML',
    );
  });
});

describe('paragraph numbers', () => {
  it.each(['/', ...record.speeches.map((t) => `/speeches/${t.slug}/`)])(
    '%s: each block of text counts its paragraphs from 1, so the CSS counter a reader sees is the number in the id and in the link’s name',
    (path) => {
      const page = readPage(path);
      for (const block of page.querySelectorAll('.record-text')) {
        // On `/` the script names each link «Ссылка на абзац N» + its block's data-of.
        const of = block.getAttribute('data-of');
        block.querySelectorAll('p[id]').forEach((p, i) => {
          expect(Number(p.id.split('-').at(-1)), p.id).toBe(i + 1);
          const name = p.querySelector('a.pilcrow')?.getAttribute('aria-label');
          expect(name, p.id).toBe(of === undefined ? `Ссылка на абзац ${i + 1}` : undefined);
        });
      }
    },
  );

  it('/: every block of paragraphs says whose they are, and no two alike', () => {
    const ofs = readPage('/')
      .querySelectorAll('.record-text')
      .map((b) => b.getAttribute('data-of'));
    expect(ofs.length).toBeGreaterThan(1);
    for (const of of ofs) expect(of).toMatch(/^(?: |: )\S/);
    expect(new Set(ofs).size).toBe(ofs.length);
  });
});

describe('share tools', () => {
  it.each(['/', ...record.speeches.map((t) => `/speeches/${t.slug}/`)])(
    '%s: sends only an empty <share-tools> that names its markup, a partial in the build',
    (path) => {
      const host = readPage(path).querySelector('share-tools');
      expect(host?.innerHTML).toBe('');
      const src = host?.getAttribute('data-src') ?? '';
      const partial = readFileSync(join(DIST, src, 'index.html'), 'utf8');
      expect(partial).not.toMatch(/^<!doctype/i);
      expect(partial).not.toMatch(/<script|<html|<head/i);
      const tools = readPage(`${src}index.html`);
      for (const selector of ['.quote-popover[popover]', '[role="status"]', 'cite-dialog dialog'])
        expect(tools.querySelector(selector), selector).not.toBeNull();
      expect(tools.querySelectorAll('template').length).toBe(3);
    },
  );
});
