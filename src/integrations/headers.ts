/**
 * Writes `_headers` (Netlify / Cloudflare Pages format) after the build, so
 * hosts that send headers send the same Content-Security-Policy that Astro put
 * in each page's <meta>, plus the headers a <meta> cannot carry.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/** Every page's CSP, which must be one and the same: a header file cannot vary by page. */
export function sitePolicy(pages: string[]): string {
  const policies = new Set(pages.map((html) => META_CSP.exec(html)?.[1]).filter((p): p is string => Boolean(p)));
  if (policies.size !== 1) throw new Error(`expected one Content-Security-Policy across pages, found ${policies.size}`);
  const [policy] = policies;
  return (policy ?? '').replace(/\s*;\s*/g, '; ').trim();
}

export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy} frame-ancestors 'none';`,
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: interest-cohort=(), camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}

export default function headers(): AstroIntegration {
  return {
    name: 'site-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => readFileSync(join(root, f), 'utf8'));
        writeFileSync(join(root, '_headers'), headersFile(sitePolicy(pages)));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
