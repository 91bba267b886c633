/**
 * After the build: narrows each page's CSP to the inline scripts and styles it has, then
 * writes the host configurations from one set of rules (`host-config.ts`): `_headers` and
 * `.nojekyll` into the site, and beside it, in `<outDir>-host/`, `nginx.conf`, `Caddyfile`
 * and `rules.json` (read by `npm start`'s server). So every host sends the
 * Content-Security-Policy that Astro put in each page's <meta>, plus the headers a <meta>
 * cannot carry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtHtml, builtPages, isPage } from './built-pages.ts';
import { caddyfile } from './caddy-config.ts';
import { headersFile, hostDir, hostRules } from './host-config.ts';
import { nginxServer } from './nginx-config.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
/** The policy `<meta>` first in `<head>` (after the charset): nothing is parsed before it applies. */
const META_FIRST = /<head>(?:<meta charset="utf-8">)?<meta http-equiv="content-security-policy" /i;

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

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Hashes of a page's inline executable scripts (JSON-LD data blocks are not executed, so not counted). */
function inlineScriptHashes(html: string): Set<string> {
  return new Set(
    [
      ...html.matchAll(
        /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ].map((m) => sha256(m[1] ?? '')),
  );
}

/** Hashes of a page's inline `<style>` elements. */
function inlineStyleHashes(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1] ?? '')),
  );
}

/** Keeps in one directive only the hashes in `keep`; other sources stay. */
function pruneDirective(policy: string, name: string, keep: Set<string>): string {
  return policy.replace(
    new RegExp(`${name} ([^;]*)`),
    (_, sources: string) =>
      `${name} ${sources
        .split(/\s+/)
        .filter((src) => !src.startsWith("'sha") || keep.has(src))
        .join(' ')}`,
  );
}

/**
 * Astro's `security.csp` has no per-page hashes: every page's policy allows
 * the hashes of every script Astro might inline anywhere (the five client
 * directive loaders, island runtimes, each bundled module) and of every page's
 * inline stylesheet. Keep in `script-src` and `style-src` only the hashes of
 * the scripts and styles this page really has inline: a narrower policy, and
 * fewer bytes in the first round trip.
 */
export function pruneHashes(html: string): string {
  return html.replace(META_CSP, (meta, policy: string) =>
    meta.replace(
      policy,
      pruneDirective(
        pruneDirective(policy, 'script-src', inlineScriptHashes(html)),
        'style-src',
        inlineStyleHashes(html),
      ),
    ),
  );
}

export default function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = builtPages(root).map((f) => {
          const html = pruneHashes(readFileSync(f, 'utf8'));
          // Hosts send a page only what its <meta> cannot say (`pageHeaders`): it must come first.
          if (!META_FIRST.test(html))
            throw new Error(`${f}: the policy <meta> is not first in <head>`);
          writeFileSync(f, html);
          return html;
        });
        const partials = builtHtml(root).filter(
          (f) => !isPage(readFileSync(join(root, f), 'utf8')),
        );
        const rules = hostRules(sitePolicy(pages), base, partials);
        writeFileSync(join(root, '_headers'), headersFile(rules));
        // GitHub Pages runs Jekyll on a branch deploy unless told not to, and Jekyll drops `_astro/`.
        writeFileSync(join(root, '.nojekyll'), '');
        const host = hostDir(root);
        mkdirSync(host, { recursive: true });
        writeFileSync(join(host, 'rules.json'), `${JSON.stringify(rules, null, 2)}\n`);
        writeFileSync(join(host, 'nginx.conf'), nginxServer(rules));
        writeFileSync(join(host, 'Caddyfile'), caddyfile(rules));
        logger.info(
          `_headers, .nojekyll and ${host}/{rules.json,nginx.conf,Caddyfile} written for ${pages.length} pages`,
        );
      },
    },
  };
}
