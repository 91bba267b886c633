import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneHashes, sitePolicy } from './headers.ts';
import { headersFile, hostRules } from './host-config.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (policy: string, body = '') =>
  `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;

describe('pruneHashes', () => {
  it('keeps only the hashes of inline scripts and styles the page has', () => {
    const used = 'console.log(1)';
    const css = 'p{color:red}';
    const html = page(
      `default-src 'self'; script-src 'self' ${sha(used)} ${sha('other')}; style-src 'self' ${sha('other-css')} ${sha(css)};`,
      `<style>${css}</style><script>${used}</script><script type="application/ld+json">{}</script>`,
    );
    const out = pruneHashes(html);
    expect(out).toContain(`script-src 'self' ${sha(used)};`);
    expect(out).toContain(`style-src 'self' ${sha(css)};`);
    expect(out).not.toContain(sha('other'));
    expect(out).not.toContain(sha('other-css'));
    expect(out).toContain("default-src 'self';");
  });

  it('does not allow a JSON-LD block as a script', () => {
    const json = '{"@type":"Thing"}';
    const out = pruneHashes(
      page(
        `script-src 'self' ${sha(json)};`,
        `<script type="application/ld+json">${json}</script>`,
      ),
    );
    expect(out).toContain("script-src 'self';");
  });
});

describe('sitePolicy', () => {
  it('unites the pages’ directives', () => {
    const policy = sitePolicy([
      page("default-src 'self'; style-src 'self' 'sha256-a';"),
      page("default-src 'self'; style-src 'self' 'sha256-b';"),
    ]);
    expect(policy).toBe("default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b';");
    expect(headersFile(hostRules(policy, '/', ['share-tools/index.html']))).toContain(
      "Content-Security-Policy: default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none';",
    );
  });

  it('refuses a page without a policy', () => {
    expect(() => sitePolicy(['<head></head>'])).toThrow(/no Content-Security-Policy/);
  });
});
