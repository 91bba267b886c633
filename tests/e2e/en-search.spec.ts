/**
 * Issue 22, the English search: an English-speaking journalist searches «400 cooperation
 * agreements» on `/en/search/`, on a phone (375×812, touch) and on a desktop (1280×800, keyboard
 * only), and lands on the English passage that says so, in view, its words marked. Then what the
 * English search says when it cannot answer: a misspelling gets the translation's nearest word, a
 * query with nothing in English points to the Russian original (some speeches have no English),
 * and a Latin query on the Russian search is offered the English one.
 */
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContextOptions, expect, type Page, test } from '@playwright/test';

const QUERY = '400 cooperation agreements';
/** The Russian paragraph whose English says «400 cooperation agreements» (content/translations/en/source/56031.html). */
const PASSAGE = 'putin-speech-12';

const DEVICES: Record<'phone' | 'desktop', BrowserContextOptions> = {
  phone: { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

/** The landing: the passage is the target, in view, with the query's words marked. */
async function landed(page: Page): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/en/speeches/putin-speech/\\?h=.*#${PASSAGE}(:~:|$)`));
  const passage = page.locator(`[id="${PASSAGE}"]`);
  await expect(passage).toBeInViewport();
  expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(passage.locator('mark.search-hit')).toHaveText(['400', 'cooperation', 'agreements']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** The first result: named by who and where, in English, with the passage's words. */
async function firstResult(page: Page) {
  const first = page.locator('.results .result-link').first();
  await expect(first).toHaveAccessibleName('Vladimir Putin, speech, paragraph 12');
  await expect(first.locator('.result-excerpt')).toContainText(QUERY);
  await expect(first.locator('mark')).toHaveText(['400', 'cooperation', 'agreements']);
  return first;
}

for (const [name, device] of Object.entries(DEVICES)) {
  test(`journey (${name}): «${QUERY}» on /en/search/ lands on the English passage, marked`, async ({
    browser,
  }) => {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    await page.goto('/en/search/');
    const input = page.locator('#search-q');
    // An empty search page puts the cursor in its field.
    await expect(input).toBeFocused();
    if (name === 'phone') {
      await input.tap();
      await page.keyboard.type(QUERY);
      await expect(page.locator('search-page')).toHaveAttribute('data-query', QUERY);
      await expect(page.locator('.search-status')).toHaveText('1 paragraph found.');
      // The answer is said once the reader pauses, in English.
      await expect(page.locator('[data-announce]')).toHaveText('1 paragraph found.');
      await (await firstResult(page)).tap();
    } else {
      await page.keyboard.type(QUERY);
      await page.keyboard.press('Enter');
      // Enter takes focus to the answer; the next Tab reaches the first result.
      await expect(page.locator('.search-status')).toBeFocused();
      await expect(page.locator('.search-status')).toHaveText('1 paragraph found.');
      await expect(page).toHaveURL(/\/en\/search\/\?q=400\+cooperation\+agreements$/);
      const first = await firstResult(page);
      await page.keyboard.press('Tab');
      await expect(first).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await landed(page);
    await context.close();
  });
}

async function asked(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
}

test('a misspelt word is offered the nearest word of the translation, which finds the passage', async ({
  page,
}) => {
  await asked(page, '/en/search/?q=agrements');
  await expect(page.locator('.search-status')).toHaveText('Nothing found for “agrements”.');
  const note = page.locator('.search-note').first();
  await expect(note).toHaveText('“agrements” is not in the translation. Did you mean: agreements.');
  await note.getByRole('link', { name: 'agreements' }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=agreements$/);
  await expect(page.locator('search-page')).toHaveAttribute('data-query', 'agreements');
  // Every form of the word: «agreements» finds «Agreement» in the lead too.
  const ids = await page
    .locator('.results .result-link')
    .evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).hash.split(':~:')[0] ?? ''),
    );
  expect(ids).toEqual(expect.arrayContaining(['#lead-3', '#putin-speech-11', `#${PASSAGE}`]));
});

test('a query with nothing in English says which speeches have no translation and offers the Russian original', async ({
  page,
}) => {
  await asked(page, '/en/search/?q=bitcoin');
  await expect(page.locator('.results .result-link')).toHaveCount(0);
  await expect(page.locator('.search-status')).toHaveText('Nothing found for “bitcoin”.');
  const offer = page.locator('.search-note', { hasText: 'no official English translation' });
  await expect(offer).toContainText('Nursultan Nazarbayev’s speeches have no official English');
  const link = offer.getByRole('link', { name: 'Search the Russian original for “bitcoin”' });
  await expect(link).toHaveAttribute('hreflang', 'ru');
  expect(new URL((await link.getAttribute('href')) ?? '', page.url()).pathname).toBe('/search/');
  expect(new URL((await link.getAttribute('href')) ?? '', page.url()).searchParams.get('q')).toBe(
    'bitcoin',
  );
});

test('a found query is not sent to the Russian original', async ({ page }) => {
  await asked(page, '/en/search/?q=tourism');
  await expect(page.locator('.results .result-link')).toHaveCount(1);
  await expect(page.locator('.search-note')).toHaveCount(0);
});

test('a Latin query on the Russian search is offered the English translation’s search, which answers it', async ({
  page,
}) => {
  await asked(page, '/search/?q=tourism');
  await expect(page.locator('.results .result-link')).toHaveCount(0);
  const link = page.getByRole('link', {
    name: 'Искать «tourism» в официальном переводе на английский',
  });
  await expect(link).toHaveAttribute('hreflang', 'en');
  await link.click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=tourism$/);
  await expect(page.locator('search-page')).toHaveAttribute('data-query', 'tourism');
  await expect(page.locator('.results .result-link').first()).toHaveAccessibleName(
    'Vladimir Putin, closing remarks, paragraph 9',
  );
});

test('a Russian query is not offered the English search, and the Russian search shows no English', async ({
  page,
}) => {
  await asked(page, '/search/?q=марсоход');
  await expect(page.getByRole('link', { name: /английский/ })).toHaveCount(0);
  await asked(page, '/search/?q=cooperation');
  await expect(page.locator('.results .result-link')).toHaveCount(0);
});

test('the header box on an English page suggests English passages and searches /en/search/', async ({
  page,
}) => {
  await page.goto('/en/');
  const box = page.locator('#site-search');
  await expect(box).toHaveAttribute('placeholder', 'Search the translation');
  await box.focus();
  await page.keyboard.type(QUERY);
  const option = page.locator('#site-search-list [role="option"]').first();
  await expect(option).toContainText('Putin · speech, paragraph 12');
  await expect(page.locator('#site-search-list')).toHaveAttribute('aria-label', 'Suggestions');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=400\+cooperation\+agreements$/);
  await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('.search-status')).toHaveText('1 paragraph found.');
});

/** The paragraph ids of the results shown. */
const resultIds = (page: Page) =>
  page
    .locator('.results .result-link')
    .evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).hash.split(':~:')[0] ?? ''),
    );

test('with its texts withheld (a larger translation), Pagefind’s English index gives the same answers', async ({
  page,
}) => {
  const queries = ['cooperation agreements', 'education', '"human capital"', 'agrements'];
  const answers: string[][] = [];
  for (const q of queries) {
    await asked(page, `/en/search/?q=${encodeURIComponent(q)}`);
    answers.push(await resultIds(page));
  }
  expect(answers[0]?.[0]).toBe(`#${PASSAGE}`);
  await page.route('**/en/search/texts.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: 'null' }),
  );
  const index = page.waitForRequest(/\/pagefind\/pagefind\.en_[^/]*\.pf_meta$/);
  for (const [i, q] of queries.entries()) {
    await asked(page, `/en/search/?q=${encodeURIComponent(q)}`);
    if (i === 0) await index;
    expect(await resultIds(page), q).toEqual(answers[i]);
  }
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// /en/search/ with results and a note, in both schemes: quality.spec.ts, with every page type.
test('axe: an English landing with the header suggestions open', async ({ page }) => {
  await page.goto(`/en/speeches/putin-speech/?h=agreements#${PASSAGE}`);
  await expect(page.locator(`[id="${PASSAGE}"] mark.search-hit`)).toHaveText(['agreements']);
  await page.locator('#site-search').fill('education');
  await expect(page.locator('#site-search-list')).toBeVisible();
  // The page itself is quality.spec.ts's; here the header's list and the marked passage.
  const { violations } = await new AxeBuilder({ page })
    .withTags(TAGS)
    .include('.site-header')
    .include(`[id="${PASSAGE}"]`)
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('no request leaves the site and nothing breaks the CSP on /en/search/', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const refused: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await asked(page, '/en/search/?q=agrements');
  await page.locator('#site-search').fill('cooperation');
  await expect(page.locator('#site-search-list')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(refused).toEqual([]);
});
