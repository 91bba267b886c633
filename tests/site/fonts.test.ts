/**
 * The site's own serif (PT Serif cut by `npm run fonts`) has every character
 * the built pages show, and the pages use only those two faces.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromBuffer } from '@capsizecss/unpack';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { PT_SERIF_FACES } from '../../src/publish/font-faces.ts';
import { fallbackOverrides, TIMES_NEW_ROMAN } from '../../src/publish/font-fallback.ts';
import { pages } from './pages.ts';

async function characters(file: string): Promise<Set<number>> {
  const ttf = await fontverter.convert(readFileSync(file), 'truetype');
  return new Set(new Face(new Blob(ttf), 0).collectUnicodes());
}

/** What a page shows as text: the body without scripts, styles and drawings. */
function shown(file: string): string {
  const body = parse(readFileSync(file, 'utf8')).querySelector('body');
  for (const el of body?.querySelectorAll('script, style, svg, template') ?? []) el.remove();
  return body?.textContent ?? '';
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const allFaces = [...html.matchAll(/@font-face\{[^}]*\}/g)].map(([css]) => ({
  css,
  url: /url\(([^)]+)\)/.exec(css)?.[1] ?? '',
}));
/** The web font's faces; the others are the local fallback's. */
const faces = allFaces.filter((f) => f.url);
const fallbacks = allFaces.filter((f) => !f.url);
/** `size-adjust:110.277%` → 110.277. */
const descriptor = (css: string, name: string) =>
  Number(new RegExp(`${name}:([\\d.]+)%`).exec(css)?.[1]);
/** Every character any page shows, read once for both faces. */
const shownChars = new Set(pages.flatMap(({ file }) => [...shown(file)]));

describe('fonts', () => {
  it('declares two faces of one family, named only once they have loaded, never preloaded', () => {
    expect(faces).toHaveLength(2);
    for (const { css, url } of faces) {
      expect(css).toContain('font-family:Record Serif;');
      // swap: a visit that names them before they load still ends in them.
      expect(css).toContain('font-display:swap');
      // Nothing fetches them before the first paint (src/shared/client/fonts.ts asks for them after).
      expect(html).not.toContain(`href="${url}"`);
    }
    expect(html).toMatch(/:root\.fonts ?\{--font-serif:"Record Serif", ?"Record Serif Fallback",/);
  });

  it('sets the text before the font arrives in a local serif scaled to the font’s own metrics', async () => {
    expect(html).toMatch(/:root ?\{[^}]*--font-serif:"Record Serif Fallback",/);
    expect(fallbacks.map((f) => /font-weight:(\d+)/.exec(f.css)?.[1]).sort()).toEqual([
      '400',
      '700',
    ]);
    for (const { weight, ttf } of PT_SERIF_FACES) {
      const css = fallbacks.find((f) => f.css.includes(`font-weight:${weight}`))?.css ?? '';
      expect(css).toContain('font-family:Record Serif Fallback');
      expect(css).toMatch(/src:local\(/);
      const expected = fallbackOverrides(
        await fromBuffer(readFileSync(createRequire(import.meta.url).resolve(ttf))),
        TIMES_NEW_ROMAN[weight],
      );
      for (const [name, value] of Object.entries(expected))
        expect(descriptor(css, name), name).toBeCloseTo(Number.parseFloat(value), 2);
    }
  });

  // Characters PT Serif itself lacks (← →) come from the reader's fonts, as they would with the whole font.
  it.each(PT_SERIF_FACES)(
    'the cut of PT Serif $weight has every character of the full font that the pages show (else run npm run fonts)',
    async ({ weight, ttf }) => {
      const url = faces.find((f) => f.url.includes(`-${weight}.`))?.url ?? '';
      const [have, whole] = await Promise.all([
        characters(join(DIST, url)),
        characters(createRequire(import.meta.url).resolve(ttf)),
      ]);
      const missing = new Set<string>();
      for (const c of shownChars) {
        const code = c.codePointAt(0) ?? 0;
        if (whole.has(code) && !have.has(code)) missing.add(c);
      }
      expect([...missing].join('')).toBe('');
      // And the cut is a cut: no more than the site needs.
      expect(have.size).toBeLessThan(400);
    },
  );
});
