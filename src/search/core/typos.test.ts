import { describe, expect, it } from 'vitest';
import { distance, nearest, startingWith } from './typos.ts';

describe('edit distance', () => {
  it('counts a letter missed, added, changed or two swapped as one', () => {
    expect(distance('трехязычие', 'трехъязычие')).toBe(1);
    expect(distance('гостепреимство', 'гостеприимство')).toBe(1);
    expect(distance('гвооря', 'говоря')).toBe(1);
    expect(distance('кот', 'кот')).toBe(0);
    expect(distance('', 'кот')).toBe(3);
    expect(distance('abc', 'xyz')).toBe(3);
  });

  it('stops early past the limit', () => {
    expect(distance('телемедецина', 'образование', 2)).toBe(3);
  });
});

describe('nearest', () => {
  const vocabulary = [
    'гостеприимство',
    'гостеприимства',
    'телемедицина',
    'цифровизация',
    'цифровизации',
    'образование',
    'оба',
    'раз',
  ];
  it('offers the words fewest edits away', () => {
    expect(nearest('гостепреимство', vocabulary)).toEqual(['гостеприимство']);
    expect(nearest('телемедецина', vocabulary)).toEqual(['телемедицина']);
    expect(nearest('цифровизацыя', vocabulary)).toEqual(['цифровизация']);
  });

  it('offers nothing too far away, and not the word itself', () => {
    expect(nearest('образ', vocabulary)).toEqual([]);
    expect(nearest('марсоход', vocabulary)).toEqual([]);
    expect(nearest('образование', vocabulary)).toEqual([]);
  });
});

describe('startingWith', () => {
  it('lists words that begin so, alphabetically, not for two letters', () => {
    expect(startingWith('образ', ['образованием', 'образование', 'оба', 'образ'])).toEqual([
      'образование',
      'образованием',
    ]);
    expect(startingWith('об', ['образование'])).toEqual([]);
  });
});
