import { expect, it } from 'vitest';
import { formatDateEn, speechTitleEn } from './ui-en.ts';

it('dates an English page as en.kremlin.ru does, on the day written whatever the zone', () => {
  expect(formatDateEn('2017-11-09')).toBe('9 November 2017');
  expect(formatDateEn('2017-11-09T23:40:00+03:00')).toBe('9 November 2017');
});

it('titles a speech by its kind and speaker', () => {
  expect(speechTitleEn('closing', 'Ivan Ivanov')).toBe('Closing remarks by Ivan Ivanov');
});
