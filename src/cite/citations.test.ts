import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import {
  apa,
  bibtex,
  type CiteInput,
  chicagoBibliography,
  chicagoNote,
  cslJson,
  FORMATS,
  gost,
  paragraphLabel,
  ris,
  workTitle,
} from './citations.ts';

const SOURCE = 'http://kremlin.ru/events/president/news/56031';
const base: CiteInput = {
  site: 'https://forum-2017.example.org',
  siteName: 'Форум России и Казахстана — 2017',
  event: 'Форум межрегионального сотрудничества России и Казахстана',
  eventPrepositional: 'Форуме межрегионального сотрудничества России и Казахстана',
  place: 'Челябинск',
  date: '2017-11-09',
  publisher: 'Президент России',
  sourceUrl: SOURCE,
  sourceAccessed: '2026-11-24',
  accessed: '2027-03-05',
  cites: 'source',
};
const author = { surname: 'Путин', given: 'Владимир', patronymic: 'Владимирович' };
const p14: CiteInput = {
  ...base,
  id: 'putin-speech-14',
  speech: 'putin-speech',
  kind: 'Выступление',
  author,
};
const p14here: CiteInput = { ...p14, cites: 'edition' };
const speech: CiteInput = { ...p14, id: undefined };
const HERE = 'https://forum-2017.example.org/speeches/putin-speech/#putin-speech-14';
const NB = '\u00a0';

describe('the work’s title', () => {
  it('declines the event only from the form the content gives; without it, needs no declension', () => {
    expect(workTitle(p14)).toBe(
      'Выступление на Форуме межрегионального сотрудничества России и Казахстана',
    );
    expect(workTitle({ ...p14, eventPrepositional: undefined })).toBe(
      'Форум межрегионального сотрудничества России и Казахстана. Выступление',
    );
    expect(workTitle({ kind: 'Выступление', event: 'Саммит ШОС' })).toBe('Саммит ШОС. Выступление');
    expect(workTitle(base)).toBe(base.event);
  });

  it('«абз. 14», never an internal id', () => {
    expect(paragraphLabel(14)).toBe(`абз.${NB}14`);
    expect(paragraphLabel(14, 15)).toBe(`абз.${NB}14–15`);
    // A bibliography lists the whole work; the paragraph goes in the note (Chicago 14.19).
    for (const [name, format] of FORMATS.filter(([, f]) => f !== chicagoBibliography)) {
      expect(format(p14), name).toMatch(/[Аа]бз\.(\u00a0|~)14/);
      expect(format(p14), name).not.toContain('putin-speech-14');
    }
  });
});

describe('ГОСТ Р 7.0.100–2018', () => {
  it('a paragraph of the official publication: heading «Фамилия, И. О.», title : place and date / responsibility, «Текст : электронный», // site : [сайт], year, day, location, URL with date of access', () => {
    expect(gost(p14)).toBe(
      `Путин, В.${NB}В. Выступление на Форуме межрегионального сотрудничества России и Казахстана : Челябинск, 9${NB}нояб. 2017${NB}г. / В.${NB}В. Путин. – Текст : электронный // Президент России : [сайт]. – 2017. – 9${NB}нояб. – Абз.${NB}14. – URL: ${SOURCE} (дата обращения: 24.11.2026).`,
    );
  });

  it('a paragraph of this edition: its own address and the reader’s date of access, and no Kremlin page', () => {
    const ref = gost(p14here);
    expect(ref).toBe(
      `Путин, В.${NB}В. Выступление на Форуме межрегионального сотрудничества России и Казахстана : Челябинск, 9${NB}нояб. 2017${NB}г. / В.${NB}В. Путин. – Текст : электронный // Форум России и Казахстана — 2017 : [сайт]. – Абз.${NB}14. – URL: ${HERE} (дата обращения: 05.03.2027).`,
    );
    expect(ref).not.toContain('kremlin.ru');
    expect(ref).not.toContain('Президент России');
  });

  it('the record has no heading and no responsibility, and never doubles a full stop', () => {
    const ref = gost(base);
    expect(ref).toMatch(
      /^Форум межрегионального сотрудничества России и Казахстана : Челябинск, 9\u00a0нояб\. 2017\u00a0г\. – Текст/,
    );
    expect(ref).not.toMatch(/\.\./);
    expect(ref).not.toContain(' / ');
  });

  it('areas are separated by «. –» with the en dash', () => {
    expect(gost(p14).split('. – ')).toHaveLength(6);
    expect(gost(p14)).not.toContain('—');
  });
});

describe('APA 7', () => {
  it('Author, A. A. (Year, Month Day). Title [Description]. Site Name. URL — and the paragraph in the in-text citation', () => {
    expect(apa(p14)).toBe(
      `Путин, В.${NB}В. (2017, 9${NB}ноября). Выступление на Форуме межрегионального сотрудничества России и Казахстана [Стенограмма выступления]. Президент России. ${SOURCE}\nВ тексте: (Путин, 2017, абз.${NB}14)`,
    );
  });

  it('with no author the title moves to the author’s place; the site is named once, never as author and publisher both', () => {
    const ref = apa(base);
    expect(ref).toMatch(
      /^Форум межрегионального сотрудничества России и Казахстана \[Стенограмма\]\. \(2017, 9\u00a0ноября\)\. Президент России\. http/,
    );
    expect(ref.match(/Президент России/g)).toHaveLength(1);
  });

  it('no retrieval date for a page not designed to change', () => {
    expect(apa(p14here)).not.toMatch(/обращения|Retrieved/);
    expect(apa(p14here)).toContain(`Форум России и Казахстана — 2017. ${HERE}`);
  });
});

describe('Chicago 17', () => {
  it('note: Name Surname, «Title» (place, date), location, site, access date, URL', () => {
    expect(chicagoNote(p14)).toBe(
      `Владимир Путин, «Выступление на Форуме межрегионального сотрудничества России и Казахстана» (Челябинск, 9${NB}ноября 2017${NB}г.), абз.${NB}14, Президент России, дата обращения 24${NB}ноября 2026${NB}г., ${SOURCE}.`,
    );
  });

  it('bibliography: Surname, Name. «Title». Place, date. Site. Access date. URL.', () => {
    expect(chicagoBibliography(p14here)).toBe(
      `Путин, Владимир. «Выступление на Форуме межрегионального сотрудничества России и Казахстана». Челябинск, 9${NB}ноября 2017${NB}г. Форум России и Казахстана — 2017. Дата обращения 5${NB}марта 2027${NB}г. ${HERE}.`,
    );
  });
});

describe('BibTeX', () => {
  it('parses with a real BibTeX parser into the right fields', () => {
    const { entries, errors } = parse(bibtex(p14), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [e] = entries;
    expect(e?.type).toBe('misc');
    expect(e?.key).toBe('putin_speech_14_2017_source');
    expect(e?.fields.author).toEqual([{ lastName: 'Путин', firstName: 'Владимир Владимирович' }]);
    expect(e?.fields.title).toBe(
      'Выступление на Форуме межрегионального сотрудничества России и Казахстана',
    );
    expect(e?.fields.url).toBe(SOURCE);
    expect(e?.fields.urldate).toBe('2026-11-24');
    expect(e?.fields.year).toBe('2017');
    expect(e?.fields.month).toBe('11');
    expect(e?.fields.note).toBe(`абз.${NB}14`);
  });

  it('escapes TeX’s special characters, keeps the URL verbatim and inner quotes as „лапки“', () => {
    const odd = { ...p14here, event: '50% & {x}_y', eventPrepositional: '«Болашак» 50% & {x}_y' };
    const { entries, errors } = parse(bibtex(odd), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries[0]?.fields.title).toBe('Выступление на „Болашак“ 50% & {x}_y');
    expect(entries[0]?.fields.url).toBe(HERE);
  });

  it('the record and a speech have their own keys', () => {
    expect(bibtex(base).split('\n')[0]).toBe('@misc{record_2017_source,');
    expect(bibtex(speech).split('\n')[0]).toBe('@misc{putin_speech_2017_source,');
    expect(bibtex({ ...speech, cites: 'edition' })).toContain(
      'url = {https://forum-2017.example.org/speeches/putin-speech/}',
    );
  });
});

describe('CSL-JSON', () => {
  it('a CSL 1.0.2 speech item', () => {
    const [item] = JSON.parse(cslJson(p14));
    expect(item).toEqual({
      id: 'putin_speech_14_2017_source',
      type: 'speech',
      title: 'Выступление на Форуме межрегионального сотрудничества России и Казахстана',
      author: [{ family: 'Путин', given: 'Владимир Владимирович' }],
      'event-title': base.event,
      'event-place': 'Челябинск',
      'event-date': { 'date-parts': [[2017, 11, 9]] },
      issued: { 'date-parts': [[2017, 11, 9]] },
      'container-title': 'Президент России',
      URL: SOURCE,
      accessed: { 'date-parts': [[2026, 11, 24]] },
      language: 'ru',
      note: `абз.${NB}14`,
    });
  });
});

describe('RIS', () => {
  it('tags of two letters, two spaces, a dash and a space; CRLF; ER ends the record', () => {
    const lines = ris(p14here).split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('AU  - Путин, Владимир Владимирович');
    expect(lines).toContain('T2  - Форум России и Казахстана — 2017');
    expect(lines).toContain('DA  - 2017/11/09');
    expect(lines).toContain('Y2  - 2027/03/05');
    expect(lines).toContain(`UR  - ${HERE}`);
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
});

describe('one reference cites one resource', () => {
  it('the Kremlin page or this edition, never both', () => {
    for (const [name, format] of FORMATS) {
      for (const input of [p14, speech, base, { ...base, id: 'lead-2' }]) {
        const source = format(input);
        const here = format({ ...input, cites: 'edition' });
        expect(source, name).toContain(SOURCE);
        expect(source, name).not.toContain('example.org');
        expect(here, name).toContain('https://forum-2017.example.org/');
        expect(here, name).not.toContain('kremlin.ru');
      }
    }
  });
});
