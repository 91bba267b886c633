/**
 * The id guard refuses a record whose published id lost its text (the real build's refusal is
 * checked in tests/site/id-guard-build.test.ts, beside the other tests that need a build).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardIds } from './id-guard.ts';

function copyWith(edit: (mdx: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'id-guard-'));
  cpSync('content', dir, { recursive: true });
  const file = join(dir, 'speeches', '1-putin-speech.mdx');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

const reword = (mdx: string) => mdx.replace('Рад приветствовать всех вас', 'Рад видеть всех вас');

describe('the id guard', () => {
  it('passes the committed record', () => {
    expect(guardIds('content')).toBe(91);
  });

  it('names a published id whose text changed or that disappeared', () => {
    expect(() => guardIds(copyWith(reword))).toThrow(
      /putin-speech-2: the text behind a published id changed/,
    );
    const dropLast = (mdx: string) => mdx.replace(/\n\n[^\n]+\n$/, '\n');
    expect(() => guardIds(copyWith(dropLast))).toThrow(
      /putin-speech-30: a published id disappeared/,
    );
  });
});
