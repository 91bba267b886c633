/**
 * The search page as a reader uses it beyond the answer: what a screen reader hears while typing,
 * where focus goes after a search, what each result link says, and coming back to the results.
 */
import { expect, type Page, test } from '@playwright/test';
import { CHROME_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';

const done = (page: Page) =>
  expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');

/** Every non-empty text any live region of the page takes from now on, in order. */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    const last = new Map<Element, string>();
    const regions = document.querySelectorAll('[aria-live], [role="status"], [role="alert"]');
    const observer = new MutationObserver(() => {
      for (const region of regions) {
        const text = region.textContent?.trim() ?? '';
        if (text && text !== last.get(region)) said.push(text);
        last.set(region, text);
      }
    });
    for (const region of regions)
      observer.observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
}

test('typing «человеческий капитал» at 150 ms a key, a screen reader hears at most two announcements, the last the answer', async ({
  page,
}) => {
  await page.goto('/search/');
  const said = await listen(page);
  await page.locator('#search-q').pressSequentially('человеческий капитал', { delay: 150 });
  await expect(page.locator('search-page')).toHaveAttribute('data-query', 'человеческий капитал');
  await done(page);
  await expect.poll(async () => (await said()).at(-1) ?? '').toMatch(/^Найден/);
  await page.waitForTimeout(1500);
  const announced = await said();
  expect(announced.length, announced.join(' | ')).toBeLessThanOrEqual(2);
});

test('Enter announces at once, and takes focus to the answer: the first Tab reaches the first result', async ({
  page,
}) => {
  await page.goto('/search/');
  await page.locator('#search-q').pressSequentially('капитал');
  await page.keyboard.press('Enter');
  await done(page);
  await expect(page.locator('.search-status')).toBeFocused();
  await expect(page.locator('.search-status')).toHaveText(/^Найден/);
  await page.keyboard.press('Tab');
  await expect(page.locator('.results .result-link').first()).toBeFocused();
});

test('a result link is named by who and where, its excerpt is its description, and its focus ring leaves the speaker line clear', async ({
  page,
}) => {
  await page.goto('/search/?q=капитал');
  await done(page);
  const links = page.locator('.results .result-link');
  const names: string[] = [];
  for (const link of await links.all())
    names.push(
      await link.evaluate((a) => (a as HTMLElement).ariaLabelledByElements?.[0]?.textContent ?? ''),
    );
  expect(names.length).toBeGreaterThan(3);
  expect(new Set(names).size).toBe(names.length);
  const first = links.first();
  await expect(first).toHaveAccessibleName(
    /^(Владимир Путин|Нурсултан Назарбаев), (выступление|заключительное слово), абзац \d+$/,
  );
  const excerpt = ((await first.locator('.result-excerpt').textContent()) ?? '').trim();
  expect(excerpt.length).toBeGreaterThan(40);
  await expect(first).toHaveAccessibleDescription(excerpt);
  // Focused by keyboard, as a reader tabbing through the results would.
  await page.locator('.search-status').focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  // The ring (outline) lies outside the speaker line, wherever it is drawn.
  const { ring, line } = await first.evaluate((a) => {
    const s = getComputedStyle(a);
    const width = Number.parseFloat(s.outlineWidth);
    const offset = Number.parseFloat(s.outlineOffset);
    const r = a.getBoundingClientRect();
    const l = a.closest('li')?.querySelector('.result-source')?.getBoundingClientRect();
    return {
      ring: { top: r.top - offset - width, inner: r.top - offset, left: r.left - offset - width },
      line: { top: l?.top ?? 0, bottom: l?.bottom ?? 0, left: l?.left ?? 0 },
    };
  });
  expect(line.top >= ring.inner || line.bottom <= ring.top).toBe(true);
  expect(line.left).toBeGreaterThanOrEqual(ring.left);
});

/** Back from the 8th result: the results, the query and the place on the page come back. */
async function backFromEighth(page: Page, cached: boolean): Promise<void> {
  await page.addInitScript(() => {
    addEventListener('pageshow', (e) => {
      (window as unknown as { __restored?: boolean }).__restored = e.persisted;
    });
  });
  await page.goto(`/search/?q=${encodeURIComponent('капитал')}`);
  await done(page);
  const eighth = page.locator('.results .result-link').nth(7);
  await eighth.scrollIntoViewIfNeeded();
  // The reader scrolls on a little; the place is read once the scroll has landed (a wheel's
  // scroll could land after it was read, and Back then rightly restored where the page really was).
  await page.evaluate(() => scrollBy({ top: 200, behavior: 'instant' }));
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(500);
  const before = await page.evaluate(() => scrollY);
  const href = await eighth.getAttribute('href');
  await eighth.click();
  await page.waitForURL((url) => url.search.startsWith('?h='));
  // A page restored from the cache fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/search\/\?q=/);
  // (pageshow comes once the page is shown again: after the commit Back waits for.)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __restored?: boolean }).__restored))
    .toBe(cached);
  await expect(page.locator('#search-q')).toHaveValue('капитал');
  await expect(page.locator('.results .result-link').nth(7)).toHaveAttribute('href', href ?? '');
  await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(Math.round(before));
}

test('back from the 8th result of «капитал» brings the results and the place back, with no back/forward cache', async ({
  page,
}) => {
  // Playwright's Chromium runs without the cache; an unload listener and no-store keep it out besides.
  await page.addInitScript(() => addEventListener('unload', () => {}));
  await page.route('**/search/?q=*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'cache-control': 'no-store' },
    });
  });
  await backFromEighth(page, false);
});

test('back from the 8th result of «капитал» brings the results and the place back, with the back/forward cache', async ({
  playwright,
  baseURL,
}) => {
  // Playwright turns the cache off by default; readers' browsers have it.
  const browser = await playwright.chromium.launch({
    executablePath: chromiumPath(),
    args: CHROME_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  const page = await browser.newPage(baseURL ? { baseURL } : {});
  await backFromEighth(page, true);
  await browser.close();
});

test('a shared search on a slow connection shows its query and «Ищем…» before the scripts come, and never says it needs JavaScript', async ({
  page,
}) => {
  // The page's scripts take 2 s to come, as on a slow phone.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_astro/*.js', async (route) => {
    await Promise.race([held, new Promise((r) => setTimeout(r, 2000))]);
    await route.continue();
  });
  await page.goto(`/search/?q=${encodeURIComponent('туризм')}`, { waitUntil: 'commit' });
  await expect(page.locator('#search-q')).toHaveValue('туризм', { timeout: 1500 });
  await expect(page.locator('.search-status')).toHaveText('Ищем «туризм»…');
  await expect(page.locator('search-page')).toHaveAttribute('data-state', 'searching');
  await expect(page.getByText(/нужен JavaScript|работает с JavaScript/)).toHaveCount(0);
  release();
  await done(page);
  await expect(page.locator('.search-status')).toHaveText(/^Найден/);
  await expect(page.getByText(/нужен JavaScript|работает с JavaScript/)).toHaveCount(0);
});
