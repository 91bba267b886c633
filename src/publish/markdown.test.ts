import { describe, expect, it } from 'vitest';
import { markdownText, markdownUrl } from './markdown.ts';

describe('markdownText', () => {
  it('leaves prose readable: only what can open syntax is escaped', () => {
    expect(markdownText('Уважаемые коллеги! 25-летие, 9 ноября 2017 г. (итог): да.')).toBe(
      'Уважаемые коллеги! 25-летие, 9 ноября 2017 г. (итог): да.',
    );
  });

  it('escapes markup, links, emphasis and autolinks', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(markdownText('[x](javascript:alert(1))')).toBe('\\[x\\](javascript\\:alert(1))');
    expect(markdownText('*a* _b_ `c` ~d~ a|b &amp; $x$ \\')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ a\\|b \\&amp; \\$x\\$ \\\\',
    );
    expect(markdownText('https://x.org www.x.org a@x.org')).toBe(
      'https\\://x.org www\\.x.org a\\@x.org',
    );
  });

  it('escapes what would open a block at the start, and keeps the edges and line breaks', () => {
    expect(markdownText('# h')).toBe('\\# h');
    expect(markdownText('- a')).toBe('\\- a');
    expect(markdownText('1. a')).toBe('1\\. a');
    expect(markdownText('2) a')).toBe('2\\) a');
    expect(markdownText(' a\u00a0')).toBe('&#32;a&#160;');
    expect(markdownText('a\nb')).toBe('a&#10;b');
  });
});

describe('markdownUrl', () => {
  it('links an http(s) address only, percent-encoding what could end the autolink', () => {
    expect(markdownUrl('http://kremlin.ru/events/president/news/56031')).toBe(
      '<http://kremlin.ru/events/president/news/56031>',
    );
    expect(markdownUrl('https://x.org/a b<c>')).toBe('<https://x.org/a%20b%3Cc%3E>');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript\\:alert(1)');
  });
});
