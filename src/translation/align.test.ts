import { describe, expect, it } from 'vitest';
import { alignParagraphs, type Bead } from './align.ts';

/** A paragraph of `length` characters: its anchors (numbers…) first, then filler words. */
function text(length: number, lang: 'ru' | 'en', anchors = ''): string {
  const word = lang === 'ru' ? 'слово ' : 'word ';
  const start = anchors ? `${anchors} ` : '';
  return (start + word.repeat(Math.ceil(length / word.length))).slice(0, length).trimEnd();
}
const ru = (lengths: number[]) => lengths.map((n) => text(n, 'ru'));
const en = (lengths: number[]) => lengths.map((n) => text(n, 'en'));
const pairs = (beads: Bead[]) => beads.map((b) => [b.ru, b.en]);

describe('alignParagraphs on synthetic pairs', () => {
  it('pairs a chain of like lengths one to one, confidently', () => {
    const lengths = [120, 300, 80, 200, 150];
    const beads = alignParagraphs(ru(lengths), en(lengths.map((n) => Math.round(n * 0.95))));
    expect(pairs(beads)).toEqual(lengths.map((_, k) => [[k], [k]]));
    expect(beads.every((b) => b.confident && b.shape === '1-1')).toBe(true);
  });

  it('finds a 1–2: one Russian paragraph rendered as two', () => {
    const beads = alignParagraphs(ru([150, 320, 140]), en([145, 150, 160, 135]));
    expect(pairs(beads)).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });

  it('finds a 2–1: two Russian paragraphs rendered as one', () => {
    const beads = alignParagraphs(ru([150, 150, 170, 140]), en([145, 310, 135]));
    expect(pairs(beads)).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ]);
  });

  it('finds a 1–0: a Russian paragraph left out inside a turn', () => {
    const r = [text(200, 'ru'), text(260, 'ru', 'В 2016 году – 35 процентов.'), text(180, 'ru')];
    const beads = alignParagraphs(r, en([195, 175]));
    expect(pairs(beads)).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
  });

  it('leaves out «Спасибо большое.» at an omission edge only', () => {
    const r = ['Спасибо большое.', 'Уважаемые коллеги! Уважаемые друзья!', text(220, 'ru')];
    const e = ['Colleagues, friends.', text(210, 'en')];
    const edge = alignParagraphs(r, e, { edges: { start: true, end: false } });
    expect(pairs(edge)).toEqual([
      [[0], []],
      [[1], [0]],
      [[2], [1]],
    ]);
    // Without the translator's omission mark, lengths alone cannot tell a dropped thank-you.
    expect(alignParagraphs(r, e).map((b) => b.shape)).not.toContain('1-0');
  });

  it('finds a 0–1: an English paragraph the translator added', () => {
    const beads = alignParagraphs(ru([200, 180]), en([195, 240, 175]));
    expect(pairs(beads)).toEqual([
      [[0], [0]],
      [[], [1]],
      [[1], [2]],
    ]);
  });

  it('lets anchors decide what lengths cannot: which paragraph the English kept', () => {
    const r = [text(150, 'ru', 'В 1999 году'), text(150, 'ru', 'В 2004 году')];
    const beads = alignParagraphs(r, [text(150, 'en', 'In 2004')]);
    expect(pairs(beads)).toEqual([
      [[0], []],
      [[1], [0]],
    ]);
  });

  it('never crosses, even where anchors point crosswise', () => {
    const r = [text(100, 'ru', '1990'), text(300, 'ru', '2005')];
    const e = [text(290, 'en', '2005'), text(95, 'en', '1990')];
    expectMonotone(alignParagraphs(r, e), 2, 2);
  });

  it('covers every paragraph once, in order, on random inputs', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 150; round++) {
      const n = random(8);
      const m = random(8);
      const side = (count: number, lang: 'ru' | 'en') =>
        Array.from({ length: count }, () => text(10 + random(400), lang, String(random(5))));
      expectMonotone(alignParagraphs(side(n, 'ru'), side(m, 'en')), n, m);
    }
  });
});

/** Beads partition 0..n−1 and 0..m−1 into consecutive runs, both in increasing order. */
function expectMonotone(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.ru)).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(beads.flatMap((b) => b.en)).toEqual(Array.from({ length: m }, (_, k) => k));
  for (const b of beads) {
    expect(b.ru.length + b.en.length).toBeGreaterThan(0);
    expect(b.posterior).toBeGreaterThan(0);
    expect(b.posterior).toBeLessThanOrEqual(1 + 1e-9);
  }
}
