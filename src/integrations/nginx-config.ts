/** The nginx `server` block written from the host rules (host-config.ts). */
import { errorPage, type HostRules } from './host-config.ts';

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
 * (long: one server block written top to bottom, as nginx reads it)
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
