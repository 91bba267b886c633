import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectedPairs, fromAkn, fromJson, fromMd, fromTxt } from '../downloads.ts';

const SITE = process.env.SITE_URL ?? 'https://forum-2017.example.org';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Selects `words` (their last occurrence with `last`) inside the element by script, as a mouse drag or keyboard would. */
async function select(page: Page, selector: string, words: string, last = false) {
  await page.evaluate(
    ([sel, w, fromEnd]: [string, string, boolean]) => {
      const p = document.querySelector(sel);
      const walker = document.createTreeWalker(p as Node, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = fromEnd ? node.data.lastIndexOf(w) : node.data.indexOf(w);
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
    [selector, words, last] as [string, string, boolean],
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

test('on a phone the tools take no room until the ¶ link makes their paragraph the target', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/speeches/putin-speech/');
  await page.locator('#putin-speech-5 .p-tools').waitFor({ state: 'attached' });
  await expect(page.locator('#putin-speech-5 .p-copy')).toBeHidden();
  await page.locator('#putin-speech-5 .pilcrow').click();
  await expect(page.locator('#putin-speech-5 .p-copy')).toBeVisible();
  await expect(page.locator('#putin-speech-6 .p-copy')).toBeHidden();
  await context.close();
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

test('a keyboard selection offers the popover too; its fragment link is the paragraph address with the words; Escape hides it', async ({ page }) => {
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
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

test('from a selection, Tab goes into the popover, Enter copies the quote, Escape closes it', async ({ page }) => {
  await page.goto('/speeches/putin-speech/');
  await select(page, '#putin-speech-8', 'Казахстан');
  await expect(page.locator('.quote-popover')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Скопировать цитату' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toMatch(/^«Казахстан» — Владимир Путин, .*#putin-speech-8$/);
  await expect(page.locator('[role="status"]').last()).toHaveText('Цитата скопирована');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ссылка на фрагмент' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.quote-popover')).toBeHidden();
  await expect(page.locator('#putin-speech-8 .pilcrow')).toBeFocused();
});

test('words that repeat in a paragraph get a fragment with a prefix and suffix that picks the selected occurrence', async ({ page }) => {
  await page.goto('/speeches/nazarbayev-speech/');
  // «медицинских изделий» occurs twice in this paragraph, both times after «и»; the full stop after the second tells them apart.
  await select(page, '#nazarbayev-speech-29', 'медицинских изделий', true);
  await page.locator('.quote-popover').getByRole('button', { name: 'Ссылка на фрагмент' }).click();
  const enc = (s: string) => encodeURIComponent(s).replaceAll('-', '%2D');
  await expect
    .poll(() => clipboard(page))
    .toBe(`${SITE}/speeches/nazarbayev-speech/#nazarbayev-speech-29:~:text=${enc('и')}-,${enc('медицинских изделий')},-${enc('.')}`);
});

test('a selection across paragraphs quotes from the first paragraph only, without the buttons’ labels', async ({ page }) => {
  await page.goto('/speeches/putin-closing/');
  await page.evaluate(() => {
    const [a, b] = [document.querySelector('#putin-closing-2'), document.querySelector('#putin-closing-3')];
    if (!a?.firstChild || !b?.firstChild) throw new Error('no paragraphs');
    const range = document.createRange();
    range.setStart(a.firstChild, 0);
    range.setEnd(b.firstChild, 5);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  const first = (await page.locator('#putin-closing-2').evaluate((p) => p.firstChild?.textContent ?? '')).replace(/\s+/g, ' ').trim();
  await page.locator('.quote-popover').getByRole('button', { name: 'Скопировать цитату' }).click();
  await expect.poll(() => clipboard(page)).toMatch(new RegExp(`^«${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}» — Владимир Путин, .*#putin-closing-2$`));
});

for (const [path, id, words] of [
  ['/speeches/putin-speech/', 'putin-speech-20', 'Казахстан'],
  ['/', 'lead-3', 'коммерческих документов'],
] as const) {
  test(`a copied fragment link opened in a new tab lands on ${id}`, async ({ page, context }) => {
    await page.goto(path);
    await select(page, `#${id}`, words);
    await page.locator('.quote-popover').getByRole('button', { name: 'Ссылка на фрагмент' }).click();
    await expect.poll(() => clipboard(page)).toContain(`#${id}:~:text=`);
    const link = (await clipboard(page)).replace(SITE, '');
    const tab = await context.newPage();
    await tab.goto(link);
    await expect(tab.locator(`#${id}`)).toBeInViewport();
    expect(await tab.locator(`#${id}`).evaluate((el) => el.matches(':target'))).toBe(true);
  });
}

test('a fragment whose words are gone still lands on the paragraph', async ({ page }) => {
  await page.goto(`/speeches/nazarbayev-speech/#nazarbayev-speech-30:~:text=${encodeURIComponent('слов здесь нет')}`);
  await expect(page.locator('#nazarbayev-speech-30')).toBeInViewport();
});

test('the cite dialog traps focus, offers six formats, copies, and closes on Escape', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2027, 2, 5, 12, 0));
  await page.goto('/speeches/putin-closing/');
  const opener = page.locator('#putin-closing-3 .p-cite');
  await opener.click();
  const dialog = page.locator('dialog.cite-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('h2')).toHaveText('Цитировать абзац 3 — Владимир Путин');
  await expect(dialog.getByRole('button', { name: 'Закрыть' })).toBeFocused();
  await expect(dialog.locator('h3')).toHaveText(['ГОСТ Р 7.0.100–2018', 'APA 7', 'Chicago', 'BibTeX', 'CSL-JSON', 'RIS']);
  await expect(dialog.locator('pre').first()).toContainText('Путин, В.\u00a0В. Заключительное слово на Форуме');
  // The date of access is the day the reader cites.
  await expect(dialog.locator('pre').first()).toContainText('(дата обращения: 05.03.2027)');
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
  await expect(dialog.locator('pre').first()).toHaveText(
    /^Форум межрегионального сотрудничества России и\u00a0Казахстана : Челябинск, 9 ноября 2017 г\. – Текст : электронный/,
  );
  await expect(dialog.locator('pre').first()).toContainText(`Запись с номерами абзацев: ${SITE}/.`);
});

test('a paragraph’s cite dialog can cite its whole speech or the whole record instead', async ({ page }) => {
  await page.goto('/speeches/nazarbayev-closing/');
  await page.locator('#nazarbayev-closing-2 .p-cite').click();
  const dialog = page.locator('dialog.cite-dialog');
  await expect(dialog.getByRole('radio')).toHaveCount(3);
  await expect(dialog.getByRole('radio', { name: 'Абзац 2' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Заключительное слово целиком' }).check();
  await expect(dialog.locator('h2')).toHaveText('Цитировать: Заключительное слово — Нурсултан Назарбаев');
  await expect(dialog.locator('pre').first()).toHaveText(
    new RegExp(`^Назарбаев, Н.\u00a0А. Заключительное слово на Форуме .* – Страница выступления: ${SITE}/speeches/nazarbayev-closing/\\.$`),
  );
  await expect(dialog.locator('.cite-links a').first()).toHaveAttribute('href', `${SITE}/speeches/nazarbayev-closing/`);
  await dialog.getByRole('radio', { name: 'Вся запись' }).check();
  await expect(dialog.locator('h2')).toHaveText('Цитировать запись');
  await expect(dialog.locator('pre').first()).toContainText(`Запись с номерами абзацев: ${SITE}/.`);
});

for (const width of [375, 1280]) {
  test(`adding the share tools moves no text (layout shift 0 at ${width} px)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of ['/', '/speeches/putin-speech/']) {
      await page.goto(path);
      await page.locator('.record-text p[id] .p-tools').first().waitFor({ state: 'attached' });
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0));
            }).observe({ type: 'layout-shift', buffered: true });
            // No entries at all: no shift.
            setTimeout(() => resolve(0), 500);
          }),
      );
      expect(shift, path).toBe(0);
    }
    await context.close();
  });
}

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

test('a passage page has a 1200×630 PNG preview at its og:image address', async ({ page, request }) => {
  await page.goto('/p/putin-speech-3/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${SITE}/p/putin-speech-3.png`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/speeches/putin-speech/#putin-speech-3`);
  const res = await request.get(new URL(image ?? '').pathname);
  expect(res.headers()['content-type']).toBe('image/png');
  const png = await res.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('every download linked from / parses and round-trips to the source paragraphs', async ({ page, request }) => {
  const expected = expectedPairs(readFileSync('content/source/000_f14b79e5080b2ac1.txt', 'utf8'), readFileSync('content/speakers.json', 'utf8'));
  await page.goto('/');
  const links = await page.locator('.downloads a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links).toEqual(['/record.json', '/record.txt', '/record.md', '/record.akn.xml']);
  const readers = { '/record.json': fromJson, '/record.txt': fromTxt, '/record.md': fromMd, '/record.akn.xml': (t: string) => fromAkn(t).pairs };
  for (const link of links) {
    const res = await request.get(link);
    expect(res.ok(), link).toBe(true);
    expect(readers[link as keyof typeof readers](await res.text()), link).toEqual(expected);
  }
  // The browser's own XML parser agrees that the Akoma Ntoso file is well-formed.
  const xml = await (await request.get('/record.akn.xml')).text();
  expect(await page.evaluate((t) => new DOMParser().parseFromString(t, 'application/xml').getElementsByTagName('parsererror').length, xml)).toBe(0);
  expect(await page.evaluate((t) => new DOMParser().parseFromString(t, 'application/xml').documentElement.namespaceURI, xml)).toMatch(/akn/);
  const schema = await (await request.get('/record.schema.json')).json();
  expect(schema.$schema).toMatch(/json-schema\.org/);
});
