import { describe, expect, it } from 'vitest';
import { morphologyOf } from '../../../tests/support/search-fixture.ts';
import { plan, planSlowly } from './plan.ts';
import { queryWords } from './query.ts';

const m = await morphologyOf([
  'Цифровизация и гостеприимство. Телемедицина и трёхъязычие. Образование и образовательные программы, магистрали.',
  'Которые которых который которой. Туризм.',
]);

describe('plan', () => {
  it('in slices, plans the same as at once, spellings of absent words and all', async () => {
    for (const raw of ['цифравизация телемедецина гостиприимство', 'туризм', 'xyz образованее'])
      expect(await planSlowly(raw, m), raw).toEqual(plan(raw, m));
    expect(plan('цифравизация', m).absent[0]?.suggestions).toEqual(['цифровизация']);
  });

  it('converts a query typed in the wrong layout when the converted words are in the record', () => {
    const p = plan('wbahjdbpfwbz', m);
    expect(p.typed).toBe('wbahjdbpfwbz');
    expect(queryWords(p.q)).toEqual(['цифровизация']);
    expect(p.absent).toEqual([]);
  });

  it('says a Latin word is not in the Russian record', () => {
    const p = plan('tourism', m);
    expect(p.typed).toBeUndefined();
    expect(p.absent).toEqual([
      { word: 'tourism', typed: 'tourism', foreign: true, suggestions: [], prefixed: [] },
    ]);
  });

  it('keeps an absent word as the reader typed it, for the note to quote', () => {
    expect(plan('Ёлка «зелёная Ёлка»', m).absent.map((a) => [a.word, a.typed])).toEqual([
      ['елка', 'Ёлка'],
      ['зеленая', 'зелёная'],
    ]);
  });

  it('offers the nearest record words for a misspelling', () => {
    expect(plan('гостепреимство', m).absent[0]?.suggestions).toEqual(['гостеприимство']);
    expect(plan('телемедецина', m).absent[0]?.suggestions).toEqual(['телемедицина']);
    expect(plan('цифровизацыя', m).absent[0]?.suggestions).toEqual(['цифровизация']);
    expect(plan('трехязычие', m).absent[0]?.suggestions).toEqual(['трехъязычие']);
  });

  it('offers forms of the record lemmas it does not hold, one per lemma, its own first', async () => {
    // As the record has them: oblique forms only, two of them words the dictionary does not know.
    const oblique = await morphologyOf([
      'Повышение уровня жизни, цифровизации и телемедицины, развития регионов.',
    ]);
    const suggested = (raw: string) => plan(raw, oblique).absent[0]?.suggestions;
    expect(suggested('уравнями')).toEqual(['уровнями']);
    expect(suggested('регеонами')).toEqual(['регионами']);
    expect(suggested('цифровизацыя')).toEqual(['цифровизации']);
    expect(suggested('телемедецина')).toEqual(['телемедицины']);
    // «уровень», «уровне», «уровни»… are as near: one form of the lemma, the record's own.
    expect(suggested('уровнь')).toEqual(['уровня']);
    // A number or a sign has no spellings near it.
    expect(plan('12 %', oblique).absent.map((a) => a.suggestions)).toEqual([[], []]);
  });

  it('lists the words that begin like an absent word, and never searches for them', () => {
    const p = plan('образ', m);
    expect(p.absent[0]?.prefixed).toEqual(['образование', 'образовательные']);
    expect(p.mean).toEqual([[[]]]);
    expect(p.lookups).toEqual([]);
  });

  it('reads an unfinished last word as its continuations only while typing', () => {
    expect(plan('магистр', m, true).lookups).toEqual([['магистрали']]);
    expect(plan('магистр ', m, true).lookups).toEqual([]);
    expect(plan('магистр', m).lookups).toEqual([]);
  });

  it('asks the index once per key it files the record forms under', () => {
    expect(plan('котором', m).lookups.map((l) => l.sort())).toEqual([
      ['которой', 'которые', 'который'],
    ]);
    expect(plan('котором туризм', m).lookups).toHaveLength(2);
  });
});
