import { describe, expect, it } from 'vitest';
import { englishSections, numbersOf } from './english-view.ts';
import type { Translation } from './published.ts';

const t: Translation = {
  lang: 'en',
  title: 'T',
  url: undefined,
  date: undefined,
  place: undefined,
  sha256: '',
  speakers: [],
  paragraphs: ['E0', 'E1', 'E2a', 'E2b'],
  beads: [
    { ru: ['a-speech-1', 'a-speech-2'], en: [0], confident: true },
    { ru: ['a-speech-3'], en: [], confident: true },
    { ru: ['a-speech-4'], en: [1], confident: true },
    { ru: ['a-speech-5'], en: [2, 3], confident: true },
    { ru: [], en: [], confident: true },
  ],
};

describe('the English page of a record', () => {
  const [a, b] = englishSections(
    [
      {
        section: 'a-speech',
        ids: ['a-speech-1', 'a-speech-2', 'a-speech-3', 'a-speech-4', 'a-speech-5'],
      },
      { section: 'b-speech', ids: ['b-speech-1', 'b-speech-2'] },
    ],
    t,
  );

  it('shows a merged paragraph once, under all the ids it renders, in Russian order', () => {
    expect(a?.blocks).toEqual([
      { kind: 'english', ids: ['a-speech-1', 'a-speech-2'], paragraphs: ['E0'] },
      { kind: 'missing', id: 'a-speech-3' },
      { kind: 'english', ids: ['a-speech-4'], paragraphs: ['E1'] },
      { kind: 'english', ids: ['a-speech-5'], paragraphs: ['E2a', 'E2b'] },
    ]);
    expect(a?.untranslated).toBe(false);
  });

  it('says a speech with no English is untranslated, paragraph by paragraph', () => {
    expect(b?.untranslated).toBe(true);
    expect(b?.blocks.map((x) => x.kind)).toEqual(['missing', 'missing']);
  });

  it('numbers a block by the Russian paragraphs it renders', () => {
    expect(numbersOf(['a-speech-1', 'a-speech-2'])).toBe('1–2');
    expect(numbersOf(['lead-4'])).toBe('4');
  });
});
