import { describe, expect, it } from 'vitest';
import { textDirectiveOf } from './fragment.ts';

describe('textDirectiveOf', () => {
  it('encodes the directive syntax and brackets, and leaves out empty parts', () => {
    expect(textDirectiveOf({ start: '«Болашак» («Будущее»)' })).toBe(
      `:~:text=${encodeURIComponent('«Болашак» ')}%28${encodeURIComponent('«Будущее»')}%29`,
    );
    expect(
      textDirectiveOf({ prefix: 'торгово-экономического', start: 'а, б & в!', suffix: "д'" }),
    ).toBe(
      `:~:text=${encodeURIComponent('торгово')}%2D${encodeURIComponent('экономического')}-,${encodeURIComponent('а, б & в')}%21,-${encodeURIComponent('д')}%27`,
    );
    expect(textDirectiveOf({ start: 'один', end: 'десять' })).toBe(
      ':~:text=%D0%BE%D0%B4%D0%B8%D0%BD,%D0%B4%D0%B5%D1%81%D1%8F%D1%82%D1%8C',
    );
  });
});
