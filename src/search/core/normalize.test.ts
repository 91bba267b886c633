import { describe, expect, it } from 'vitest';
import { fold, tokens, words } from './normalize.ts';

describe('normalisation', () => {
  it('folds case, ё and soft hyphens', () => {
    expect(fold('ТРЁХЪЯЗЫЧИЕ')).toBe('трехъязычие');
    expect(words('Партнёр\u00adство')).toEqual(['партнерство']);
  });

  it('reads NBSP and every space as a space, and punctuation as no word', () => {
    expect(words('Тема\u00a0форума\u2009–\u202f«Развитие»')).toEqual([
      'тема',
      'форума',
      'развитие',
    ]);
  });

  it('joins words across a hyphen, an en or em dash or a minus with no space around it', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212']) {
      expect(tokens(`2018${dash}2023`).map((t) => t.joined)).toEqual([false, true]);
      expect(tokens(`онлайн${dash}курсы`).map((t) => t.word)).toEqual(['онлайн', 'курсы']);
    }
    expect(tokens('Казахстан – партнёр').map((t) => t.joined)).toEqual([false, false]);
  });

  it('keeps offsets into the text and counts sentences', () => {
    const text = 'Мы начали. Это «важно»! А потом — В.Путин';
    const t = tokens(text);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual([
      'Мы',
      'начали',
      'Это',
      'важно',
      'А',
      'потом',
      'В',
      'Путин',
    ]);
    expect(t.map((x) => x.sentence)).toEqual([0, 0, 1, 1, 2, 2, 2, 2]);
  });
});
