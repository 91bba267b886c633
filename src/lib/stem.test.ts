import { describe, expect, it } from 'vitest';
import { fold, matches, stem, words } from './stem.ts';

describe('stem (Snowball Russian)', () => {
  // Pairs from the Snowball reference vocabulary for Russian.
  it.each([
    ['вавиловка', 'вавиловк'],
    ['вагнера', 'вагнер'],
    ['важная', 'важн'],
    ['важнейшие', 'важн'],
    ['валентина', 'валентин'],
    ['вальсирующего', 'вальсир'],
    ['вам', 'вам'],
    ['ваша', 'ваш'],
    ['вбежал', 'вбежа'],
    ['вдохновение', 'вдохновен'],
    ['вдохновенно', 'вдохновен'],
    ['великолепная', 'великолепн'],
    ['ворота', 'ворот'],
    ['всемирных', 'всемирн'],
    ['сотрудничества', 'сотрудничеств'],
    ['сотрудничество', 'сотрудничеств'],
    ['государств', 'государств'],
    ['государства', 'государств'],
    ['прекраснейший', 'прекрасн'],
    ['развитии', 'развит'],
    ['развитие', 'развит'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('folds case and ё like the index', () => {
    expect(fold('ТРЁХЪЯЗЫЧИЕ')).toBe('трехъязычие');
    expect(stem('трёхъязычие')).toBe(stem('трехъязычия'));
    expect(stem('Партнёрство')).toBe(stem('партнерства'));
  });

  it('leaves numbers and Latin as they are', () => {
    expect(stem('2030')).toBe('2030');
    expect(stem('XIV')).toBe('xiv');
  });
});

describe('matches', () => {
  it('matches inflected forms', () => {
    expect(matches('магистрали', 'магистраль')).toBe(true);
    expect(matches('скоростной', 'скоростная')).toBe(true);
    expect(matches('Болашак', 'болашак')).toBe(true);
  });

  it('matches a typed prefix of 4+ letters only', () => {
    expect(matches('магистрали', 'магис')).toBe(true);
    expect(matches('магистрали', 'маг')).toBe(false);
  });

  it('does not match unrelated words', () => {
    expect(matches('марта', 'марсоход')).toBe(false);
    expect(matches('йога', 'йогурт')).toBe(false);
  });

  it('does not match words that only share a root (Snowball stems differ)', () => {
    expect(matches('медицине', 'медицинский')).toBe(false);
    expect(matches('Казахстан', 'казахстанцы')).toBe(false);
    expect(matches('президентов', 'президентская')).toBe(false);
    expect(matches('договор', 'договорённостей')).toBe(false);
    expect(matches('Казахстане', 'казахстанском')).toBe(false);
  });

  it('matches a part of a hyphenated word', () => {
    expect(matches('торгово-экономической', 'экономической')).toBe(true);
    expect(matches('российско-казахстанском', 'российско-казахстанском')).toBe(true);
    expect(matches('онлайн-курсов', 'онлайн-курсы')).toBe(true);
    expect(matches('онлайн-курсов', 'онлайн-игры')).toBe(false);
  });
});

describe('words', () => {
  it('splits prose into words, keeping hyphenated words and numbers', () => {
    expect(words('Тема форума\u00a0– «Развитие», 2018–2023 годов; во-первых.')).toEqual(['Тема', 'форума', 'Развитие', '2018', '2023', 'годов', 'во-первых']);
  });
});
