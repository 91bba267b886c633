import { describe, expect, it } from 'vitest';
import {
  absolute,
  PATHS,
  paragraphId,
  paragraphImagePath,
  paragraphPagePath,
  paragraphParts,
  paragraphPath,
  paragraphRank,
  paragraphSpeech,
  searchPath,
  speechOnRecordPath,
  speechPath,
} from './addresses.ts';

describe('the address book', () => {
  it('puts speech paragraphs on their speech page and the lead on /', () => {
    expect(speechPath('putin-closing')).toBe('/speeches/putin-closing/');
    expect(paragraphPath('putin-closing-10')).toBe('/speeches/putin-closing/#putin-closing-10');
    expect(paragraphPath('lead-3')).toBe('/#lead-3');
    expect(() => paragraphPath('lead')).toThrow(/not a paragraph id/);
  });

  it('reads a paragraph id: its part, its number, its speech, its paragraph page', () => {
    expect(paragraphParts('nazarbayev-speech-38')).toEqual({ part: 'nazarbayev-speech', n: 38 });
    expect(paragraphSpeech('putin-closing-1')).toBe('putin-closing');
    expect(paragraphSpeech('lead-4')).toBeUndefined();
    expect(paragraphPagePath('lead-4')).toBe('/p/lead-4/');
    expect(() => paragraphParts('putin-speech')).toThrow(/not a paragraph id/);
  });

  it('orders paragraphs as the record does', () => {
    const prefixes = ['lead', 'putin-speech', 'nazarbayev-speech'];
    const ids = ['nazarbayev-speech-2', 'putin-speech-10', 'lead-4', 'putin-speech-9'];
    expect(ids.sort((a, b) => paragraphRank(a, prefixes) - paragraphRank(b, prefixes))).toEqual([
      'lead-4',
      'putin-speech-9',
      'putin-speech-10',
      'nazarbayev-speech-2',
    ]);
    expect(() => paragraphRank('putin-closing-1', prefixes)).toThrow(/not a paragraph/);
  });

  it('spells ids, images, searches and absolute URLs', () => {
    expect(paragraphId('lead', 2)).toBe('lead-2');
    expect(paragraphImagePath('putin-speech-3')).toBe('/p/putin-speech-3.png');
    expect(speechOnRecordPath('putin-speech')).toBe('/#putin-speech');
    expect(searchPath('рынок труда', 'putin')).toBe(
      '/search/?q=%D1%80%D1%8B%D0%BD%D0%BE%D0%BA+%D1%82%D1%80%D1%83%D0%B4%D0%B0&speaker=putin',
    );
    expect(absolute(PATHS.akn, 'https://example.org/')).toBe('https://example.org/record.akn.xml');
  });
});
