/**
 * Odd arrivals: a link to a paragraph that is not on this page (another speech's, the lead's, or
 * one the record does not have), and pages opened without JavaScript whose address asks for what
 * only the script can do: one speaker's speeches (a search: tests/e2e/search.spec.ts).
 */
import { expect, test } from '@playwright/test';

const note = '.missing-paragraph';

const CASES: [string, string, RegExp, string][] = [
  [
    'the lead’s paragraph',
    '#lead-1',
    /Абзац 1 сообщения о событии — не на этой странице/,
    '/#lead-1',
  ],
  [
    'another speech’s paragraph',
    '#nazarbayev-speech-5',
    /Абзац 5 — из другого выступления/,
    '/speeches/nazarbayev-speech/#nazarbayev-speech-5',
  ],
  ['a paragraph the record does not have', '#putin-speech-999', /такого абзаца в записи нет/, '/'],
];

for (const [what, hash, text, href] of CASES) {
  test(`a speech page opened on ${what} (${hash}) says so at the top and links to where it is`, async ({
    page,
  }) => {
    await page.goto(`/speeches/putin-speech/${hash}`);
    const shown = page.locator(note);
    await expect(shown).toBeVisible();
    await expect(shown).toHaveText(text);
    await expect(shown.getByRole('link')).toHaveAttribute('href', href);
    // Near the top: before the speech's title, in view.
    await expect(shown).toBeInViewport();
    const [noteBox, title] = [await shown.boundingBox(), await page.locator('h1').boundingBox()];
    expect(noteBox?.y ?? 0).toBeLessThan(title?.y ?? 0);
  });
}

test('the note follows the address: another odd fragment replaces it, a real paragraph removes it', async ({
  page,
}) => {
  await page.goto('/speeches/putin-speech/#putin-speech-999');
  await expect(page.locator(note)).toHaveCount(1);
  await page.evaluate(() => {
    location.hash = '#lead-2';
  });
  await expect(page.locator(note)).toHaveCount(1);
  await expect(page.locator(note)).toContainText('Абзац 2 сообщения о событии');
  await page.evaluate(() => {
    location.hash = '#putin-speech-3';
  });
  await expect(page.locator(note)).toHaveCount(0);
});

test('a real paragraph, or a fragment that is no paragraph, gets no note', async ({ page }) => {
  await page.goto('/speeches/putin-speech/#putin-speech-30');
  await page.goto('/speeches/putin-speech/#main');
  await page.waitForLoadState('networkidle');
  await expect(page.locator(note)).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/?speaker=putin says that one speaker’s view needs JavaScript, and does not hide it', async ({
    page,
  }) => {
    await page.goto('/?speaker=putin');
    await expect(page.getByText(/одного выступающего.*с JavaScript/)).toBeVisible();
  });
});
