import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRecord, sha256 } from './importer.ts';

const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8'));
const SOURCE = 'content/source/000_f14b79e5080b2ac1.txt';
const SHARED = '../shared/source/000_f14b79e5080b2ac1.txt';

/** A scratch copy of content/ with the source replaced by `text` (and its checksum recorded unless `sum` is given). */
function scratch(text: string, sum = sha256(text)) {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  cpSync('content', dir, { recursive: true });
  writeFileSync(join(dir, 'source', 'in.txt'), text);
  writeFileSync(join(dir, 'source', 'SHA256SUMS'), `${sum}  in.txt\n`);
  return { dir, source: join(dir, 'source', 'in.txt') };
}

function snapshot(dir: string): string {
  const speeches = join(dir, 'speeches');
  return [join(dir, 'forum.mdx'), ...readdirSync(speeches).map((f) => join(speeches, f))].map((f) => `${f}\n${readFileSync(f, 'utf8')}`).join('\n');
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

  it('records the checksum in the forum frontmatter', () => {
    const [hash] = readFileSync('content/source/SHA256SUMS', 'utf8').split(/\s+/);
    expect(readFileSync('content/forum.mdx', 'utf8')).toContain(`sha256: "${hash}"`);
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
    expect(() => importRecord({ source, outDir: dir, speakers })).toThrow(/SHA256SUMS:1: checksum mismatch/);
    expect(snapshot(dir)).toBe(before);
  });

  it('rejects an unknown speaker with the source line and writes nothing', () => {
    const { dir, source } = scratch(
      readFileSync(SOURCE, 'utf8').replace('Н.Назарбаев: Уважаемый Владимир Владимирович! Участники', 'Д.Медведев: Уважаемый Владимир Владимирович! Участники'),
    );
    const before = snapshot(dir);
    expect(() => importRecord({ source, outDir: dir, speakers })).toThrow(/in\.txt:45: unknown speaker «Д\.Медведев»/);
    expect(snapshot(dir)).toBe(before);
  });

  it('rejects an empty file and writes nothing', () => {
    const { dir, source } = scratch('');
    const before = snapshot(dir);
    expect(() => importRecord({ source, outDir: dir, speakers })).toThrow(/in\.txt:1: the file is empty/);
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
