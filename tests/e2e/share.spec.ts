import { expect, type Page, test } from '@playwright/test';
import { clipboard, expectAskedAfterPaint } from '../support/reader.ts';

/** Where the test server serves the site: the addresses a reader copies point there, not at SITE_URL. */
const HERE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4322}`;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Selects from the start of one paragraph to the fifth character of another. */
async function selectAcross(page: Page, from: string, to: string) {
  await page.evaluate(
    ([from, to]) => {
      const [a, b] = [document.querySelector(from ?? ''), document.querySelector(to ?? '')];
      if (!a?.firstChild || !b?.firstChild) throw new Error('no paragraphs');
      const range = document.createRange();
      range.setStart(a.firstChild, 0);
      range.setEnd(b.firstChild, 5);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    },
    [from, to],
  );
}

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

const ready = (page: Page) =>
  page.locator('share-tools[data-ready]').waitFor({ state: 'attached' });

test('by keyboard: Enter on a paragraph’s number, Tab to «ссылка»: the address is copied, the button says «Скопировано», a screen reader hears it', async ({
  page,
}) => {
  await page.goto('/speeches/putin-speech/');
  await ready(page);
  const number = page.locator('#putin-speech-3 .pilcrow');
  await expect(number).toHaveAccessibleName('Ссылка на абзац 3');
  await number.focus();
  await page.keyboard.press('Enter');
  const button = page.locator('#putin-speech-3 .p-copy');
  // The paragraph is now the target: its tools are Tab stops, and focus stays on its number.
  await expect(button).toHaveAttribute('tabindex', '0');
  await expect(number).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(button).toHaveAccessibleName('Скопировать ссылку на абзац 3');
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(`${HERE}/speeches/putin-speech/#putin-speech-3`);
  await expect(button).toHaveText('Скопировано');
  await expect(page.locator('[role="status"]').last()).toHaveText('Ссылка на абзац 3 скопирована');
  await expect(button).toHaveText('ссылка');
});

test('reading by Tab meets one stop per paragraph; every number link has a distinct name, and on / it names the speech', async ({
  page,
}) => {
  for (const path of ['/', '/speeches/nazarbayev-speech/']) {
    await page.goto(path);
    await ready(page);
    const names = await page
      .locator('.record-text p[id] > .pilcrow')
      .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    expect(new Set(names).size, path).toBe(names.length);
    const focusable = await page.evaluate(() => {
      const all = [
        ...document.querySelectorAll<HTMLElement>(
          '.record-text p[id] a, .record-text p[id] button, .record-text p[id] [tabindex]',
        ),
      ];
      return all.filter((el) => el.tabIndex >= 0 && el.checkVisibility()).length;
    });
    expect(focusable, path).toBeLessThanOrEqual(names.length);
  }
  await page.goto('/');
  await expect(page.locator('#putin-speech-14 > .pilcrow')).toHaveAccessibleName(
    'Ссылка на абзац 14 выступления Владимира Путина',
  );
  await expect(page.locator('#nazarbayev-closing-9 > .pilcrow')).toHaveAccessibleName(
    'Ссылка на абзац 9 заключительного слова Нурсултана Назарбаева',
  );
});

test('on a phone the tools take no room until the ¶ link makes their paragraph the target', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 700 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/speeches/putin-speech/');
  await ready(page);
  await expect(page.locator('.p-copy')).toBeHidden();
  const number = page.locator('#putin-speech-5 .pilcrow');
  const box = await number.boundingBox();
  // WCAG 2.5.8: a target of at least 24×24 px.
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
  await number.tap();
  await expect(page.locator('#putin-speech-5 .p-copy')).toBeVisible();
  for (const b of await page.locator('#putin-speech-5 .p-tools button').all()) {
    const size = await b.boundingBox();
    expect(size?.height).toBeGreaterThanOrEqual(24);
  }
  await expect(page.locator('#putin-speech-6 .p-copy')).toHaveCount(0);
  await context.close();
});

test('a mouse selection offers a quote, copied with speaker, event, date and permalink', async ({
  page,
}) => {
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
  // The button says so for a moment (its name changes with it, so it is found by its class).
  await expect(popover.locator('.quote-copy')).toHaveText('Скопировано');
  await expect(popover.locator('.quote-copy')).toHaveText('Скопировать цитату');
  await expect.poll(() => clipboard(page)).toMatch(/ — Владимир\u00a0Путин, /);
  const quote = await clipboard(page);
  expect(
    quote.startsWith(
      `«${selected}» — Владимир\u00a0Путин, Форум межрегионального сотрудничества России и\u00a0Казахстана, Челябинск, 9\u00a0ноября 2017\u00a0года, абз.\u00a02. ${HERE}/p/putin-speech-2/`,
    ),
  ).toBe(true);
  // One address only.
  expect(quote.match(/https?:\/\//g)).toHaveLength(1);
});

test('a keyboard selection offers the popover too; its fragment link is the paragraph address with the words; Escape hides it', async ({
  page,
}) => {
  await page.goto('/speeches/nazarbayev-speech/');
  await select(page, '#nazarbayev-speech-15', 'программа «Болашак»');
  // Extend the selection by keyboard, as a reader would with Shift+arrows.
  await page.keyboard.press('Shift+ArrowRight');
  const popover = page.locator('.quote-popover');
  await expect(popover).toBeVisible();
  await popover.getByRole('button', { name: 'Ссылка на фрагмент' }).click();
  await expect
    .poll(() => clipboard(page))
    .toMatch(new RegExp(`^${HERE}/p/nazarbayev-speech-15/#:~:text=`));
  const link = await clipboard(page);
  expect(decodeURIComponent(link.split(':~:text=')[1] ?? '')).toContain('программа «Болашак»');
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

test('from a selection, Tab goes into the popover, Enter copies the quote, Escape closes it', async ({
  page,
}) => {
  await page.goto('/speeches/putin-speech/');
  await select(page, '#putin-speech-8', 'Казахстан');
  await expect(page.locator('.quote-popover')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Скопировать цитату' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => clipboard(page))
    .toMatch(/^«Казахстан» — Владимир\u00a0Путин, .*абз\.\u00a08\. .*\/p\/putin-speech-8\//);
  await expect(page.locator('[role="status"]').last()).toHaveText('Цитата скопирована: абзац 8');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ссылка на фрагмент' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.quote-popover')).toBeHidden();
  await expect(page.locator('#putin-speech-8 .pilcrow')).toBeFocused();
});

test('words selected before the tools arrive get the popover once they do', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/share-tools/', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/speeches/putin-speech/');
  await select(page, '#putin-speech-8', 'Казахстан');
  release();
  await ready(page);
  await expect(page.locator('.quote-popover')).toBeVisible();
});

test('words that repeat in a paragraph get a fragment with a prefix and suffix that picks the selected occurrence', async ({
  page,
}) => {
  await page.goto('/speeches/nazarbayev-speech/');
  // «медицинских изделий» occurs twice in this paragraph, both times after «и»; the full stop after the second tells them apart.
  await select(page, '#nazarbayev-speech-29', 'медицинских изделий', true);
  await page.locator('.quote-popover').getByRole('button', { name: 'Ссылка на фрагмент' }).click();
  const enc = (s: string) => encodeURIComponent(s).replaceAll('-', '%2D');
  await expect
    .poll(() => clipboard(page))
    .toBe(
      `${HERE}/p/nazarbayev-speech-29/#:~:text=${enc('и')}-,${enc('медицинских изделий')},-${enc('.')}`,
    );
});

test('a selection across paragraphs quotes all of it from the first paragraph’s address, and says so', async ({
  page,
}) => {
  await page.goto('/speeches/putin-closing/');
  await selectAcross(page, '#putin-closing-2', '#putin-closing-3');
  const [first, second] = await page.evaluate(() =>
    ['#putin-closing-2', '#putin-closing-3'].map(
      (s) => document.querySelector(s)?.firstChild?.textContent ?? '',
    ),
  );
  await page.locator('.quote-popover').getByRole('button', { name: 'Скопировать цитату' }).click();
  await expect.poll(() => clipboard(page)).toContain('абз.\u00a02–3.');
  const quote = await clipboard(page);
  expect(quote.startsWith(`«${first?.trim()} ${second?.slice(0, 5)}`)).toBe(true);
  expect(quote).toContain(`${HERE}/p/putin-closing-2/`);
  expect(quote).not.toMatch(/Скопировать|Ссылка на фрагмент|ссылка|цитировать/);
  await expect(page.locator('[role="status"]').last()).toHaveText('Цитата скопирована: абзацы 2–3');
});

test('Ctrl+C over two paragraphs copies their words only: no button labels, no numbers, no popover', async ({
  page,
}) => {
  await page.goto('/speeches/putin-closing/');
  await ready(page);
  // The toolbar is in a paragraph, and the popover is open, while the reader copies.
  await page.locator('#putin-closing-2').hover();
  await selectAcross(page, '#putin-closing-2', '#putin-closing-3');
  await expect(page.locator('.quote-popover')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+c');
  await expect.poll(() => clipboard(page)).toMatch(/\S/);
  const copied = await clipboard(page);
  expect(copied).not.toMatch(/Скопировать|фрагмент|ссылка|цитировать|Выделенный/);
  expect(copied).not.toMatch(/^\s*\d|\n\s*\d/);
});

for (const [path, id, words] of [
  ['/speeches/putin-speech/', 'putin-speech-20', 'Казахстан'],
  ['/', 'lead-3', 'коммерческих документов'],
  // Built on / for words that the speech page's breadcrumb also holds (issue 10, defect 4).
  ['/', 'putin-speech-2', 'межрегионального сотрудничества'],
] as const) {
  test(`a copied fragment link made on ${path} opened in a new tab lands on the words of ${id}`, async ({
    page,
    context,
  }) => {
    await page.goto(path);
    await ready(page);
    await select(page, `#${id}`, words);
    await page
      .locator('.quote-popover')
      .getByRole('button', { name: 'Ссылка на фрагмент' })
      .click();
    await expect.poll(() => clipboard(page)).toContain(`/p/${id}/#:~:text=`);
    const link = (await clipboard(page)).replace(HERE, '');
    const tab = await context.newPage();
    await tab.goto(link.split('#')[0] ?? '');
    const paragraph = tab.locator(`[data-passage="${id}"]`);
    const plain = await paragraph.screenshot();
    await tab.goto(link);
    await expect(paragraph).toBeInViewport();
    // The browser's highlight of the words is inside the paragraph: it looks different with the fragment.
    await expect.poll(async () => (await paragraph.screenshot()).equals(plain)).toBe(false);
  });
}

test('when the tools cannot load (offline after the page came), they step aside without an error and the ¶ links still lead to their paragraphs', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/share-tools/', (route) => route.abort('internetdisconnected'));
  await page.goto('/speeches/putin-speech/');
  await page.locator('share-tools').waitFor({ state: 'detached' });
  await page.locator('#putin-speech-3 > .pilcrow').click();
  await expect(page).toHaveURL(/#putin-speech-3$/);
  await expect(page.locator('#putin-speech-3:target')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('a fragment whose words are gone still lands on the paragraph', async ({ page }) => {
  await page.goto(
    `/speeches/nazarbayev-speech/#nazarbayev-speech-30:~:text=${encodeURIComponent('слов здесь нет')}`,
  );
  await expect(page.locator('#nazarbayev-speech-30')).toBeInViewport();
});

test('the cite dialog traps focus, offers six formats, copies, and closes on Escape', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(2027, 2, 5, 12, 0));
  await page.goto('/speeches/putin-closing/');
  await ready(page);
  await page.locator('#putin-closing-3').hover();
  const opener = page.locator('#putin-closing-3 .p-cite');
  await opener.click();
  const dialog = page.locator('dialog.cite-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('h2')).toHaveText('Цитировать абзац 3 — Владимир Путин');
  await expect(dialog.getByRole('button', { name: 'Закрыть' })).toBeFocused();
  await expect(dialog.locator('h3')).toHaveText([
    'ГОСТ Р 7.0.100–2018',
    'APA 7',
    'Chicago, примечание',
    'Chicago, библиография',
    'BibTeX',
    'CSL-JSON',
    'RIS',
  ]);
  await expect(dialog.locator('pre').first()).toHaveText(
    /^Путин, В.\u00a0В. (Заключительное слово на Форуме|Форум межрегионального сотрудничества России и\sКазахстана\. Заключительное слово)/,
  );
  await expect(dialog.locator('pre').first()).toContainText('Абз.\u00a03');
  // The date of access is the day the reader cites.
  await expect(dialog.locator('pre').first()).toContainText('(дата обращения: 05.03.2027)');
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.closest('dialog') !== null ||
          document.activeElement === document.body,
      ),
    ).toBe(true);
  }
  await dialog.getByRole('button', { name: 'Скопировать BibTeX' }).click();
  await expect.poll(() => clipboard(page)).toContain('@misc{putin_closing_3_2017,');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the whole record can be cited from /', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Цитировать запись' }).click();
  const dialog = page.locator('dialog.cite-dialog');
  await expect(dialog.locator('h2')).toHaveText('Цитировать запись');
  await expect(dialog.locator('pre').first()).toHaveText(
    /^Форум межрегионального сотрудничества России и\u00a0Казахстана : Челябинск, 9\u00a0нояб\. 2017\u00a0г\. – Текст : электронный/,
  );
  await expect(dialog.locator('pre').first()).toContainText(`URL: ${HERE}/ (дата обращения:`);
  // The official publication instead: its address and the day the edition's copy was taken, nothing of ours.
  await dialog.getByRole('radio', { name: 'официальная публикация' }).check();
  await expect(dialog.locator('pre').first()).toContainText(
    '// Президент России : [сайт]. – 2017. – 9\u00a0нояб. – URL: http://kremlin.ru/',
  );
  await expect(dialog.locator('pre').first()).not.toContainText(HERE);
});

test('a paragraph’s cite dialog can cite its whole speech or the whole record instead', async ({
  page,
}) => {
  await page.goto('/speeches/nazarbayev-closing/');
  await ready(page);
  await page.locator('#nazarbayev-closing-2').hover();
  await page.locator('#nazarbayev-closing-2 .p-cite').click();
  const dialog = page.locator('dialog.cite-dialog');
  await expect(dialog.locator('[data-scope]').getByRole('radio')).toHaveCount(3);
  await expect(dialog.getByRole('radio', { name: 'Абзац 2' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Выступление целиком' }).check();
  await expect(dialog.locator('h2')).toHaveText(
    'Цитировать: Заключительное слово — Нурсултан\u00a0Назарбаев',
  );
  await expect(dialog.locator('pre').first()).toHaveText(
    new RegExp(
      `^Назарбаев, Н.\u00a0А. .* – URL: ${HERE}/speeches/nazarbayev-closing/ \\(дата обращения: `,
    ),
  );
  await expect(dialog.locator('.cite-links a').first()).toHaveAttribute(
    'href',
    `${HERE}/speeches/nazarbayev-closing/`,
  );
  await dialog.getByRole('radio', { name: 'Вся запись' }).check();
  await expect(dialog.locator('h2')).toHaveText('Цитировать запись');
  await expect(dialog.locator('pre').first()).toContainText(`URL: ${HERE}/ (дата обращения:`);
});

for (const width of [375, 1280]) {
  test(`adding the share tools moves no text (layout shift 0 at ${width} px)`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    // Fonts from the cache, as on any page reached from another of the site: the web font's swap
    // over its metric-matched fallback may shift a line by a hair, and that is not what this test
    // is about (the fonts' own test bounds it).
    await page.goto('/404.html');
    // The faces come after the first paint; once in, every page reached from the site has them from the start.
    await expect(page.locator('html')).toHaveClass(/\bfonts\b/);
    await page.evaluate(() => document.fonts.ready);
    for (const path of ['/', '/speeches/putin-speech/', '/p/putin-speech-14/']) {
      await page.goto(path, { referer: page.url() });
      await ready(page);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              resolve(
                list
                  .getEntries()
                  .reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0),
              );
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

test('the share tools ask for nothing before the text is on the screen, and for no cite code before it is used', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/speeches/putin-speech/');
  await ready(page);
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => s.includes('cite-dialog') || s.includes('citations'))).toBe(false);
  // (No render-blocking script on any page: tests/site/budget.test.ts.)
  const tools = await expectAskedAfterPaint(
    page,
    /\/share-tools\/|\/share\.[^/]*\.css|\/words-ru\./,
  );
  expect(tools.length).toBe(3);
});

// A paragraph page's card and every download, parsed and round-tripped to the source: the built-site
// checks (tests/site/share.test.ts, tests/site/downloads.test.ts); their serving: tests/server.

test('on a phone, the popover for words near the bottom of the screen stays on the screen', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/speeches/nazarbayev-speech/');
  await ready(page);
  // Scroll so that the paragraph's last line is at the bottom edge, then select its last words.
  await page
    .locator('#nazarbayev-speech-20')
    .evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().bottom - window.innerHeight + 4));
  await page.evaluate(() => {
    const p = document.querySelector('#nazarbayev-speech-20');
    const text = p?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, Math.max(0, text.data.length - 12));
    range.setEnd(text, text.data.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  const popover = page.locator('.quote-popover');
  await expect(popover).toBeVisible();
  const box = await popover.boundingBox();
  expect(
    box && box.y >= 0 && box.y + box.height <= 812 && box.x >= 0 && box.x + box.width <= 375,
  ).toBe(true);
  await context.close();
});
