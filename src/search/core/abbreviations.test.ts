import { describe, expect, it } from 'vitest';
import { morphologyOf, page } from '../../../tests/support/search-fixture.ts';
import { segments } from './highlight.ts';
import { lemmaIds, type Morphology } from './morphology.ts';
import { tokens } from './normalize.ts';
import { plan } from './plan.ts';
import { parseQuery } from './query.ts';
import { paragraphResults, searchPage } from './results.ts';

/** A record that spells figures out, and one that writes them short. */
const spelled = page('/speeches/putin-speech/', 'Выступление', [
  'Поставки достигли 11 миллиардов долларов, инвестиции – 10,8 миллиарда.',
  'Свыше 140 тысяч граждан, это 80 процентов, и три миллиона тенге.',
  'Торговля выросла на треть, до двух триллионов рублей.',
  'Из 11 регионов – ещё миллиарды.',
]);
const short = page('/speeches/nazarbayev-speech/', 'Выступление', [
  'Поставки достигли 11 млрд $, это 80 % от плана.',
  'Свыше 140 тыс. граждан получили 5млн ₸.',
]);
const textsOf = (p: typeof spelled) => p.anchors.map((a) => a.text);
const [longForm, shortForm] = await Promise.all([
  morphologyOf(textsOf(spelled)),
  morphologyOf(textsOf(short)),
]);
const ids = (p: typeof spelled, m: Morphology, raw: string) =>
  paragraphResults([searchPage(p)], parseQuery(raw), m)
    .filter((r) => r.all)
    .map((r) => r.id);
const marked = (text: string, raw: string, m: Morphology) =>
  segments(text, parseQuery(raw), m)
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('figures as readers type them', () => {
  it('reads a sign as a word, and a number glued to a word as the two joined', () => {
    const t = tokens('11млрд, 5 МЛН, 80% и $5, 2018–2023, 5G, 100км');
    expect(t.map((x) => [x.word, x.joined])).toEqual([
      ['11', false],
      ['млрд', true],
      ['5', false],
      ['млн', false],
      ['80', false],
      ['%', false],
      ['и', false],
      ['$', false],
      ['5', false],
      ['2018', false],
      ['2023', true],
      ['5g', false],
      ['100', false],
      ['км', true],
    ]);
    expect(t.slice(0, 2).map((x) => [x.start, x.end])).toEqual([
      [0, 2],
      [2, 6],
    ]);
    expect(parseQuery('11млрд').groups).toEqual([
      { words: ['11', 'млрд'], spelled: ['11', 'млрд'], phrase: true, label: '11млрд' },
    ]);
  });

  it('finds the spelled-out forms from a shortening', () => {
    expect(ids(spelled, longForm, 'млрд')).toEqual(['putin-speech-1', 'putin-speech-4']);
    expect(ids(spelled, longForm, 'тыс.')).toEqual(['putin-speech-2']);
    expect(ids(spelled, longForm, 'трлн руб')).toEqual(['putin-speech-3']);
    expect(ids(spelled, longForm, '%')).toEqual(['putin-speech-2']);
    expect(ids(spelled, longForm, '$')).toEqual(['putin-speech-1']);
    expect(ids(spelled, longForm, 'млн ₸')).toEqual(['putin-speech-2']);
    expect(ids(spelled, longForm, '11 млрд')).toEqual(['putin-speech-1', 'putin-speech-4']);
    // Glued, the number and the word stand together: «11 регионов – ещё миллиарды» is not it.
    expect(ids(spelled, longForm, '11млрд')).toEqual(['putin-speech-1']);
    expect(ids(spelled, longForm, '80%')[0]).toBe('putin-speech-2');
  });

  it('finds the shortenings from the spelled-out words, though the record never spells them', () => {
    expect(lemmaIds(shortForm, 'миллиард')).not.toEqual([]);
    expect(ids(short, shortForm, 'миллиардов')).toEqual(['nazarbayev-speech-1']);
    expect(ids(short, shortForm, 'доллары процентов')).toEqual(['nazarbayev-speech-1']);
    expect(ids(short, shortForm, 'тысяч')).toEqual(['nazarbayev-speech-2']);
    expect(ids(short, shortForm, '«5 миллионов тенге»')).toEqual(['nazarbayev-speech-2']);
  });

  it('marks what it found, short or spelled out', () => {
    expect(marked(textsOf(spelled)[0] ?? '', '11млрд $', longForm)).toEqual([
      '11 миллиардов',
      'долларов',
    ]);
    expect(marked(textsOf(short)[0] ?? '', 'миллиардов долларов процент', shortForm)).toEqual([
      'млрд',
      '$',
      '%',
    ]);
    expect(marked(textsOf(short)[1] ?? '', 'тысяча миллион', shortForm)).toEqual(['тыс', 'млн']);
  });

  it('asks the index for the short forms a record writes, for a word spelled out', () => {
    expect(plan('миллиарды', shortForm).lookups).toEqual([['млрд']]);
    // One form per key the index files words under: «миллиарда», «миллиардов» and «миллиарды» share one.
    expect(plan('млрд', longForm).lookups).toEqual([['миллиарда']]);
    expect(plan('млрд', longForm).absent).toEqual([]);
  });

  it('reads a shortening typed in the header box as its word and as a beginning', async () => {
    const typing = (raw: string) =>
      plan(raw, longForm, true).mean[0]?.[0]?.map((id) => longForm.names[id]);
    // «тыс» stands for «тысяча», and begins no other record word; «трлн» neither.
    expect(typing('тыс')).toEqual(['тысяча']);
    expect(typing('трлн')).toEqual(['триллион']);
    // «проц» is «процент», and might yet become «процентов» (the same) or another word that begins so.
    const process = await morphologyOf(['Процесс идёт: 80 процентов.']);
    const begun = plan('проц', process, true).mean[0]?.[0]?.map((id) => process.names[id]);
    expect(begun?.sort()).toEqual(['процент', 'процесс']);
    expect(plan('проц', process).mean[0]?.[0]?.map((id) => process.names[id])).toEqual(['процент']);
  });

  it('says a sign the record has no word for is not there, with no spellings near it', () => {
    expect(plan('€', longForm).absent).toEqual([
      { word: '€', typed: '€', foreign: false, suggestions: [], prefixed: [] },
    ]);
  });
});
