/**
 * The site as it is hosted: the same checks against `npm start`'s server and against real
 * nginx and Caddy running the configurations generated at build — headers, caching,
 * compression, the 404 page, folders, path traversal and odd paths.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { readRules } from '../../scripts/serve.ts';
import { TEXT } from '../../src/integrations/precompress.ts';
import { CADDY, decoded, get, NGINX, SERVER } from '../support/hosts.ts';

const rules = readRules(DIST);
const base = rules.base;
const IMMUTABLE = 'public, max-age=31536000, immutable';

const first = (dir: string, ext: string) =>
  readdirSync(join(DIST, dir)).find((f) => f.endsWith(ext)) ?? '';
const page404 = readFileSync(join(DIST, '404.html'));
const astroJs = `${base}_astro/${first('_astro', '.js')}`;
const fragment = `${base}pagefind/fragment/${first('pagefind/fragment', '.pf_fragment')}`;
const shareImage = `${base}p/${first('p', '.png')}`;
const PAGES = ['', 'speeches/putin-speech/', 'documents/', 'search/'].map((p) => base + p);
const FILES = ['record.txt', 'record.md', 'record.json', 'sitemap.xml', 'pagefind/pagefind.js'].map(
  (p) => base + p,
);

/** Paths that must not reach outside the site nor break the server. */
const ODD = [
  '/../package.json',
  `${base}../package.json`,
  `${base}..%2fpackage.json`,
  `${base}%2e%2e/package.json`,
  `${base}%2e%2e%2f%2e%2e%2fetc%2fpasswd`,
  `${base}_astro/..%2f..%2fpackage.json`,
  `${base}..%5cpackage.json`,
  `${base}%5c..%5c..%5cetc%5cpasswd`,
  `${base}%00`,
  `${base}index.html%00.txt`,
  `${base}%E0%A4%A`,
  `${base}%`,
  `${base}%2f`,
  `${base}speeches%2fputin-speech/`,
  `${base}speeches/putin-speech/%2f..%2f..%2f..%2fpackage.json`,
  `${base}${'a/'.repeat(300)}`,
  `${base}?q=%E0%A4%A`,
];

const hosts = [SERVER, CADDY, NGINX];

describe.each(hosts)('$name', ({ start }) => {
  let origin = '';
  let stop: () => unknown = () => {};
  beforeAll(async () => {
    ({ origin, stop } = await start(DIST));
  }, 30_000);
  afterAll(() => stop());

  it.each([...PAGES, ...FILES, astroJs])('%s: 200 with the site headers', async (path) => {
    const r = await get(origin, path, { 'accept-encoding': 'br' });
    expect(r.status).toBe(200);
    // A page's own <meta> carries its policy; its header adds what a <meta> cannot.
    const headers = { ...rules.headers, ...(PAGES.includes(path) ? rules.pageHeaders : {}) };
    for (const [name, value] of Object.entries(headers))
      expect(r.headers[name.toLowerCase()], name).toBe(value);
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('caches hashed assets for a year and revalidates everything else', async () => {
    for (const path of [astroJs, fragment])
      expect((await get(origin, path)).headers['cache-control'], path).toBe(IMMUTABLE);
    for (const path of [...PAGES, ...FILES, shareImage]) {
      const r = await get(origin, path);
      expect(r.headers['cache-control'], path).toMatch(/^public, max-age=0, must-revalidate$/);
      expect(r.headers.etag ?? r.headers['last-modified'], path).toBeTruthy();
    }
  });

  it('answers a revalidation of an unchanged page with 304', async () => {
    const { headers } = await get(origin, base);
    const again = await get(
      origin,
      base,
      headers.etag
        ? { 'if-none-match': String(headers.etag) }
        : { 'if-modified-since': String(headers['last-modified']) },
    );
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['identity', undefined],
  ])('Accept-Encoding %s: sent %s, the same bytes once decoded', async (accept, encoding) => {
    for (const path of [
      base,
      `${base}speeches/putin-speech/`,
      `${base}record.txt`,
      astroJs,
      `${base}pagefind/pagefind.js`,
    ]) {
      const r = await get(origin, path, { 'accept-encoding': accept });
      expect(r.headers['content-encoding'], path).toBe(encoding);
      expect(r.headers.vary, path).toMatch(/accept-encoding/i);
      const file = path.endsWith('/')
        ? join(DIST, path.slice(base.length), 'index.html')
        : join(DIST, path.slice(base.length));
      expect(decoded(r).equals(readFileSync(file)), path).toBe(true);
    }
  });

  it('sends text with its charset', async () => {
    expect((await get(origin, base)).headers['content-type']).toMatch(
      /^text\/html; ?charset=utf-8$/,
    );
    expect((await get(origin, `${base}record.txt`)).headers['content-type']).toMatch(
      /^text\/plain; ?charset=utf-8$/,
    );
    expect((await get(origin, `${base}record.md`)).headers['content-type']).toMatch(
      /^text\/markdown; ?charset=utf-8$/,
    );
  });

  it.each([
    `${base}no-such-page/`,
    `${base}speeches/nobody/`,
    `${base}no-such-file.js`,
    `${base}.nojekyll`,
    `${base}_astro/`,
    `${base}p/`,
  ])('%s: 404 with the 404 page and the site headers, no folder listing', async (path) => {
    const r = await get(origin, path, { 'accept-encoding': 'br, gzip' });
    expect(r.status).toBe(404);
    expect(decoded(r).equals(page404)).toBe(true);
    expect(r.headers['content-security-policy']).toBe(rules.pageHeaders['Content-Security-Policy']);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
  });

  it('sends a folder without its slash to the address with it, on this host', async () => {
    const r = await get(origin, `${base}speeches/putin-speech`);
    expect([301, 308]).toContain(r.status);
    expect(r.headers.location).toBe(`${base}speeches/putin-speech/`);
  });

  it.each(ODD)('%s: nothing outside the site, no error, no trace', async (path) => {
    const r = await get(origin, path);
    expect([200, 301, 400, 404]).toContain(r.status);
    const text = decoded(r).toString();
    expect(text).not.toContain('"devDependencies"');
    expect(text).not.toContain('root:');
    expect(text).not.toContain(DIST);
    expect(text).not.toMatch(/\bat .*\(.*:\d+:\d+\)|node:internal|Error:/);
    if (r.status === 404) expect(decoded(r).equals(page404)).toBe(true);
  });

  it('takes no POST', async () => {
    const r = await get(origin, base, {}, 'POST');
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
});

describe('the build output for hosts', () => {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  const text = files
    .filter((e) => TEXT.has(extname(e.name)))
    .map((e) => join(e.parentPath, e.name));

  it('has a .br and a .gz beside every text file that compresses, decoding to the file', () => {
    expect(text.length).toBeGreaterThan(100);
    let pairs = 0;
    for (const file of text) {
      const body = readFileSync(file);
      if (body.length < 200) continue;
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(body), file).toBe(true);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(body), file).toBe(true);
      pairs++;
    }
    expect(pairs).toBeGreaterThan(100);
    expect(text.some((f) => f.includes('/pagefind/'))).toBe(true);
  });

  it('has .nojekyll (GitHub Pages would drop _astro/) and _headers', () => {
    expect(existsSync(join(DIST, '.nojekyll'))).toBe(true);
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toContain(
      `${base}_astro/*\n  Cache-Control: ${IMMUTABLE}`,
    );
  });
});
