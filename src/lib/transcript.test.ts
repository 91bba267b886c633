import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript, TranscriptError } from './transcript.ts';

const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8'));
const SOURCE = 'content/source/000_f14b79e5080b2ac1.txt';
const source = readFileSync(SOURCE, 'utf8');

/** A small valid transcript; each bad-input test breaks one thing in it. */
const GOOD = [
  'Заголовок',
  '',
  '2017-11-09 18:40:00',
  'Челябинск',
  'Лид один.',
  'Лид два. ',
  '* * *',
  'В.Путин: Первый абзац.',
  'Второй абзац.',
  '&lt;…&gt;',
  'Н.Назарбаев: Ответ.',
  'http://kremlin.ru/events/president/news/copy/1',
].join('\n');

function errorOf(text: string): TranscriptError {
  try {
    parseTranscript(text, speakers, 'fixture.txt');
  } catch (error) {
    if (error instanceof TranscriptError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptError');
}

describe('parseTranscript on the real source', () => {
  const t = parseTranscript(source, speakers, SOURCE);

  it('reads title, date with the Moscow offset, place and URL', () => {
    expect(t.title).toBe('Форум межрегионального сотрудничества России и\u00a0Казахстана');
    expect(t.datetime).toBe('2017-11-09T18:40:00+03:00');
    expect(t.place).toBe('Челябинск');
    expect(t.sourceUrl).toBe('http://kremlin.ru/events/president/news/copy/56031');
  });

  it('splits four lead paragraphs and four turns with the published counts', () => {
    expect(t.lead).toHaveLength(4);
    expect(t.turns.map((x) => [x.slug, x.paragraphs.length])).toEqual([
      ['putin-speech', 30],
      ['nazarbayev-speech', 38],
      ['nazarbayev-closing', 9],
      ['putin-closing', 10],
    ]);
  });

  it('marks the omission after nazarbayev-speech only', () => {
    expect(t.turns.filter((x) => x.omissionAfter).map((x) => x.slug)).toEqual(['nazarbayev-speech']);
  });

  it('drops the speaker prefix but keeps every other character, NBSP and ё included', () => {
    const first = t.turns[0]?.paragraphs[0];
    expect(first).toBe('Уважаемый Нурсултан Абишевич! Уважаемые коллеги!');
    const all = [t.title, t.place, ...t.lead, ...t.turns.flatMap((x) => x.paragraphs)].join('\n');
    const count = (re: RegExp) => (all.match(re) ?? []).length;
    expect(count(/\u00a0/g)).toBe((source.match(/\u00a0/g) ?? []).length);
    expect(count(/ё/g)).toBe((source.match(/ё/g) ?? []).length);
    expect(count(/[«»–]/g)).toBe((source.match(/[«»–]/g) ?? []).length);
    expect(all).not.toMatch(/В\.Путин:|Н\.Назарбаев:/);
  });

  it('keeps every source line except the prefixes, markers and trailing spaces', () => {
    const paragraphs = [...t.lead, ...t.turns.flatMap((x) => x.paragraphs)];
    const lines = source
      .split('\n')
      .map((l) => l.replace(/ +$/, '').replace(/^(?:В\.Путин|Н\.Назарбаев): /, ''))
      .filter((l) => l !== '');
    // title, date, place, separator, omission and URL are not paragraphs.
    expect(lines.length - 6).toBe(paragraphs.length);
    for (const p of paragraphs) expect(lines).toContain(p);
  });
});

describe('parseTranscript rejects bad input with the file and line', () => {
  it('accepts the good fixture', () => {
    const t = parseTranscript(GOOD, speakers, 'fixture.txt');
    expect(t.lead).toEqual(['Лид один.', 'Лид два.']);
    expect(t.turns.map((x) => x.slug)).toEqual(['putin-speech', 'nazarbayev-speech']);
  });

  it('an empty file', () => {
    const e = errorOf('\n\n');
    expect(e.message).toMatch(/^fixture\.txt:1: the file is empty/);
  });

  it('a missing date', () => {
    const e = errorOf(GOOD.replace('2017-11-09 18:40:00', '9 ноября 2017'));
    expect([e.file, e.line]).toEqual(['fixture.txt', 3]);
    expect(e.message).toContain('expected the date');
  });

  it('an impossible date', () => {
    const e = errorOf(GOOD.replace('2017-11-09', '2017-13-09'));
    expect(e.line).toBe(3);
  });

  it('a missing separator', () => {
    const e = errorOf(GOOD.replace('* * *', ''));
    expect(e.message).toContain('missing the separator');
  });

  it('an unknown speaker', () => {
    const e = errorOf(GOOD.replace('Н.Назарбаев:', 'Д.Медведев:'));
    expect(e.line).toBe(11);
    expect(e.message).toContain('unknown speaker «Д.Медведев»');
  });

  it('a paragraph after the separator with no speaker', () => {
    const e = errorOf(GOOD.replace('В.Путин: ', ''));
    expect(e.line).toBe(8);
    expect(e.message).toContain('no speaker prefix');
  });

  it('a missing source URL', () => {
    const e = errorOf(GOOD.replace('http://kremlin.ru/events/president/news/copy/1', 'конец'));
    expect(e.line).toBe(12);
    expect(e.message).toContain('source URL');
  });

  it('text after an omission that opens no turn', () => {
    const e = errorOf(GOOD.replace('Н.Назарбаев: Ответ.', 'Ответ.'));
    expect(e.line).toBe(11);
  });
});
