/**
 * `npm run screenshots`: full-page PNGs of every page type at 375 and 1280 px,
 * light and dark, into bench/screenshots/ — to look at, not to assert on.
 * Serves the built site (ASTRO_OUT_DIR or dist) with scripts/serve.ts.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from './bench/lib.ts';
import { chromiumPath } from './lib/chromium.ts';

const PORT = Number(process.env.SHOTS_PORT ?? 4390);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = process.env.SHOTS_DIR ?? 'bench/screenshots';
const PAGES = (
  process.argv[2] ?? '/,/speeches/putin-speech/,/documents/,/search/?q=программа,/no-such-page/'
).split(',');

const server = await serve(PORT);
try {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  for (const path of PAGES) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(BASE + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9а-я]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `${OUT}/${name}`, fullPage: process.env.FULL === '1' });
        console.log(`${OUT}/${name}`);
        await page.close();
      }
    }
  }
  await browser.close();
} finally {
  server.kill();
}
