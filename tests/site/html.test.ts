/** Every built page is valid HTML (html-validate, recommended rules, no errors). */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { pages } from './pages.ts';

const validator = new HtmlValidate();

describe('valid HTML', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)('$path', async ({ file }) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
