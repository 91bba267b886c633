/**
 * `npm run build` itself refuses a record whose published id lost its text: a real `astro build`
 * of a copy of content/ with one paragraph changed in its generated MDX fails, naming the id.
 * (It stops in `astro:config:setup`, before anything is rendered, so it is quick.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopy } from '../support/build-copy.ts';

describe('npm run build', () => {
  it('makes npm run build fail', () => {
    const build = buildCopy((dir) => {
      const file = join(dir, 'speeches', '1-putin-speech.mdx');
      const mdx = readFileSync(file, 'utf8');
      writeFileSync(file, mdx.replace('Рад приветствовать всех вас', 'Рад видеть всех вас'));
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('putin-speech-2: the text behind a published id changed');
    expect(build.served).toBe('the previous site');
  }, 120_000);
});
