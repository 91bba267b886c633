/** The build's own check of the record's limits, on the generated MDX (a hand edit skips the importer). */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardLimits } from './limits-guard.ts';

describe('the limits guard', () => {
  it('passes the committed record', () => {
    expect(guardLimits('content')).toBe(91);
  });

  it('names a hand-edited paragraph with a 200,000-letter word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'limits-guard-'));
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'speeches', '1-putin-speech.mdx');
    const mdx = readFileSync(file, 'utf8');
    writeFileSync(file, mdx.replace('Рад приветствовать всех вас', `Рад ${'ж'.repeat(200_000)}`));
    expect(() => guardLimits(dir)).toThrow(
      new RegExp(`^${dir}: putin-speech-2: a word of 200000 characters`),
    );
  });
});
