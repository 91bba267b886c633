import { describe, expect, it } from 'vitest';
import { fallbackFace, fallbackOverrides, TIMES_NEW_ROMAN } from './font-fallback.ts';

describe('metric-matched fallback', () => {
  it('changes nothing when the fonts already match', () => {
    expect(fallbackOverrides(TIMES_NEW_ROMAN[400], TIMES_NEW_ROMAN[400])).toEqual({
      'size-adjust': '100%',
      'ascent-override': '89.1113%',
      'descent-override': '21.6309%',
      'line-gap-override': '4.248%',
    });
  });

  it('scales a fallback to the font’s average width and takes the font’s vertical metrics at that scale', () => {
    // A font 10% wider on average, with a tall ascent, on a 1000-unit em.
    const font = { ascent: 1000, descent: -250, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 500 };
    const fallback = { ascent: 900, descent: -200, lineGap: 0, unitsPerEm: 2000, xWidthAvg: 900 };
    const o = fallbackOverrides(font, fallback);
    expect(o['size-adjust']).toBe('111.1111%');
    // ascent 1000 on an em of 1000 × 1.1111 → 90%: the line box stays the font's.
    expect(o['ascent-override']).toBe('90%');
    expect(o['descent-override']).toBe('22.5%');
    expect(o['line-gap-override']).toBe('0%');
  });

  it('writes a face from the first local font the reader has', () => {
    expect(fallbackFace('X Fallback', 700, ['A Bold', 'B Bold'], { 'size-adjust': '90%' })).toBe(
      '@font-face {\n  font-family: "X Fallback";\n  font-weight: 700;\n  src: local("A Bold"), local("B Bold");\n  size-adjust: 90%;\n}\n',
    );
  });
});
