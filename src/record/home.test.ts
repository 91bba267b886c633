import { describe, expect, it } from 'vitest';
import { HOME_PARAGRAPHS, wholeRecordOnHome } from './home.ts';

describe('what / holds', () => {
  it('is the whole record up to the limit, then only the lead and the contents', () => {
    expect(wholeRecordOnHome(91)).toBe(true);
    expect(wholeRecordOnHome(HOME_PARAGRAPHS)).toBe(true);
    expect(wholeRecordOnHome(HOME_PARAGRAPHS + 1)).toBe(false);
  });
});
