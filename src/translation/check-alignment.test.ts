import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAlignment, fingerprint, type StoredBead } from './check-alignment.ts';
import { readRussianRecord, russianTexts } from './russian-record.ts';

const RU = { 'lead-1': 'Первый абзац.', 'lead-2': 'Второй абзац.', 'lead-3': 'Третий.' };
const EN = ['First and second paragraphs.', 'Third.'];
const BEADS: StoredBead[] = [
  {
    unit: 'lead',
    ru: ['lead-1', 'lead-2'],
    en: [0],
    fingerprint: fingerprint([RU['lead-1'], RU['lead-2']], [EN[0] as string]),
  },
  { unit: 'lead', ru: ['lead-3'], en: [1], fingerprint: fingerprint([RU['lead-3']], ['Third.']) },
];

describe('checkAlignment', () => {
  it('passes an alignment whose texts are as they were', () => {
    expect(checkAlignment({ beads: BEADS }, RU, EN)).toEqual([]);
  });

  it('ignores a change of ASCII spacing, as ids.json does', () => {
    expect(checkAlignment({ beads: BEADS }, { ...RU, 'lead-3': ' Третий. ' }, EN)).toEqual([]);
  });

  it('names the bead whose Russian or English text changed', () => {
    const ru = checkAlignment(
      { beads: BEADS },
      { ...RU, 'lead-2': 'Второй абзац, исправленный.' },
      EN,
    );
    expect(ru).toEqual([
      { bead: 0, message: expect.stringMatching(/^bead lead-1\+lead-2 ↔ en 0: its texts changed/) },
    ]);
    const en = checkAlignment({ beads: BEADS }, RU, ['First and second paragraphs.', 'Third!']);
    expect(en.map((p) => p.bead)).toEqual([1]);
    const nbsp = checkAlignment({ beads: BEADS }, RU, [
      'First and\u00a0second paragraphs.',
      'Third.',
    ]);
    expect(nbsp.map((p) => p.bead)).toEqual([0]);
  });

  it('reports a paragraph that is gone and an id that no bead holds', () => {
    const { 'lead-3': _, ...withoutThird } = RU;
    expect(checkAlignment({ beads: BEADS }, withoutThird, EN)[0]?.message).toMatch(
      /bead lead-3 ↔ en 1: lead-3 no longer exist/,
    );
    expect(checkAlignment({ beads: BEADS }, { ...RU, 'lead-4': 'Новый.' }, EN)).toEqual([
      { message: expect.stringMatching(/^lead-4 is in no bead/) },
    ]);
  });

  it('passes the committed alignment against the committed record and page', () => {
    const alignment = JSON.parse(readFileSync('content/translations/en/alignment.json', 'utf8'));
    const english = alignment.english.paragraphs.map((p: { text: string }) => p.text);
    const ru = russianTexts(readRussianRecord('content'));
    expect(checkAlignment(alignment, ru, english)).toEqual([]);
    expect(Object.keys(ru)).toHaveLength(4 + 30 + 38 + 9 + 10);
  });
});
