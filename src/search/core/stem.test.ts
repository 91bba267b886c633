import { describe, expect, it } from 'vitest';
import { pagefindKey, stem } from './stem.ts';

describe('stem (Snowball Russian, @orama/stemmers)', () => {
  // Pairs from the Snowball reference vocabulary for Russian.
  it.each([
    ['вавиловка', 'вавиловк'],
    ['важнейшие', 'важн'],
    ['вальсирующего', 'вальсир'],
    ['вбежал', 'вбежа'],
    ['вдохновение', 'вдохновен'],
    ['сотрудничества', 'сотрудничеств'],
    ['прекраснейший', 'прекрасн'],
    ['развитии', 'развит'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('folds case and ё first, and leaves numbers and Latin as they are', () => {
    expect(stem('Партнёрство')).toBe(stem('партнерства'));
    expect(stem('2030')).toBe('2030');
    expect(stem('XIV')).toBe('xiv');
  });

  it('gives the key Pagefind files a word under: й read as и', () => {
    expect(pagefindKey('которой')).toBe('которо');
    expect(pagefindKey('которые')).toBe('котор');
  });
});
