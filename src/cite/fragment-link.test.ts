import { describe, expect, it } from 'vitest';
import { fragmentLink, textDirective } from './fragment-link.ts';

describe('text fragments', () => {
  it('encodes a short selection, with dashes, commas and NBSP', () => {
    const p = 'Россия и\u00a0Казахстан – стратегические партнёры, союзники.';
    expect(textDirective(p, 'Казахстан – стратегические партнёры,')).toBe(
      ':~:text=%D0%9A%D0%B0%D0%B7%D0%B0%D1%85%D1%81%D1%82%D0%B0%D0%BD%20%E2%80%93%20%D1%81%D1%82%D1%80%D0%B0%D1%82%D0%B5%D0%B3%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B5%20%D0%BF%D0%B0%D1%80%D1%82%D0%BD%D1%91%D1%80%D1%8B%2C',
    );
    expect(textDirective('a-b c', 'a-b')).toBe(':~:text=a%2Db');
  });

  it('adds a prefix and a suffix when the words repeat in the paragraph', () => {
    const p = 'и второе. Уважаемые друзья! Снова: уважаемые друзья и коллеги.';
    expect(textDirective(p, 'друзья', p.lastIndexOf('друзья'))).toBe(
      `:~:text=${encodeURIComponent('уважаемые')}-,${encodeURIComponent('друзья')},-${encodeURIComponent('и')}`,
    );
  });

  it('uses start and end words for a long selection', () => {
    const p = 'один два три четыре пять шесть семь восемь девять десять';
    expect(textDirective(p, p)).toBe(
      `:~:text=${encodeURIComponent('один два три четыре')},${encodeURIComponent('семь восемь девять десять')}`,
    );
  });

  it('keeps ё and quotes, and builds the link on the address it is given, with or without a #id', () => {
    const words = `:~:text=${encodeURIComponent('«Болашак» ещё')}`;
    expect(fragmentLink('https://x.org/speeches/a/#a-3', '«Болашак» ещё', '«Болашак» ещё')).toBe(
      `https://x.org/speeches/a/#a-3${words}`,
    );
    expect(fragmentLink('https://x.org/p/a-3/', '«Болашак» ещё', '«Болашак» ещё')).toBe(
      `https://x.org/p/a-3/#${words}`,
    );
    // No directive tells the words apart: the bare address, which still lands on the paragraph.
    expect(fragmentLink('https://x.org/p/a-3/', 'Россия', 'Россия', 0, 'Россия')).toBe(
      'https://x.org/p/a-3/',
    );
  });

  it('handles a very long paragraph where no short context is unique: the whole selection is the term', () => {
    const p = `${'слово '.repeat(500)}конец`;
    const sel = `${'слово '.repeat(21)}конец`;
    expect(textDirective(p, sel)).toBe(`:~:text=${encodeURIComponent(sel)}`);
  });

  it('gives a long selection by its first and last words, with a prefix when its start repeats', () => {
    const p =
      'Мы будем работать вместе. Сегодня подписаны документы двух стран. Мы будем работать вместе над новыми совместными проектами регионов.';
    const sel = 'Мы будем работать вместе над новыми совместными проектами регионов.';
    expect(textDirective(p, sel, p.lastIndexOf(sel))).toBe(
      `:~:text=${encodeURIComponent('стран.')}-,${encodeURIComponent('Мы будем работать вместе')},${encodeURIComponent('новыми совместными проектами регионов.')}`,
    );
  });

  it('matches case-insensitively, as browsers do, so «Друзья» after «друзья» needs a prefix', () => {
    const p = 'друзья мои. Друзья, спасибо.';
    expect(textDirective(p, 'Друзья', p.indexOf('Друзья'))).toBe(
      `:~:text=${encodeURIComponent('мои.')}-,${encodeURIComponent('Друзья')},-%2C`,
    );
  });

  it('widens a selection that cuts words, and trims spaces around it', () => {
    const p = 'Подчеркну: взаимодействие регионов растёт.';
    const at = p.indexOf('аимодей');
    expect(textDirective(p, 'аимодействие регио', at)).toBe(
      `:~:text=${encodeURIComponent('взаимодействие регионов')}`,
    );
    const q = 'Подчеркну:  растёт  быстро.';
    expect(textDirective(q, '  растёт  ', q.indexOf('  растёт'))).toBe(
      `:~:text=${encodeURIComponent('растёт')}`,
    );
  });

  it('treats NBSP as a space, and a quote mark without a space before the word as part of the prefix', () => {
    const p = 'программа «Болашак» и\u00a0снова «Болашак» и\u00a0дальше';
    const at = p.lastIndexOf('Болашак');
    expect(textDirective(p, 'Болашак', at)).toBe(
      `:~:text=${encodeURIComponent('снова «')}-,${encodeURIComponent('Болашак')},-${encodeURIComponent('» и')}`,
    );
    expect(textDirective(p, 'и\u00a0дальше')).toBe(`:~:text=${encodeURIComponent('и дальше')}`);
  });

  it('has no directive when the selection is not in the paragraph, so the link lands on the paragraph', () => {
    expect(textDirective('abc', ' x\n y ')).toBe('');
    expect(textDirective('a   b', '   ', 1)).toBe('');
  });

  it('tells the selection apart from matches earlier on the page, not only in the paragraph', () => {
    const earlier = 'Заголовок. Россия и Казахстан. Второй абзац о сотрудничестве регионов.';
    const p = 'Наше сотрудничество регионов растёт.';
    // «сотрудничество» is a whole word here; earlier there is only «сотрудничестве».
    expect(textDirective(p, 'сотрудничество', p.indexOf('сотрудничество'), earlier)).toBe(
      `:~:text=${encodeURIComponent('сотрудничество')}`,
    );
    // «регионов» occurs earlier: a prefix from this paragraph pins it down.
    expect(textDirective(p, 'регионов', p.indexOf('регионов'), earlier)).toBe(
      `:~:text=${encodeURIComponent('сотрудничество')}-,${encodeURIComponent('регионов')},-${encodeURIComponent('растёт.')}`,
    );
  });

  it('uses the suffix alone at the start of a paragraph, and gives up when nothing in the paragraph helps', () => {
    const earlier = 'Казахстан и Россия. Казахстан';
    expect(textDirective('Казахстан – партнёр.', 'Казахстан', 0, earlier)).toBe(
      `:~:text=${encodeURIComponent('Казахстан')},-${encodeURIComponent('–')}`,
    );
    expect(textDirective('Россия', 'Россия', 0, earlier)).toBe('');
  });
});
