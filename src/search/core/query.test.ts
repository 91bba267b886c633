import { describe, expect, it } from 'vitest';
import { MAX_QUERY } from './bounds.ts';
import { parseQuery, queryWords, replaceWord } from './query.ts';

const groups = (raw: string) => parseQuery(raw).groups.map((g) => [g.words.join(' '), g.phrase]);

describe('parseQuery', () => {
  it('reads loose words, folded', () => {
    expect(groups('  программа Болашак ')).toEqual([
      ['программа', false],
      ['болашак', false],
    ]);
    expect(parseQuery('  программа Болашак ').text).toBe('программа Болашак');
  });

  it('reads a phrase in every kind of quotes', () => {
    for (const [open, close] of [
      ['«', '»'],
      ['„', '“'],
      ['“', '”'],
      ['"', '"'],
      ["'", "'"],
      ['‘', '’'],
    ]) {
      expect(groups(`${open}скоростная магистраль${close} Евразия`), open).toEqual([
        ['скоростная магистраль', true],
        ['евразия', false],
      ]);
    }
    expect(groups('"один"')).toEqual([['один', false]]);
  });

  it('keeps an apostrophe inside a word and ignores an unclosed quote', () => {
    expect(queryWords(parseQuery("д'Артаньян"))).toEqual(['д', 'артаньян']);
    expect(groups('«программа Болашак')).toEqual([
      ['программа', false],
      ['болашак', false],
    ]);
  });

  it('reads words joined by any dash as a phrase of their parts', () => {
    for (const q of ['2018-2023', '2018–2023', '2018—2023', '2018−2023'])
      expect(groups(q)).toEqual([['2018 2023', true]]);
    expect(parseQuery('программа 2018–2023').groups[1]?.label).toBe('2018–2023');
    expect(groups('онлайн-курсы')).toEqual([['онлайн курсы', true]]);
  });

  it('folds ё, case, soft hyphens and NBSP', () => {
    expect(queryWords(parseQuery('ТРЁХ\u00adЪЯЗЫЧИЕ\u00a0Партнёры'))).toEqual([
      'трехъязычие',
      'партнеры',
    ]);
    // Folded for searching, kept as typed for quoting.
    expect(parseQuery('ТРЁХ\u00adЪЯЗЫЧИЕ «Партнёры России»').groups.map((g) => g.spelled)).toEqual([
      ['ТРЁХЪЯЗЫЧИЕ'],
      ['Партнёры', 'России'],
    ]);
  });

  it('survives odd input', () => {
    expect(parseQuery('').groups).toEqual([]);
    expect(parseQuery('   \t ').groups).toEqual([]);
    expect(queryWords(parseQuery('<script>alert(1)</script>'))).toEqual([
      'script',
      'alert',
      '1',
      'script',
    ]);
    // A sign is a word («80 %»), an emoji is not.
    expect(queryWords(parseQuery('\u200fتست\u200e 😀 %'))).toEqual(['تست', '%']);
    expect(parseQuery('я'.repeat(2000)).text).toHaveLength(MAX_QUERY);
    expect(parseQuery('«»').groups).toEqual([]);
  });
});

describe('replaceWord', () => {
  it('swaps one word and keeps phrases and dashes', () => {
    expect(
      replaceWord(parseQuery('гостепреимство Челябинска'), 'гостепреимство', 'гостеприимство'),
    ).toBe('гостеприимство челябинска');
    expect(replaceWord(parseQuery('«цифровая экономека»'), 'экономека', 'экономика')).toBe(
      '«цифровая экономика»',
    );
    expect(replaceWord(parseQuery('онлайн-курсв'), 'курсв', 'курсов')).toBe('онлайн-курсов');
  });
});
