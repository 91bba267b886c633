/**
 * A reader who lands on a paragraph page (`/p/<id>/`, where shared links lead) has the reading
 * pages' tools: the paragraph's link, the cite dialog, and the popover for selected words. Each
 * test starts in a fresh browser context, as a reader arriving from a messenger.
 */
import { expect, type Page, test } from '@playwright/test';
import { clipboard, here } from '../support/reader.ts';

const NB = '\u00a0';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function arrive(page: Page, path = '/p/putin-speech-14/') {
  await page.goto(path);
  await page.locator('share-tools[data-ready]').waitFor({ state: 'attached' });
}

test('by keyboard, «ссылка» copies the paragraph page’s own address, the one with its card', async ({
  page,
}) => {
  await arrive(page);
  const button = page.locator('#putin-speech-14 .p-copy');
  await expect(button).toBeVisible();
  await expect(button).toHaveAccessibleName('Скопировать ссылку на абзац 14');
  // A Tab stop from the start: the one paragraph is the page's subject.
  await expect(button).toHaveAttribute('tabindex', '0');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(`${here(page)}/p/putin-speech-14/`);
  await expect(button).toHaveText('Скопировано');
  await expect(page.locator('[role="status"]').last()).toHaveText('Ссылка на абзац 14 скопирована');
});

test('«цитировать» opens the cite dialog on the paragraph; its APA reference is copied', async ({
  page,
}) => {
  await arrive(page);
  await page.locator('#putin-speech-14 .p-cite').click();
  const dialog = page.locator('dialog.cite-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('h2')).toHaveText('Цитировать абзац 14 — Владимир Путин');
  await expect(dialog.getByRole('radio', { name: 'Абзац 14' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Скопировать APA 7' }).click();
  await expect.poll(() => clipboard(page)).toMatch(new RegExp(`^Путин, В\\.${NB}В\\. \\(2017`));
  const apa = await clipboard(page);
  expect(apa).toContain(`${here(page)}/speeches/putin-speech/#putin-speech-14`);
  expect(apa).toContain(`В тексте: (Путин, 2017, абз.${NB}14)`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#putin-speech-14 .p-cite')).toBeFocused();
});

test('words selected in the paragraph get the popover: a quote, and a link that opens on them', async ({
  page,
  browser,
}) => {
  await arrive(page, '/p/putin-speech-16/');
  await page.evaluate(() => {
    const text = document.querySelector('#putin-speech-16')?.firstChild as Text;
    const at = text.data.indexOf('взаимная торговля');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'взаимная торговля'.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  const popover = page.locator('.quote-popover');
  await expect(popover).toBeVisible();
  await popover.getByRole('button', { name: 'Скопировать цитату' }).click();
  await expect.poll(() => clipboard(page)).toMatch(/^«взаимная торговля» — Владимир\sПутин/);
  expect(await clipboard(page)).toContain(`абз.${NB}16`);
  await popover.getByRole('button', { name: 'Ссылка на фрагмент' }).click();
  await expect
    .poll(() => clipboard(page))

    .toBe(`${here(page)}/p/putin-speech-16/#:~:text=${encodeURIComponent('взаимная торговля')}`);

  // Followed in a fresh browser: the page marks the selected words; the static card shows the paragraph's start.
  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  await reader.goto(`/p/putin-speech-16/#:~:text=${encodeURIComponent('взаимная торговля')}`);
  await expect(reader.locator('#putin-speech-16')).toBeInViewport();
  const marked = await reader.evaluate(() => {
    const p = document.querySelector('#putin-speech-16') as Element;
    return [
      getComputedStyle(p).backgroundColor,
      getComputedStyle(p, '::target-text').backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ];
  });
  // The words are marked, their paragraph is not boxed as a whole.
  expect(marked[0]).toBe('rgba(0, 0, 0, 0)');
  expect(marked[1]).not.toBe(marked[2]);
  expect(marked[1]).not.toBe('rgba(0, 0, 0, 0)');
  const alt = await reader.locator('meta[property="og:image:alt"]').getAttribute('content');
  expect(alt).toMatch(/^«Подчеркну,\sчто\sво\sмногом/);
  await fresh.close();
});
