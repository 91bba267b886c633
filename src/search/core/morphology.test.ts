import { describe, expect, it } from 'vitest';
import { buildMorphology, packEndings } from '../build/words.ts';
import { decode, lemmaIds, recordWords, unpackEndings } from './morphology.ts';

const TEXT = [
  'Повестка дня была насыщенной, уровень и уровне доверия высоки.',
  'Соглашение, которое мы сегодня подпишем, касается рынка труда и рынков капитала.',
  'Люди стали жить лучше. Программа «Болашак» и телемедицина, 2018–2023 годы.',
];
const data = await buildMorphology(TEXT);
const m = decode(data);
const names = (word: string) => lemmaIds(m, word).map((id) => m.names[id]);
const same = (a: string, b: string) => lemmaIds(m, a).some((id) => lemmaIds(m, b).includes(id));

describe('the morphology map', () => {
  it('bridges fleeting vowels, alternations and irregular stems', () => {
    expect(same('уровень', 'уровне')).toBe(true);
    expect(same('уровнями', 'уровня')).toBe(true);
    expect(same('день', 'дня')).toBe(true);
    expect(same('подписать', 'подпишем')).toBe(true);
    expect(same('подписали', 'подпишем')).toBe(true);
    expect(same('рынок', 'рынка')).toBe(true);
    expect(same('человек', 'люди')).toBe(true);
  });

  it('knows only the lemmas of the record, and only their likely readings', () => {
    expect(names('магистраль')).toEqual([]);
    expect(names('образ')).toEqual([]);
    // «стали» in the record is «стать»; «сталь» is far less likely a reading of it.
    expect(names('стали')).toEqual(['стать']);
    expect(names('сталь')).toEqual([]);
  });

  it('matches words the dictionary lacks by their stem, numbers as they are', () => {
    expect(same('болашака', 'болашак')).toBe(true);
    expect(names('2023')).toEqual(['2023']);
    expect(names('2024')).toEqual([]);
  });

  it('finds, for every form the tables spell, exactly the lemmas that spell it', () => {
    // Spelled out here the plain way: each lemma's stem plus each ending of its table.
    const spelled = new Map<string, number[]>();
    let previous = '';
    data.lemmas.forEach((entry, id) => {
      const [coded = '0', table = '0'] = entry.split('|');
      const head = previous.slice(0, Number.parseInt(coded[0] ?? '0', 36)) + coded.slice(1);
      previous = head;
      for (const ending of unpackEndings(data.endings[Number.parseInt(table, 36)] ?? '')) {
        const ids = spelled.get(head + ending) ?? [];
        if (!ids.includes(id)) spelled.set(head + ending, [...ids, id]);
      }
    });
    expect(spelled.size).toBeGreaterThan(400);
    for (const [form, ids] of spelled) expect([form, lemmaIds(m, form)]).toEqual([form, ids]);
    // A stem alone, or with an ending of another table, is no form.
    expect(lemmaIds(m, 'уровн')).toEqual([]);
  });

  it('lists the record words themselves', () => {
    const words = recordWords(m);
    expect(words).toEqual(
      expect.arrayContaining([
        'уровень',
        'уровне',
        'дня',
        'подпишем',
        'люди',
        'стали',
        'болашак',
        '2018',
      ]),
    );
    expect(words).not.toContain('уровнями');
  });

  it('packs ending runs and unpacks them unchanged', () => {
    const endings = [
      'овать',
      'ую',
      'ующий',
      'ующего',
      'ующему',
      'ем',
      '',
      'овавший',
      'овавшего',
      'овавшему',
    ];
    const packed = packEndings(endings);
    expect(packed).toContain(' овавш:ий,его,ему');
    expect(packed.length).toBeLessThan(endings.join(' ').length);
    expect(unpackEndings(packed)).toEqual(endings);
  });
});
