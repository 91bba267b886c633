import { describe, expect, it } from 'vitest';
import { isLatinWord, toRussianLayout } from './keyboard-layout.ts';

describe('keyboard layout', () => {
  it('reads Latin keys as the Russian letters on them', () => {
    expect(toRussianLayout('wbahjdbpfwbz')).toBe('цифровизация');
    expect(toRussianLayout('NHT[]ZPSXBT')).toBe('трехъязычие');
    expect(toRussianLayout('ltnb b hjlbntkb')).toBe('дети и родители');
    expect(toRussianLayout(',jkfifr')).toBe('болашак');
    expect(toRussianLayout('`krf')).toBe('ёлка');
  });

  it('keeps what is not a letter key', () => {
    expect(toRussianLayout('2030 «lfnf»')).toBe('2030 «дата»');
  });

  it('tells a Latin word', () => {
    expect(isLatinWord('tourism')).toBe(true);
    expect(isLatinWord(',jkfifr')).toBe(false);
    expect(isLatinWord('b,jkfifr')).toBe(true);
    expect(isLatinWord('туризм')).toBe(false);
    expect(isLatinWord('2030')).toBe(false);
  });
});
