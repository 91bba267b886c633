import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, pruneScriptHashes, sitePolicy } from './headers.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (policy: string, body = '') => `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;

describe('pruneScriptHashes', () => {
  it('keeps only the hashes of inline scripts the page has', () => {
    const used = 'console.log(1)';
    const html = page(
      `default-src 'self'; script-src 'self' ${sha(used)} ${sha('other')}; style-src 'self' ${sha('css')};`,
      `<script>${used}</script><script type="application/ld+json">{}</script>`,
    );
    const out = pruneScriptHashes(html);
    expect(out).toContain(`script-src 'self' ${sha(used)};`);
    expect(out).not.toContain(sha('other'));
    expect(out).toContain(`style-src 'self' ${sha('css')}`);
  });
});

describe('sitePolicy', () => {
  it('unites the pages’ directives', () => {
    const policy = sitePolicy([page("default-src 'self'; style-src 'self' 'sha256-a';"), page("default-src 'self'; style-src 'self' 'sha256-b';")]);
    expect(policy).toBe("default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b';");
    expect(headersFile(policy)).toContain("Content-Security-Policy: default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none';");
  });

  it('refuses a page without a policy', () => {
    expect(() => sitePolicy(['<head></head>'])).toThrow(/no Content-Security-Policy/);
  });
});
