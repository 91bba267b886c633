import { describe, expect, it } from 'vitest';
import { morphologyOf, page } from '../../../tests/support/search-fixture.ts';
import {
  excerpt,
  marks as marksAt,
  resultHref,
  segments,
  splitSegments,
  textFragment,
} from './highlight.ts';
import { parseQuery } from './query.ts';
import { paragraphResults, searchPage } from './results.ts';

const speech = page('/speeches/nazarbayev-speech/', 'Выступление', [
  'Мы начали переход на трёхъязычие.',
  'Реализуется президентская программа «Болашак» («Будущее»).',
]);
const m = await morphologyOf([
  ...speech.anchors.map((a) => a.text),
  'и программа «Болашак» связаны. Россия и Казахстан – стратегические партнёры. Ведущие онлайн-курсы мира. Уровень и уровня.',
  'Основой стало образование детей в школах страны. Торгово-экономические связи, а также образование, наука & культура-2.',
]);
const marks = (text: string, raw: string) =>
  segments(text, parseQuery(raw), m)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('segments and excerpt', () => {
  it('marks every form of the word, ё and case folded, and keeps the text whole', () => {
    expect(marks('Мы начали переход на трёхъязычие.', 'трехъязычия')).toEqual(['трёхъязычие']);
    expect(marks('Уровень и уровня.', 'уровнем')).toEqual(['Уровень', 'уровня']);
    const parts = segments('Мы начали переход на трёхъязычие.', parseQuery('трехъязычия'), m);
    expect(parts.map((p) => p.text).join('')).toBe('Мы начали переход на трёхъязычие.');
  });

  it('marks a phrase as one run, across quotes, dashes and hyphens', () => {
    expect(marks('и программа «Болашак» связаны', '«программа Болашак»')).toEqual([
      'программа «Болашак',
    ]);
    expect(
      marks('Россия и Казахстан – стратегические партнёры.', '"казахстан стратегические"'),
    ).toEqual(['Казахстан – стратегические']);
    expect(marks('Ведущие онлайн-курсы мира.', '"онлайн курсы"')).toEqual(['онлайн-курсы']);
  });

  it('cuts the marks of a whole text back into the pieces a page holds it in', () => {
    // «программа <em>«Болашак»</em> связаны»: the phrase spans two text nodes.
    const pieces = ['и программа «', 'Болашак', '» связаны, программа'];
    const whole = segments(pieces.join(''), parseQuery('«программа Болашак»'), m);
    const split = splitSegments(
      whole,
      pieces.map((p) => p.length),
    );
    expect(split.map((runs) => runs.map((r) => r.text).join(''))).toEqual(pieces);
    expect(split.map((runs) => runs.filter((r) => r.mark).map((r) => r.text))).toEqual([
      ['программа «'],
      ['Болашак'],
      [],
    ]);
  });

  it('cuts a long text around the first mark', () => {
    const text = `${'начали '.repeat(100)}трёхъязычие ${'начали '.repeat(100)}`;
    const cut = excerpt(segments(text, parseQuery('трехъязычие'), m), 120);
    const joined = cut.map((p) => p.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(cut.some((p) => p.mark && p.text === 'трёхъязычие')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(122);
  });
});

describe('marks', () => {
  it('cuts a result by the spans it carries exactly as the query cuts it afresh', () => {
    const texts = page('/speeches/x/', 'X', [
      'и программа «Болашак» связаны. Россия и Казахстан – стратегические партнёры.',
      'Ведущие онлайн-курсы мира. Уровень и уровня, а программа — «Болашак».',
    ]);
    for (const raw of [
      'программа Болашак',
      '«программа Болашак»',
      'онлайн-курсы',
      'уровнем Россия',
    ]) {
      const q = parseQuery(raw);
      const results = paragraphResults([searchPage(texts)], q, m);
      expect(results.length, raw).toBeGreaterThan(0);
      for (const r of results)
        expect(marksAt(r.text, r.match.spans)).toEqual(segments(r.text, q, m));
    }
  });
});

describe('resultHref and textFragment', () => {
  it('links to the permanent address with ?h= and a text fragment', () => {
    const q = parseQuery('Болашак');
    const [r] = paragraphResults([searchPage(speech)], q, m);
    if (!r) throw new Error('no result');
    const href = resultHref(r, q);
    expect(
      href.startsWith(
        '/speeches/nazarbayev-speech/?h=%D0%91%D0%BE%D0%BB%D0%B0%D1%88%D0%B0%D0%BA#nazarbayev-speech-2:~:text=',
      ),
    ).toBe(true);
    expect(decodeURIComponent(href.split(':~:text=')[1] ?? '')).toBe(
      'президентская программа «-,Болашак,-» («Будущее»).',
    );
  });

  it('pins the marked words with up to three words on each side, the paragraph edges included', () => {
    const q = parseQuery('образование');
    const decode = (f: string) => f.replace(':~:text=', '').split(',').map(decodeURIComponent);
    const fragment = (text: string) => textFragment(text, segments(text, q, m));
    expect(decode(fragment('Основой стало образование детей в школах страны.'))).toEqual([
      'Основой стало-',
      'образование',
      '-детей в школах',
    ]);
    expect(decode(fragment('Образование. Мы начали переход.'))).toEqual([
      'Образование',
      '-. Мы начали',
    ]);
    expect(fragment('Ничего нет.')).toBe('');
  });

  it('encodes the characters that are syntax in a text fragment', () => {
    const text = 'Торгово-экономические связи, а также образование, наука & культура-2.';
    const f = textFragment(text, segments(text, parseQuery('образование'), m)).replace(
      ':~:text=',
      '',
    );
    expect(f).not.toMatch(/&/);
    expect(f.split(',').map(decodeURIComponent)).toEqual([
      'связи, а также-',
      'образование',
      '-, наука &',
    ]);
  });
});
