import { describe, expect, it } from 'vitest';
import { cutAtSentence } from './og.ts';

describe('cutAtSentence', () => {
  it('leaves short text alone', () => {
    expect(cutAtSentence('Спасибо большое.', 100)).toBe('Спасибо большое.');
  });

  it('cuts after the last whole sentence that fits', () => {
    const text = `${'Первое предложение довольно длинное, чтобы быть больше восьмидесяти знаков в длину. '}Второе предложение. Третье предложение не помещается целиком никак.`;
    expect(cutAtSentence(text, 110)).toBe('Первое предложение довольно длинное, чтобы быть больше восьмидесяти знаков в длину. Второе предложение. …');
  });

  it('cuts at a word when no sentence ends early enough', () => {
    expect(cutAtSentence('слово '.repeat(40).trim(), 30)).toBe('слово слово слово слово слово …');
  });
});
