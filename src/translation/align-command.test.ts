import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planAlignment } from './align-command.ts';
import { formatJson } from './format-json.ts';

const PAGE = 'content/translations/en/source/56031.html';
const SHA256 = '0b1e1f999bc18f33748603d9ea697b23e5fb8f2e3d40d8729fa01dec518d47ac';

/** A copy of the record's inputs without any alignment or page copy yet. */
function freshRecord(): string {
  const dir = mkdtempSync(join(tmpdir(), 'align-'));
  for (const part of ['speakers.json', 'record.mdx', 'speeches'])
    cpSync(join('content', part), join(dir, part), { recursive: true });
  return dir;
}

describe('planAlignment (what node scripts/align.ts writes)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the committed alignment.json current', () => {
    const plan = planAlignment({ record: 'content' });
    const file = join('content', 'translations', 'en', 'alignment.json');
    expect(plan.files.get(file)).toBe(readFileSync(file, 'utf8'));
  });

  it('imports a page: a byte-exact copy, its SHA256SUMS, the alignment and a report', () => {
    const dir = freshRecord();
    dirs.push(dir);
    const plan = planAlignment({ record: dir, page: { file: PAGE, sha256: SHA256 } });
    const source = join(dir, 'translations', 'en', 'source');
    expect(plan.files.get(join(source, '56031.html'))).toEqual(readFileSync(PAGE));
    expect(plan.files.get(join(source, 'SHA256SUMS'))).toBe(`${SHA256}  56031.html\n`);
    expect(plan.report.join('\n')).toMatch(
      /untranslated speeches: nazarbayev-speech, nazarbayev-closing/,
    );
    expect(plan.report.join('\n')).toMatch(/lead-3\+lead-4 ↔ en 2 \[2-1/);
  });

  it('rejects an unknown speaker label with the page line', () => {
    const dir = freshRecord();
    dirs.push(dir);
    const speakers = JSON.parse(readFileSync(join(dir, 'speakers.json'), 'utf8'));
    speakers[0].nameEn = 'V. Putin';
    writeFileSync(join(dir, 'speakers.json'), JSON.stringify(speakers));
    expect(() => planAlignment({ record: dir, page: { file: PAGE, sha256: SHA256 } })).toThrow(
      /56031\.html:12: unknown speaker label «President of.Russia Vladimir Putin»/,
    );
  });

  it('writes nothing when the page fails its checksum (the command, end to end)', () => {
    const dir = freshRecord();
    dirs.push(dir);
    const run = () =>
      execFileSync(
        process.execPath,
        ['scripts/align.ts', '--record', dir, '--page', PAGE, '--sha256', '0'.repeat(64)],
        { stdio: 'pipe' },
      );
    expect(run).toThrow(/checksum mismatch/);
    expect(existsSync(join(dir, 'translations', 'en', 'alignment.json'))).toBe(false);
    expect(existsSync(join(dir, 'translations', 'en', 'source'))).toBe(false);
  });
});

describe('formatJson', () => {
  it('keeps objects one key a line and short arrays of plain values on one line', () => {
    const long = Array.from({ length: 30 }, (_, k) => `item-${k}`);
    expect(formatJson({ a: [1, 2], b: { c: ['x', 'y'] }, d: [], e: long })).toBe(
      `{\n  "a": [1, 2],\n  "b": {\n    "c": ["x", "y"]\n  },\n  "d": [],\n  "e": [\n${long.map((s) => `    "${s}"`).join(',\n')}\n  ]\n}\n`,
    );
  });
});
