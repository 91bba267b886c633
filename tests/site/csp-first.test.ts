/**
 * A CSP in a <meta> covers only what comes after it: on every built page it is the first thing
 * in <head> after the charset, before the JSON-LD block, the title and any script or style.
 * Inline JSON is written with `<`, `>`, `&` escaped (src/shared/inline-json.ts), so text cannot end it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pages } from './pages.ts';

describe('the CSP <meta> comes first', () => {
  it.each(pages.map((p) => [p.path, p.file]))('%s', (_path, file) => {
    const head = parse(readFileSync(file, 'utf8')).querySelector('head');
    const [first, second] = head?.children ?? [];
    expect(first?.getAttribute('charset')).toBe('utf-8');
    expect(second?.tagName).toBe('META');
    expect(second?.getAttribute('http-equiv')).toBe('content-security-policy');
  });

  it.each(pages.map((p) => [p.path, p.file]))(
    '%s: inline JSON holds no raw <, > or &',
    (_path, file) => {
      const blocks = parse(readFileSync(file, 'utf8')).querySelectorAll(
        'script[type="application/ld+json"], script[type="application/json"]',
      );
      for (const block of blocks) {
        expect(block.rawText).not.toMatch(/[<>&\u2028\u2029]/);
        expect(() => JSON.parse(block.rawText)).not.toThrow();
      }
    },
  );
});
