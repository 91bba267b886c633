import { describe, expect, it } from 'vitest';
import { staticGraph, wholeScript } from './site-chunk.ts';

const modules: Record<string, string[]> = {
  '/p/site.ts': ['/p/a.ts', '/p/b.ts'],
  '/p/a.ts': ['/p/c.ts', '/p/site.ts'],
  '/p/b.ts': [],
  '/p/c.ts': [],
  '/p/lazy.ts': ['/p/a.ts'],
};
const graph = {
  getModuleInfo: (id: string) => (modules[id] ? { importedIds: modules[id] } : null),
};

describe('the site script as one chunk', () => {
  it('takes what the entry imports statically, transitively, through cycles', () => {
    expect([...staticGraph('/p/site.ts', graph)].sort()).toEqual([
      '/p/a.ts',
      '/p/b.ts',
      '/p/c.ts',
      '/p/site.ts',
    ]);
  });

  it('names that chunk, and the component script that imports the entry, and nothing else', () => {
    const { name } = wholeScript('SiteScript', new URL('file:///p/site.ts'));
    expect(name('/p/c.ts', graph)).toBe('SiteScript');
    expect(name('/src/components/SiteScript.astro?astro&type=script&index=0&lang.ts', graph)).toBe(
      'SiteScript',
    );
    expect(name('/p/lazy.ts', graph)).toBeNull();
  });
});
