/**
 * The site's own serif (PT Serif cut by `npm run fonts`) has every character
 * the built pages show, and the pages use only those two faces.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/dist.ts';
import { pages } from './pages.ts';

async function characters(file: string): Promise<Set<number>> {
  const ttf = await fontverter.convert(readFileSync(file), 'truetype');
  return new Set(new Face(new Blob(ttf), 0).collectUnicodes());
}
/** The whole PT Serif the cut is made from (scripts/fonts.ts). */
const FULL = { 400: '400Regular/PTSerif_400Regular.ttf', 700: '700Bold/PTSerif_700Bold.ttf' } as const;
const fullFace = (weight: keyof typeof FULL) => characters(createRequire(import.meta.url).resolve(`@expo-google-fonts/pt-serif/${FULL[weight]}`));

/** What a page shows as text: the body without scripts, styles and drawings. */
function shown(file: string): string {
  const body = parse(readFileSync(file, 'utf8')).querySelector('body');
  for (const el of body?.querySelectorAll('script, style, svg, template') ?? []) el.remove();
  return body?.textContent ?? '';
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const faces = [...html.matchAll(/@font-face\{[^}]*\}/g)].map((m) => m[0]);

describe('fonts', () => {
  it('declares two faces of one family, both preloaded', () => {
    expect(faces).toHaveLength(2);
    for (const face of faces) {
      const url = /url\(([^)]+)\)/.exec(face)?.[1] ?? '';
      expect(face).toContain('font-family:Record Serif');
      expect(html).toContain(`<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin>`);
    }
  });

  // Characters PT Serif itself lacks (← →) come from the reader's fonts, as they would with the whole font.
  it.each([400, 700] as const)('the cut of PT Serif %i has every character of the full font that the pages show (else run npm run fonts)', async (weight) => {
    const url = faces.map((f) => /url\(([^)]+)\)/.exec(f)?.[1] ?? '').find((u) => u.includes(`-${weight}.`)) ?? '';
    const [have, whole] = await Promise.all([characters(join(DIST, url)), fullFace(weight)]);
    const missing = new Set<string>();
    for (const { file } of pages) {
      for (const c of shown(file)) {
        const code = c.codePointAt(0) ?? 0;
        if (whole.has(code) && !have.has(code)) missing.add(c);
      }
    }
    expect([...missing].join('')).toBe('');
    // And the cut is a cut: no more than the site needs.
    expect(have.size).toBeLessThan(400);
  });
});
