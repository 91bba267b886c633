// @ts-check

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import cspFirst from './src/integrations/csp-first.ts';
import headers from './src/integrations/headers.ts';
import { normalizeBase } from './src/integrations/host-config.ts';
import idGuard from './src/integrations/id-guard.ts';
import limitsGuard from './src/integrations/limits-guard.ts';
import searchIndex from './src/integrations/search-index.ts';
import { wholeScript } from './src/integrations/site-chunk.ts';
import siteUrl from './src/integrations/site-url.ts';
import swap, { stagingDir } from './src/integrations/swap.ts';
import rehypeParagraphIds from './src/record/rehype-paragraph-ids.ts';

/** Where the site goes; `astro build` writes beside it and swaps the finished site in (swap.ts). */
const out = process.env.ASTRO_OUT_DIR ?? './dist';
const building = process.argv.includes('build');

/** The public origin, written into every absolute URL. Set SITE_URL: a build without it warns. */
const site = process.env.SITE_URL ?? 'https://forum-2017.example.org';

export default defineConfig({
  site,
  /** The path the site lives under, e.g. `/forum-2017/` for a GitHub Pages project site. */
  base: normalizeBase(process.env.BASE_PATH ?? '/'),
  // Separate output and cache folders let several builds run side by side (tests, benchmarks).
  outDir: building ? stagingDir(out) : out,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // The source already has «», – and …; smartypants would rewrite them. The record is plain
    // text (src/record/mdx.ts): GFM would make its bare URLs links and `~x~` strikethrough.
    processor: unified({ smartypants: false, gfm: false, rehypePlugins: [rehypeParagraphIds] }),
  },
  // The guards first: a record past its limits or its published ids stops before anything is
  // built. searchIndex after the hooks that rewrite pages (Pagefind, texts.json and
  // precompression read them as finally written); swap last.
  integrations: [
    siteUrl(process.env.SITE_URL, site),
    limitsGuard(),
    idGuard(),
    mdx(),
    cspFirst(),
    headers(),
    searchIndex(),
    swap(out),
  ],
  vite: {
    esbuild: { legalComments: 'none' },
    environments: {
      // A page's scripts by their component's name: `SpeakerFilter.<hash>.js`, not Astro's
      // `SpeakerFilter.astro_astro_type_script_index_0_lang.<hash>.js` (24 B brotli on `/`).
      client: {
        build: {
          rolldownOptions: {
            output: {
              entryFileNames: (chunk: { name: string }) =>
                `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js`,
              // Every page's script in one file (src/components/SiteScript.astro).
              codeSplitting: {
                groups: [
                  wholeScript(
                    'SiteScript',
                    new URL('./src/shared/client/site.ts', import.meta.url),
                  ),
                ],
              },
            },
          },
        },
      },
    },
    // Scripts are never inlined, however small: they would weigh on the first round trip of
    // `/` (budget) and need per-page CSP hashes. Other assets keep Vite's default limit.
    build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) },
  },
  security: {
    csp: {
      directives: [
        // Fonts, fetches and all else not named below: this origin only.
        "default-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      // Pagefind compiles its WebAssembly search engine.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
