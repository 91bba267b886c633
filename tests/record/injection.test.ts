/**
 * Nothing in a record's text runs at build. The second record (tests/fixtures/records/round-table)
 * has paragraphs that would write `injected-by-*.txt` if MDX read them as ESM or expressions;
 * after its build none of those files exists, and each such paragraph is on its page as text
 * (the fidelity test compares every paragraph with the source).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { RECORD_DIR } from '../../src/record/record-dir.ts';

describe(`the build of ${RECORD_DIR} ran none of its text`, () => {
  it('left no marker file that a hostile paragraph would write', () => {
    const markers = ['.', RECORD_DIR, DIST]
      .filter(existsSync)
      .flatMap((dir) => readdirSync(dir).filter((f) => f.startsWith('injected-by-')));
    expect(markers).toEqual([]);
  });
});
