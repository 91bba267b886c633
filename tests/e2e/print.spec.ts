import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Printing, read back from Chromium's own PDF as text (pdftotext): the page's
 * address is on paper, the chrome (navigation, buttons, downloads) is not, and
 * every paragraph id stands in the margin clear of the text.
 */
const dir = mkdtempSync(join(tmpdir(), 'print-'));
const PAGES = ['/', '/speeches/nazarbayev-speech/', '/p/nazarbayev-speech-28/', '/documents/'];

for (const path of PAGES) {
  test(`print ${path}: the address, no chrome, ids clear of the words`, async ({
    page,
    baseURL,
  }) => {
    test.slow();
    await page.goto(path);
    // The share tools go in after load; printing happens with them on the page.
    await page.waitForLoadState('networkidle');
    const ids = await page
      .locator('main p[id]')
      .evaluateAll((ps) =>
        ps.map((p) => ({ id: p.id, first: (p.textContent ?? '').trim().split(/\s/)[0] ?? '' })),
      );
    const pdf = join(dir, `${path.replace(/\W+/g, '_')}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');

    // The page's own address, as the site publishes it (the build's origin, not the test server's).
    const canonical = await page.locator('.print-url').textContent();
    const own = new URL(path, new URL(/https?:\/\/\S+/.exec(canonical ?? '')?.[0] ?? baseURL ?? ''))
      .href;
    expect(flat).toContain(`Адресстраницы:${own}`);

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
    ]) {
      expect(flat, chrome).not.toContain(chrome);
    }
    if (path !== '/') expect(flat).not.toContain('Содержание');

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
