import { expect, test } from '@playwright/test';

/**
 * Journeys through the official translation: a Russian reader opens the parallel view from a
 * speech and finds paragraph 14 beside its English; an English reader lands on a passage by its
 * Russian id; on an untranslated speech the English page says so and links the original.
 */
for (const { name, width } of [
  { name: 'desktop', width: 1280 },
  { name: 'phone', width: 375 },
]) {
  test(`${name}: from a Russian speech to the parallel view, paragraph 14 beside its English`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/speeches/putin-speech/');
    await page.getByRole('link', { name: 'Русский и английский рядом' }).click();
    await expect(page).toHaveURL(/\/speeches\/putin-speech\/parallel\/$/);
    await page.goto('/speeches/putin-speech/parallel/#putin-speech-14');
    const ru = page.locator('#putin-speech-14');
    const en = ru
      .locator('xpath=ancestor::*[contains(@class, "parallel-row")]')
      .locator('.parallel-en');
    await expect(ru).toBeInViewport();
    await expect(en).toContainText('interregional cooperation for 2018–2023');
    const [a, b] = [await ru.boundingBox(), await en.boundingBox()];
    // Beside it on a wide screen, under it on a phone.
    if (width > 800) expect(b?.x ?? 0).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 1);
    else expect(b?.y ?? 0).toBeGreaterThan((a?.y ?? 0) + (a?.height ?? 0) - 1);
  });

  test(`${name}: an English reader lands on a passage by its Russian id`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // Russian paragraphs 1 and 2 are one English paragraph: both ids land on it.
    await page.goto('/en/speeches/putin-speech/#putin-speech-2');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const target = page.locator('p', { has: page.locator('#putin-speech-2') });
    await expect(target).toContainText('Mr Nazarbayev, colleagues, welcome');
    await expect(target).toBeInViewport();
    await page.getByRole('link', { name: 'Русский оригинал' }).click();
    await expect(page).toHaveURL(/\/speeches\/putin-speech\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
}

test('an untranslated speech says so in English and links the original', async ({ page }) => {
  await page.goto('/en/speeches/nazarbayev-speech/#nazarbayev-speech-15');
  const note = page.locator('.untranslated');
  await expect(note).toContainText(
    'No official English translation was published for this speech.',
  );
  await expect(note).toBeInViewport();
  await note.getByRole('link', { name: 'Read it in the Russian original' }).click();
  await expect(page).toHaveURL(/\/speeches\/nazarbayev-speech\/#nazarbayev-speech-1$/);
});

// axe on the parallel view, in both frames and schemes: quality.spec.ts, with every page type.
