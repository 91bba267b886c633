/**
 * Preview images (1200×630 PNG) for shared paragraph links: the quoted words and
 * the speaker, rendered at build time with satori and resvg, in PT Serif with
 * its Cyrillic glyphs embedded. Deterministic for the same input.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PT_SERIF_FACES } from './font-faces.ts';
import { quoteCut } from './preview-text.ts';

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** The whole PT Serif faces (Cyrillic and Latin in one file each), as the site's cut is made from. */
function loadFonts() {
  fonts ??= PT_SERIF_FACES.map(({ weight, ttf }) => ({
    name: 'PT Serif',
    data: readFileSync(require.resolve(ttf)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

export interface PreviewInput {
  /** Words to show in «ёлочки» (a paragraph), or with `heading`, a title shown as is. */
  quote: string;
  heading?: boolean;
  /** A heading's weight: bold, unless the text is quoted words already cut and quoted (the English cards). */
  weight?: 400 | 700;
  speaker: string;
  role: string;
  footer: string;
}

type Node = {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
};
const el = (
  type: string,
  style: Record<string, unknown>,
  children: (Node | string)[] | Node | string,
): Node => ({ type, props: { style, children } });

export async function previewPng({
  quote,
  heading = false,
  weight = heading ? 700 : 400,
  speaker,
  role,
  footer,
}: PreviewInput): Promise<Buffer> {
  const text = heading ? quote : quoteCut(quote, 262);
  const size = text.length > 180 ? 36 : text.length > 100 ? 44 : text.length > 40 ? 54 : 72;
  const tree = el(
    'div',
    {
      width: 1200,
      height: 630,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: 56,
      paddingRight: 72,
      paddingBottom: 56,
      paddingLeft: 56,
      background: '#fdfcf9',
      color: '#1b1f24',
      fontFamily: '"PT Serif"',
      borderLeft: '16px solid #1d4f91',
    },
    [
      el(
        'div',
        {
          display: 'flex',
          width: 1040,
          fontSize: size,
          lineHeight: 1.35,
          fontWeight: weight,
        },
        text,
      ),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'flex', fontSize: 34, fontWeight: 700 }, speaker),
        el('div', { display: 'flex', fontSize: 26, color: '#5a626d' }, role),
        el('div', { display: 'flex', fontSize: 24, color: '#1d4f91', marginTop: 20 }, footer),
      ]),
    ],
  );
  // satori's types expect React elements; the plain object is what React would produce.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: loadFonts(),
  });
  return rasterize(svg);
}

/**
 * The SVG as PNG. Rasterizing is three quarters of the cost, so PNGs are kept
 * in the build cache (ASTRO_CACHE_DIR, as in astro.config.ts) under the hash of
 * the SVG and the resvg version: the same SVG always gives the same bytes.
 */
function rasterize(svg: string): Buffer {
  const version = (require('@resvg/resvg-js/package.json') as { version: string }).version;
  const dir = join(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'og');
  const file = join(dir, `${createHash('sha256').update(`${version}\n${svg}`).digest('hex')}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: 1200 },
      font: { loadSystemFonts: false },
    })
      .render()
      .asPng();
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, png);
    return png;
  }
}
