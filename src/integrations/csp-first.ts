/**
 * After the build: moves each page's Content-Security-Policy `<meta>` to right after
 * `<meta charset>`. Astro writes it with the rest of the head content, before `</head>`; a policy
 * in a `<meta>` applies only to what the parser meets after it, so anything earlier in the head
 * (the JSON-LD block, a title) would be outside it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from './built-pages.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET = /<meta charset="utf-8">/i;

/** The page with its CSP `<meta>` first after the charset; unchanged when it has none. */
export function cspFirst(html: string): string {
  const meta = CSP_META.exec(html)?.[0];
  const charset = CHARSET.exec(html);
  if (!meta || !charset) return html;
  const without = html.replace(meta, '');
  const at = (CHARSET.exec(without)?.index ?? 0) + charset[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}

export default function cspFirstIntegration(): AstroIntegration {
  return {
    name: 'csp-first',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of builtPages(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const moved = cspFirst(html);
          if (moved !== html) writeFileSync(file, moved);
        }
      },
    },
  };
}
