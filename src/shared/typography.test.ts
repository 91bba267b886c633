import { describe, expect, it } from 'vitest';
import { innerQuotes, quoteRu, squash, withEllipsis } from './typography.ts';

describe('Russian typography', () => {
  it('sets quotes inside a quote as „лапки“, never «««…»»»', () => {
    expect(quoteRu('программа «Болашак» («Будущее»)')).toBe('«программа „Болашак“ („Будущее“)»');
    expect(quoteRu('«Болашак»')).toBe('«„Болашак“»');
    expect(innerQuotes('нет кавычек')).toBe('нет кавычек');
  });

  it('keeps non-breaking spaces and squashes the other whitespace', () => {
    expect(squash(' 9\u00a0ноября \n 2017\u00a0года  ')).toBe('9\u00a0ноября 2017\u00a0года');
    expect(quoteRu('Россия и\u00a0Казахстан')).toBe('«Россия и\u00a0Казахстан»');
  });

  it('sets an ellipsis with no space before it, in place of a full stop, after «?» and «!» as «?..»', () => {
    expect(withEllipsis('Предлагаю обозначить тематику ')).toBe('Предлагаю обозначить тематику…');
    expect(withEllipsis('Первое предложение.')).toBe('Первое предложение…');
    expect(withEllipsis('Принимаем?')).toBe('Принимаем?..');
    expect(withEllipsis('Это важно!')).toBe('Это важно!..');
    expect(withEllipsis('слово, –')).toBe('слово…');
    expect(withEllipsis('уже…')).toBe('уже…');
  });
});
