import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonLines } from './json-lines.ts';
import { LIMITS, maxParagraphs, recordProblem, textProblem } from './limits.ts';
import { speakerIdProblem } from './speaker-ids.ts';
import { checkSpeakers } from './speakers-file.ts';
import { parseTranscript } from './transcript.ts';

const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8'));

/** A small valid print copy; each test breaks one line of it (line numbers as the file counts them). */
const lines = [
  'Заголовок', // 1
  '2017-11-09 18:40:00', // 2
  'Челябинск', // 3
  'Лид один.', // 4
  '* * *', // 5
  'В.Путин: Первый абзац.', // 6
  'Второй абзац.', // 7
  'Н.Назарбаев: Ответ.', // 8
  'http://kremlin.ru/events/president/news/copy/1', // 9
];
const withLine = (n: number, value: string) =>
  lines.map((l, i) => (i === n - 1 ? value : l)).join('\n');
const parse = (text: string) => parseTranscript(text, speakers, 'in.txt');

describe('the record’s limits in the print copy', () => {
  it('accepts the fixture, and words and paragraphs at the limits', () => {
    expect(parse(lines.join('\n')).speeches).toHaveLength(2);
    const word = 'а'.repeat(LIMITS.word);
    const paragraph = `${word} `.repeat(100).slice(0, LIMITS.paragraph);
    expect(paragraph).toHaveLength(LIMITS.paragraph);
    expect(parse(withLine(7, paragraph)).speeches[0]?.paragraphs[1]).toBe(paragraph);
    expect(parse(withLine(1, 'Зал '.repeat(75))).title).toHaveLength(LIMITS.title - 1);
  });

  it('refuses a 200,000-letter word at its line, whatever surrounds it', () => {
    expect(() => parse(withLine(7, `Слово ${'а'.repeat(200_000)} конец.`))).toThrow(
      /^in\.txt:7: a word of 200000 characters at column 7 \(«а{20}…»\): a word holds at most 100 characters without a space or a hyphen$/,
    );
    // A hyphen or a dash ends a word; any other punctuation does not.
    expect(parse(withLine(7, `${'а'.repeat(100)}-${'б'.repeat(100)}`)).speeches).toHaveLength(2);
    expect(() => parse(withLine(7, `${'а'.repeat(100)}.${'б'.repeat(100)}`))).toThrow(
      /in\.txt:7: a word of 201 characters/,
    );
  });

  it('refuses a paragraph, a title and a place over their limits', () => {
    const long = 'слово '.repeat(2_000);
    expect(() => parse(withLine(7, long))).toThrow(/^in\.txt:7: 11,999 characters: at most 10,000/);
    expect(() => parse(withLine(1, 'Заголовок '.repeat(31)))).toThrow(
      /^in\.txt:1: the title: 309 characters: at most 300/,
    );
    expect(() => parse(withLine(3, 'Город '.repeat(60)))).toThrow(
      /^in\.txt:3: the place: 359 characters: at most 300/,
    );
  });

  it('refuses control characters at their own line and column, a tab aside', () => {
    expect(() => parse(withLine(7, 'Второй\0абзац.'))).toThrow(
      /^in\.txt:7: a control character U\+0000 \(NUL\) at column 7/,
    );
    expect(() => parse(withLine(1, 'Заголовок\u0085'))).toThrow(
      /^in\.txt:1: a control character U\+0085 at column 10/,
    );
    expect(() => parse(withLine(4, 'Лид\u009b один.'))).toThrow(/^in\.txt:4: .*U\+009B/);
    expect(() => parse(withLine(8, 'Н.Назарбаев: Ответ\u001b[31m.'))).toThrow(
      /^in\.txt:8: .*U\+001B \(ESC\)/,
    );
    expect(() => parse(withLine(7, 'Второй\rабзац.'))).toThrow(/^in\.txt:7: .*U\+000D \(CR\)/);
    expect(() => parse(withLine(7, 'Второй\ufffeабзац.'))).toThrow(/^in\.txt:7: .*U\+FFFE/);
    expect(() => parse(withLine(7, 'Второй\uffff'))).toThrow(/^in\.txt:7: .*U\+FFFF/);
    expect(() => parse(withLine(7, 'Второй\x7f'))).toThrow(/^in\.txt:7: .*U\+007F \(DEL\)/);
    // The tab is white space; CRLF line ends are line ends.
    expect(parse(withLine(7, 'Второй\tабзац.')).speeches[0]?.paragraphs[1]).toBe('Второй\tабзац.');
    expect(parse(lines.join('\r\n')).title).toBe('Заголовок');
  });

  it(`refuses paragraph ${LIMITS.paragraphs + 1} at its line`, () => {
    const many = Array.from({ length: LIMITS.paragraphs }, (_, i) => `Абзац ${i + 1}.`);
    const text = [...lines.slice(0, 4), ...many, ...lines.slice(4)].join('\n');
    // The lead's first paragraph (line 4) and 5,000 more: the last of them is one too many.
    expect(() => parse(text)).toThrow(
      new RegExp(
        `^in\\.txt:${4 + LIMITS.paragraphs}: paragraph 5001: a record holds at most 5,000 paragraphs`,
      ),
    );
    expect(
      parse([...lines.slice(0, 3), ...many.slice(3), ...lines.slice(4)].join('\n')).lead,
    ).toHaveLength(LIMITS.paragraphs - 3);
  });

  it('names the first problem of a text, or none', () => {
    expect(textProblem('Обычный абзац — с тире, «кавычками» и NBSP\u00a0.')).toBeUndefined();
    expect(textProblem('abc', 2)).toBe('3 characters: at most 2 (docs/records.md, «Limits»)');
  });
});

describe('speaker ids', () => {
  it('are slugs that no other id of the record can be', () => {
    for (const id of ['putin', 'moderator', 'sp2', 'de-gaulle', 'van-der-berg'])
      expect(speakerIdProblem(id), id).toBeUndefined();
    for (const id of [
      '../../etc',
      '__proto__',
      'Putin',
      '2pac',
      '',
      'a--b',
      'a-',
      'lead',
      'source',
      'papers',
      'doc-statement',
      'ivanov-2',
      'ivanov-speech',
      'ivanov-closing',
      'ivanov-omission',
      'a'.repeat(41),
      'x"/><script>',
    ])
      expect(speakerIdProblem(id), id).toBeDefined();
  });
});

describe('speakers.json', () => {
  const json = (list: unknown[]) => JSON.stringify(list, null, 2);
  const a = { id: 'putin', prefix: 'В.Путин', name: 'Владимир Путин' };
  const b = { id: 'nazarbayev', prefix: 'Н.Назарбаев' };

  it('names the duplicate entry’s own line', () => {
    // Lines: 1 [, 2 {, 3 id, 4 prefix, 5 name, 6 }, 7 {, 8 id, 9 prefix, 10 }, 11 {, 12 id…
    expect(() => checkSpeakers(json([a, b, { ...a, prefix: 'В.В.Путин' }]), 's.json')).toThrow(
      /^s\.json:12: «putin» is used by two speakers \(this is the second\)$/,
    );
    expect(() => checkSpeakers(json([a, b, { id: 'x', prefix: 'Н.Назарбаев' }]), 's.json')).toThrow(
      /^s\.json:13: «Н\.Назарбаев» is used by two speakers/,
    );
  });

  it('refuses hostile and reserved ids and text that is not text, at the entry’s line', () => {
    expect(() => checkSpeakers(json([a, { ...b, id: '../../etc' }]), 's.json')).toThrow(
      /^s\.json:8: speaker id «\.\.\/\.\.\/etc»: a speaker id is lower-case Latin letters/,
    );
    expect(() => checkSpeakers(json([a, { ...b, id: '__proto__' }]), 's.json')).toThrow(
      /^s\.json:8: speaker id «__proto__»/,
    );
    expect(() => checkSpeakers(json([{ ...a, id: 'lead' }]), 's.json')).toThrow(
      /^s\.json:3: speaker id «lead»: «lead» is taken by the record itself/,
    );
    expect(() => checkSpeakers(json([a, { ...b, role: 'Президент\u0085' }]), 's.json')).toThrow(
      /^s\.json:10: speaker «nazarbayev», "role": a control character U\+0085/,
    );
  });
});

describe('jsonLines', () => {
  it('gives each value’s line by its path', () => {
    const lines = jsonLines('[\n  {"id": "a",\n   "m": [\n {"p": 1}, {"p": "x\\"]"}]},\n  2\n]');
    expect(Object.fromEntries(lines)).toEqual({
      '': 1,
      '0': 2,
      '0/id': 2,
      '0/m': 3,
      '0/m/0': 4,
      '0/m/0/p': 4,
      '0/m/1': 4,
      '0/m/1/p': 4,
      '1': 5,
    });
  });
});

describe('maxParagraphs', () => {
  it('is the limit, or RECORD_MAX_PARAGRAPHS where a larger machine raises it', () => {
    expect(maxParagraphs()).toBe(LIMITS.paragraphs);
    process.env.RECORD_MAX_PARAGRAPHS = '9000';
    try {
      expect(maxParagraphs()).toBe(9000);
      expect(
        recordProblem(Array.from({ length: 8704 }, (_, i) => ({ id: `lead-${i + 1}`, text: 'Т' }))),
      ).toBeUndefined();
    } finally {
      delete process.env.RECORD_MAX_PARAGRAPHS;
    }
    process.env.RECORD_MAX_PARAGRAPHS = 'many';
    expect(maxParagraphs()).toBe(LIMITS.paragraphs);
    delete process.env.RECORD_MAX_PARAGRAPHS;
  });
});

describe('recordProblem (the build’s check of the generated record)', () => {
  it('names the paragraph past a limit, and a record with too many', () => {
    expect(recordProblem([{ id: 'lead-1', text: 'Текст.' }])).toBeUndefined();
    expect(recordProblem([{ id: 'lead-1', text: `x${'ж'.repeat(200_000)}` }])).toMatch(
      /^lead-1: a word of 200001 characters/,
    );
    expect(recordProblem([{ id: 'a-speech-2', text: 'Текст\u0000' }])).toMatch(
      /^a-speech-2: a control character U\+0000 \(NUL\)/,
    );
    const many = Array.from({ length: LIMITS.paragraphs + 1 }, (_, i) => ({
      id: `lead-${i + 1}`,
      text: 'Текст.',
    }));
    expect(recordProblem(many)).toMatch(/^5,001 paragraphs: a record holds at most 5,000/);
  });
});
