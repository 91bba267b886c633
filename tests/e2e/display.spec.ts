/**
 * How things look where room or colour is short: the cite dialog on a 320 px phone and a
 * 200 px high window, and the marks that must survive forced colours (Windows high contrast).
 */
import { expect, type Page, test } from '@playwright/test';

async function openCite(page: Page): Promise<void> {
  await page.goto('/speeches/putin-speech/#putin-speech-3');
  await page.locator('share-tools[data-ready]').waitFor({ state: 'attached' });
  await page.locator('#putin-speech-3 .p-cite').click();
  await expect(page.locator('dialog.cite-dialog')).toBeVisible();
}

/** The element's box, and whether its content is cut (wider than its box). */
const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const { left, right, top, bottom, height } = el.getBoundingClientRect();
    return { left, right, top, bottom, height, cut: el.scrollWidth > el.clientWidth + 1 };
  });

for (const height of [640, 200]) {
  test(`the cite dialog at 320×${height}: «Закрыть» whole and inside the dialog, nothing scrolls sideways`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 320, height } });
    const page = await context.newPage();
    await openCite(page);
    const [dialog, close] = [await box(page, 'dialog.cite-dialog'), await box(page, '.cite-close')];
    await expect(page.locator('.cite-close')).toHaveText('Закрыть');
    expect(close.cut).toBe(false);
    expect(dialog.cut).toBe(false);
    expect(close.left).toBeGreaterThanOrEqual(dialog.left);
    expect(close.right).toBeLessThanOrEqual(dialog.right);
    await context.close();
  });
}

test('the cite dialog at 320×200: its sticky head takes at most a quarter of its height, and stays while the formats scroll', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 200 } });
  const page = await context.newPage();
  await openCite(page);
  const dialog = await box(page, 'dialog.cite-dialog');
  expect((await box(page, '.cite-head')).height / dialog.height).toBeLessThanOrEqual(0.25);
  await page.locator('dialog.cite-dialog').evaluate((d) => d.scrollBy(0, 300));
  await expect(page.locator('.cite-close')).toBeInViewport({ ratio: 1 });
  await context.close();
});

/** What still shows in forced colours: outline, border and text decoration, in their forced colours. */
const marks = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const s = getComputedStyle(el);
    const line = (style: string, width: string, color: string) =>
      style === 'none' || parseFloat(width) === 0 || color === 'rgba(0, 0, 0, 0)'
        ? 'none'
        : `${style} ${width} ${color}`;
    return {
      outline: line(s.outlineStyle, s.outlineWidth, s.outlineColor),
      border: line(s.borderTopStyle, s.borderTopWidth, s.borderTopColor),
      background: s.backgroundColor,
      color: s.color,
      decoration: s.textDecorationLine,
    };
  });

test.describe('forced colours (Windows high contrast)', () => {
  test.use({ forcedColors: 'active' });

  test('the target paragraph keeps a visible mark', async ({ page }) => {
    await page.goto('/speeches/putin-speech/#putin-speech-3');
    const target = await marks(page, '#putin-speech-3');
    const other = await marks(page, '#putin-speech-4');
    expect(target.outline).not.toBe('none');
    expect(other.outline).toBe('none');
  });

  test('the speaker filter’s pressed button looks unlike the others', async ({ page }) => {
    await page.goto('/?speaker=putin');
    const pressed = page.locator('speaker-filter button[aria-pressed="true"]');
    await expect(pressed).toHaveCount(1);
    const [on, off] = [
      await marks(page, 'speaker-filter button[aria-pressed="true"]'),
      await marks(page, 'speaker-filter button[aria-pressed="false"] >> nth=0'),
    ];
    expect(on).not.toEqual(off);
  });
});
