import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardAlignment } from './guard.ts';

/** A copy of the record with one edit made to one of its files. */
function copyWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'align-guard-'));
  cpSync('content', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('the alignment guard', () => {
  it('passes the committed record', () => {
    expect(guardAlignment('content')).toBeGreaterThan(40);
  });

  it('names the bead whose Russian text changed', () => {
    const dir = copyWith('speeches/1-putin-speech.mdx', (mdx) =>
      mdx.replace('Рад приветствовать всех вас', 'Рад видеть всех вас'),
    );
    expect(() => guardAlignment(dir)).toThrow(
      /bead putin-speech-1\+putin-speech-2 ↔ en \d+: its texts changed/,
    );
  });

  it('names the bead whose English text changed in a page recorded anew', () => {
    const page = 'translations/en/source/56031.html';
    const dir = copyWith(page, (html) => html.replace('Thank you all.', 'Thanks to all.'));
    const bytes = readFileSync(join(dir, page));
    const sums = join(dir, 'translations/en/source/SHA256SUMS');
    writeFileSync(sums, `${createHash('sha256').update(bytes).digest('hex')}  56031.html\n`);
    expect(() => guardAlignment(dir)).toThrow(/bead putin-closing-10 ↔ en \d+: its texts changed/);
  });

  it('refuses an English page whose bytes differ from its recorded checksum', () => {
    const dir = copyWith('translations/en/source/56031.html', (html) =>
      html.replace('Mr Nazarbayev, colleagues', 'Mr Nazarbayev,  colleagues'),
    );
    expect(() => guardAlignment(dir)).toThrow(/56031\.html/);
  });
});
