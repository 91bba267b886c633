import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectAskedAfterPaint } from '../support/reader.ts';

const SPEECHES = ['putin-speech', 'nazarbayev-speech', 'nazarbayev-closing', 'putin-closing'];

// A clean console on every page type, at every width: invariants.spec.ts; status codes and lang: the
// built-site and server checks.

test('the 404 page links to the record, every speech and the documents', async ({ page }) => {
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  const hrefs = await page
    .locator('main a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(
    expect.arrayContaining(['/', '/documents/', ...SPEECHES.map((s) => `/speeches/${s}/`)]),
  );
});

for (const width of [375, 1280]) {
  test(`a ¶ link targets its paragraph, highlighted and clear of the header (${width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/speeches/nazarbayev-speech/');
    const para = page.locator('#nazarbayev-speech-20');
    await para.locator('a.pilcrow').click();
    await expect(page).toHaveURL(/#nazarbayev-speech-20$/);
    expect(await para.evaluate((el) => el.matches(':target'))).toBe(true);
    // Highlighted: the :target background differs from the page's.
    const [bg, pageBg] = await para.evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(bg).not.toBe(pageBg);
    const header = await page.locator('.site-header').boundingBox();
    const box = await para.boundingBox();
    if (!header || !box) throw new Error('header or paragraph not rendered');
    // Below the header where it is sticky (it may have scrolled away on phones), and on screen.
    expect(box.y).toBeGreaterThanOrEqual(Math.max(0, header.y + header.height) - 1);
    expect(box.y).toBeLessThan(200);
  });
}

test('opening a paragraph address directly lands on it', async ({ page }) => {
  await page.goto('/#putin-closing-3');
  const para = page.locator('#putin-closing-3');
  await expect(para).toBeInViewport();
  expect(await para.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('previous and next lead through the speeches in order', async ({ page }) => {
  await page.goto(`/speeches/${SPEECHES[0]}/`);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  for (const slug of SPEECHES.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/speeches/${slug}/$`));
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`/speeches/${SPEECHES[2]}/$`));
});

test('the contents on / lead to each speech in the record', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('#contents ol > li');
  await expect(items).toHaveCount(4);
  await items.nth(2).locator('a').click();
  await expect(page).toHaveURL(/#nazarbayev-closing$/);
  await expect(page.locator('#nazarbayev-closing h2')).toBeInViewport();
});

test('keyboard: the skip link is first and moves focus to the text', async ({ page }) => {
  await page.goto('/speeches/putin-closing/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  // The next stop is inside main: the breadcrumb, not the header again.
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('reading pages work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/speeches/putin-speech/');
  await expect(page.locator('p[id]')).toHaveCount(30);
  await page.locator('#putin-speech-7 a.pilcrow').click();
  await expect(page).toHaveURL(/#putin-speech-7$/);
  await context.close();
});

/** Where the open suggestion list and each of its options lie, against the viewport. */
async function suggestionsOutside(page: Page): Promise<string[]> {
  return page.locator('#site-search-list').evaluate((list) => {
    const boxes = [list, ...list.querySelectorAll('[role="option"]')].map((el) =>
      el.getBoundingClientRect(),
    );
    return boxes
      .filter((r) => r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight)
      .map(
        (r) =>
          `${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${innerWidth}×${innerHeight}`,
      );
  });
}

test('journey: a student on a phone types a phrase into the header box, sees whole suggestions, and lands on the paragraph, highlighted', async ({
  browser,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      hasTouch: true,
      isMobile: true,
      colorScheme,
    });
    const page = await context.newPage();
    await page.goto('/speeches/putin-speech/');
    const box = page.locator('#site-search');
    await box.tap();
    await page.keyboard.type('человеческий капитал');
    const list = page.locator('#site-search-list');
    await expect(list.locator('[role="option"]').first()).toBeVisible();
    expect(await suggestionsOutside(page)).toEqual([]);
    // Every line starts with its first letter on screen (today's bug cut «Нурсултан» to «урсултан»).
    const first = list.locator('[role="option"]').first();
    const href = await first.getAttribute('data-href');
    const id = /#([^:]+)/.exec(href ?? '')?.[1] ?? '';
    expect(id).not.toBe('');
    await first.tap();
    await expect(page).toHaveURL(new RegExp(`#${id}(:~:|$)`));
    const para = page.locator(`[id="${id}"]`);
    await expect(para).toBeInViewport();
    expect(await para.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(para.locator('mark').first()).toBeVisible();
    await context.close();
  }
});

test('the header suggestions lie inside the viewport at every width', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await page.locator('#site-search').fill('Назарбаев');
  const option = page.locator('#site-search-list [role="option"]').first();
  await expect(option).toBeVisible();
  const outside: string[] = [];
  // The open list follows the layout as the window changes width.
  for (const width of [320, 360, 375, 414, 768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(option).toBeVisible();
    outside.push(...(await suggestionsOutside(page)).map((r) => `${width}px: ${r}`));
  }
  expect(outside).toEqual([]);
});

/** Speakers and their speeches, from the content (the page must take them from there too). */
const SPEAKERS: { id: string; name: string }[] = JSON.parse(
  readFileSync('content/speakers.json', 'utf8'),
);
const TURNS = SPEECHES.map((slug) => ({
  slug,
  speaker: SPEAKERS.find((s) => slug.startsWith(`${s.id}-`))?.id ?? '',
}));
const visibleSpeeches = (page: Page) =>
  page.locator('section.speech:visible').evaluateAll((ss) => ss.map((s) => s.id));

test('one speaker at a time on /: from the address, by the buttons, and back to all', async ({
  page,
}) => {
  for (const { id, name } of SPEAKERS) {
    const theirs = TURNS.filter((t) => t.speaker === id).map((t) => t.slug);
    await page.goto(`/?speaker=${id}`);
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await visibleSpeeches(page)).toEqual(theirs);
    // The contents list only what is shown.
    expect(
      await page
        .locator('.toc ol li:visible a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(theirs.map((s) => `#${s}`));
  }
  await page.getByRole('button', { name: 'всех', exact: true }).click();
  expect(await visibleSpeeches(page)).toEqual(SPEECHES);
  await expect(page).toHaveURL(/\/$/);
  const [first] = SPEAKERS;
  if (!first) throw new Error('no speakers in content/speakers.json');
  await page.getByRole('button', { name: first.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`\\?speaker=${first.id}$`));
  expect(await visibleSpeeches(page)).toEqual(
    TURNS.filter((t) => t.speaker === first.id).map((t) => t.slug),
  );
});

test('a paragraph address wins over the speaker filter; an unknown speaker shows everyone', async ({
  page,
}) => {
  const other = TURNS.find((t) => t.speaker !== TURNS[0]?.speaker);
  await page.goto(`/?speaker=${other?.speaker}#${TURNS[0]?.slug}-3`);
  await expect(page.locator(`#${TURNS[0]?.slug}-3`)).toBeInViewport();
  expect(await visibleSpeeches(page)).toEqual(SPEECHES);
  await page.goto('/?speaker=nobody');
  expect(await visibleSpeeches(page)).toEqual(SPEECHES);
  await expect(page.getByRole('button', { name: 'всех', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('without JavaScript, one speaker at a time is a link to each of their speech pages', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/?speaker=nazarbayev');
  // Nothing is hidden, and no button that cannot work is shown.
  expect(await visibleSpeeches(page)).toEqual(SPEECHES);
  await expect(page.locator('speaker-filter button').first()).toBeHidden();
  for (const { id, name } of SPEAKERS) {
    const item = page.locator('.speakers li', { hasText: name });
    const hrefs = await item
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(TURNS.filter((t) => t.speaker === id).map((t) => `/speeches/${t.slug}/`));
  }
  await context.close();
});

test('a first visit paints before the fonts are asked for, ends in the site’s font even when the font is slow, and its arrival moves nothing', async ({
  browser,
}) => {
  for (const width of [375, 1280]) {
    // A fresh context (no font in any cache), and a font that arrives well after the first paint.
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.route('**/*.woff2', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto('/speeches/nazarbayev-speech/');
    // The faces are asked for after the first paint and swapped in together once both have come.
    await expect(page.locator('html')).toHaveClass(/\bfonts\b/, { timeout: 10_000 });
    const shift = await page.evaluate(async () => {
      await document.fonts.ready;
      return new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      });
    });
    // What the browser really draws the paragraph with: the web font (a custom font), not a local one.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '#nazarbayev-speech-2',
    });
    await expect
      .poll(async () =>
        (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts
          .filter((f) => f.isCustomFont)
          .map((f) => f.familyName),
      )
      .not.toEqual([]);
    expect(shift).toBeLessThan(0.01);
    // Nothing was fetched for the faces before the text was on the screen.
    await expectAskedAfterPaint(page, /\.woff2$/);
    // The page a link leads on to has them from the start.
    await page.locator('.breadcrumbs a').click();
    await page.waitForURL(/\/$/, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveClass(/\bfonts\b/, { timeout: 1 });
    // A reader who comes from elsewhere (here, typing the address) gets them after the first paint again, cache or not.
    const tab = await context.newPage();
    await tab.goto('/documents/');
    await expect(tab.locator('html')).toHaveClass(/\bfonts\b/, { timeout: 10_000 });
    await expectAskedAfterPaint(tab, /\.woff2$/);
    // Back to a page of the visit (here a reload): a page of it had them, and they are named at once.
    await tab.reload({ waitUntil: 'domcontentloaded' });
    await expect(tab.locator('html')).toHaveClass(/\bfonts\b/, { timeout: 1 });
    await context.close();
  }
});
