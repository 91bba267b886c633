import { describe, expect, it } from 'vitest';
import { cspFirst } from './csp-first.ts';

describe('cspFirst', () => {
  it('moves the CSP <meta> to right after the charset', () => {
    const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
    const html = `<html><head><meta charset="utf-8"><title>x</title><script type="application/ld+json">{}</script>${csp}<style>a{}</style></head></html>`;
    expect(cspFirst(html)).toBe(
      `<html><head><meta charset="utf-8">${csp}<title>x</title><script type="application/ld+json">{}</script><style>a{}</style></head></html>`,
    );
    expect(cspFirst(cspFirst(html))).toBe(cspFirst(html));
  });

  it('leaves a page without a CSP <meta> as it is', () => {
    expect(cspFirst('<head><meta charset="utf-8"></head>')).toBe(
      '<head><meta charset="utf-8"></head>',
    );
  });
});
