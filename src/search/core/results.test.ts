import { describe, expect, it } from 'vitest';
import { morphologyOf, page } from '../../../tests/support/search-fixture.ts';
import { parseQuery } from './query.ts';
import {
  missingGroups,
  type PageData,
  paragraphResults,
  type SearchPage,
  searchPage,
  units,
  weight,
} from './results.ts';

const speech = page('/speeches/nazarbayev-speech/', 'Выступление Нурсултана Назарбаева', [
  'Мы начали переход на трёхъязычие.',
  'Реализуется президентская программа «Болашак» («Будущее»).',
  'Программа трёхъязычия и программа «Болашак» связаны.',
  'Уровень жизни растёт. Наши программы тоже. Повышение уровня жизни — главное.',
  'Тема нашей встречи важна. Это тема форума – «Развитие человеческого капитала».',
  'Форум прошёл. Тема была важной.',
  'Магистрали и образование.',
]);
const m = await morphologyOf(speech.anchors.map((a) => a.text));
const ids = (pages: SearchPage[], raw: string) =>
  paragraphResults(pages, parseQuery(raw), m).map((r) => r.id);
const one = [searchPage(speech)];

describe('paragraphResults', () => {
  it('finds every form of the lemma, fleeting vowels included', () => {
    expect(ids(one, 'уровнем')).toEqual(['nazarbayev-speech-4']);
    expect(ids(one, 'программой').sort()).toEqual([
      'nazarbayev-speech-2',
      'nazarbayev-speech-3',
      'nazarbayev-speech-4',
    ]);
  });

  it('lists nothing for words the record does not have, prefixes included', () => {
    expect(ids(one, 'марсоход')).toEqual([]);
    expect(ids(one, 'магистр')).toEqual([]);
    expect(ids(one, 'образ')).toEqual([]);
    expect(ids(one, '')).toEqual([]);
  });

  it('ranks the whole phrase first, then one sentence, then the paragraph', () => {
    expect(ids(one, 'тема форума')).toEqual(['nazarbayev-speech-5', 'nazarbayev-speech-6']);
    const reversed = page(
      '/speeches/putin-speech/',
      'Выступление Владимира Путина',
      ['Форум прошёл. Тема была важной.', 'Тема форума.'],
      'Владимир Путин',
    );
    // The phrase wins over a shorter paragraph; equal paragraphs go by page address.
    expect(ids([searchPage(reversed), searchPage(speech)], 'тема форума')).toEqual([
      'putin-speech-2',
      'nazarbayev-speech-5',
      'nazarbayev-speech-6',
      'putin-speech-1',
    ]);
    // One sentence beats the paragraph.
    const tier = (raw: string) =>
      paragraphResults(one, parseQuery(raw), m).map((r) => [r.id, r.match.tier]);
    expect(tier('уровень программа')[0]).toEqual(['nazarbayev-speech-4', 2]);
    expect(tier('повышение жизни')[0]).toEqual(['nazarbayev-speech-4', 1]);
    expect(tier('повышение уровня')[0]).toEqual(['nazarbayev-speech-4', 0]);
    expect(tier('программа трехъязычие')).toEqual([
      ['nazarbayev-speech-3', 0],
      ['nazarbayev-speech-1', 3],
      ['nazarbayev-speech-2', 3],
      ['nazarbayev-speech-4', 3],
    ]);
  });

  it('orders by weight where the rest is equal, whatever order the pages come in', () => {
    const other = page('/speeches/putin-speech/', 'Другая', [
      'Программа развития, о которой мы много говорили на этом форуме в прошлом году.',
      'Программа.',
      'Программа, программа.',
      'Развитие.',
    ]);
    // Two occurrences in two words, one in one, one in fourteen.
    expect(ids([searchPage(other)], 'программа')).toEqual([
      'putin-speech-3',
      'putin-speech-2',
      'putin-speech-1',
    ]);
    const pages = [searchPage(other), searchPage(speech)];
    expect(ids([...pages].reverse(), 'программа')).toEqual(ids(pages, 'программа'));
  });

  it('reads a quoted phrase only where its words stand together, in any forms', () => {
    expect(ids(one, '«программа Болашак»')).toEqual(['nazarbayev-speech-2', 'nazarbayev-speech-3']);
    expect(ids(one, '«Болашак программа»')).toEqual([]);
    expect(ids(one, '"тема форума"')).toEqual(['nazarbayev-speech-5']);
  });

  it('names what a partial result lacks, each once, as typed', () => {
    const results = paragraphResults(one, parseQuery('программа Болашак Болашак трёхъязычие'), m);
    const lacking = Object.fromEntries(results.map((r) => [r.id, r.lacking]));
    expect(lacking['nazarbayev-speech-3']).toEqual([]);
    expect(lacking['nazarbayev-speech-1']).toEqual(['программа', 'Болашак']);
    expect(lacking['nazarbayev-speech-2']).toEqual(['трёхъязычие']);
  });

  it('names the groups no result has', () => {
    const q = parseQuery('Болашак марсоход');
    expect(missingGroups(paragraphResults(one, q, m), q)).toEqual(['марсоход']);
  });
});

describe('weight', () => {
  it('grows with occurrences, ever more slowly, and falls with length', () => {
    expect(weight([2], 20)).toBeGreaterThan(weight([1], 20));
    expect(weight([2], 20) - weight([1], 20)).toBeLessThan(weight([1], 20) - weight([0], 20));
    expect(weight([1], 10)).toBeGreaterThan(weight([1], 80));
    expect(weight([1, 1], 20)).toBeGreaterThan(weight([1, 0], 20));
    expect(weight([0], 20)).toBe(0);
  });
});

describe('units', () => {
  it('takes a document card text from the page content between anchors', () => {
    const data: PageData = {
      url: '/documents/',
      content:
        'Документы форума Совместное заявление Подписано Межправительственные соглашения Количество 10',
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
  });

  it('drops the pilcrow Pagefind reads after a paragraph', () => {
    expect(units(page('/speeches/a/', 'A', ['Текст.¶']))[0]?.text).toBe('Текст.');
    expect(units(page('/speeches/a/', 'A', ['Текст «в кавычках».¶Ссылка на абзац']))[0]?.text).toBe(
      'Текст «в кавычках».',
    );
  });
});
