import { expect, it } from 'vitest';
import { localDay } from './day.ts';

it('gives the reader’s own calendar day for a date of access', () => {
  expect(localDay(new Date(2027, 2, 5, 23, 59))).toBe('2027-03-05');
  expect(localDay(new Date(2027, 11, 31, 0, 0))).toBe('2027-12-31');
});
