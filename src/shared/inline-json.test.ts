import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { inlineJson } from './inline-json.ts';

describe('inlineJson', () => {
  const hostile = { name: 'Форум </script><script>alert(1)</script> <!-- & \u2028\u2029 «»', n: 1 };

  it('escapes <, >, &, U+2028 and U+2029 and nothing else', () => {
    const json = inlineJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('«»');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('keeps `</script>` in a title inside its script element', () => {
    const html = `<head><script type="application/ld+json">${inlineJson(hostile)}</script></head>`;
    const scripts = parse(html).querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(hostile);
    // What JSON.stringify alone would do: the title ends the element and a second script starts.
    expect(
      parse(
        `<head><script type="application/ld+json">${JSON.stringify(hostile)}</script></head>`,
      ).querySelectorAll('script').length,
    ).toBeGreaterThan(1);
  });
});
