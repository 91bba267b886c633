import { describe, expect, it } from 'vitest';

describe('previewPng', () => {
  it('renders a 1200×630 PNG, the same bytes again from the cache, and different bytes for other words', async () => {
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const cache = mkdtempSync(join(tmpdir(), 'og-'));
    process.env.ASTRO_CACHE_DIR = cache;
    const { previewPng } = await import('./og.ts');
    const input = {
      quote: 'Россия и Казахстан — ближайшие союзники, ёлки.',
      speaker: 'Владимир Путин',
      role: 'Президент России',
      footer: 'Челябинск, 9 ноября 2017',
    };
    const png = await previewPng(input);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(readdirSync(join(cache, 'og'))).toHaveLength(1);
    expect((await previewPng(input)).equals(png)).toBe(true);
    expect((await previewPng({ ...input, quote: 'Другие слова.' })).equals(png)).toBe(false);
    expect(readdirSync(join(cache, 'og'))).toHaveLength(2);
    delete process.env.ASTRO_CACHE_DIR;
  });
});
