/**
 * Issue 10's journeys 1 and 2, on a phone (375×812, touch) and a desktop (1280×800, keyboard
 * only), light and dark: a journalist shares Nazarbayev's proposal for the next forum's topic; a
 * researcher copies the ГОСТ and BibTeX references of Putin's paragraph 14.
 */

import { type BrowserContextOptions, expect, type Page, test } from '@playwright/test';
import { parse } from '@retorquere/bibtex-parser';
import { clipboard, openReader } from '../support/reader.ts';

const SITE = process.env.SITE_URL ?? 'https://forum-2017.example.org';
/** Where the test server serves the site: the addresses a reader copies point there, not at SITE_URL. */
const HERE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4322}`;
const DEVICES: Record<'phone' | 'desktop', BrowserContextOptions> = {
  phone: { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

/** Selects `words` in the element (or puts the caret before them), as a long press or caret browsing would. */
async function caretBefore(page: Page, selector: string, words: string, extend = false) {
  await page.evaluate(
    ([sel, w, whole]) => {
      const walker = document.createTreeWalker(
        document.querySelector(sel) as Node,
        NodeFilter.SHOW_TEXT,
      );
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, whole ? at + w.length : at);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`«${w}» not in ${sel}`);
    },
    [selector, words, extend] as const,
  );
}

function inViewport(
  box: { x: number; y: number; width: number; height: number } | null,
  page: Page,
) {
  const size = page.viewportSize();
  expect(box).not.toBeNull();
  if (!box || !size) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
}

const PROPOSAL = 'Предлагаю обозначить тематику следующего Межрегионального форума';

for (const [name, device] of Object.entries(DEVICES) as [
  'phone' | 'desktop',
  BrowserContextOptions,
][]) {
  // Each device in one scheme, each scheme on one device: the scheme changes colours (axe's, in
  // both, on every page type), not what a reader does.
  for (const colorScheme of [name === 'phone' ? 'dark' : 'light'] as const) {
    test(`journey 1 (${name}, ${colorScheme}): the link to Nazarbayev's proposal opens on the words, and its page has a card with them`, async ({
      browser,
    }) => {
      const { context, page } = await openReader(
        browser,
        { ...device, colorScheme },
        '/speeches/nazarbayev-closing/',
      );
      const popover = page.locator('.quote-popover');
      if (name === 'phone') {
        // A long press selects on a phone; the test sets the same selection, then taps.
        await caretBefore(page, '#nazarbayev-closing-9', PROPOSAL, true);
        await expect(popover).toBeVisible();
        inViewport(await popover.boundingBox(), page);
        await popover.locator('.quote-link').tap();
      } else {
        // Keyboard: the first word selected (as caret browsing would), Shift+Ctrl+→ over five more words, Tab into the popover.
        await caretBefore(page, '#nazarbayev-closing-9', 'Предлагаю', true);
        for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Control+ArrowRight');
        expect(await page.evaluate(() => document.getSelection()?.toString().trim())).toBe(
          PROPOSAL,
        );
        await expect(popover).toBeVisible();
        inViewport(await popover.boundingBox(), page);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await expect(popover.locator('.quote-link')).toBeFocused();
        await page.keyboard.press('Enter');
      }
      await expect(popover.locator('.quote-link')).toHaveText('Скопировано');
      await expect
        .poll(() => clipboard(page))
        .toMatch(new RegExp(`^${HERE}/p/nazarbayev-closing-9/#:~:text=`));
      const link = (await clipboard(page)).replace(HERE, '');
      await context.close();

      // A fresh browser, as the person the link was sent to.
      const fresh = await browser.newContext({ ...device, colorScheme });
      const reader = await fresh.newPage();
      await reader.goto(link.split('#')[0] ?? '');
      const paragraph = reader.locator('[data-passage="nazarbayev-closing-9"]');
      const plain = await paragraph.screenshot();
      await reader.goto('about:blank');
      await reader.goto(link);
      await expect(paragraph).toBeInViewport();
      // The browser highlights the words inside the paragraph: it looks different with the fragment.
      await expect.poll(async () => (await paragraph.screenshot()).equals(plain)).toBe(false);
      // The card: who and the words in its title, the words in its image (as its alt text says), a real 1200×630 PNG.
      const meta = (p: string) => reader.locator(`meta[property="${p}"]`).getAttribute('content');
      expect(await meta('og:title')).toMatch(/^Назарбаев: «…Предлагаю обозначить тематику/);
      expect(await meta('og:image:alt')).toContain(PROPOSAL);
      expect(await meta('og:url')).toBe(`${SITE}/p/nazarbayev-closing-9/`);
      const image = await reader.request.get(new URL((await meta('og:image')) ?? '').pathname);
      const png = await image.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      await fresh.close();
    });

    test(`journey 2 (${name}, ${colorScheme}): the ГОСТ and BibTeX references of Putin's paragraph 14 say «абз. 14» and the BibTeX parses`, async ({
      browser,
    }) => {
      const { context, page } = await openReader(
        browser,
        { ...device, colorScheme },
        '/speeches/putin-speech/',
      );
      await page.clock.setFixedTime(new Date(2027, 2, 5, 12, 0));
      const dialog = page.locator('dialog.cite-dialog');
      const copyButton = (format: string) =>
        dialog.locator('button', { hasText: `Скопировать ${format}` });
      if (name === 'phone') {
        await page.locator('#putin-speech-14 > .pilcrow').tap();
        await page.locator('#putin-speech-14 .p-cite').tap();
        await expect(dialog).toBeVisible();
        await copyButton('ГОСТ Р 7.0.100–2018').tap();
      } else {
        // Keyboard only: Tab from paragraph 1 to paragraph 14 takes 13 steps, one per paragraph.
        const steps: Record<string, number> = {};
        for (let i = 1; i <= 80 && !steps['putin-speech-14']; i++) {
          await page.keyboard.press('Tab');
          const id = await page.evaluate(() =>
            document.activeElement?.matches('.pilcrow')
              ? document.activeElement.parentElement?.id
              : undefined,
          );
          if (id) steps[id] = i;
        }
        expect((steps['putin-speech-14'] ?? 0) - (steps['putin-speech-1'] ?? 0)).toBe(13);
        await page.keyboard.press('Enter');
        await expect(page.locator('#putin-speech-14 .p-cite')).toHaveAttribute('tabindex', '0');
        await expect(page.locator('#putin-speech-14 > .pilcrow')).toBeFocused();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await expect(page.locator('#putin-speech-14 .p-cite')).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(dialog).toBeVisible();
        for (let i = 0; i < 20; i++) {
          if (await copyButton('ГОСТ Р 7.0.100–2018').evaluate((b) => b === document.activeElement))
            break;
          await page.keyboard.press('Tab');
        }
        await expect(copyButton('ГОСТ Р 7.0.100–2018')).toBeFocused();
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => clipboard(page)).toMatch(/^Путин, В\.\u00a0В\. /);
      const gost = await clipboard(page);
      expect(gost).toContain('Абз.\u00a014.');
      expect(gost).toContain('– Текст : электронный //');
      expect(gost).toContain(
        `URL: ${HERE}/speeches/putin-speech/#putin-speech-14 (дата обращения: 05.03.2027).`,
      );
      // Outside its address, no internal id.
      expect(gost.replace(/https?:\/\/\S+/g, '')).not.toContain('putin-speech');

      if (name === 'phone') await copyButton('BibTeX').tap();
      else {
        for (let i = 0; i < 20; i++) {
          if (await copyButton('BibTeX').evaluate((b) => b === document.activeElement)) break;
          await page.keyboard.press('Tab');
        }
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => clipboard(page)).toMatch(/^@misc\{/);
      const { entries, errors } = parse(await clipboard(page), { sentenceCase: false });
      expect(errors).toEqual([]);
      expect(entries[0]?.fields.note).toBe('абз.\u00a014');
      expect(entries[0]?.fields.author).toEqual([
        { lastName: 'Путин', firstName: 'Владимир Владимирович' },
      ]);
      expect(entries[0]?.fields.url).toBe(`${HERE}/speeches/putin-speech/#putin-speech-14`);
      await context.close();
    });
  }
}
