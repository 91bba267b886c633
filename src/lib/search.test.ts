import { describe, expect, it } from 'vitest';
import {
  excerpt,
  foundTerms,
  MAX_QUERY,
  missingTerms,
  type PageData,
  pagefindQuery,
  paragraphResults,
  parseQuery,
  resultHref,
  segments,
  textFragment,
  units,
} from './search.ts';

const page = (url: string, title: string, texts: string[]): PageData => ({
  url,
  content: texts.join(' '),
  meta: { title, speaker: 'Нурсултан Назарбаев' },
  anchors: texts.map((text, i) => ({ element: 'p', id: `${url.split('/')[2]}-${i + 1}`, text, location: i * 10 })),
});

const speech = page('/speeches/nazarbayev-speech/', 'Выступление', [
  'Мы начали переход на трёхъязычие.',
  'Реализуется президентская программа «Болашак» («Будущее»).',
  'Программа трёхъязычия и программа «Болашак» связаны.',
  'Марта не было.',
]);

describe('parseQuery', () => {
  it('reads words and a quoted phrase in any quotes', () => {
    expect(parseQuery('  программа Болашак ')).toEqual({ text: 'программа Болашак', terms: ['программа', 'Болашак'], phrase: false });
    expect(parseQuery('«скоростная магистраль»').phrase).toBe(true);
    expect(parseQuery('"скоростная магистраль"').terms).toEqual(['скоростная', 'магистраль']);
    expect(parseQuery('"один"').phrase).toBe(false);
  });

  it('survives odd input', () => {
    expect(parseQuery('').terms).toEqual([]);
    expect(parseQuery('   \t ').terms).toEqual([]);
    expect(parseQuery('<script>alert(1)</script>').terms).toEqual(['script', 'alert', '1', 'script']);
    expect(parseQuery('\u200fتست\u200e 😀 %').terms).toEqual(['تست']);
    expect(parseQuery('я'.repeat(2000)).text).toHaveLength(MAX_QUERY);
  });

  it('asks Pagefind for the words, also of a phrase (the phrase is checked here)', () => {
    expect(pagefindQuery(parseQuery('«Казахстан – стратегические»'))).toBe('Казахстан стратегические');
    expect(pagefindQuery(parseQuery('программа, Болашак!'))).toBe('программа Болашак');
  });
});

describe('paragraphResults', () => {
  it('keeps only paragraphs that contain a query word, those with all words first', () => {
    const results = paragraphResults([{ data: speech, score: 1 }], parseQuery('программа трехъязычие'));
    expect(results.map((r) => [r.id, r.all])).toEqual([
      ['nazarbayev-speech-3', true],
      ['nazarbayev-speech-1', false],
      ['nazarbayev-speech-2', false],
    ]);
    expect(results[0]?.address).toBe('/speeches/nazarbayev-speech/#nazarbayev-speech-3');
  });

  it('returns nothing for a word the text does not have, whatever Pagefind sent', () => {
    expect(paragraphResults([{ data: speech, score: 1 }], parseQuery('марсоход'))).toEqual([]);
    expect(paragraphResults([{ data: speech, score: 1 }], parseQuery(''))).toEqual([]);
  });

  it('matches a phrase only where its words stand together', () => {
    const q = parseQuery('«программа Болашак»');
    expect(paragraphResults([{ data: speech, score: 1 }], q).map((r) => r.id)).toEqual(['nazarbayev-speech-2', 'nazarbayev-speech-3']);
    expect(foundTerms('программа и Болашак', q)).toEqual([]);
  });

  it('reads a phrase across punctuation and dashes, and a hyphen as a space', () => {
    expect(foundTerms('Россия и Казахстан – стратегические партнёры', parseQuery('"Казахстан стратегические партнеры"'))).toHaveLength(3);
    expect(foundTerms('Россия и Казахстан – стратегические партнёры', parseQuery('"Россия Казахстан"'))).toEqual([]);
    expect(foundTerms('ведущие онлайн-курсы мира', parseQuery('"онлайн курсы мира"'))).toHaveLength(3);
    expect(foundTerms('ведущие онлайн курсы мира', parseQuery('"ведущие онлайн-курсы"'))).toHaveLength(2);
    expect(foundTerms('ведущие онлайн-курсы мира', parseQuery('"курсы мира"'))).toHaveLength(2);
  });

  it('reads a phrase in any word forms, but only with its words together and in order', () => {
    const text = 'Строительство высокоскоростной магистрали и скоростной магистрали «Евразия».';
    expect(foundTerms(text, parseQuery('"скоростная магистраль"'))).toHaveLength(2);
    expect(foundTerms(text, parseQuery('"магистраль скоростная"'))).toEqual([]);
    expect(foundTerms(text, parseQuery('"скоростная Евразия"'))).toEqual([]);
    // Typing prefixes answer single words, not phrases.
    expect(foundTerms(text, parseQuery('"скоростной магис"'))).toEqual([]);
  });

  it('orders by Pagefind score across pages', () => {
    const other = page('/speeches/putin-speech/', 'Другая', ['Программа развития.']);
    const results = paragraphResults(
      [
        { data: other, score: 2 },
        { data: speech, score: 1 },
      ],
      parseQuery('программа'),
    );
    expect(results.map((r) => r.id)).toEqual(['putin-speech-1', 'nazarbayev-speech-2', 'nazarbayev-speech-3']);
  });
});

describe('missingTerms', () => {
  it('names the query words no result contains', () => {
    const q = parseQuery('Болашак марсоход');
    expect(missingTerms(paragraphResults([{ data: speech, score: 1 }], q), q)).toEqual(['марсоход']);
    const both = parseQuery('программа Болашак');
    expect(missingTerms(paragraphResults([{ data: speech, score: 1 }], both), both)).toEqual([]);
    expect(missingTerms([], q)).toEqual([]);
  });
});

describe('paragraphResults: lacking', () => {
  it('names the query words a partial result lacks, once each, and none for a full one', () => {
    const q = parseQuery('программа Болашак Болашак трёхъязычие');
    const results = paragraphResults([{ data: speech, score: 1 }], q);
    const lackingIn = (start: string) => {
      const r = results.find((x) => x.text.startsWith(start));
      if (!r) throw new Error(`no result «${start}…»`);
      return r.lacking;
    };
    expect(lackingIn('Программа трёхъязычия')).toEqual([]);
    expect(lackingIn('Мы начали')).toEqual(['программа', 'Болашак']);
    expect(lackingIn('Реализуется')).toEqual(['трёхъязычие']);
  });
});

describe('units', () => {
  it('takes a document card text from the page content between anchors', () => {
    const data: PageData = {
      url: '/documents/',
      content: 'Документы форума Совместное заявление Подписано Межправительственные соглашения Количество 10',
      meta: { title: 'Документы' },
      anchors: [
        { element: 'li', id: 'joint-statement', text: '', location: 2 },
        { element: 'li', id: 'intergovernmental-agreements', text: '', location: 5 },
        { element: 'h2', id: 'x', text: 'Документы', location: 0 },
      ],
    };
    expect(units(data)).toEqual([
      { id: 'joint-statement', text: 'Совместное заявление Подписано' },
      { id: 'intergovernmental-agreements', text: 'Межправительственные соглашения Количество 10' },
    ]);
    expect(paragraphResults([{ data, score: 1 }], parseQuery('соглашений')).map((r) => r.address)).toEqual(['/documents/#intergovernmental-agreements']);
  });

  it('drops the pilcrow Pagefind reads after a paragraph', () => {
    expect(units(page('/speeches/a/', 'A', ['Текст.¶']))[0]?.text).toBe('Текст.');
    expect(units(page('/speeches/a/', 'A', ['Текст «в кавычках».¶Ссылка на абзац']))[0]?.text).toBe('Текст «в кавычках».');
  });
});

describe('segments and excerpt', () => {
  it('marks inflected and ё-folded words', () => {
    const parts = segments('Мы начали переход на трёхъязычие.', parseQuery('трехъязычия'));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['трёхъязычие']);
    expect(parts.map((p) => p.text).join('')).toBe('Мы начали переход на трёхъязычие.');
  });

  it('marks a phrase as one run', () => {
    const parts = segments('и программа «Болашак» связаны', parseQuery('«программа Болашак»'));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['программа «Болашак']);
    const dashed = segments('Россия и Казахстан – стратегические партнёры.', parseQuery('"казахстан стратегические"'));
    expect(dashed.filter((p) => p.mark).map((p) => p.text)).toEqual(['Казахстан – стратегические']);
    const hyphen = segments('ведущие онлайн-курсы мира', parseQuery('"курсы мира"'));
    expect(hyphen.filter((p) => p.mark).map((p) => p.text)).toEqual(['онлайн-курсы мира']);
  });

  it('cuts a long text around the first mark', () => {
    const text = `${'слово '.repeat(100)}магистраль ${'конец '.repeat(100)}`;
    const cut = excerpt(segments(text, parseQuery('магистраль')), 120);
    const joined = cut.map((p) => p.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(cut.some((p) => p.mark && p.text === 'магистраль')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(122);
  });
});

describe('resultHref and textFragment', () => {
  it('links to the permanent address with ?h= and a text fragment', () => {
    const [r] = paragraphResults([{ data: speech, score: 1 }], parseQuery('Болашак'));
    if (!r) throw new Error('no result');
    const href = resultHref(r, parseQuery('Болашак'));
    expect(href.startsWith('/speeches/nazarbayev-speech/?h=%D0%91%D0%BE%D0%BB%D0%B0%D1%88%D0%B0%D0%BA#nazarbayev-speech-2:~:text=')).toBe(true);
    expect(decodeURIComponent(href.split(':~:text=')[1] ?? '')).toBe('президентская программа «-,Болашак,-» («Будущее»).');
  });

  it('pins the marked words with up to three words on each side, the paragraph edges included', () => {
    const q = parseQuery('образование');
    const decode = (f: string) => f.replace(':~:text=', '').split(',').map(decodeURIComponent);
    expect(decode(textFragment('Основой стало образование детей в школах страны.', q))).toEqual(['Основой стало-', 'образование', '-детей в школах']);
    expect(decode(textFragment('Образование. Мы начали переход.', q))).toEqual(['Образование', '-. Мы начали']);
    expect(decode(textFragment('Это прежде всего образование.', q))).toEqual(['Это прежде всего-', 'образование', '-.']);
    expect(textFragment('Ничего нет.', q)).toBe('');
  });

  it('encodes the characters that are syntax in a text fragment', () => {
    const f = textFragment('Торгово-экономические связи, а также образование, наука & культура-2.', parseQuery('образование')).replace(':~:text=', '');
    // Only the three terms' separators are literal: commas, the prefix's and the suffix's dash.
    expect(f).not.toMatch(/&/);
    expect(f.split(',').map(decodeURIComponent)).toEqual(['связи, а также-', 'образование', '-, наука &']);
    expect(f.split(',')[0]).toMatch(/%2C.*-$/);
  });
});
