import { expect, type Page, test } from '@playwright/test';
import { pages } from '../site/pages.ts';

/**
 * What must hold on every page type at every phone and desktop width: nothing scrolls sideways,
 * the header search box's placeholder is not cut, every element Tab reaches is on screen, the
 * console stays clean. One page per type is resized through all six widths (a resize, not a new
 * context); the Tab walk runs once per layout band of the stylesheets (below 21rem, up to 40rem,
 * 48rem–64rem, from 64rem), since widths within a band lay the page out alike. The colour scheme
 * changes no layout: light and dark contrast are axe's (quality.spec.ts).
 */
const WIDTHS = [320, 360, 375, 414, 768, 1280];
/** One width in each layout band: the Tab walk's widths. */
const WALK_WIDTHS = new Set([320, 375, 768, 1280]);
const built = pages.map(({ path }) => path);
const firstOf = (prefix: string) => {
  const path = built.filter((p) => p.startsWith(prefix)).sort()[0];
  if (!path) throw new Error(`no page under ${prefix} in the build`);
  return path;
};
/** Every kind of speech page (a speech, a closing word), found from the build. */
const speechTypes = [
  ...new Map(
    built.filter((p) => /^\/speeches\/[^/]+\/$/.test(p)).map((p) => [p.split('-').at(-1), p]),
  ).values(),
];
const PAGE_TYPES = [
  '/',
  // Opened on a paragraph: its tools are shown (on a phone, only the target's), and must fit too.
  ...speechTypes.map((p) => `${p}#${p.split('/')[2]}-2`),
  '/documents/',
  '/search/',
  '/search/?q=туризм',
  '/search/?q=абракадабра',
  firstOf('/p/'),
  '/no-such-page/',
  // The official translation: the record, a translated speech and an untranslated one.
  ...built.filter((p) =>
    /^\/en\/(?:speeches\/(?:putin-closing|nazarbayev-speech)\/|documents\/)?$/.test(p),
  ),
  // The parallel view, in each frame.
  ...built.filter((p) => /^(?:\/en)?\/speeches\/putin-closing\/parallel\/$/.test(p)),
];

/** Tabs through the page and returns every focused element that lies (partly) outside the viewport. */
async function focusOutside(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const outside: string[] = [];
  let first: string | undefined;
  for (let i = 0; i < 600; i++) {
    // Tab held down, as a reader holding the key: each repeat moves focus on, one message each.
    await page.keyboard.down('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return undefined;
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} «${(el.textContent ?? '').trim().slice(0, 30)}» ${el.getAttribute('href') ?? ''}`;
      const inside =
        r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
      return {
        name: `${name} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
        key: name,
        inside,
      };
    });
    if (!focused || focused.key === first) break;
    first ??= focused.key;
    if (!focused.inside) outside.push(focused.name);
  }
  await page.keyboard.up('Tab');
  return outside;
}

for (const path of PAGE_TYPES) {
  test(`invariants: ${path}: no sideways scroll, focus on screen, no console errors`, async ({
    browser,
  }) => {
    test.slow();
    const context = await browser.newContext({
      viewport: { width: WIDTHS[0] ?? 320, height: 800 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      // The unknown address answers 404 on purpose; the browser logs that response.
      if (m.type() === 'error' && !(path === '/no-such-page/' && m.text().includes('404')))
        errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    if (path.includes('?q=туризм')) await expect(page.locator('.results li').first()).toBeVisible();
    if (path.includes('#'))
      await page.locator('share-tools[data-ready]').waitFor({ state: 'attached' });
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const { scrollWidth, viewport } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      if (scrollWidth > viewport)
        problems.push(`${width}px: scrolls sideways by ${scrollWidth - viewport}px`);
      const cut = await page.evaluate(() => {
        // The header box's placeholder, measured in the box's own font, fits its text area.
        const input = document.querySelector<HTMLInputElement>('#site-search');
        const ctx = document.createElement('canvas').getContext('2d');
        // The English pages have no search of their own yet.
        if (!input && document.documentElement.lang === 'en') return '';
        if (!input || !ctx) return 'no header search box';
        const cs = getComputedStyle(input);
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const room =
          input.clientWidth -
          Number.parseFloat(cs.paddingLeft) -
          Number.parseFloat(cs.paddingRight);
        const need = ctx.measureText(input.placeholder).width;
        return need > room
          ? `the placeholder needs ${Math.ceil(need)}px, has ${Math.floor(room)}px`
          : '';
      });
      if (cut) problems.push(`${width}px: ${cut}`);
      if (!WALK_WIDTHS.has(width)) continue;
      for (const el of await focusOutside(page))
        problems.push(`${width}px: focused outside the viewport: ${el}`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

for (const path of ['/search/?q=человеческий капитал', speechTypes[0] ?? '/', '/']) {
  test(`Shift+Tab from the end of ${path} at 1280 px: nothing focused hides under the sticky header`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    if (path.includes('?q=')) await expect(page.locator('.results li').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const under: string[] = [];
    let focused = 0;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Shift+Tab');
      const hidden = await page.evaluate(() => {
        const el = document.activeElement;
        const header = document.querySelector('.site-header');
        // The header's own controls and the skip link (drawn over the header on purpose) are not hidden by it.
        if (!el || el === document.body || !header || el.closest('.site-header, .skip-link'))
          return null;
        const top = el.getBoundingClientRect().top;
        return top < header.getBoundingClientRect().bottom
          ? `${el.tagName.toLowerCase()} «${(el.textContent ?? '').trim().slice(0, 30)}» at ${Math.round(top)}`
          : '';
      });
      if (hidden === null) continue;
      focused++;
      if (hidden) under.push(hidden);
    }
    expect(focused).toBeGreaterThan(5);
    expect(under).toEqual([]);
  });
}
