/**
 * A smoke test of the site as built and hosted — at the root, or under a base path
 * (`BASE_PATH=/forum-2017/`, which `npm test` builds and runs this on): reading, moving
 * between pages and fragments, searching, and sharing all stay under the base.
 */
import { expect, type Page, test } from '@playwright/test';
import { DIST } from '../../scripts/lib/dist.ts';
import { readRules } from '../../scripts/serve.ts';
import { clipboard } from '../support/reader.ts';

const SITE = new URL(process.env.SITE_URL ?? 'https://forum-2017.example.org').origin;
const { base: BASE } = readRules(DIST);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Records every same-origin request outside the base and every failed or 4xx/5xx answer. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === new URL(page.url() || req.url()).origin && !url.pathname.startsWith(BASE))
      problems.push(`outside the base: ${url.pathname}`);
  });
  // A request the page itself gives up (the favicon when a click navigates away) is no failure.
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${res.status()}: ${res.url()}`);
  });
  return problems;
}

test('the record, its fonts and styles load under the base; links and fragments stay there', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto(BASE);
  await expect(page.locator('h1')).toBeVisible();
  // The faces are asked for after the first paint, from under the base too.
  await expect(page.locator('html')).toHaveClass(/\bfonts\b/);
  await page.evaluate(() => document.fonts.ready);
  expect(
    await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length),
  ).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Содержание' }).click();
  await expect(page).toHaveURL(`${BASE}#contents`);
  await page.getByRole('link', { name: 'Документы' }).first().click();
  await expect(page).toHaveURL(`${BASE}documents/`);
  await page.locator('main a[data-passage]').first().click();
  await expect(page).toHaveURL(new RegExp(`^[^#]*${BASE}(speeches/[a-z-]+/)?#[a-z-]+-\\d+$`));
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  expect(problems).toEqual([]);
});

test('search finds under the base, and a result lands on its paragraph', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${BASE}search/?q=${encodeURIComponent('программа Болашак')}`);
  const first = page.locator('.results .result-link').first();
  await expect(first).toHaveAttribute(
    'href',
    new RegExp(`^${BASE}speeches/nazarbayev-speech/\\?h=.*#nazarbayev-speech-15(:~:.*)?$`),
  );
  await first.click();
  await expect(page).toHaveURL(
    new RegExp(`${BASE}speeches/nazarbayev-speech/\\?h=.*#nazarbayev-speech-15(:~:.*)?$`),
  );
  await expect(page.locator('#nazarbayev-speech-15')).toBeInViewport();
  expect(problems).toEqual([]);
});

test('links a reader copies point where the page is (its origin and base), not at the build’s SITE_URL', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto(`${BASE}speeches/putin-speech/`);
  const here = `${new URL(page.url()).origin}${BASE}`;
  expect(here).not.toContain(SITE);
  // The ¶ link makes the paragraph the target; its tools come to it.
  await page.locator('#putin-speech-3 .pilcrow').click();
  await page.locator('#putin-speech-3 .p-copy').click();
  await expect.poll(() => clipboard(page)).toBe(`${here}speeches/putin-speech/#putin-speech-3`);
  // A quote of selected words, and its fragment link.
  await page.evaluate(() => {
    const text = document.querySelector('#putin-speech-3')?.firstChild;
    if (!text) throw new Error('no paragraph');
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 12);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  const popover = page.locator('.quote-popover');
  await popover.getByRole('button', { name: 'Скопировать цитату' }).click();
  await expect
    .poll(() => clipboard(page))
    .toMatch(new RegExp(`абз.\u00a03. ${here}p/putin-speech-3/#:~:text=`));
  await popover.getByRole('button', { name: 'Ссылка на фрагмент' }).click();
  await expect
    .poll(() => clipboard(page))
    .toMatch(new RegExp(`^${here}p/putin-speech-3/#:~:text=`));
  // A citation built in the browser.
  await page.keyboard.press('Escape');
  await page.locator('#putin-speech-3 .p-cite').click();
  const dialog = page.locator('dialog.cite-dialog');
  await expect(dialog.locator('pre').first()).toContainText(
    `URL: ${here}speeches/putin-speech/#putin-speech-3 (дата обращения:`,
  );
  await expect(dialog.locator('.cite-links a').first()).toHaveAttribute(
    'href',
    `${here}speeches/putin-speech/#putin-speech-3`,
  );
  expect(problems).toEqual([]);
});

test('the paragraph page’s canonical and card keep the build’s SITE_URL', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${BASE}p/putin-speech-3/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE}${BASE}p/putin-speech-3/`,
  );
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    `${SITE}${BASE}p/putin-speech-3.png`,
  );
  expect(problems).toEqual([]);
});

test('an unknown address under the base gets the 404 page, whose links stay under the base', async ({
  page,
}) => {
  const response = await page.goto(`${BASE}no-such-page/`);
  expect(response?.status()).toBe(404);
  const hrefs = await page
    .locator('main a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.startsWith(BASE) || /^https?:/.test(href)).toBe(true);
});
