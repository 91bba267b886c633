import { describe, expect, it } from 'vitest';
import { anchorsOf, nameForms, sharedAnchors } from './anchors.ts';
import { monthAnchors, numberAnchors } from './numbers.ts';
import { soundOf } from './translit.ts';

const nums = (text: string, lang: 'ru' | 'en') => numberAnchors(text, lang);

describe('numbers and months read the same in both languages', () => {
  it('scales «млрд» and «billion», reads each decimal mark its own way', () => {
    expect(nums('достигли 11 млрд долларов', 'ru')).toEqual(nums('reached $11 billion', 'en'));
    expect(nums('превысили 10,8 млрд', 'ru')).toEqual(['num:10800000000']);
    expect(nums('exceeded $10.8 billion', 'en')).toEqual(['num:10800000000']);
    expect(nums('1\u00a0000 человек', 'ru')).toEqual(nums('1,000 people', 'en'));
  });

  it('reads plain numbers, ranges, ordinals and Roman numerals', () => {
    expect(nums('400 соглашений', 'ru')).toEqual(['num:400']);
    expect(nums('на 2018–2023 годы', 'ru')).toEqual(nums('for 2018–2023', 'en'));
    expect(nums('25-летия', 'ru')).toEqual(nums('the 25th anniversary', 'en'));
    expect(nums('XIV Форуме', 'ru')).toEqual(nums('the 14th Forum', 'en'));
    expect(nums('I think', 'en')).toEqual([]);
  });

  it('reads month names, English ones only capitalised', () => {
    expect(monthAnchors('в январе–августе, 9 ноября', 'ru')).toEqual([
      'month:1',
      'month:8',
      'month:11',
    ]);
    expect(monthAnchors('In January-August, we may meet on November 9', 'en')).toEqual([
      'month:1',
      'month:8',
      'month:11',
    ]);
  });
});

describe('names and cognates', () => {
  const names = nameForms([
    {
      id: 'nazarbayev',
      name: 'Нурсултан Назарбаев',
      surname: 'Назарбаев',
      given: 'Нурсултан',
      patronymic: 'Абишевич',
      nameEn: 'Nursultan Nazarbayev',
    },
  ]);

  it('finds a speaker named any way the data allows, once per mention', () => {
    const ru = anchorsOf('Уважаемый Нурсултан Абишевич! Уважаемые друзья!', 'ru', names);
    const en = anchorsOf('Mr Nazarbayev, friends.', 'en', names);
    expect(ru.filter((k) => k.startsWith('name:'))).toEqual(['name:nazarbayev']);
    expect(sharedAnchors(ru, en)).toEqual(['name:nazarbayev']);
  });

  it('spells Cyrillic and Latin names alike', () => {
    expect(soundOf('Челябинской').startsWith(soundOf('Chelyabinsk'))).toBe(true);
    expect(soundOf('казахстанских').startsWith(soundOf('Kazakh'))).toBe(true);
    expect(soundOf('Костанайской').startsWith(soundOf('Kostanay'))).toBe(true);
  });

  it('counts shared anchors key by key, as a multiset', () => {
    expect(sharedAnchors(['num:1', 'num:1', 'num:2'], ['num:1', 'num:3', 'num:1'])).toEqual([
      'num:1',
      'num:1',
    ]);
  });
});
