/**
 * Issue 22: quote, link and cite in English. On a phone (375 px, touch) and a desktop (keyboard
 * only): the English-speaking journalist searches «400 cooperation agreements» on /en/search/, lands
 * on the English passage that renders Russian paragraph 12, opens the side-by-side view from it, lands on it
 * there, and copies the APA reference of the official translation; a Russian reader on paragraph
 * 14 opens the side-by-side view and sees its English beside it. And on an English page, the
 * popover copies an English quote, and a link that opens the English paragraph page on the words.
 */
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContextOptions, expect, type Page, test } from '@playwright/test';
import { clipboard, here, openReader, readerContext } from '../support/reader.ts';

const DEVICES: Record<'phone' | 'desktop', BrowserContextOptions> = {
  phone: { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};
const NB = '\u00a0';
const EN_URL = 'http://en.kremlin.ru/events/president/news/56031';
const FOUR_HUNDRED = '400 cooperation agreements';

/** Tab until `target` has focus (at most `max` presses); fails if it never does. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max: number) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return i;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  return max;
}

/** The English cell in the side-by-side row of Russian paragraph `id`. */
const englishBeside = (page: Page, id: string) =>
  page
    .locator(`#${id}`)
    .locator('xpath=ancestor::*[contains(@class, "parallel-row")]')
    .locator('.parallel-en');

/** Beside it on a wide screen, under it on a phone. */
async function besideOrUnder(page: Page, id: string, wide: boolean) {
  const [a, b] = [
    await page.locator(`#${id}`).boundingBox(),
    await englishBeside(page, id).boundingBox(),
  ];
  if (wide) expect(b?.x ?? 0).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 1);
  else expect(b?.y ?? 0).toBeGreaterThan((a?.y ?? 0) + (a?.height ?? 0) - 1);
}

for (const [name, device] of Object.entries(DEVICES) as [
  'phone' | 'desktop',
  BrowserContextOptions,
][]) {
  test(`${name}: the journalist searches «${FOUR_HUNDRED}», lands on the English paragraph 12, opens the side-by-side view from it and copies the APA reference of the official translation`, async ({
    browser,
  }) => {
    // From the English search, as the journalist arrives (tests/e2e/en-search.spec.ts tests the search itself).
    const { context, page } = await readerContext(browser, device);
    await page.goto(`/en/search/?q=${encodeURIComponent(FOUR_HUNDRED)}`);
    const first = page.locator('.results .result-link').first();
    await expect(first).toHaveAccessibleName('Vladimir Putin, speech, paragraph 12');
    if (name === 'phone') await first.tap();
    else {
      await first.focus();
      await page.keyboard.press('Enter');
    }
    await expect(page).toHaveURL(/\/en\/speeches\/putin-speech\/\?h=.*#putin-speech-12$/);
    await page.locator('share-tools[data-ready]').waitFor({ state: 'attached' });
    const p12 = page.locator('#putin-speech-12');
    await expect(p12).toContainText(FOUR_HUNDRED);
    const side = p12.locator('.p-parallel');
    if (name === 'phone') {
      await p12.locator('> .pilcrow').tap();
      await expect(side).toBeVisible();
      await side.tap();
    } else {
      // Keyboard only: one Tab stop per paragraph up to its number; Enter makes it the target, and its tools follow.
      await tabTo(page, p12.locator('> .pilcrow'), 60);
      await page.keyboard.press('Enter');
      await expect(side).toHaveAttribute('tabindex', '0');
      await tabTo(page, side, 4);
      await expect(side).toHaveAccessibleName('Paragraph 12 in Russian and English side by side');
      await page.keyboard.press('Enter');
    }
    await expect(page).toHaveURL(/\/en\/speeches\/putin-speech\/parallel\/#putin-speech-12$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#putin-speech-12')).toBeInViewport();
    await expect(englishBeside(page, 'putin-speech-12')).toContainText(FOUR_HUNDRED);
    await besideOrUnder(page, 'putin-speech-12', name === 'desktop');

    // There, the paragraph's tools: cite it, and copy APA 7.
    await page.locator('share-tools[data-ready]').waitFor({ state: 'attached' });
    const cite = page.locator('#putin-speech-12 .p-cite');
    const dialog = page.locator('dialog.cite-dialog');
    // Its section, not its name: the name becomes «Copied» for a moment.
    const copyApa = dialog
      .locator('section')
      .filter({ has: page.locator('h3', { hasText: /^APA 7$/ }) })
      .locator('button');
    await expect(copyApa).toHaveCount(0);
    if (name === 'phone') {
      await cite.tap();
      await expect(dialog).toBeVisible();
      await copyApa.tap();
    } else {
      // The page opened on the paragraph: Tab goes on from it, into its tools.
      await tabTo(page, cite, 4);
      await page.keyboard.press('Enter');
      await expect(dialog).toBeVisible();
      await tabTo(page, copyApa, 20);
      await page.keyboard.press('Enter');
    }
    await expect(dialog.locator('h2')).toHaveText(`Cite paragraph 12 — Vladimir${NB}Putin`);
    await expect(copyApa).toHaveText('Copied');
    await expect.poll(() => clipboard(page)).toMatch(/^Putin, V\. \(2017, November 9\)\. /);
    const apa = await clipboard(page);
    expect(apa).toContain(
      '[Speech transcript; official English translation of “Выступление на Форуме межрегионального сотрудничества России и Казахстана”]. President of Russia.',
    );
    expect(apa).toContain(`President of Russia. ${EN_URL}`);
    expect(apa).toContain(`In text: (Putin, 2017, para.${NB}12)`);
    expect(apa).not.toMatch(/[«»]|putin-speech/);
    await context.close();
  });

  test(`${name}: a Russian reader on paragraph 14 opens the side-by-side view and sees its English beside it`, async ({
    browser,
  }) => {
    const { context, page } = await openReader(
      browser,
      device,
      '/speeches/putin-speech/#putin-speech-14',
    );
    const side = page.locator('#putin-speech-14 .p-parallel');
    await expect(side).toHaveAttribute('href', '/speeches/putin-speech/parallel/#putin-speech-14');
    if (name === 'phone') {
      await expect(side).toBeVisible();
      await side.tap();
    } else {
      // The page opened on the paragraph: Tab goes on from it, into its tools.
      await tabTo(page, side, 5);
      await expect(side).toHaveAccessibleName('Абзац 14 рядом с английским переводом');
      await page.keyboard.press('Enter');
    }
    await expect(page).toHaveURL(/\/speeches\/putin-speech\/parallel\/#putin-speech-14$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('#putin-speech-14')).toBeInViewport();
    await expect(englishBeside(page, 'putin-speech-14')).toContainText(
      'interregional cooperation for 2018–2023',
    );
    await besideOrUnder(page, 'putin-speech-14', name === 'desktop');
    await context.close();
  });
}

test('on an English page, the popover copies an English quote, and a link that opens the English paragraph page on the words', async ({
  browser,
}) => {
  const { context, page } = await openReader(
    browser,
    DEVICES.desktop,
    '/en/speeches/putin-speech/',
  );
  await page.evaluate((words) => {
    const p = document.querySelector('#putin-speech-12') as Element;
    const text = [...p.childNodes].find((n) => n.textContent?.includes(words)) as Text;
    const at = text.data.indexOf(words);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + words.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, FOUR_HUNDRED);
  const popover = page.locator('.quote-popover');
  await expect(popover).toBeVisible();
  await popover.getByRole('button', { name: 'Copy quote' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(
      `“${FOUR_HUNDRED}” — Vladimir${NB}Putin, speech at the Russia-Kazakhstan Interregional Cooperation Forum, Chelyabinsk, 9 November 2017, para.${NB}12. ${here(page)}/en/p/putin-speech-12/#:~:text=${encodeURIComponent(FOUR_HUNDRED)}`,
    );
  await expect(page.locator('[role="status"]').last()).toHaveText('Quote copied: paragraph 12');
  await popover.getByRole('button', { name: 'Link to passage' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(`${here(page)}/en/p/putin-speech-12/#:~:text=${encodeURIComponent(FOUR_HUNDRED)}`);
  const link = await clipboard(page);
  // The paragraph's own link: its place in the English text, where the reader is.
  // Escape closes the popover and leaves focus on the paragraph's number; Enter makes it the target.
  // (The pointer leaves the text first: a paragraph under a mouse pointer takes the tools.)
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(page.locator('#putin-speech-12 > .pilcrow')).toBeFocused();
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.keyboard.press('Enter');
  // The tools follow the target (at hashchange): wait for them before Tab goes on into them.
  const copy = page.locator('#putin-speech-12 .p-copy');
  await expect(page).toHaveURL(/#putin-speech-12$/);
  await expect(copy).toHaveAttribute('tabindex', '0');
  await tabTo(page, copy, 4);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => clipboard(page))
    .toBe(`${here(page)}/en/speeches/putin-speech/#putin-speech-12`);
  await context.close();

  // Followed in a fresh browser: the English paragraph page, on the words.
  const fresh = await browser.newContext(DEVICES.desktop);
  const reader = await fresh.newPage();
  await reader.goto(link.replace(here(page), ''));
  await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
  await expect(reader.locator('[data-passage="putin-speech-12"]')).toBeInViewport();
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/en\/p\/putin-speech-12\.png$/,
  );
  await fresh.close();
});

for (const { width, colorScheme } of [
  { width: 375, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
] as const)
  test(`axe: an English paragraph page's cite dialog, at ${width}px, ${colorScheme}`, async ({
    browser,
  }) => {
    test.slow();
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.goto('/en/p/putin-speech-12/');
    await page.locator('share-tools[data-ready]').waitFor({ state: 'attached' });
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    // The page with its tools is quality.spec.ts's (every page type); here the open dialog.
    const violations = async () =>
      (
        await new AxeBuilder({ page }).withTags(tags).include('dialog.cite-dialog').analyze()
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.locator('#putin-speech-12 .p-cite').click();
    await expect(page.locator('dialog.cite-dialog')).toBeVisible();
    await expect(page.locator('dialog.cite-dialog h3').first()).toHaveText('APA 7');
    expect(await violations()).toEqual([]);
    await context.close();
  });
