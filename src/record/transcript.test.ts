import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource, wholeUrl } from './lines.ts';
import { parseTranscript } from './transcript.ts';
import { TranscriptError } from './transcript-error.ts';

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

  it('splits four lead paragraphs and four speeches with the published counts', () => {
    expect(t.lead).toHaveLength(4);
    expect(t.speeches.map((x) => [x.slug, x.paragraphs.length])).toEqual([
      ['putin-speech', 30],
      ['nazarbayev-speech', 38],
      ['nazarbayev-closing', 9],
      ['putin-closing', 10],
    ]);
  });

  it('marks the omission after nazarbayev-speech only', () => {
    expect(t.speeches.filter((x) => x.omissionAfter).map((x) => x.slug)).toEqual([
      'nazarbayev-speech',
    ]);
  });

  it('drops the speaker prefix but keeps every other character, NBSP and ё included', () => {
    const first = t.speeches[0]?.paragraphs[0];
    expect(first).toBe('Уважаемый Нурсултан Абишевич! Уважаемые коллеги!');
    const all = [t.title, t.place, ...t.lead, ...t.speeches.flatMap((x) => x.paragraphs)].join(
      '\n',
    );
    const count = (re: RegExp) => (all.match(re) ?? []).length;
    expect(count(/\u00a0/g)).toBe((source.match(/\u00a0/g) ?? []).length);
    expect(count(/ё/g)).toBe((source.match(/ё/g) ?? []).length);
    expect(count(/[«»–]/g)).toBe((source.match(/[«»–]/g) ?? []).length);
    expect(all).not.toMatch(/В\.Путин:|Н\.Назарбаев:/);
  });

  it('keeps every source line except the prefixes, markers and trailing spaces', () => {
    const paragraphs = [...t.lead, ...t.speeches.flatMap((x) => x.paragraphs)];
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
    expect(t.speeches.map((x) => x.slug)).toEqual(['putin-speech', 'nazarbayev-speech']);
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

  it.each([
    '2017-13-09 18:40:00',
    '2017-02-30 18:40:00',
    '2017-11-31 18:40:00',
    '2017-11-09 24:00:00',
    '2017-11-09 18:60:00',
  ])('an impossible date: %s', (date) => {
    const e = errorOf(GOOD.replace('2017-11-09 18:40:00', date));
    expect(e.message).toBe(`fixture.txt:3: «${date}» is not a real date and time`);
  });

  it.each(['* * *', '&lt;…&gt;', 'В.Путин: Первый абзац.'])(
    'no place: %s after the date',
    (line) => {
      expect(errorOf(GOOD.replace('Челябинск', line)).message).toBe(
        `fixture.txt:4: expected the place after the date, found «${line}»`,
      );
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(
      parseTranscript(GOOD.replace('2017-11-09', '2016-02-29'), speakers, 'fixture.txt').datetime,
    ).toBe('2016-02-29T18:40:00+03:00');
  });

  it('a missing separator', () => {
    const e = errorOf(GOOD.replace('* * *', ''));
    expect(e.message).toContain('missing the separator');
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

  it.each([
    'http://kremlin.ru/events/president/news/copy/',
    'http://kremlin.ru/events/pres',
    'http://kremlin',
    'http://kremlin.ru/events/president/news/copy/56031…',
    'http://kremlin.ru/events/president/news/copy/56031.',
    'kremlin.ru/events/president/news/copy/56031',
    'http://kremlin.ru/events/president/news/copy/56031 (копия)',
  ])('a last line that is not a whole URL: %s', (url) => {
    const e = errorOf(GOOD.replace('http://kremlin.ru/events/president/news/copy/1', url));
    expect(e.message).toBe(
      'fixture.txt:12: expected the whole source URL (http…, ending in the page number for kremlin.ru) as the last line',
    );
  });

  it('knows a whole URL', () => {
    expect(wholeUrl('http://kremlin.ru/events/president/news/copy/56031')).toBe(true);
    expect(wholeUrl('https://en.kremlin.ru/events/president/transcripts/56031')).toBe(true);
    expect(wholeUrl('https://example.org/a/b')).toBe(true);
    expect(wholeUrl('https://example.org/a/b,')).toBe(false);
  });

  it('text after an omission that opens no speech', () => {
    const e = errorOf(GOOD.replace('Н.Назарбаев: Ответ.', 'Ответ.'));
    expect(e.line).toBe(11);
  });
});

/** Line 11 of GOOD opens Nazarbayev's speech; line 9 continues Putin's. */
const KNOWN_ODD = [
  ['two spaces before', '  Н.Назарбаев: Ответ.', '  Н.Назарбаев:'],
  ['a tab before', '\tН.Назарбаев: Ответ.', '\tН.Назарбаев:'],
  ['an NBSP before', '\u00a0Н.Назарбаев: Ответ.', '\u00a0Н.Назарбаев:'],
  ['a zero-width space before', '\u200bН.Назарбаев: Ответ.', '\u200bН.Назарбаев:'],
  ['the colon set apart', 'Н.Назарбаев : Ответ.', 'Н.Назарбаев :'],
  ['an NBSP before the colon', 'Н.Назарбаев\u00a0: Ответ.', 'Н.Назарбаев\u00a0:'],
  ['a space after the initial', 'Н. Назарбаев: Ответ.', 'Н. Назарбаев:'],
  ['the surname alone', 'Назарбаев: Ответ.', 'Назарбаев:'],
  ['the full name', 'Нурсултан Назарбаев: Ответ.', 'Нурсултан Назарбаев:'],
  ['no space after the colon', 'Н.Назарбаев:Ответ.', 'Н.Назарбаев:'],
  ['two spaces after the colon', 'Н.Назарбаев:  Ответ.', 'Н.Назарбаев:'],
] as const;

describe('a line that looks like a speaker prefix but is not exactly a known one', () => {
  it.each(KNOWN_ODD)(
    'a known speaker written oddly (%s) is an error that says how to write it',
    (_case, line, written) => {
      const e = errorOf(GOOD.replace('Н.Назарбаев: Ответ.', line));
      expect(e.message).toBe(
        `fixture.txt:11: «${written}» looks like the speaker prefix of Нурсултан Назарбаев written oddly: write it exactly «Н.Назарбаев: » at the start of the line`,
      );
    },
  );

  it.each(KNOWN_ODD)(
    'is never merged into the previous speech (%s, inside Putin’s speech)',
    (_case, line) => {
      const e = errorOf(GOOD.replace('Второй абзац.', line));
      expect(e.line).toBe(9);
      expect(e.message).toContain('written oddly');
    },
  );

  it.each([
    ['Д.Медведев: Ответ.', 'Д.Медведев'],
    ['Д. А. Медведев: Ответ.', 'Д. А. Медведев'],
    ['Песков: Ответ.', 'Песков'],
    ['Дмитрий Песков: Ответ.', 'Дмитрий Песков'],
    ['Анна Иванова : Ответ.', 'Анна Иванова'],
    ['Вопрос: Когда?', 'Вопрос'],
    ['Реплика: Да!', 'Реплика'],
    ['Голос из зала: Да!', 'Голос из зала'],
  ])('an unknown speaker: %s', (line, name) => {
    const e = errorOf(GOOD.replace('Н.Назарбаев: Ответ.', line));
    expect(e.message).toBe(
      `fixture.txt:11: unknown speaker «${name}»: add them to speakers.json with their "prefix" as the source writes it (known: В.Путин, Н.Назарбаев)`,
    );
  });

  it('an unknown speaker in the lead', () => {
    expect(errorOf(GOOD.replace('Лид два. ', 'Д.Медведев: Лид два.')).message).toMatch(
      /^fixture\.txt:6: unknown speaker «Д\.Медведев»/,
    );
  });

  it('leaves ordinary openings with a colon as text, in the lead and in a speech', () => {
    const openings = [
      'Во-первых: мы договорились.',
      'Итак: итоги.',
      'Республика Казахстан: итоги.',
      'Владимир Путин отметил: «Итоги».',
      'Главное: 2017 год.',
      'Спасибо!',
    ];
    const text = GOOD.replace('Лид два. ', openings.join('\n')).replace(
      'Второй абзац.',
      openings.join('\n'),
    );
    const t = parseTranscript(text, speakers, 'fixture.txt');
    expect(t.lead.slice(1)).toEqual(openings);
    expect(t.speeches[0]?.paragraphs.slice(1)).toEqual(openings);
  });
});

describe('separators, omissions and invisible lines', () => {
  it('a second separator', () => {
    expect(errorOf(GOOD.replace('Второй абзац.', '* * *')).message).toBe(
      'fixture.txt:9: a second separator «* * *»: one «* * *» stands, between the lead and the transcript',
    );
    expect(errorOf(GOOD.replace('Второй абзац.', '***')).message).toMatch(
      /^fixture\.txt:9: a second separator «\*\*\*»/,
    );
  });

  it('a separator written otherwise', () => {
    expect(errorOf(GOOD.replace('* * *', '***')).message).toBe(
      'fixture.txt:7: write the separator as «* * *», found «***»',
    );
  });

  it.each(['&lt;...&gt;', '<...>', '<…>', '&lt;…&gt;', '[…]'])(
    'an omission spelled %s stands between two speeches',
    (mark) => {
      const t = parseTranscript(GOOD.replace('&lt;…&gt;', mark), speakers, 'fixture.txt');
      expect(t.speeches.map((x) => x.omissionAfter)).toEqual([true, false]);
    },
  );

  it('an omission where none can stand', () => {
    expect(
      errorOf(GOOD.replace('В.Путин: Первый абзац.', '&lt;...&gt;\nВ.Путин: Первый абзац.'))
        .message,
    ).toBe(
      'fixture.txt:8: an omission before the first speech: an omission stands only after a speech',
    );
    expect(errorOf(GOOD.replace('&lt;…&gt;', '&lt;…&gt;\n&lt;...&gt;')).message).toBe(
      'fixture.txt:11: two omissions in a row: one omission line stands between two speeches',
    );
    expect(errorOf(GOOD.replace('Лид два. ', '<…>')).message).toBe(
      'fixture.txt:6: an omission in the lead: an omission stands only between two speeches',
    );
    expect(errorOf(GOOD.replace('Н.Назарбаев: Ответ.', 'Ответ.')).message).toBe(
      'fixture.txt:11: a paragraph after an omission must open a new speech with a speaker prefix',
    );
  });

  it.each([
    ['\u200b', 'U+200B'],
    ['\u200b\u200b', 'U+200B U+200B'],
    ['\u00a0', 'U+00A0'],
    ['\ufeff', 'U+FEFF'],
    ['\u2060 \u00ad', 'U+2060 U+0020 U+00AD'],
  ])('a line of only invisible characters (%s)', (line, codes) => {
    const e = errorOf(GOOD.replace('Второй абзац.', `Второй абзац.\n${line}`));
    expect(e.message).toBe(
      `fixture.txt:10: a line of only invisible characters (${codes}): delete it or its characters`,
    );
  });

  it('a speech with no text', () => {
    expect(errorOf(GOOD.replace('Н.Назарбаев: Ответ.', 'Н.Назарбаев:')).message).toBe(
      'fixture.txt:11: the speech «nazarbayev-speech» has no text',
    );
  });
});

describe('decodeSource', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('drops a BOM before the title, with a note', () => {
    const { text, notes } = decodeSource(utf8(`\ufeff${GOOD}`), 'fixture.txt');
    expect(text).toBe(GOOD);
    expect(notes).toEqual(['fixture.txt:1: dropped the byte order mark (BOM) before the title']);
    expect(parseTranscript(text, speakers, 'fixture.txt').title).toBe('Заголовок');
  });

  it('rejects invalid UTF-8 with its line, never U+FFFD', () => {
    const bytes = utf8(GOOD);
    // The second byte of «В» on line 9 («Второй абзац.»).
    bytes[utf8(`${GOOD.split('\n').slice(0, 8).join('\n')}\n`).length + 1] = 0xff;
    expect(() => decodeSource(bytes, 'fixture.txt')).toThrow(
      'fixture.txt:9: invalid UTF-8: the print copy must be UTF-8 (re-save it from the Kremlin page as UTF-8)',
    );
    expect(() => decodeSource(Uint8Array.of(0x41, 0x0a, 0xd0), 'x.txt')).toThrow(
      /^x\.txt:2: invalid UTF-8/,
    );
  });
});

describe('any well-formed Kremlin print copy', () => {
  const many = [
    'Встреча',
    '2019-04-16 11:30:00',
    'Москва',
    '* * *',
    'В.Путин: Раз.',
    'Н.Назарбаев: Два.',
    'В.Путин: Три.',
    'Н.Назарбаев: Четыре.',
    'В.Путин: Пять.',
    'http://kremlin.ru/events/president/news/copy/2',
  ].join('\n');

  it('names the speeches <speaker>-<k> when a speaker has more than two speeches', () => {
    const t = parseTranscript(many, speakers, 'fixture.txt');
    expect(t.lead).toEqual([]);
    expect(t.speeches.map((x) => [x.slug, x.kind])).toEqual([
      ['putin-1', 'turn'],
      ['nazarbayev-1', 'turn'],
      ['putin-2', 'turn'],
      ['nazarbayev-2', 'turn'],
      ['putin-3', 'turn'],
    ]);
  });

  it('reads a record with no lead, with or without the separator', () => {
    const bare = parseTranscript(many.replace('* * *\n', ''), speakers, 'fixture.txt');
    expect(bare.lead).toEqual([]);
    expect(bare.speeches).toHaveLength(5);
  });

  it('wants the separator between a lead and the first speech', () => {
    expect(errorOf(many.replace('* * *', 'Лид.')).message).toBe(
      'fixture.txt:5: missing the separator «* * *» between the lead and the first speech',
    );
  });

  it('reads prefixes that are not initials (questions from the floor)', () => {
    const floor = [...speakers, { id: 'question', prefix: 'Вопрос' }];
    const t = parseTranscript(
      many.replace('Н.Назарбаев: Четыре.', 'Вопрос: Четыре?'),
      floor,
      'fixture.txt',
    );
    expect(t.speeches.map((x) => x.slug)).toEqual([
      'putin-1',
      'nazarbayev-1',
      'putin-2',
      'question-1',
      'putin-3',
    ]);
  });
});
