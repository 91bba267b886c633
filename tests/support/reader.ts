/**
 * A reader who copies: a fresh browser context allowed the clipboard, what the clipboard holds,
 * and where the reader is (links a reader copies point there, not at the build's `SITE_URL`).
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';

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
