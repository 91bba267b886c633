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
  /** Headers on every response, the 404 page included. */
  headers: Record<string, string>;
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
export const HASHED_FOLDERS = [
  '_astro/',
  'pagefind/fragment/',
  'pagefind/index/',
  'pagefind/filter/',
];

export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  // Pages are revalidated at every use (ETag / Last-Modified make that a 304): a page kept
  // longer could lazily import a hashed chunk that the next deploy has removed. This is
  // also what Netlify and Cloudflare Pages send when no rule says otherwise.
  revalidate: 'public, max-age=0, must-revalidate',
};

/** The rules for a site whose pages, taken together, need `policy` (see `sitePolicy`). */
export function hostRules(policy: string, base = '/'): HostRules {
  return {
    base: normalizeBase(base),
    headers: {
      'Content-Security-Policy': `${policy} frame-ancestors 'none';`,
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
    },
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
 * their default, which is `rules.cache.revalidate`.
 */
export function headersFile(rules: HostRules): string {
  const block = (path: string, headers: Record<string, string>) => [
    path,
    ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`),
  ];
  return `${[
    `# Generated at build from src/integrations/host-config.ts. Other files: ${rules.cache.revalidate} (the host's default).`,
    ...block(`${rules.base}*`, rules.headers),
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

const nginxHeaders = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers).map(([k, v]) => `${indent}add_header ${k} "${v}" always;`);

/**
 * An nginx `server` block. `root` is the folder that holds the site (with a base path: the
 * folder that holds its `forum-2017/`). The `.br` and `.gz` files beside each text file are
 * sent as they are (`brotli_static` needs Debian's libnginx-mod-http-brotli-static).
 * nginx repeats no `add_header` of an outer block in a location that has its own, so every
 * location lists all the headers.
 */
export function nginxServer(
  rules: HostRules,
  { root = '/var/www/html', listen = '80' } = {},
): string {
  const base = rules.base;
  const location = (path: string, cache: string, extra: string[] = []) => [
    `  location ${path} {`,
    ...extra,
    ...nginxHeaders({ ...rules.headers, 'Cache-Control': cache }, '    '),
    '  }',
  ];
  return `${[
    '# Generated at build from src/integrations/host-config.ts: include it in the http block.',
    'server {',
    `  listen ${listen};`,
    '  server_name _;',
    `  root ${root};`,
    '  index index.html;',
    '  autoindex off;',
    '  server_tokens off;',
    '  absolute_redirect off;',
    '  charset utf-8;',
    '  charset_types text/css text/plain text/xml text/markdown application/javascript application/json application/xml image/svg+xml;',
    // Types add up: the usual table plus Markdown (the download /record.md).
    '  include mime.types;',
    '  types { text/markdown md; }',
    '  default_type application/octet-stream;',
    '  brotli_static on;',
    '  gzip_static on;',
    '  gzip_vary on;',
    // A folder without index.html is "forbidden" to nginx; to a reader it is simply not there.
    `  error_page 403 404 =404 ${base}404.html;`,
    ...location(base, rules.cache.revalidate),
    ...rules.immutable.flatMap((folder) => location(`${base}${folder}`, rules.cache.immutable)),
    // Dot files (`.nojekyll`) are for hosts, not readers.
    ...location('~ /\\.', rules.cache.revalidate, ['    return 404;']),
    ...(base === '/' ? [] : location('/', rules.cache.revalidate, ['    return 404;'])),
    '}',
  ].join('\n')}\n`;
}

const caddyQuote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/**
 * A Caddyfile site block (Caddy 2.6+): precompressed files, the headers, the 404 page. Caddy
 * drops the headers of a response that turns into an error, so the error route sets them again.
 */
export function caddyfile(
  rules: HostRules,
  { root = '/var/www/html', address = ':80' } = {},
): string {
  const hashed = rules.immutable.map((folder) => `${rules.base}${folder}*`).join(' ');
  const headers = (indent: string, extra: Record<string, string> = {}) => [
    `${indent}header {`,
    ...Object.entries({ ...rules.headers, ...extra }).map(
      ([k, v]) => `${indent}\t${k} ${caddyQuote(v)}`,
    ),
    // Caddy names Accept-Encoding in Vary only when it sends a compressed file; caches need it on all.
    `${indent}\tVary Accept-Encoding`,
    `${indent}\t-Server`,
    `${indent}}`,
  ];
  // Dot files (`.nojekyll`) are for hosts, not readers.
  const files = (indent: string) => [
    `${indent}file_server {`,
    `${indent}\tprecompressed br gzip`,
    `${indent}\thide .*`,
    `${indent}}`,
  ];
  return `${[
    '# Generated at build from src/integrations/host-config.ts.',
    `${address} {`,
    `\troot * ${root}`,
    // A NUL in a path would be a 500 from the file system; writing methods mean nothing here.
    '\t@invalid path_regexp \\x00',
    '\terror @invalid 404',
    '\t@write not method GET HEAD',
    '\terror @write 405',
    ...headers('\t'),
    `\t@hashed path ${hashed}`,
    `\theader @hashed Cache-Control ${caddyQuote(rules.cache.immutable)}`,
    `\t@other not path ${hashed}`,
    `\theader @other Cache-Control ${caddyQuote(rules.cache.revalidate)}`,
    ...files('\t'),
    '\thandle_errors {',
    `\t\trewrite * ${rules.base}404.html`,
    ...headers('\t\t', { 'Cache-Control': rules.cache.revalidate }),
    ...files('\t\t'),
    '\t}',
    '}',
  ].join('\n')}\n`;
}
