/**
 * /documents/: every paragraph a document links to really contains the document's
 * words; statuses say what the record says; mentions are named as a reader names
 * them; the search index keeps the words of the page apart, and leaves out its own labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { paragraphText, readPage } from './built.ts';

const page = readPage('/documents/');
const links = page.querySelectorAll('.mentions a[data-passage]');
/** NBSP and line breaks vary between markup and prose; words must not. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('/documents/', () => {
  it('lists the six documents of the record, and the one only the English publication records', () => {
    expect(page.querySelectorAll('.document')).toHaveLength(7);
    const only = page.querySelectorAll('.document[data-pagefind-ignore]');
    expect(only.map((d) => d.id)).toEqual(['caspian-seabed-protocol']);
    // Its name as the English publication gives it, never translated into Russian.
    expect(only[0]?.querySelector('h2')?.getAttribute('lang')).toBe('en');
    expect(only[0]?.querySelector('.document-note')?.textContent).toMatch(
      /Только в английской публикации.*русская стенограмма о нём не говорит/,
    );
    expect(page.querySelectorAll('.status-prepared')).toHaveLength(1);
    expect(page.querySelectorAll('.status-announced')).toHaveLength(1);
  });

  it('labels each document’s «Упоминания в записи» by its document, so no two headings are alike', () => {
    const headings = page.querySelectorAll('.document h3').map((h) => norm(h.textContent));
    expect(headings).toHaveLength(7);
    expect(new Set(headings).size).toBe(7);
    for (const doc of page.querySelectorAll('.document')) {
      const title = norm(doc.querySelector('h2')?.textContent ?? '');
      const where = doc.hasAttribute('data-pagefind-ignore')
        ? 'в официальном переводе'
        : 'в записи';
      expect(norm(doc.querySelector('h3')?.textContent ?? '')).toBe(
        `Упоминания ${where}: ${title}`,
      );
    }
  });

  it('says of each document what the record says: announced is not signed, prepared is not «not signed»', () => {
    const status = (paragraph: string) =>
      page
        .querySelector(`.mentions a[data-passage="${paragraph}"]`)
        ?.closest('.document')
        ?.querySelector('.status')?.textContent ?? '';
    // «будет подписан солидный пакет межрегиональных документов»: announced, the signing is not in the record.
    expect(
      paragraphText(readPage('/speeches/putin-speech/').getElementById('putin-speech-13') ?? page),
    ).toContain('будет подписан');
    expect(status('putin-speech-13')).not.toMatch(/^Подписано/);
    expect(status('putin-speech-13')).toMatch(/объявлено/i);
    // «К форуму подготовлена комплексная программа…»: prepared, nothing said of signing.
    expect(status('putin-speech-14')).toBe('Подготовлено к форуму');
    for (const s of page.querySelectorAll('.status'))
      expect(s.textContent).not.toMatch(/не подписан/);
  });

  it('names each mention by its part of the record and paragraph number, never by a raw id', () => {
    for (const li of page.querySelectorAll('.mentions li')) {
      const id = li.querySelector('a')?.getAttribute('data-passage') ?? '';
      const n = id.split('-').at(-1);
      expect(li.querySelector('.mention-place')?.textContent).toMatch(
        new RegExp(
          `^— (Выступление|Заключительное слово|Сообщение о событии).*, абз\\. ${n}(, официальный перевод на английский)?$`,
        ),
      );
      expect(li.textContent).not.toContain(id);
    }
  });

  it('is indexed for search with its words apart, and without its labels, statuses and citations', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const fragments = readdirSync(dir).map((f) => {
      const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
    const content = fragments.find((f) => f.url === '/documents/')?.content ?? '';
    // «Программа Российская Федерация», not «ПрограммаРоссийская».
    expect(content).toContain('Программа Российская Федерация');
    expect(content).not.toMatch(/[а-яё»][А-ЯЁ«]/);
    // «14» finds paragraph 14 of a speech, not the citation «…, абз. 14» of this page.
    for (const label of [
      'абз.',
      'Вид ',
      'Стороны',
      'Статус',
      'Подготовлено к форуму',
      'Упоминания',
    ])
      expect(content).not.toContain(label);
  });

  it.each(
    links.map(
      (a) =>
        [
          a.getAttribute('data-passage') ?? '',
          a.getAttribute('href') ?? '',
          a.textContent,
        ] as const,
    ),
  )('mention %s is in its paragraph', (id, href, quoted) => {
    const [path, fragment] = href.split('#');
    expect(fragment).toBe(id);
    const target = readPage(path ?? '/').getElementById(id);
    expect(target, `${href} has no #${id}`).not.toBeNull();
    if (!target) return;
    const words = norm(quoted.replace(/^[«“]|[»”]$/g, ''));
    expect(norm(paragraphText(target))).toContain(words);
  });
});

const en = readPage('/en/documents/');

describe('/en/documents/', () => {
  const docs = en.querySelectorAll('.document');

  it('lists every document, with the one only the English publication records, in the Russian page’s order', () => {
    expect(docs.map((d) => d.id).sort()).toEqual(
      page
        .querySelectorAll('.document')
        .map((d) => d.id)
        .sort(),
    );
    expect(en.getElementById('caspian-seabed-protocol')?.textContent).toContain(
      'Recorded in the official English publication only',
    );
  });

  it('says what the Russian page says of each document’s status, in English', () => {
    const ru = (id: string) =>
      page.getElementById(id)?.querySelector('.status')?.getAttribute('class');
    for (const doc of docs)
      if (!doc.textContent.includes('English publication only'))
        expect(doc.querySelector('.status')?.getAttribute('class'), doc.id).toBe(ru(doc.id));
  });

  it('names a document in the translation’s words, or in Russian, marked, where the translation does not name it', () => {
    for (const doc of docs) {
      const h2 = doc.querySelector('h2');
      if (h2?.getAttribute('lang') === 'ru') {
        expect(h2.textContent).toBe(page.getElementById(doc.id)?.querySelector('h2')?.textContent);
        expect(doc.textContent).toContain('the official translation does not name it');
      } else expect(h2?.textContent, doc.id).not.toMatch(/[А-Яа-яЁё]/);
    }
  });

  it.each(
    en
      .querySelectorAll('.mentions a[data-passage]')
      .map(
        (a) =>
          [
            a.getAttribute('data-passage') ?? '',
            a.getAttribute('href') ?? '',
            a.textContent,
            a.getAttribute('lang'),
          ] as const,
      ),
  )(
    'mention %s quotes its paragraph, in English or, where there is none, in the Russian original',
    (id, href, quoted, lang) => {
      const [path, fragment] = href.split('#');
      expect(fragment).toBe(id);
      expect(path?.startsWith('/en/')).toBe(lang !== 'ru');
      const target = readPage(path ?? '/').getElementById(id);
      const p = target?.tagName === 'P' ? target : target?.parentNode;
      expect(norm(p ? paragraphText(p) : '')).toContain(norm(quoted.replace(/^[«“]|[»”]$/g, '')));
    },
  );
});
