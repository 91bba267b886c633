import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { symlinks } from './symlinks.ts';

describe('symlinks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dist-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every symlink, without following one into a folder or a loop', () => {
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'page.html'), '');
    symlinkSync('/etc', join(dir, 'etc'));
    symlinkSync('loop', join(dir, 'a', 'loop'));
    symlinkSync('page.html', join(dir, 'a', 'same.html'));
    expect(symlinks(dir).sort()).toEqual(
      [join(dir, 'a', 'loop'), join(dir, 'a', 'same.html'), join(dir, 'etc')].sort(),
    );
  });
});
