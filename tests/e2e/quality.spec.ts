import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { pages } from '../site/pages.ts';

/**
 * One page of each type, discovered from the build so new kinds of page are
 * checked as they are added: pages are of one type when they share their
 * language, their first path segment and, below a slug, their last one (a
 * speech, a speech's parallel view, an English speech, a paragraph page). The
 * search page with results showing; the 404 page as a visitor meets it, at an unknown address.
 */
function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const lang = parts[0] === 'en' ? (parts.shift() ?? '') : '';
  return [lang, parts[0] ?? '', parts.length > 2 ? parts.at(-1) : ''].join('/');
}
const PAGE_TYPES = [
  ...new Map(
    pages
      .map(({ path }) => path)
      .sort()
      // The last of each type: a translated speech (putin-speech) rather than an untranslated one.
      .map((path) => [pageType(path), path]),
  ).values(),
]
  .sort()
  .map((path) =>
    path === '/search/'
      ? '/search/?q=туризм'
      : // Results, and a note for the misspelt word.
        path === '/en/search/'
        ? '/en/search/?q=cooperation%20agrements'
        : path === '/404.html'
          ? '/no-such-page/'
          : path,
  );
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Each page type at a phone width in dark and at a desktop width in light: both schemes' colours
 * and both layouts are checked on every type, without the whole product (contrast depends on the
 * scheme, not the width; what is shown depends on the width, not the scheme). One load serves both
 * views (resized, the scheme switched) and the page's requests: none leaves the site, none is
 * refused by the CSP, the search box's engine included.
 */
const VIEWS = [
  { width: 375, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
] as const;

for (const path of PAGE_TYPES) {
  test(`${path}: no WCAG 2.2 A/AA violations at 375px dark and 1280px light; no request leaves the site, nothing breaks the CSP`, async ({
    browser,
    baseURL,
  }) => {
    // axe over the whole record (/, /en/) takes seconds on a busy 2-core machine.
    test.slow();
    const context = await browser.newContext({
      viewport: { width: VIEWS[0].width, height: 900 },
      colorScheme: VIEWS[0].colorScheme,
    });
    const page = await context.newPage();
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    const refused: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(path);
    if (path.includes('?q=')) await expect(page.locator('.results li').first()).toBeVisible();
    for (const { width, colorScheme } of VIEWS) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        `${width}px, ${colorScheme}`,
      ).toEqual([]);
    }
    // The search box's engine loads too, in the page's language.
    const english = (await page.locator('html').getAttribute('lang')) === 'en';
    await page.locator('#site-search').fill(english ? 'education' : 'образование');
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
}

/**
 * States a page takes after a reader acts, each checked where it changes the page: the open
 * suggestion list, a highlighted landing, the quote popover, the cite dialog, in both schemes.
 * The rest of the page is the page types' runs above.
 */
const axeOn = async (page: Page, ...parts: string[]) => {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const part of parts) builder = builder.include(part);
  return (await builder.analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe, ${colorScheme}: the open suggestion list and a highlighted landing`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/speeches/nazarbayev-speech/?h=Болашак#nazarbayev-speech-15');
    await expect(page.locator('#nazarbayev-speech-15 mark').first()).toBeVisible();
    await page.locator('#site-search').fill('туризм');
    await expect(page.locator('#site-search-list')).toBeVisible();
    expect(await axeOn(page, '.site-header', '#nazarbayev-speech-15')).toEqual([]);
    await context.close();
  });

  test(`axe, ${colorScheme}: the quote popover and the cite dialog on a phone`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      colorScheme,
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    await page.goto('/speeches/putin-speech/');
    await page.locator('#putin-speech-2').dblclick({ position: { x: 40, y: 14 } });
    await expect(page.locator('.quote-popover')).toBeVisible();
    expect(await axeOn(page, '.quote-popover', '#putin-speech-2')).toEqual([]);
    // On a phone the paragraph tools show once the ¶ link has made their paragraph the target.
    await page.locator('#putin-speech-3 .pilcrow').click();
    await page.locator('#putin-speech-3 .p-cite').click();
    await expect(page.locator('dialog.cite-dialog')).toBeVisible();
    expect(await axeOn(page, 'dialog.cite-dialog', '#putin-speech-3')).toEqual([]);
    await context.close();
  });
}

test('query strings and fragments never inject markup', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const attacks = [
    '/search/?q=%3Cimg%20src%3Dx%20onerror%3D%22window.__x%3D1%22%3E',
    '/speeches/putin-speech/?h=%3Cimg%20src%3Dx%20onerror%3D%22window.__x%3D1%22%3E#putin-speech-1',
    '/speeches/putin-speech/?h=%3Cb%3E%D1%80%D0%B0%D0%B4%3C%2Fb%3E#putin-speech-2',
    '/?h=%E0%A4%A#lead-1',
    `/speeches/putin-speech/?h=${'%D0%B0'.repeat(300)}#putin-speech-3`,
    '/speeches/putin-speech/#%3Cimg%20src=x%20onerror=window.__x=1%3E',
    '/speeches/putin-speech/#%E0%A4%A',
  ];
  for (const url of attacks) {
    await page.goto(url);
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
    expect(await page.locator('main img, main b').count()).toBe(0);
  }
  expect(errors).toEqual([]);
});

test('odd paths get the helpful 404 page', async ({ page }) => {
  for (const path of [
    '/speeches/%E0%A4%A/',
    '/%25%25/',
    `/${'x'.repeat(2000)}/`,
    '/speeches/putin-speech/extra/',
    '/p/<script>/',
  ]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Страница не найдена');
  }
});
