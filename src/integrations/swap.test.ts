import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingDir, swapIn } from './swap.ts';

const folder = (path: string, file: string) => {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), file);
};

describe('swapping a finished build in', () => {
  it('builds beside the site', () => {
    expect(stagingDir('dist')).toBe('dist.next');
    expect(stagingDir('/x/dist/')).toBe('/x/dist.next');
  });

  it('replaces the site whole and leaves nothing beside it', () => {
    const root = mkdtempSync(join(tmpdir(), 'swap-'));
    folder(join(root, 'dist'), 'old');
    folder(join(root, 'dist.next'), 'new');
    swapIn(join(root, 'dist.next'), join(root, 'dist'));
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('puts the first build in place', () => {
    const root = mkdtempSync(join(tmpdir(), 'swap-'));
    folder(join(root, 'dist.next'), 'first');
    swapIn(join(root, 'dist.next'), join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
