/** The security headers: strict CSP in every page and in _headers, the same policy in both. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { readPage } from './built.ts';
import { pages } from './pages.ts';

const headers = readFileSync(join(DIST, '_headers'), 'utf8');
/** The site's whole policy: the partials' (every path gets only what a page's <meta> cannot say). */
const policies = [...headers.matchAll(/Content-Security-Policy: (.*)/g)].map((m) => m[1] ?? '');
const csp = [...policies].sort((a, b) => b.length - a.length)[0] ?? '';
const directive = (name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('Content-Security-Policy', () => {
  it('in _headers, is only frame-ancestors for every path, and the whole policy for the partials', () => {
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'none';$/m);
    expect(new Set(policies)).toEqual(new Set(["frame-ancestors 'none';", csp]));
  });

  it('is strict for scripts: no unsafe-inline, no unsafe-eval; only what Pagefind needs', () => {
    expect(directive('script-src')).toMatch(
      /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*$/,
    );
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    // Pagefind runs on the main thread (noWorker): no worker is allowed.
    expect(directive('worker-src')).toBe('');
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
  });

  it.each(pages)('$path has a <meta> policy that the header policy covers', ({ path }) => {
    const meta =
      readPage(path)
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute('content') ?? '';
    const directives = meta
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    // default-src, base-uri, form-action, object-src, script-src, style-src.
    expect(directives.length).toBeGreaterThanOrEqual(6);
    for (const d of directives) {
      const [name = '', ...sources] = d.split(/\s+/);
      const allowed = directive(name).split(/\s+/).slice(1);
      expect(allowed, `${path}: ${name}`).toEqual(expect.arrayContaining(sources));
      expect(
        allowed.filter((s) => !s.startsWith("'sha")),
        `${path}: ${name}`,
      ).toEqual(sources.filter((s) => !s.startsWith("'sha")));
    }
  });

  it.each(pages)(
    '$path: its policy allows exactly its own inline styles and scripts (nothing blocked, no spare hashes)',
    ({ file }) => {
      const html = readFileSync(file, 'utf8');
      const meta =
        /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const hashes = (name: string) =>
        (meta.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '')
          .split(/\s+/)
          .filter((s) => s.startsWith("'sha256-"))
          .sort();
      const sha = (text: string) =>
        `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      const inline = (re: RegExp) =>
        [...new Set([...html.matchAll(re)].map((m) => sha(m[1] ?? '')))].sort();
      expect(hashes('style-src')).toEqual(inline(/<style[^>]*>([\s\S]*?)<\/style>/g));
      expect(hashes('script-src')).toEqual(
        inline(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
      );
    },
  );

  it('comes with Referrer-Policy and nosniff', () => {
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });

  it('no page has inline event handlers; the inline scripts are the faces’ and a search page’s early one', () => {
    for (const { path } of pages) {
      const html = readPage(path).toString();
      expect(html, path).not.toMatch(/\son[a-z]+=/i);
      const inline = html.match(
        /<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>\s*\S/g,
      );
      // src/components/Fonts.astro: a reader who has had the faces gets them before the first paint;
      // src/search/early-script.ts: a shared ?q= shows its query before the modules run. Their hashes are in the policy (above).
      expect(inline?.length ?? 0, path).toBe(['/search/', '/en/search/'].includes(path) ? 2 : 1);
    }
  });
});
