/**
 * Every download escapes for its format, whatever the record holds: hostile records (markup, links,
 * `javascript:`, Markdown syntax, `</script>`, entities, quotes, odd spaces and scripts) built from a
 * seeded generator, written as each download, and read back by a real reader of the format:
 * - `/record.md` rendered by micromark (CommonMark, and GFM), raw HTML and any protocol allowed:
 *   no element or link the writer did not put there, and every text renders as itself;
 * - `/record.json` parses back to the same strings; `/record.akn.xml` is well-formed and its text
 *   round-trips; `/record.txt` holds each paragraph as it is on its line;
 * - the pages' JSON-LD (`inlineJson`) in a `<script>`, parsed as a browser parses HTML.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { speechTitle } from '../record/speeches.ts';
import { inlineJson } from '../shared/inline-json.ts';
import type { EnglishSection } from '../translation/english-view.ts';
import type { Translation } from '../translation/published.ts';
import { recordAkn } from './akn.ts';
import { translationAkn } from './akn-translation.ts';
import { type DownloadInput, recordJson, recordMd, recordTxt } from './downloads.ts';
import { translationTmx } from './translation.ts';

/** What a hostile author writes, and what trips a careless writer. */
const FRAGMENTS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<!--',
  '-->',
  '<!--<script ',
  '</script ',
  '</SCRIPT/',
  '[link](javascript:alert(1))',
  '[x]: javascript:alert(1)',
  '![i](https://evil.example/i.png)',
  '<https://evil.example>',
  '<javascript:alert(1)>',
  'https://evil.example/a_b*c',
  'www.evil.example',
  'mailto:a@evil.example',
  'a@evil.example',
  '*em* **strong** _em_ __strong__',
  '`code` ``x``',
  '~~strike~~ ~one~',
  '# heading',
  '## heading ##',
  '> quote',
  '- item',
  '+ item',
  '1. item',
  '2) item',
  '---',
  '===',
  '| a | b |\n|---|---|',
  '[^1]',
  '[ ] task',
  '$x^2$',
  '&amp; &lt;b&gt; &#60; &#x3C; &copy',
  '\\',
  '\\*',
  '\\\n',
  '{x} $y$ {z}',
  '"\'',
  "]]><x y='1'/>",
  '<?xml version="1.0"?>',
  '\u2028\u2029',
  '\u00a0NBSP\u00a0',
  '\u202eRTL\u202c',
  'ё й е\u0308',
  '😀',
  '\t',
  '    four spaces',
  '«Уважаемые коллеги!»',
  '9 ноября 2017 г.',
];
const WORDS = ['слово', 'Форум', 'и', 'Russia', '2017', '—', '…'];

/** A small seeded generator (mulberry32): the same cases every run. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  /** Hostile text; one line unless `lines`, with spaces at either end now and then. */
  const text = (lines = false) => {
    const parts = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
      next() < 0.7 ? pick(FRAGMENTS) : pick(WORDS),
    );
    const joined = parts.join(pick([' ', '', '  ', '\u00a0']));
    const pad = next() < 0.2 ? pick([' ', '  ', '\t']) : '';
    const value = `${pad}${joined}${next() < 0.2 ? ' ' : ''}`;
    return lines ? value : value.replace(/[\n\r\u2028\u2029]/g, ' ');
  };
  return { text, next };
}

/** A record of hostile texts: every field a download writes from the record. */
function hostileInput(seed: number, lines = false): DownloadInput {
  const { text } = generator(seed);
  const speakers = ['sa', 'sb'].map((id) => ({
    id,
    name: text(lines),
    nameGenitive: text(lines),
    surname: seed % 3 ? text(lines) : undefined,
    role: text(lines),
  }));
  return {
    record: {
      title: text(lines),
      datetime: '2017-11-09T18:40:00+03:00',
      place: text(lines),
      sourceUrl: seed % 5 ? 'https://evil.example/a?b=<c>&d="e"_*f*' : 'javascript:alert(1)',
      lead: [text(lines), text(lines)],
      speeches: [
        {
          slug: 'sa-1',
          speaker: 'sa',
          kind: 'turn',
          paragraphs: [text(lines)],
          omissionAfter: true,
        },
        {
          slug: 'sb-1',
          speaker: 'sb',
          kind: 'turn',
          paragraphs: [text(lines), text(lines)],
          omissionAfter: false,
        },
        {
          slug: 'sa-2',
          speaker: 'sa',
          kind: 'turn',
          paragraphs: [text(lines)],
          omissionAfter: false,
        },
      ],
    },
    speakers,
    site: 'https://forum.example.org/',
    sha256: '0'.repeat(64),
    retrieved: '2024-01-01',
    publisher: text(lines),
    name: 'record',
    documents: [
      { id: 'doc-one', title: text(lines), status: 'signed', mentions: ['lead-1', 'sb-1-2'] },
    ],
  };
}

const CASES = Array.from({ length: 120 }, (_, i) => i + 1);
/** Rendering 120 records takes seconds on a busy machine. */
const SLOW = 60_000;
const paragraphs = (input: DownloadInput): [string, string][] => [
  ...input.record.lead.map((t, i): [string, string] => [`lead-${i + 1}`, t]),
  ...input.record.speeches.flatMap((s) =>
    s.paragraphs.map((t, i): [string, string] => [`${s.slug}-${i + 1}`, t]),
  ),
];

/** The text a reader sees of a hast node. */
const textOf = (node: Root | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
const elements = (node: Root | Element): Element[] =>
  node.children.flatMap((c) => (c.type === 'element' ? [c, ...elements(c)] : []));

describe('/record.md, rendered by micromark', { timeout: SLOW }, () => {
  for (const flavour of ['CommonMark', 'GFM'] as const) {
    it(`${flavour}: nothing live but the writer's own anchors and links; every text renders as itself`, () => {
      for (const seed of CASES) {
        const input = hostileInput(seed, true);
        const md = recordMd(input);
        const html = micromark(md, {
          allowDangerousHtml: true,
          allowDangerousProtocol: true,
          ...(flavour === 'GFM' ? { extensions: [gfm()], htmlExtensions: [gfmHtml()] } : {}),
        });
        const tree = fromHtml(html, { fragment: true });
        const ids = new Set(paragraphs(input).map(([id]) => id));
        const source = /^https?:/.test(input.record.sourceUrl)
          ? new URL(input.record.sourceUrl).href
          : '';
        for (const el of elements(tree)) {
          const attrs = Object.keys(el.properties);
          const anchor = el.tagName === 'a';
          const ok =
            (['h1', 'h2', 'p', 'strong', 'ul', 'li'].includes(el.tagName) && attrs.length === 0) ||
            (anchor &&
              attrs.join() === 'id' &&
              ids.has(String(el.properties.id)) &&
              el.children.length === 0) ||
            (anchor &&
              attrs.join() === 'href' &&
              (el.properties.href === source || ids.has(String(el.properties.href).slice(1))));
          expect(ok, `seed ${seed}: <${el.tagName} ${JSON.stringify(el.properties)}>\n${md}`).toBe(
            true,
          );
        }
        const found = elements(tree);
        const byTag = (tag: string) => found.filter((e) => e.tagName === tag).map(textOf);
        expect(byTag('h1'), `seed ${seed}`).toEqual([input.record.title]);
        const [sa, sb] = input.speakers;
        expect(byTag('strong'), `seed ${seed}`).toEqual([sa?.name, sb?.name, sa?.name]);
        const speakerOf = (id: string) => input.speakers.find((x) => x.id === id) ?? sa;
        const speechTitles = input.record.speeches.map((s) =>
          sa ? speechTitle(s.kind, speakerOf(s.speaker) ?? sa, s.slug) : '',
        );
        expect(byTag('h2'), `seed ${seed}`).toEqual([...speechTitles, 'Документы']);
        const texts = found
          .filter(
            (e) => e.tagName === 'p' && (e.children[0] as Element | undefined)?.tagName === 'a',
          )
          .map((p) => [String((p.children[0] as Element).properties.id), textOf(p)]);
        expect(texts, `seed ${seed}`).toEqual(paragraphs(input));
        expect(byTag('li'), `seed ${seed}`).toEqual([
          `${input.documents[0]?.title}: lead-1, sb-1-2`,
        ]);
      }
    });
  }
});

describe('the other downloads read back as the record', { timeout: SLOW }, () => {
  it('/record.json parses back to the same strings', () => {
    for (const seed of CASES) {
      const input = hostileInput(seed, true);
      const json = JSON.parse(recordJson(input));
      expect(json.title).toBe(input.record.title);
      expect(json.place).toBe(input.record.place);
      expect(json.documents[0].title).toBe(input.documents[0]?.title);
      expect(
        json.speeches.map((s: { speaker: { name: string; role: string } }) => s.speaker),
      ).toEqual(
        input.record.speeches.map((s) => {
          const sp = input.speakers.find((x) => x.id === s.speaker);
          return { id: sp?.id, name: sp?.name, role: sp?.role };
        }),
      );
      const back = [
        ...json.lead,
        ...json.speeches.flatMap((s: { paragraphs: unknown[] }) => s.paragraphs),
      ];
      expect(back.map((p: { id: string; text: string }) => [p.id, p.text])).toEqual(
        paragraphs(input),
      );
    }
  });

  it('/record.akn.xml is well-formed, and its text and names round-trip', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      textNodeName: '_',
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      isArray: (name) => ['p', 'debateSection', 'TLCPerson'].includes(name),
    });
    for (const seed of CASES) {
      const input = hostileInput(seed, true);
      const xml = recordAkn(input);
      expect(XMLValidator.validate(xml), `seed ${seed}`).toBe(true);
      const debate = parser.parse(xml).akomaNtoso.debate;
      const people = debate.meta.references.TLCPerson.map((p: { showAs: string }) => p.showAs);
      expect(people).toEqual(input.speakers.map((s) => s.name));
      expect(debate.preface.p[0].docTitle._ ?? debate.preface.p[0].docTitle).toBe(
        input.record.title,
      );
      const ps = [
        ...debate.preface.p.slice(2),
        ...debate.debateBody.debateSection.flatMap((s: { speech: { p: unknown[] } }) => s.speech.p),
      ].map((p: { eId: string; _?: string }) => [p.eId, p._ ?? '']);
      expect(ps, `seed ${seed}`).toEqual(paragraphs(input));
      expect(debate.debateBody.papers.p[0]._).toBe(input.documents[0]?.title);
    }
  });

  it('/record.akn.xml refuses a character XML cannot hold, rather than write a broken file', () => {
    const input = hostileInput(1);
    input.record.lead[0] = 'NUL\u0000';
    expect(() => recordAkn(input)).toThrow(/cannot be written in XML/);
  });

  it('/record.txt holds each paragraph as it is, on its own line after its id', () => {
    for (const seed of CASES) {
      const input = hostileInput(seed);
      const lines = recordTxt(input).split('\n');
      expect(lines[0]).toBe(input.record.title);
      const back = lines.flatMap((line): [string, string][] => {
        const m = /^\[([a-z0-9-]+-\d+)\] (.*)$/s.exec(line);
        return m ? [[m[1] ?? '', m[2] ?? '']] : [];
      });
      expect(back, `seed ${seed}`).toEqual(paragraphs(input));
    }
  });
});

describe('JSON-LD in a page (inlineJson)', { timeout: SLOW }, () => {
  it('stays one script element, whatever its strings hold, and parses back to the same value', () => {
    for (const seed of CASES) {
      const input = hostileInput(seed, true);
      const value = { '@type': 'Article', name: input.record.title, about: paragraphs(input) };
      const html = `<!doctype html><html><head><script type="application/ld+json">${inlineJson(value)}</script></head><body><p id="after">x</p></body></html>`;
      const tree = fromHtml(html);
      const found = elements(tree);
      expect(
        found.map((e) => e.tagName),
        `seed ${seed}`,
      ).toEqual(['html', 'head', 'script', 'body', 'p']);
      const script = found.find((e) => e.tagName === 'script');
      expect(JSON.parse(script ? textOf(script) : '')).toEqual(value);
    }
  });
});

describe('the translation downloads read back as the translation', { timeout: SLOW }, () => {
  const xmlParser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    textNodeName: '_',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ['p', 'tu', 'tuv', 'debateSection'].includes(name),
  });
  /** The hostile record's paragraphs, each with a hostile English rendering of its own. */
  const translated = (seed: number) => {
    const input = hostileInput(seed);
    const { text } = generator(seed + 1000);
    const pairs = paragraphs(input).map(([id, ru]) => ({ id, ru, en: text() }));
    return { input, pairs };
  };

  it('/record.en-ru.tmx is well-formed, and both sides of every unit round-trip', () => {
    for (const seed of CASES) {
      const { pairs } = translated(seed);
      const t: Translation = {
        lang: 'en',
        title: 'T',
        url: undefined,
        date: undefined,
        place: undefined,
        sha256: '0'.repeat(64),
        speakers: [],
        paragraphs: pairs.map((p) => p.en),
        beads: pairs.map((p, i) => ({ ru: [p.id], en: [i], confident: true })),
      };
      const tmx = translationTmx(t, Object.fromEntries(pairs.map((p) => [p.id, p.ru])));
      expect(XMLValidator.validate(tmx), `seed ${seed}`).toBe(true);
      const units = xmlParser.parse(tmx).tmx.body.tu;
      const seg = (
        u: { tuv: { 'xml:lang': string; seg: { _?: string } | string }[] },
        l: string,
      ) => {
        const v = u.tuv.find((x) => x['xml:lang'] === l)?.seg;
        return typeof v === 'string' ? v : (v?._ ?? '');
      };
      // TMX segments are whitespace-normalised text; what must hold is the words, not markup.
      const norm = (x: string) => x.replace(/\s+/g, ' ').trim();
      expect(
        units.map((u: never) => [norm(seg(u, 'ru')), norm(seg(u, 'en'))]),
        `seed ${seed}`,
      ).toEqual(pairs.map((p) => [norm(p.ru), norm(p.en)]));
    }
  });

  it('/record.en.akn.xml is well-formed, and its English round-trips under the Russian ids', () => {
    for (const seed of CASES) {
      const { input, pairs } = translated(seed);
      const english = new Map(pairs.map((p) => [p.id, p.en]));
      const section = (ids: string[]): EnglishSection => ({
        section: 'x',
        untranslated: false,
        blocks: ids.map((id) => ({
          kind: 'english',
          ids: [id],
          paragraphs: [english.get(id) ?? ''],
        })),
      });
      const ids = (slug: string, n: number) =>
        Array.from({ length: n }, (_, i) => `${slug}-${i + 1}`);
      const xml = translationAkn(input, {
        url: 'https://evil.example/"><x>',
        title: input.record.title,
        publisher: input.publisher,
        address: 'https://forum.example.org/record.en.akn.xml',
        speakers: new Map(input.speakers.map((s) => [s.id, { name: s.name, role: s.role }])),
        lead: section(ids('lead', input.record.lead.length)),
        sections: new Map(
          input.record.speeches.map((s) => [s.slug, section(ids(s.slug, s.paragraphs.length))]),
        ),
        documents: input.documents.map((d) => ({ id: d.id, title: d.title })),
        words: { none: '<none>', untranslated: '<untranslated>', documents: '<docs>' },
      });
      expect(XMLValidator.validate(xml), `seed ${seed}`).toBe(true);
      const debate = xmlParser.parse(xml).akomaNtoso.debate;
      const ps = [
        ...debate.preface.p.slice(2),
        ...debate.debateBody.debateSection.flatMap((s: { speech: { p: unknown[] } }) => s.speech.p),
      ].map((p: { eId: string; _?: string }) => [p.eId, p._ ?? '']);
      expect(ps, `seed ${seed}`).toEqual(pairs.map((p) => [p.id, p.en]));
    }
  });
});
