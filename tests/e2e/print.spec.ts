import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, type TestInfo, test } from '@playwright/test';

/**
 * Printing, read back from Chromium's own PDF (background graphics on, as a reader may print):
 * the text of each page by pdftotext, and each page as a PNG (pdftoppm) attached to the test, to
 * look at. The page's address is on every page, the chrome (navigation, buttons, downloads) is
 * not, every paragraph number stands in the margin clear of the text; on `/`, every page names
 * the speech whose paragraphs it holds, and the source block is not left alone on the last page.
 */
const dir = mkdtempSync(join(tmpdir(), 'print-'));
const PAGES = ['/', '/speeches/nazarbayev-speech/', '/p/nazarbayev-speech-28/', '/documents/'];

/** Text without spaces and line ends, as pdftotext's layout of runs makes them unreliable. */
const flat = (s: string) => s.replace(/\s+/g, '');

/** The page as Chromium prints it: the text of each sheet, and each sheet as a PNG attached. */
async function printed(page: Page, testInfo: TestInfo): Promise<string[]> {
  const name = new URL(page.url()).pathname.replace(/\W+/g, '_');
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  const out = testInfo.outputPath('pages');
  execFileSync('mkdir', ['-p', out]);
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, name)]);
  for (const png of readdirSync(out).sort())
    await testInfo.attach(png, { path: join(out, png), contentType: 'image/png' });
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** The address the page gives, as the site publishes it (the build's origin, not the test server's). */
async function ownAddress(page: Page, path: string, baseURL?: string): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  return new URL(path, new URL(canonical ?? baseURL ?? '')).href;
}

for (const path of PAGES) {
  test(`print ${path}: the address on every page, no chrome, ids clear of the words`, async ({
    page,
    baseURL,
  }, testInfo) => {
    test.slow();
    await page.goto(path);
    // The share tools go in after load; printing happens with them on the page.
    await page.waitForLoadState('networkidle');
    const ids = await page
      .locator('main p[id]')
      .evaluateAll((ps) =>
        ps.map((p) => ({ id: p.id, first: (p.textContent ?? '').trim().split(/\s/)[0] ?? '' })),
      );
    const sheets = await printed(page, testInfo);
    const text = sheets.join('\n');
    const own = await ownAddress(page, path, baseURL);
    sheets.forEach((sheet, i) => {
      const where = `page ${i + 1} of ${sheets.length}`;
      expect(flat(sheet), where).toContain(`Адресстраницы:${own}`);
      // More than a running head and the address: no sheet left blank.
      expect(sheet.split('\n').filter((line) => line.trim()).length, where).toBeGreaterThan(2);
    });

    // No chrome: header navigation, search, previous/next, buttons, download links.
    for (const chrome of [
      'Перейтиктексту',
      'Найти',
      'Следующее→',
      '←Предыдущее',
      'Скачатьзапись',
      'Отдельнаястраницавыступления',
      'Цитироватьзапись',
      'Читатьвзаписи',
      'цитировать',
    ]) {
      expect(flat(text), chrome).not.toContain(chrome);
    }
    if (path !== '/') expect(flat(text)).not.toContain('Содержание');

    // Every paragraph's number printed in the margin, a word of its own, never glued to the paragraph's first word
    // (pdftotext puts a space or a line between distant runs; the old print gave «nazarbayev-speech-28Эти»).
    for (const { id, first } of ids) {
      const n = id.split('-').at(-1);
      expect(text, id).toMatch(new RegExp(`(^|\\s)${n}(\\s|$)`));
      expect(text, id).not.toContain(`${n}${first}`);
    }
    expect(text).not.toMatch(/[a-z]-\d+[\p{L}«„(]/u);
  });
}

/** Text as matched on paper: no spaces, line ends or hyphens (a word broken at a line end). */
const bare = (s: string) => s.replace(/[\s\-\u00ad\u2010]+/g, '');

/** Prints the whole record at `path`: each sheet, and every speech's title with its paragraphs' openings. */
async function printWhole(page: Page, path: string, testInfo: TestInfo) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const speeches = await page.locator('main section.speech').evaluateAll((sections) =>
    sections.map((s) => ({
      // The Russian section is labelled by its title; the English one by its heading.
      title: s.getAttribute('aria-label') ?? s.querySelector('h2')?.textContent ?? '',
      starts: [...s.querySelectorAll('p[id]')].map((p) => p.textContent ?? ''),
    })),
  );
  const sheets = (await printed(page, testInfo)).map(bare);
  const startsOn = (sheet: string, text: string) => sheet.includes(bare(text).slice(0, 40));
  sheets.forEach((sheet, i) => {
    for (const { title, starts } of speeches) {
      // Paragraph 1, 2… of every speech: the sheet says whose (a running head, or the speech's heading).
      if (starts.some((p) => startsOn(sheet, p)))
        expect(sheet, `${path} page ${i + 1}: ${title}`).toContain(bare(title));
    }
  });
  return { sheets, startsOn, last: speeches.at(-1)?.starts.at(-1) ?? '' };
}

test('print /en/: every page names the speech it holds and gives its address, in English', async ({
  page,
  baseURL,
}, testInfo) => {
  test.slow();
  const { sheets } = await printWhole(page, '/en/', testInfo);
  const own = await ownAddress(page, '/en/', baseURL);
  sheets.forEach((sheet, i) => {
    expect(sheet, `page ${i + 1}`).toContain(bare(`Page address: ${own}`));
  });
});

test('print /: every page names the speech it holds; the source block keeps company', async ({
  page,
}, testInfo) => {
  test.slow();
  const { sheets, startsOn, last } = await printWhole(page, '/', testInfo);
  // «Источник» on the page of the record's last paragraph, never on a page of its own.
  const source = sheets.findIndex((sheet) => sheet.includes('Источник'));
  expect(source).toBeGreaterThan(0);
  expect(startsOn(sheets[source] ?? '', last) || startsOn(sheets[source - 1] ?? '', last)).toBe(
    true,
  );
  expect(sheets[source]?.split('Источник')[0]?.length).toBeGreaterThan(200);
});

test('print: the target paragraph prints as text, numbers readable, the footer a colophon', async ({
  page,
}) => {
  await page.goto('/speeches/putin-speech/#putin-speech-14');
  await page.emulateMedia({ media: 'print' });
  const style = await page.evaluate(() => {
    const css = (sel: string, pseudo?: string) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no ${sel}`);
      return getComputedStyle(el, pseudo);
    };
    const [target, number, footer] = [
      css('p[id]:target'),
      css('#putin-speech-14 .pilcrow'),
      css('.site-footer'),
    ];
    return {
      target: [target.backgroundColor, target.boxShadow],
      number: [parseFloat(number.fontSize), number.color],
      footer: [footer.textAlign, footer.borderTopStyle],
    };
  });
  // With background graphics on, no yellow box: the target is marked on screen, not on paper.
  expect(style.target).toEqual(['rgba(0, 0, 0, 0)', 'none']);
  // 9 pt (12 px) at least, and near black: paper greys print lighter than screens show them.
  const [size, color] = style.number as [number, string];
  expect(size).toBeGreaterThanOrEqual(12);
  const rgb = (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  expect(Math.max(...rgb), color).toBeLessThanOrEqual(0x40);
  // The record's colophon, not centred screen chrome under a rule.
  expect(style.footer).toEqual(['left', 'none']);
});
