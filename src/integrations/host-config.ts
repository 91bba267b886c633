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

/** Where nginx's error pages live (internal locations: not an address anyone can ask for). */
const ERROR_URI = '/.errors/';

const nginxHeaders = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers).map(([k, v]) => `${indent}add_header ${k} "${v}" always;`);

/**
 * An nginx `server` block, with a `map` before it (include the file in the http block). `root`
 * is the folder that holds the site (with a base path: the folder that holds its
 * `forum-2017/`). The `.br` and `.gz` files beside each text file are sent as they are
 * (`brotli_static` needs Debian's libnginx-mod-http-brotli-static). nginx repeats no
 * `add_header` of an outer block in a location that has its own, so every location lists all
 * the headers; its own errors (a malformed request, a method, a size) go to named locations that
 * send the server's short page with them.
 */
export function nginxServer(
  rules: HostRules,
  { root = '/var/www/html', listen = '80' } = {},
): string {
  const base = rules.base;
  const location = (
    path: string,
    cache: string,
    extra: string[] = [],
    headers: Record<string, string> = {},
  ) => [
    `  location ${path} {`,
    ...extra,
    ...nginxHeaders({ ...rules.headers, ...headers, 'Cache-Control': cache }, '    '),
    '  }',
  ];
  // Not 416: nginx makes it inside the location, which has added the headers and Content-Range.
  const errors = [400, 405, 413, 414, 431, 500, 503];
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
    // A symlink in the site may point anywhere. nginx checks every part of the path, so `root`
    // must name the real folder (and the brotli module ignores `from=`).
    '  disable_symlinks on;',
    // A shared /search/?q= of a few thousand Cyrillic letters is a long request line.
    '  large_client_header_buffers 4 32k;',
    // A static site takes no data (`npm start`'s server and Caddy refuse the same bodies).
    '  client_max_body_size 999999;',
    // A page not changed since the date the browser has is a 304, as on the other hosts.
    '  if_modified_since before;',
    '  charset utf-8;',
    '  charset_types text/css text/plain text/xml text/markdown application/javascript application/json application/xml image/svg+xml;',
    // Types add up: the usual table plus Markdown (the download /record.md).
    '  include mime.types;',
    '  types { text/markdown md; }',
    '  default_type application/octet-stream;',
    '  brotli_static on;',
    '  gzip_static on;',
    '  gzip_vary on;',
    // A folder without index.html, or a symlink, is "forbidden" to nginx; to a reader it is not there.
    `  error_page 403 404 =404 ${base}404.html;`,
    // Its own errors get the server's short page. Not through named locations: a request whose
    // URI did not parse cannot go to one. nginx names a request header too large 494 (sent as
    // 400); it is a 431.
    ...errors.map(
      (status) => `  error_page ${status === 431 ? '494 =431' : status} ${ERROR_URI}${status};`,
    ),
    ...location(base, rules.cache.revalidate),
    ...rules.immutable.flatMap((folder) => location(`${base}${folder}`, rules.cache.immutable)),
    // Dot files (`.nojekyll`) are for hosts, not readers.
    ...location('~ /\\.', rules.cache.revalidate, ['    return 404;']),
    // A page carries its policy in its first <meta>: the header adds what a <meta> cannot say.
    ...location('~ \\.html$', rules.cache.revalidate, [], rules.pageHeaders),
    ...rules.partials.flatMap((file) => location(`= ${base}${file}`, rules.cache.revalidate)),
    ...(base === '/' ? [] : location('/', rules.cache.revalidate, ['    return 404;'])),
    ...errors.flatMap((status) =>
      location(
        `= ${ERROR_URI}${status}`,
        rules.cache.revalidate,
        [
          '    internal;',
          '    default_type text/html;',
          `    return ${status} "${errorPage(status)}";`,
        ],
        status === 405 ? { Allow: 'GET, HEAD' } : {},
      ),
    ),
    '}',
  ].join('\n')}\n`;
}

const caddyQuote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/**
 * A Caddyfile site block (Caddy 2.6+): precompressed files, the headers, the 404 page, and what
 * Caddy would otherwise do differently from the other hosts: a folder without its slash keeps its
 * query when redirected; a name too long for the file system is not found rather than a 500; an
 * error other than 404 gets the short page. Caddy drops the headers of a response that turns into
 * an error, so the error routes set them again. Caddy has no switch against following symlinks:
 * the build refuses a site that holds one (scripts/precompress.ts).
 */
export function caddyfile(
  rules: HostRules,
  { root = '/var/www/html', address = ':80' } = {},
): string {
  const hashed = rules.immutable.map((folder) => `${rules.base}${folder}*`).join(' ');
  // Pages: folders' index.html and any .html file, but the partials (asked for as their folder).
  const partials = rules.partials.flatMap((file) => [
    `${rules.base}${file}`,
    `${rules.base}${file.replace(/index\.html$/, '')}`,
  ]);
  const page = [
    '\t\tpath */ *.html',
    ...(partials.length ? [`\t\tnot path ${partials.join(' ')}`] : []),
  ];
  // What a page's header replaces is set apart, by matcher: Caddy runs a `header` without one last.
  const replaced = Object.keys(rules.pageHeaders);
  const headers = (indent: string, extra: Record<string, string> = {}) => [
    `${indent}header {`,
    ...Object.entries({ ...rules.headers, ...extra })
      .filter(([k]) => !replaced.includes(k))
      .map(([k, v]) => `${indent}\t${k} ${caddyQuote(v)}`),
    // Caddy names Accept-Encoding in Vary only when it sends a compressed file; caches need it on all.
    `${indent}\tVary Accept-Encoding`,
    `${indent}}`,
    // Apart: a header deleted makes its whole block wait until the response is written.
    `${indent}header -Server`,
  ];
  const pageOr = (indent: string, matcher: string, page: boolean) =>
    replaced.map(
      (k) =>
        `${indent}header ${matcher} ${k} ${caddyQuote((page ? rules.pageHeaders : rules.headers)[k] ?? '')}`,
    );
  // Dot files (`.nojekyll`) are for hosts, not readers.
  const files = (indent: string) => [
    `${indent}file_server {`,
    `${indent}\tprecompressed br gzip`,
    `${indent}\thide .*`,
    `${indent}}`,
  ];
  const folder = (name: string, extra: string[]) => [
    `\t@${name} {`,
    '\t\tmethod GET HEAD',
    '\t\tnot path */',
    '\t\tfile {path}/index.html',
    ...extra.map((line) => `\t\t${line}`),
    '\t}',
  ];
  return `${[
    '# Generated at build from src/integrations/host-config.ts.',
    `${address} {`,
    `\troot * ${root}`,
    // A NUL in a path would be a 500 from the file system; writing methods mean nothing here.
    '\t@invalid path_regexp \\x00',
    '\terror @invalid 404',
    // A path segment over 255 bytes (each %XX or plain character is one) is ENAMETOOLONG: a 500.
    '\t@long expression `{uri}.matches("^[^?]*/(?:%[0-9A-Fa-f]{2}|[^/?%]){256}")`',
    '\terror @long 404',
    // A static site takes no data: a body of 1,000,000 bytes or more is refused unread.
    '\t@large header_regexp Content-Length ^0*[1-9][0-9]{6,}$',
    '\terror @large 413',
    '\t@write not method GET HEAD',
    '\terror @write 405',
    // A folder without its slash, to the address with it and the same query (Caddy's own drops it).
    ...folder('folderQuery', ['expression `{query} != ""`']),
    '\tredir @folderQuery {path}/?{query} 301',
    ...folder('folder', []),
    '\tredir @folder {path}/ 301',
    ...headers('\t'),
    `\t@hashed path ${hashed}`,
    `\theader @hashed Cache-Control ${caddyQuote(rules.cache.immutable)}`,
    `\t@other not path ${hashed}`,
    `\theader @other Cache-Control ${caddyQuote(rules.cache.revalidate)}`,
    // A page carries its policy in its first <meta>: the header adds what a <meta> cannot say.
    '\t@page {',
    ...page,
    '\t}',
    '\t@notPage not {',
    ...page,
    '\t}',
    ...pageOr('\t', '@page', true),
    ...pageOr('\t', '@notPage', false),
    ...files('\t'),
    '\thandle_errors {',
    ...headers('\t\t', { 'Cache-Control': rules.cache.revalidate }),
    '\t\t@notFound expression `{err.status_code} == 404`',
    '\t\thandle @notFound {',
    `\t\t\trewrite * ${rules.base}404.html`,
    ...pageOr('\t\t\t', '*', true),
    ...files('\t\t\t'),
    '\t\t}',
    '\t\thandle {',
    ...pageOr('\t\t\t', '*', false),
    '\t\t\theader Content-Type "text/html; charset=utf-8"',
    '\t\t\t@e405Allow expression `{err.status_code} == 405`',
    '\t\t\theader @e405Allow Allow "GET, HEAD"',
    ...Object.keys(ERRORS)
      .filter((status) => status !== '404')
      .flatMap((status) => [
        `\t\t\t@e${status} expression \`{err.status_code} == ${status}\``,
        `\t\t\trespond @e${status} "${errorPage(Number(status))}" ${status}`,
      ]),
    '\t\t\trespond "<!doctype html><title>{err.status_code} {err.status_text}</title><h1>{err.status_code} {err.status_text}</h1>" {err.status_code}',
    '\t\t}',
    '\t}',
    '}',
  ].join('\n')}\n`;
}
