/** Every built page is valid HTML (html-validate with .htmlvalidate.json, no errors), in its language. */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { readPage } from './built.ts';
import { pages } from './pages.ts';

// The configuration is passed in: the built site may live outside the repository (ASTRO_OUT_DIR), where no config file would be found.
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));

describe('valid HTML', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)('$path', async ({ file, path }) => {
    const report = await validator.validateFile(file);
    const page = readPage(path);
    // On `/` the ¶ links are named in the browser from their section's `data-of`
    // (paragraph-names.ts; e2e/share.spec.ts checks the names): only those may lack one here.
    const namedInBrowser = (selector: string) => {
      const a = page.querySelector(selector);
      return !!a?.classList.contains('pilcrow') && !!a.closest('[data-of]');
    };
    const messages = report.results.flatMap((r) =>
      r.messages
        .filter((m) => !(m.ruleId === 'wcag/h30' && namedInBrowser(m.selector ?? '')))
        .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
    // The page's language: the translation's pages are English, every other page Russian.
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(
      path.startsWith('/en/') ? 'en' : 'ru',
    );
  });
});
