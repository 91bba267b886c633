/** The Caddyfile site block written from the host rules (host-config.ts). */
import { ERRORS, errorPage, type HostRules } from './host-config.ts';

const caddyQuote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/**
 * A Caddyfile site block (Caddy 2.6+): precompressed files, the headers, the 404 page, and what
 * Caddy would otherwise do differently from the other hosts: a folder without its slash keeps its
 * query when redirected; a name too long for the file system is not found rather than a 500; an
 * error other than 404 gets the short page. Caddy drops the headers of a response that turns into
 * an error, so the error routes set them again. Caddy has no switch against following symlinks:
 * the build refuses a site that holds one (src/integrations/search-index.ts).
 * (long: one site block written top to bottom, as Caddy reads it)
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
