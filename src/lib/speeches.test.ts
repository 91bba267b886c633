import { describe, expect, it } from 'vitest';
import { passagePagePath, passageParts, passagePath, passageRank, passageSpeech, speechPath, speechTitle } from './speeches.ts';

describe('speech names and addresses', () => {
  it('titles a speech and a closing in Russian', () => {
    expect(speechTitle('speech', 'Владимира Путина')).toBe('Выступление Владимира Путина');
    expect(speechTitle('closing', 'Нурсултана Назарбаева')).toBe('Заключительное слово Нурсултана Назарбаева');
  });

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
});
