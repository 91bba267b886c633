import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import {
  apaEn,
  bibtexEn,
  chicagoBibliographyEn,
  chicagoNoteEn,
  cslJsonEn,
  type EnglishCiteInput,
  FORMATS_EN,
  mla,
  risEn,
  workTitleEn,
} from './citations-en.ts';

const EN_URL = 'http://en.kremlin.ru/events/president/news/56031';
const RU_URL = 'http://kremlin.ru/events/president/news/copy/56031';
const ORIGINAL = 'Выступление на Форуме межрегионального сотрудничества России и Казахстана';
const NB = '\u00a0';
const record: EnglishCiteInput = {
  event: 'Russia-Kazakhstan Interregional Cooperation Forum',
  place: 'Chelyabinsk',
  date: '2017-11-09',
  publisher: 'President of Russia',
  sourceUrl: EN_URL,
  accessed: '2026-12-07',
  original: { title: 'Форум межрегионального сотрудничества России и Казахстана', url: RU_URL },
};
const p12: EnglishCiteInput = {
  ...record,
  id: 'putin-speech-12',
  speech: 'putin-speech',
  kind: 'Speech',
  author: { given: 'Vladimir', surname: 'Putin' },
  original: { title: ORIGINAL, url: RU_URL },
};
const p1to2: EnglishCiteInput = { ...p12, id: 'putin-speech-1', through: 2 };
const closing: EnglishCiteInput = { ...p12, id: undefined, kind: 'Closing remarks' };

describe('the work’s title', () => {
  it('the kind at the event; headline style capitalises the kind for Chicago and MLA', () => {
    expect(workTitleEn(p12)).toBe(
      'Speech at the Russia-Kazakhstan Interregional Cooperation Forum',
    );
    expect(workTitleEn(closing)).toMatch(/^Closing remarks at the/);
    expect(workTitleEn(closing, true)).toMatch(/^Closing Remarks at the/);
    expect(workTitleEn(record)).toBe(record.event);
  });
});

describe('APA 7', () => {
  it('Author, A. (Year, Month Day). Title [Description naming the original]. Site. URL — the Russian paragraph in the in-text citation', () => {
    expect(apaEn(p12)).toBe(
      `Putin, V. (2017, November 9). Speech at the Russia-Kazakhstan Interregional Cooperation Forum [Speech transcript; official English translation of “${ORIGINAL}”]. President of Russia. ${EN_URL}\nIn text: (Putin, 2017, para.${NB}12)`,
    );
  });

  it('an English paragraph over two Russian ones: «paras. 1–2»', () => {
    expect(apaEn(p1to2)).toContain(`(Putin, 2017, paras.${NB}1–2)`);
  });

  it('no author: the title takes its place; no retrieval date (the page is not designed to change)', () => {
    const ref = apaEn(record);
    expect(ref).toMatch(
      /^Russia-Kazakhstan Interregional Cooperation Forum \[Transcript; official English translation of “Форум[^”]+”\]\. \(2017, November 9\)\. President of Russia\. http/,
    );
    expect(ref).not.toMatch(/Retrieved|accessed/i);
    expect(ref).not.toContain('para.');
  });
});

describe('Chicago 17', () => {
  it('note: Name, “Title” (speech, place, date), par. N, the original, site, accessed, URL — the comma inside the quotes', () => {
    expect(chicagoNoteEn(p12)).toBe(
      `Vladimir Putin, “Speech at the Russia-Kazakhstan Interregional Cooperation Forum” (speech, Chelyabinsk, November 9, 2017), par.${NB}12, official English translation of “${ORIGINAL},” President of Russia, accessed December 7, 2026, ${EN_URL}.`,
    );
  });

  it('bibliography: the whole work, no paragraph; the full stop inside the quotes', () => {
    expect(chicagoBibliographyEn(p12)).toBe(
      `Putin, Vladimir. “Speech at the Russia-Kazakhstan Interregional Cooperation Forum.” Speech, Chelyabinsk, November 9, 2017. Official English translation of “${ORIGINAL}.” President of Russia. Accessed December 7, 2026. ${EN_URL}.`,
    );
  });
});

describe('MLA 9', () => {
  it('Author. “Title.” Website, day Mon. year, URL without its scheme. Accessed date. The original; «par.» in text', () => {
    expect(mla(p12)).toBe(
      `Putin, Vladimir. “Speech at the Russia-Kazakhstan Interregional Cooperation Forum.” President of Russia, 9 Nov. 2017, en.kremlin.ru/events/president/news/56031. Accessed 7 Dec. 2026. Official English translation of “${ORIGINAL}.”\nIn text: (Putin, par.${NB}12)`,
    );
  });

  it('months of four letters or fewer stay whole; September is «Sept.»', () => {
    expect(mla({ ...p12, accessed: '2027-06-01' })).toContain('Accessed 1 June 2027');
    expect(mla({ ...p12, accessed: '2027-09-01' })).toContain('Accessed 1 Sept. 2027');
    expect(mla({ ...p12, accessed: '2027-05-01' })).toContain('Accessed 1 May 2027');
  });
});

describe('BibTeX', () => {
  it('parses, in English, with the original title and language', () => {
    const { entries, errors } = parse(bibtexEn(p12), { sentenceCase: false });
    expect(errors).toEqual([]);
    const [e] = entries;
    expect(e?.key).toBe('putin_speech_12_2017_en');
    expect(e?.fields.author).toEqual([{ lastName: 'Putin', firstName: 'Vladimir' }]);
    expect(e?.fields.title).toBe('Speech at the Russia-Kazakhstan Interregional Cooperation Forum');
    expect(e?.fields.origtitle).toBe(ORIGINAL);
    expect(e?.fields.url).toBe(EN_URL);
    expect(e?.fields.howpublished).toBe('President of Russia');
    expect(String(e?.fields.language)).toMatch(/english/);
    expect(e?.fields.note).toContain(`para.${NB}12`);
    expect(e?.fields.note).toContain(RU_URL);
  });
});

describe('CSL-JSON', () => {
  it('a speech in English with its original title; no translator, since none is named', () => {
    const [item] = JSON.parse(cslJsonEn(p12));
    expect(item).toMatchObject({
      type: 'speech',
      language: 'en',
      title: 'Speech at the Russia-Kazakhstan Interregional Cooperation Forum',
      'original-title': ORIGINAL,
      author: [{ family: 'Putin', given: 'Vladimir' }],
      'container-title': 'President of Russia',
      publisher: 'President of Russia',
      URL: EN_URL,
      issued: { 'date-parts': [[2017, 11, 9]] },
      accessed: { 'date-parts': [[2026, 12, 7]] },
    });
    expect(item.note).toContain(`para.${NB}12`);
    expect(item).not.toHaveProperty('translator');
  });
});

describe('RIS', () => {
  it('tags, CRLF, English with the original', () => {
    const lines = risEn(p12).split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('AU  - Putin, Vladimir');
    expect(lines).toContain('LA  - en');
    expect(lines).toContain(`OP  - ${ORIGINAL} (${RU_URL})`);
    expect(lines).toContain(`UR  - ${EN_URL}`);
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
});

describe('every English format', () => {
  it('cites the official translation at its publisher, names the Russian original, and never an id', () => {
    for (const [name, format] of FORMATS_EN) {
      const ref = format(p12);
      expect(ref, name).toContain(EN_URL.replace(/^http:\/\//, ''));
      expect(ref, name).toContain(ORIGINAL);
      expect(ref, name).not.toContain('putin-speech-12');
      expect(ref, name).not.toMatch(/[«»]/);
    }
  });
});
