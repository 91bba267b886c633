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

/**
 * One policy for the whole site: each directive allows the union of what the
 * pages' policies allow (pages differ only in the hashes of their inline CSS).
 */
export function sitePolicy(pages: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const html of pages) {
    const policy = META_CSP.exec(html)?.[1];
    if (!policy) throw new Error('a page has no Content-Security-Policy <meta>');
    for (const directive of policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)) {
      const [name = '', ...sources] = directive.split(/\s+/);
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => `${name} ${[...sources].join(' ')};`).join(' ');
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
