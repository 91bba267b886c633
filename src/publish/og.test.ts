import { describe, expect, it } from 'vitest';
import { cutAtSentence, withoutAddress } from './og.ts';

describe('cutAtSentence', () => {
  it('leaves short text alone', () => {
    expect(cutAtSentence('Спасибо большое.', 100)).toBe('Спасибо большое.');
  });

  it('cuts after the last whole sentence that fits', () => {
    const text = `${'Первое предложение довольно длинное, чтобы быть больше восьмидесяти знаков в длину. '}Второе предложение. Третье предложение не помещается целиком никак.`;
    // The ellipsis takes the full stop's place, with no space before it.
    expect(cutAtSentence(text, 110)).toBe(
      'Первое предложение довольно длинное, чтобы быть больше восьмидесяти знаков в длину. Второе предложение…',
    );
  });

  it('cuts at a word when no sentence ends early enough', () => {
    expect(cutAtSentence('слово '.repeat(40).trim(), 30)).toBe('слово слово слово слово слово…');
    expect(
      cutAtSentence('Уважаемые коллеги! Предлагаю обозначить тематику следующего форума.', 30),
    ).toBe('Уважаемые коллеги!..');
  });
});

describe('withoutAddress', () => {
  it('drops the forms of address a paragraph opens with, and keeps a paragraph that is only one', () => {
    expect(withoutAddress('Уважаемый Владимир Владимирович! Предлагаю обозначить тематику.')).toBe(
      'Предлагаю обозначить тематику.',
    );
    expect(withoutAddress('Уважаемый Нурсултан Абишевич! Уважаемые коллеги! Дамы и господа!')).toBe(
      'Дамы и господа!',
    );
    expect(withoutAddress('Уважаемые коллеги!')).toBe('Уважаемые коллеги!');
    expect(withoutAddress('Россия и Казахстан.')).toBe('Россия и Казахстан.');
  });
});

describe('previewPng', () => {
  it('renders a 1200×630 PNG, the same bytes again from the cache, and different bytes for other words', async () => {
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const cache = mkdtempSync(join(tmpdir(), 'og-'));
    process.env.ASTRO_CACHE_DIR = cache;
    const { previewPng } = await import('./og.ts');
    const input = {
      quote: 'Россия и Казахстан — ближайшие союзники, ёлки.',
      speaker: 'Владимир Путин',
      role: 'Президент России',
      footer: 'Челябинск, 9 ноября 2017',
    };
    const png = await previewPng(input);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(readdirSync(join(cache, 'og'))).toHaveLength(1);
    expect((await previewPng(input)).equals(png)).toBe(true);
    expect((await previewPng({ ...input, quote: 'Другие слова.' })).equals(png)).toBe(false);
    expect(readdirSync(join(cache, 'og'))).toHaveLength(2);
    delete process.env.ASTRO_CACHE_DIR;
  });
});
