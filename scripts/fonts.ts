/**
 * `npm run fonts`: the two faces the site serves, cut from the full PT Serif
 * (ParaType, SIL OFL 1.1; Google Fonts' TTFs from @expo-google-fonts/pt-serif)
 * down to the characters this site can show: every character in content/ and
 * src/, the Russian alphabet, printable ASCII and Russian punctuation. One
 * woff2 per weight (about 20 KB each) instead of a Latin and a Cyrillic file
 * per weight (105 KB in all): two small requests before the first paint.
 * The output is committed; tests/site/fonts.test.ts fails when the built site
 * shows a character the faces lack, and says to run this again.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { PT_SERIF_FACES } from './font-faces.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = 'src/fonts';

/** Always there, whatever the text: ASCII, the Russian alphabet, Russian quotes and dashes, №. */
const BASE = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
  ...Array.from({ length: 0x450 - 0x410 }, (_, i) => String.fromCodePoint(0x410 + i)),
  'Ёё«»„“”‘’–—…№\u00a0\u00ad',
].join('');

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(txt|json|mdx?|astro|ts|css)$/.test(name) ? [path] : [];
  });
}

const text = [BASE, ...['content', 'src'].flatMap(textFiles).map((f) => readFileSync(f, 'utf8'))].join('');
// Letters, digits, punctuation, symbols and spaces; not control characters (emoji are not in PT Serif anyway).
const chars = [...new Set(text)].filter((c) => /[\p{L}\p{N}\p{P}\p{S}\p{Zs}\u00ad]/u.test(c)).sort();

for (const { weight, ttf } of PT_SERIF_FACES) {
  const woff2 = await subsetFont(readFileSync(require.resolve(ttf)), chars.join(''), { targetFormat: 'woff2', noHinting: true });
  const out = join(FONT_DIR, `pt-serif-${weight}.woff2`);
  writeFileSync(out, woff2);
  console.log(`${out}: ${woff2.length} bytes, ${chars.length} characters`);
}
