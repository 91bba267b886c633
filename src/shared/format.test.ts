import { describe, expect, it } from 'vitest';
import {
  countParagraphs,
  formatDateRu,
  formatTime,
  formatZone,
  isoDay,
  pluralRu,
} from './format.ts';

describe('Russian formatting', () => {
  it('writes the date in the genitive with non-breaking spaces, whatever the machine time zone', () => {
    expect(formatDateRu('2017-11-09T18:40:00+03:00')).toBe('9\u00a0ноября 2017\u00a0года');
    expect(formatDateRu('2017-01-31T23:59:00+03:00')).toBe('31\u00a0января 2017\u00a0года');
    expect(formatTime('2017-11-09T18:40:00+03:00')).toBe('18:40');
    expect(() => formatDateRu('9 ноября')).toThrow(/not an ISO date/);
  });

  it('picks the Russian plural form', () => {
    const forms = ['абзац', 'абзаца', 'абзацев'] as const;
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111, 104].map((n) => pluralRu(n, forms))).toEqual([
      'абзац',
      'абзаца',
      'абзацев',
      'абзацев',
      'абзацев',
      'абзац',
      'абзаца',
      'абзацев',
      'абзацев',
      'абзаца',
    ]);
    expect(countParagraphs(38)).toBe('38\u00a0абзацев');
  });
});

describe('the day and the zone of a time', () => {
  it('gives the calendar day in the time’s own offset', () => {
    expect(isoDay('2017-11-09T18:40:00+03:00')).toBe('2017-11-09');
    expect(isoDay('2017-11-09T23:40:00-05:00')).toBe('2017-11-09');
    expect(() => isoDay('ноябрь')).toThrow(/not an ISO date/);
  });
  it('names Moscow time «мск» and other offsets as UTC±h', () => {
    expect(formatZone('2017-11-09T18:40:00+03:00')).toBe('мск');
    expect(formatZone('2017-11-09T18:40:00+05:00')).toBe('UTC+5');
    expect(formatZone('2017-11-09T18:40:00+05:30')).toBe('UTC+5:30');
    expect(formatZone('2017-11-09T18:40:00-04:00')).toBe('UTC\u22124');
    expect(formatZone('2017-11-09T18:40:00Z')).toBe('UTC');
    expect(() => formatZone('2017-11-09T18:40')).toThrow(/no offset/);
  });
});
