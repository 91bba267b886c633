/**
 * The one description of how the built site is to be served — its headers and
 * its caching — and the host configurations written from it: `_headers`
 * (Netlify, Cloudflare Pages), an nginx `server` block and a Caddyfile. The
 * production server (`scripts/serve.ts`) reads the same rules as JSON.
 */

/** How a host serves the site: the same for every host. */
export interface HostRules {
  /** The path the site lives under, with slashes at both ends (`/` or `/forum-2017/`). */
  base: string;
  /** Headers on every response, errors included. */
  headers: Record<string, string>;
  /**
   * What replaces them on a page: each page carries its own policy (narrower than the site's)
   * in a `<meta>` first in its `<head>`, and a browser enforces both, so the header only adds
   * what a `<meta>` cannot carry. Fewer bytes in the first round trip, the same protection.
   */
  pageHeaders: Record<string, string>;
  /** HTML files (relative to `base`) that are not pages (no `<meta>` policy): they keep `headers`. */
  partials: string[];
  /** Folders (relative to `base`, ending in `/`) whose file names carry a content hash. */
  immutable: string[];
  /** Cache-Control for hashed files and for everything else. */
  cache: { immutable: string; revalidate: string };
}

/**
 * Folders of content-hashed files: Vite's assets, and Pagefind's fragments,
 * index chunks and filters (`ru_<hash>.pf_*`). `pagefind.js` and
 * `pagefind-entry.json` keep their names, so they are revalidated.
 */
const HASHED_FOLDERS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'];

const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  // Pages are revalidated at every use (ETag / Last-Modified make that a 304): a page kept
  // longer could lazily import a hashed chunk that the next deploy has removed. This is
  // also what Netlify and Cloudflare Pages send when no rule says otherwise.
  revalidate: 'public, max-age=0, must-revalidate',
};

/** What a page's `<meta>` policy cannot say (CSP 3 ignores frame-ancestors there). */
const FRAME_ANCESTORS = "frame-ancestors 'none';";

/**
 * The rules for a site whose pages, taken together, need `policy` (see `sitePolicy`), with the
 * HTML files that are not pages (`partials`).
 */
export function hostRules(policy: string, base = '/', partials: string[] = []): HostRules {
  return {
    base: normalizeBase(base),
    headers: {
      'Content-Security-Policy': `${policy} ${FRAME_ANCESTORS}`,
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
    },
    pageHeaders: { 'Content-Security-Policy': FRAME_ANCESTORS },
    partials,
    immutable: HASHED_FOLDERS,
    cache: CACHE,
  };
}

/** Where the host configurations of the site built into `dist` go: `dist-host/`, outside the site. */
export function hostDir(dist: string): string {
  return `${dist.replace(/[\\/]+$/, '')}-host`;
}

/** `forum-2017`, `/forum-2017`, `/forum-2017/` → `/forum-2017/`; empty → `/`. */
export function normalizeBase(base: string): string {
  const inner = base.split('/').filter(Boolean).join('/');
  return inner ? `/${inner}/` : '/';
}

/** The Cache-Control for a URL path (with the base), as every host config sends it. */
export function cacheControl(rules: HostRules, pathname: string): string {
  const hashed = rules.immutable.some((folder) => pathname.startsWith(rules.base + folder));
  return hashed ? rules.cache.immutable : rules.cache.revalidate;
}

/**
 * `_headers` for Netlify and Cloudflare Pages. Both join the values of a header set by two
 * matching rules, so Cache-Control appears only on the hashed folders; everything else gets
 * their default, which is `rules.cache.revalidate`. For the same reason the rule for every path
 * carries only the pages' CSP (what a page's `<meta>` cannot say): the site's whole policy there
 * would reach every page anyway, and would cost each script, style and font some 900 bytes of
 * headers where a policy does nothing. The partials, documents without a `<meta>` of their own,
 * get the whole policy by name.
 */
export function headersFile(rules: HostRules): string {
  const block = (path: string, headers: Record<string, string>) => [
    path,
    ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`),
  ];
  const policy = { 'Content-Security-Policy': rules.headers['Content-Security-Policy'] ?? '' };
  return `${[
    `# Generated at build from src/integrations/host-config.ts. Other files: ${rules.cache.revalidate} (the host's default).`,
    ...block(`${rules.base}*`, { ...rules.headers, ...rules.pageHeaders }),
    ...rules.partials.flatMap((file) =>
      block(`${rules.base}${file.replace(/(^|\/)index\.html$/, '$1')}`, policy),
    ),
    ...rules.immutable.flatMap((folder) =>
      block(`${rules.base}${folder}*`, { 'Cache-Control': rules.cache.immutable }),
    ),
  ].join('\n')}\n`;
}

/** The errors a host answers itself, each with a sentence saying what happened. */
export const ERRORS: Record<number, [string, string]> = {
  400: ['Bad Request', 'Запрос не понят: в адресе или заголовках ошибка.'],
  404: ['Not Found', 'Такой страницы нет.'],
  405: ['Method Not Allowed', 'Сайт только отдаёт страницы (GET и HEAD).'],
  408: ['Request Timeout', 'Запрос не пришёл целиком вовремя.'],
  413: ['Content Too Large', 'Сайт не принимает данных.'],
  414: ['URI Too Long', 'Адрес запроса слишком длинный.'],
  416: ['Range Not Satisfiable', 'Запрошенные байты лежат за концом файла.'],
  431: ['Request Header Fields Too Large', 'Заголовки запроса слишком велики.'],
  500: ['Internal Server Error', 'Ошибка сервера.'],
  503: ['Service Unavailable', 'Сервер перегружен; попробуйте через минуту.'],
};

/**
 * The short page of an error (the missing page has the site's own 404 page instead). No quotes,
 * braces or `$`, so that nginx and Caddy take it as it is in a quoted string.
 */
export function errorPage(status: number): string {
  const [text, why] = ERRORS[status] ?? (ERRORS[500] as [string, string]);
  const title = `${status} ${text}`;
  return `<!doctype html><html lang=ru><meta charset=utf-8><title>${title}</title><h1>${title}</h1><p>${why}`;
}
