import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignRecord, type UnitAlignment } from './align-record.ts';
import { nameForms } from './anchors.ts';
import { speakersWithEnglish } from './english-forms.ts';
import { recordInput } from './english-paragraphs.ts';
import { STANDARD } from './gale-church.ts';
import { parseKremlinPage } from './kremlin-page.ts';
import { pairSpeeches, UnpairedSpeechError } from './pair-speeches.ts';
import { readRussianRecord } from './russian-record.ts';

describe('alignRecord on this record and its official English translation', () => {
  const speakers = speakersWithEnglish('content/speakers.json');
  const page = parseKremlinPage(
    readFileSync('content/translations/en/source/56031.html'),
    speakers,
  );
  const aligned = alignRecord(recordInput(readRussianRecord('content'), page), nameForms(speakers));
  const unit = (name: string) => aligned.units.find((u) => u.unit === name) as UnitAlignment;
  const pairs = (name: string) => unit(name).beads.map((b) => [b.ru, b.en]);

  it('measures the length ratio on the record: English a little shorter', () => {
    expect(aligned.params.c).toBeGreaterThan(0.9);
    expect(aligned.params.c).toBeLessThan(1.05);
    expect(aligned.params.s2).toBe(STANDARD.s2);
  });

  it('aligns the summary with lead-1 and the second English paragraph with lead-3 and lead-4', () => {
    expect(pairs('lead')).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3], [2]],
    ]);
  });

  it('renders putin-speech-1 and -2 by the first English paragraph, the rest one to one', () => {
    const [first, ...rest] = pairs('putin-speech');
    expect(first).toEqual([[0, 1], [0]]);
    expect(rest).toEqual(Array.from({ length: 28 }, (_, k) => [[k + 2], [k + 1]]));
  });

  it('leaves «Спасибо большое.» without English, at the omission edge before the closing', () => {
    expect(unit('putin-closing').edges.start).toBe(true);
    const [first, ...rest] = pairs('putin-closing');
    expect(first).toEqual([[0], []]);
    expect(rest).toEqual(Array.from({ length: 9 }, (_, k) => [[k + 1], [k]]));
  });

  it('leaves both of Nazarbayev’s speeches untranslated', () => {
    for (const name of ['nazarbayev-speech', 'nazarbayev-closing']) {
      expect(unit(name).enSpeech).toBeNull();
      expect(unit(name).beads).toEqual([]);
    }
  });
});

describe('pairSpeeches: speeches are hard boundaries', () => {
  const speech = (speakerId: string, length: number) => ({ speakerId, length });
  const ru = [speech('a', 5000), speech('b', 4000), speech('a', 1500)];

  it('pairs each English speech with a Russian speech of its speaker, in order', () => {
    expect(pairSpeeches(ru, [speech('a', 4900), speech('a', 1480)], STANDARD)).toEqual([
      0,
      null,
      1,
    ]);
  });

  it('pairs a speaker’s one English speech with the Russian speech of its length', () => {
    expect(pairSpeeches(ru, [speech('a', 1450)], STANDARD)).toEqual([null, null, 0]);
    expect(pairSpeeches(ru, [speech('a', 5100)], STANDARD)).toEqual([0, null, null]);
  });

  it('rejects an English speech no Russian speech of its speaker is left for', () => {
    expect(() => pairSpeeches(ru, [speech('c', 100)], STANDARD)).toThrow(UnpairedSpeechError);
    expect(() => pairSpeeches(ru, [speech('b', 4000), speech('b', 10)], STANDARD)).toThrow(
      /English speech 2 renders no Russian speech/,
    );
  });
});
