import { expect, type Page, test } from '@playwright/test';

const SITE = process.env.SITE_URL ?? 'https://forum-2017.example.org';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Selects `words` inside the element by script, as a mouse drag or keyboard would. */
async function select(page: Page, selector: string, words: string) {
  await page.evaluate(
    ([sel, w]: [string, string]) => {
      const p = document.querySelector(sel);
      const walker = document.createTreeWalker(p as Node, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(w);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
      }
      throw new Error(`«${w}» not in ${sel}`);
    },
    [selector, words] as [string, string],
  );
}

test('copy link puts the absolute permanent address on the clipboard and says so', async ({ page }) => {
  await page.goto('/speeches/putin-speech/');
  const button = page.locator('#putin-speech-3 .p-copy');
  await expect(button).toHaveAccessibleName('Ссылка на абзац: скопировать');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(`${SITE}/speeches/putin-speech/#putin-speech-3`);
  await expect(page.locator('[role="status"]').last()).toHaveText('Ссылка на абзац скопирована');
});

test('a mouse selection offers a quote, copied with speaker, event, date and permalink', async ({ page }) => {
  await page.goto('/speeches/putin-speech/');
  const para = page.locator('#putin-speech-2');
  const box = await para.boundingBox();
  if (!box) throw new Error('no paragraph');
  // Double-click selects a word with the mouse.
  await page.mouse.dblclick(box.x + 40, box.y + 12);
  const popover = page.locator('.quote-popover');
  await expect(popover).toBeVisible();
  const selected = await page.evaluate(() => document.getSelection()?.toString().trim());
  await popover.getByRole('button', { name: 'Скопировать цитату' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(
      `«${selected}» — Владимир Путин, Форум межрегионального сотрудничества России и\u00a0Казахстана, Челябинск, 9 ноября 2017 года. ${SITE}/speeches/putin-speech/#putin-speech-2`,
    );
});

test('a keyboard selection offers the popover too, and the fragment link lands on the paragraph', async ({ page }) => {
  await page.goto('/speeches/nazarbayev-speech/');
  await select(page, '#nazarbayev-speech-15', 'программа «Болашак»');
  // Extend the selection by keyboard, as a reader would with Shift+arrows.
  await page.keyboard.press('Shift+ArrowRight');
  const popover = page.locator('.quote-popover');
  await expect(popover).toBeVisible();
  await popover.getByRole('button', { name: 'Ссылка на фрагмент' }).click();
  await expect.poll(() => clipboard(page)).toMatch(new RegExp(`^${SITE}/speeches/nazarbayev-speech/#nazarbayev-speech-15:~:text=`));
  const link = await clipboard(page);
  expect(decodeURIComponent(link.split(':~:text=')[1] ?? '')).toContain('программа «Болашак»');
  // The same address on this server: the text fragment is ignored or used, the paragraph is the target either way.
  await page.goto(link.replace(SITE, ''));
  await expect(page.locator('#nazarbayev-speech-15')).toBeInViewport();
  expect(await page.locator('#nazarbayev-speech-15').evaluate((el) => el.matches(':target'))).toBe(true);
  await page.keyboard.press('Escape');
});

test('the cite dialog traps focus, offers six formats, copies, and closes on Escape', async ({ page }) => {
  await page.goto('/speeches/putin-closing/');
  const opener = page.locator('#putin-closing-3 .p-cite');
  await opener.click();
  const dialog = page.locator('dialog.cite-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('h3')).toHaveText(['ГОСТ Р 7.0.100–2018', 'APA 7', 'Chicago', 'BibTeX', 'CSL-JSON', 'RIS']);
  await expect(dialog.locator('pre').first()).toContainText('Путин, В.\u00a0В. Заключительное слово на Форуме');
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null || document.activeElement === document.body)).toBe(true);
  }
  await dialog.getByRole('button', { name: 'Скопировать BibTeX' }).click();
  await expect.poll(() => clipboard(page)).toContain('@misc{putin_closing_3,');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the whole record can be cited from /', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Цитировать запись целиком' }).click();
  const dialog = page.locator('dialog.cite-dialog');
  await expect(dialog.locator('h2')).toHaveText('Цитировать запись');
  await expect(dialog.locator('pre').first()).toHaveText(/^Форум межрегионального сотрудничества России и\u00a0Казахстана \(Челябинск/);
});

test('the share script is small, deferred and does not block reading', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/speeches/putin-speech/');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => s.includes('cite-dialog') || s.includes('citations'))).toBe(false);
  const blocking = await page.evaluate(
    () => [...document.querySelectorAll('script[src]')].filter((s) => (s as HTMLScriptElement).type !== 'module' && !(s as HTMLScriptElement).defer).length,
  );
  expect(blocking).toBe(0);
});
