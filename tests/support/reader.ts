/**
 * A reader who copies: a fresh browser context allowed the clipboard, what the clipboard holds,
 * and where the reader is (links a reader copies point there, not at the build's `SITE_URL`).
 */
import { type Browser, type BrowserContextOptions, expect, type Page } from '@playwright/test';

export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

export const here = (page: Page) => new URL(page.url()).origin;

/** A fresh context (device, scheme…) that may read and write the clipboard. */
export async function readerContext(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext({
    ...options,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return { context, page: await context.newPage() };
}

/** A reader opening `path`, once the page's share tools are ready. */
export async function openReader(browser: Browser, options: BrowserContextOptions, path: string) {
  const reader = await readerContext(browser, options);
  await reader.page.goto(path);
  await reader.page.locator('share-tools[data-ready]').waitFor({ state: 'attached' });
  return reader;
}

/**
 * Checks that every resource of the page whose address matches `pattern` was asked for once its
 * first paint was shown (none before the text was on the screen), and returns their addresses.
 */
export async function expectAskedAfterPaint(page: Page, pattern: RegExp): Promise<string[]> {
  const { paint, asked } = await page.evaluate((source) => {
    const matches = new RegExp(source);
    return {
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      asked: performance
        .getEntriesByType('resource')
        .filter((e) => matches.test(e.name))
        .map((e) => ({ name: e.name, start: e.startTime })),
    };
  }, pattern.source);
  for (const { name, start } of asked) expect(start, name).toBeGreaterThanOrEqual(paint);
  return asked.map(({ name }) => name);
}
