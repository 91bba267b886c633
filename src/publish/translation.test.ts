import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Translation } from '../translation/published.ts';
import { translationJson, translationTmx } from './translation.ts';

const hostile = 'a < b & "c" </seg><script>x</script>';
const t: Translation = {
  lang: 'en',
  title: 'T',
  url: 'http://example.org/1',
  date: '2017-11-09',
  place: undefined,
  sha256: '0'.repeat(64),
  speakers: [],
  paragraphs: ['One and two.', `Three ${hostile}`, 'Extra.'],
  beads: [
    { ru: ['lead-1', 'lead-2'], en: [0], confident: true },
    { ru: ['a-speech-1'], en: [1], confident: false },
    { ru: ['a-speech-2'], en: [], confident: true },
    { ru: [], en: [2], confident: true },
  ],
};
const ids = ['lead-1', 'lead-2', 'a-speech-1', 'a-speech-2', 'b-speech-1'];
const ruTexts = { 'lead-1': 'Один.', 'lead-2': 'Два.', 'a-speech-1': `Три ${hostile}` };

describe('the translation as JSON', () => {
  const doc = JSON.parse(translationJson(t, ids));

  it('gives every Russian id once, in record order, with its English or null', () => {
    expect(doc.paragraphs.map((p: { id: string }) => p.id)).toEqual(ids);
    const english = Object.fromEntries(
      doc.paragraphs.map((p: { id: string; english: string | null }) => [p.id, p.english]),
    );
    expect(english).toEqual({
      'lead-1': 'One and two.',
      'lead-2': 'One and two.',
      'a-speech-1': `Three ${hostile}`,
      'a-speech-2': null,
      'b-speech-1': null,
    });
  });

  it('says which ids share one English paragraph, and which paragraph renders which ids', () => {
    expect(doc.paragraphs[0].sharedWith).toEqual(['lead-2']);
    expect(doc.paragraphs[2].sharedWith).toEqual([]);
    expect(doc.english.map((e: { renders: string[] }) => e.renders)).toEqual([
      ['lead-1', 'lead-2'],
      ['a-speech-1'],
      [],
    ]);
  });
});

describe('the translation as TMX 1.4', () => {
  const tmx = translationTmx(t, ruTexts);

  it('is well-formed, one unit per bead that pairs text on both sides, the texts round-tripping', () => {
    expect(XMLValidator.validate(tmx)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => n === 'tu' || n === 'tuv',
    }).parse(tmx);
    expect(parsed.tmx['@_version']).toBe('1.4');
    const header = parsed.tmx.header;
    for (const a of [
      'creationtool',
      'creationtoolversion',
      'segtype',
      'o-tmf',
      'adminlang',
      'srclang',
      'datatype',
    ])
      expect(header[`@_${a}`], a).toBeTruthy();
    const units = parsed.tmx.body.tu;
    expect(units.map((u: { '@_tuid': string }) => u['@_tuid'])).toEqual([
      'lead-1+lead-2',
      'a-speech-1',
    ]);
    const seg = (u: { tuv: { '@_xml:lang': string; seg: string }[] }, lang: string) =>
      u.tuv.find((v) => v['@_xml:lang'] === lang)?.seg;
    expect(seg(units[0], 'ru')).toBe('Один. Два.');
    expect(seg(units[1], 'ru')).toBe(`Три ${hostile}`);
    expect(seg(units[1], 'en')).toBe(`Three ${hostile}`);
  });
});
