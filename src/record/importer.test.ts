import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedParagraphs, importRecord, transcriptParagraphs } from './importer.ts';
import { loadSpeakers, recordFiles, sha256 } from './inputs.ts';
import { parseTranscript } from './transcript.ts';

const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8'));
const SOURCE = 'content/source/000_f14b79e5080b2ac1.txt';
const SHARED = '../shared/source/000_f14b79e5080b2ac1.txt';

/** A scratch copy of content/ with the source replaced by `text` (and its checksum recorded unless `sum` is given). */
function scratch(text: string | Buffer, sum = sha256(text)) {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  cpSync('content', dir, { recursive: true });
  writeFileSync(join(dir, 'source', 'in.txt'), text);
  writeFileSync(join(dir, 'source', 'SHA256SUMS'), `${sum}  in.txt\n`);
  return { dir, source: join(dir, 'source', 'in.txt') };
}

function snapshot(dir: string): string {
  const speeches = join(dir, 'speeches');
  return [join(dir, 'record.mdx'), ...readdirSync(speeches).map((f) => join(speeches, f))]
    .map((f) => `${f}\n${readFileSync(f, 'utf8')}`)
    .join('\n');
}

describe('the committed record', () => {
  it('is byte for byte the source the Kremlin published (when ../shared is present)', () => {
    if (!existsSync(SHARED)) return; // A clone without ../shared still has the checksum test below.
    expect(readFileSync(SOURCE).equals(readFileSync(SHARED))).toBe(true);
  });

  it('matches its recorded SHA-256', () => {
    const [hash] = readFileSync('content/source/SHA256SUMS', 'utf8').split(/\s+/);
    expect(sha256(readFileSync(SOURCE))).toBe(hash);
  });

  it('is exactly what the importer makes now (no hand edits)', () => {
    const result = importRecord({ source: SOURCE, outDir: 'content', speakers, check: true });
    expect(result.changed).toEqual([]);
    expect(result.files.size).toBe(5);
  });

  it('records the checksum in the record frontmatter', () => {
    const [hash] = readFileSync('content/source/SHA256SUMS', 'utf8').split(/\s+/);
    expect(readFileSync('content/record.mdx', 'utf8')).toContain(`sha256: "${hash}"`);
  });
});

describe('importRecord', () => {
  it('is deterministic', () => {
    const a = importRecord({ source: SOURCE, outDir: 'content', speakers, check: true });
    const b = importRecord({ source: SOURCE, outDir: 'content', speakers, check: true });
    expect([...a.files]).toEqual([...b.files]);
  });

  it('rejects a changed checksum, naming SHA256SUMS and its line, and writes nothing', () => {
    const { dir, source } = scratch(readFileSync(SOURCE, 'utf8'), '0'.repeat(64));
    const before = snapshot(dir);
    expect(() => importRecord({ source, outDir: dir, speakers })).toThrow(
      /SHA256SUMS:1: checksum mismatch/,
    );
    expect(snapshot(dir)).toBe(before);
  });

  it('rejects an unknown speaker with the source line and writes nothing', () => {
    const { dir, source } = scratch(
      readFileSync(SOURCE, 'utf8').replace(
        'Н.Назарбаев: Уважаемый Владимир Владимирович! Участники',
        'Д.Медведев: Уважаемый Владимир Владимирович! Участники',
      ),
    );
    const before = snapshot(dir);
    expect(() => importRecord({ source, outDir: dir, speakers })).toThrow(
      /in\.txt:45: unknown speaker «Д\.Медведев»/,
    );
    expect(snapshot(dir)).toBe(before);
  });

  it('rejects an empty file and writes nothing', () => {
    const { dir, source } = scratch('');
    const before = snapshot(dir);
    expect(() => importRecord({ source, outDir: dir, speakers })).toThrow(
      /in\.txt:1: the file is empty/,
    );
    expect(snapshot(dir)).toBe(before);
  });

  it('writes the record and removes stale speech files', () => {
    const { dir, source } = scratch(readFileSync(SOURCE, 'utf8'));
    writeFileSync(join(dir, 'speeches', '9-stale.mdx'), 'x');
    const result = importRecord({ source, outDir: dir, speakers });
    expect(result.changed).toEqual([join(dir, 'speeches', '9-stale.mdx')]);
    expect(readdirSync(join(dir, 'speeches')).sort()).toEqual([
      '1-putin-speech.mdx',
      '2-nazarbayev-speech.mdx',
      '3-nazarbayev-closing.mdx',
      '4-putin-closing.mdx',
    ]);
  });
});

describe('importRecord refuses what it cannot place, and writes nothing', () => {
  const original = readFileSync(SOURCE, 'utf8');

  function refuses(text: string | Buffer, message: RegExp, sum?: string) {
    const { dir, source } = sum ? scratch(text, sum) : scratch(text);
    const before = snapshot(dir);
    expect(() => importRecord({ source, outDir: dir, speakers })).toThrow(message);
    expect(snapshot(dir)).toBe(before);
  }

  it('a checksum that differs only by line endings says so', () => {
    refuses(
      original.replaceAll('\n', '\r\n'),
      /SHA256SUMS:1: checksum mismatch .* Only the line endings differ: this copy has CRLF/,
      sha256(original),
    );
  });

  it('invalid UTF-8, with its line', () => {
    const bytes = Buffer.from(original);
    bytes[Buffer.byteLength(`${original.split('\n').slice(0, 14).join('\n')}\n`)] = 0xc0;
    refuses(bytes, /in\.txt:15: invalid UTF-8/);
  });

  it('Nazarbayev’s prefix written oddly, instead of merging his speech into Putin’s', () => {
    refuses(
      original.replace(
        'Н.Назарбаев: Уважаемый Владимир Владимирович! Участники',
        '  Н.Назарбаев: Уважаемый Владимир Владимирович! Участники',
      ),
      /in\.txt:45: « {2}Н\.Назарбаев:» looks like the speaker prefix of Нурсултан Назарбаев written oddly/,
    );
  });

  it('a changed paragraph behind a published id (ids.json)', () => {
    refuses(
      original.replace('Рад приветствовать всех вас', 'Рад видеть всех вас'),
      /ids\.json: 1 published id\(s\) broken:\n {2}putin-speech-2: the text behind a published id changed/,
    );
  });

  it('a paragraph split in two, which would shift every later id', () => {
    const split = original.replace(
      'Уважаемый Нурсултан Абишевич! Уважаемые коллеги!',
      'Уважаемый Нурсултан Абишевич!\nУважаемые коллеги!',
    );
    expect(split).not.toBe(original);
    refuses(
      split,
      /putin-speech-1: the text behind a published id changed[\s\S]*putin-speech-30: the text behind/,
    );
  });

  it('a paragraph with a 200,000-letter word, at its line', () => {
    refuses(
      original.replace('Рад приветствовать всех вас', `Рад ${'ж'.repeat(200_000)} вас`),
      /in\.txt:16: a word of 200000 characters at column 5 .*: a word holds at most 100 characters/,
    );
  });

  it('a NUL at its own line, never blamed on the MDX writer', () => {
    const text = original.replace('Уважаемые коллеги!', 'Уважаемые\0коллеги!');
    const line = text.slice(0, text.indexOf('\0')).split('\n').length;
    expect(line).toBeGreaterThan(10);
    refuses(text, new RegExp(`in\\.txt:${line}: a control character U\\+0000 \\(NUL\\) at column`));
    const { dir, source } = scratch(text);
    expect(() => importRecord({ source, outDir: dir, speakers })).not.toThrow(/mdx\.ts/);
  });

  it('C1 control characters in the title', () => {
    refuses(
      `\u0085${original.trimStart()}`,
      /in\.txt:1: the title: .*U\+0085|in\.txt:1: a control character U\+0085/,
    );
  });

  it('a print copy over the size limit, before reading it', () => {
    const { dir, source } = scratch(original);
    // Sparse, 3 GiB: reading it whole would fail with another error (a Buffer holds 2 GiB at most).
    truncateSync(source, 3 * 1024 ** 3);
    const before = snapshot(dir);
    expect(() => importRecord({ source, outDir: dir, speakers })).toThrow(
      /in\.txt:1: the print copy is 3,221,225,472 bytes: a record holds at most 4,194,304/,
    );
    expect(snapshot(dir)).toBe(before);
  });

  it('drops a BOM with a note in the report', () => {
    const { dir, source } = scratch(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)]),
    );
    const result = importRecord({ source, outDir: dir, speakers });
    expect(result.report[0]).toBe(
      `${source}:1: dropped the byte order mark (BOM) before the title`,
    );
    expect(readFileSync(join(dir, 'record.mdx'), 'utf8')).toContain(
      'title: "Форум межрегионального',
    );
  });
});

describe('the id fingerprints agree between the importer and the build', () => {
  it('reads the same paragraphs from the source as from the generated MDX', () => {
    const transcript = parseTranscript(readFileSync(SOURCE, 'utf8'), speakers, SOURCE);
    expect(generatedParagraphs('content')).toEqual(transcriptParagraphs(transcript));
  });
});

describe('a second record: the round-table fixture', () => {
  const DIR = 'tests/fixtures/records/round-table';
  const files = recordFiles(DIR);
  const fixtureSpeakers = loadSpeakers(files.speakers);

  it('is exactly what the importer makes now', () => {
    const result = importRecord({
      source: files.source,
      outDir: DIR,
      speakers: fixtureSpeakers,
      check: true,
    });
    expect(result.changed).toEqual([]);
  });

  it('has no lead, three named speakers and two voices from the floor, a moderator with four speeches, an omission in the middle', () => {
    const t = parseTranscript(readFileSync(files.source, 'utf8'), fixtureSpeakers, files.source);
    expect(t.lead).toEqual([]);
    expect(t.speeches.map((x) => [x.slug, x.paragraphs.length, x.omissionAfter])).toEqual([
      ['moderator-1', 3, false],
      ['orlov-1', 4, false],
      ['moderator-2', 1, false],
      ['belova-1', 6, true],
      ['moderator-3', 1, false],
      ['question-1', 1, false],
      ['orlov-2', 2, false],
      ['remark-1', 1, false],
      ['orlov-3', 1, false],
      ['moderator-4', 1, false],
    ]);
    expect(readdirSync(join(DIR, 'speeches'))[0]).toBe('01-moderator-1.mdx');
  });

  it('keeps every source line as a paragraph, prefixes aside, hostile ones included', () => {
    const source = readFileSync(files.source, 'utf8');
    const lines = source
      .split('\n')
      .slice(6)
      .filter((l) => l !== '' && l !== '&lt;…&gt;' && !l.startsWith('http://kremlin.ru/'))
      .map((l) => l.replace(/^(?:Е\.Смирнова|П\.Орлов|И\.Белова|Вопрос|Реплика): /, ''));
    expect(generatedParagraphs(DIR).map((p) => p.text)).toEqual(lines);
    expect(generatedParagraphs(DIR).map((p) => p.id)).toContain('moderator-4-1');
  });
});

describe('loadSpeakers', () => {
  it('rejects a speaker id that cannot name a section, with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speakers-'));
    const file = join(dir, 'speakers.json');
    writeFileSync(
      file,
      JSON.stringify(
        [
          { id: 'putin', prefix: 'В.Путин' },
          { id: 'Nazarbayev 2', prefix: 'Н.Назарбаев' },
        ],
        null,
        2,
      ),
    );
    expect(() => loadSpeakers(file)).toThrow(
      `${file}:7: speaker id «Nazarbayev 2»: a speaker id is lower-case Latin letters, digits and hyphens`,
    );
    writeFileSync(
      file,
      JSON.stringify(
        [
          { id: 'a', prefix: 'В.Путин' },
          { id: 'b', prefix: 'В.Путин' },
        ],
        null,
        2,
      ),
    );
    expect(() => loadSpeakers(file)).toThrow(`${file}:8: «В.Путин» is used by two speakers`);
  });
});
