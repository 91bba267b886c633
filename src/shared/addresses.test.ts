import { describe, expect, it } from 'vitest';
import {
  absolute,
  PATHS,
  passageId,
  passageImagePath,
  passagePagePath,
  passageParts,
  passagePath,
  passageRank,
  passageSpeech,
  searchPath,
  speechOnRecordPath,
  speechPath,
} from './addresses.ts';

describe('the address book', () => {
  it('puts speech paragraphs on their speech page and the lead on /', () => {
    expect(speechPath('putin-closing')).toBe('/speeches/putin-closing/');
    expect(passagePath('putin-closing-10')).toBe('/speeches/putin-closing/#putin-closing-10');
    expect(passagePath('lead-3')).toBe('/#lead-3');
    expect(() => passagePath('lead')).toThrow(/not a passage id/);
  });

  it('reads a passage id: its part, its number, its speech, its passage page', () => {
    expect(passageParts('nazarbayev-speech-38')).toEqual({ part: 'nazarbayev-speech', n: 38 });
    expect(passageSpeech('putin-closing-1')).toBe('putin-closing');
    expect(passageSpeech('lead-4')).toBeUndefined();
    expect(passagePagePath('lead-4')).toBe('/p/lead-4/');
    expect(() => passageParts('putin-speech')).toThrow(/not a passage id/);
  });

  it('orders passages as the record does', () => {
    const prefixes = ['lead', 'putin-speech', 'nazarbayev-speech'];
    const ids = ['nazarbayev-speech-2', 'putin-speech-10', 'lead-4', 'putin-speech-9'];
    expect(ids.sort((a, b) => passageRank(a, prefixes) - passageRank(b, prefixes))).toEqual([
      'lead-4',
      'putin-speech-9',
      'putin-speech-10',
      'nazarbayev-speech-2',
    ]);
    expect(() => passageRank('putin-closing-1', prefixes)).toThrow(/not a passage/);
  });

  it('spells ids, images, searches and absolute URLs', () => {
    expect(passageId('lead', 2)).toBe('lead-2');
    expect(passageImagePath('putin-speech-3')).toBe('/p/putin-speech-3.png');
    expect(speechOnRecordPath('putin-speech')).toBe('/#putin-speech');
    expect(searchPath('рынок труда', 'putin')).toBe(
      '/search/?q=%D1%80%D1%8B%D0%BD%D0%BE%D0%BA+%D1%82%D1%80%D1%83%D0%B4%D0%B0&speaker=putin',
    );
    expect(absolute(PATHS.akn, 'https://example.org/')).toBe('https://example.org/record.akn.xml');
  });
});
