/**
 * Every probe of issue 20 against `npm start`'s server (in a process of its own) and against
 * nginx and Caddy running the generated configurations: ranges, conditional requests,
 * Accept-Encoding with q-values, odd addresses, traversal, requests too large or malformed.
 * Each answer is checked for its status and the security headers, and after each probe the
 * host must still answer.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { startServerProcess } from '../../scripts/lib/server-process.ts';
import { readRules } from '../../scripts/serve.ts';
import { CADDY, decoded, get, NGINX, type Reply, raw } from '../support/hosts.ts';

const rules = readRules(DIST);
const base = rules.base;
const TXT = `${base}record.txt`;
const text = readFileSync(join(DIST, 'record.txt'));
const page404 = readFileSync(join(DIST, '404.html'));
const lastModified = statSync(join(DIST, 'record.txt')).mtime.toUTCString();

type Name = 'server' | 'nginx' | 'caddy';
interface Running {
  origin: string;
  stop: () => unknown;
  /** The process runs (the server's own; nginx and Caddy are judged by their answers). */
  alive: () => boolean;
}

const HOSTS: [Name, () => Promise<Running>][] = [
  [
    'server',
    async () => {
      const server = await startServerProcess(DIST);
      return { origin: server.origin, stop: server.stop, alive: server.alive };
    },
  ],
  ['nginx', async () => ({ ...(await NGINX.start(DIST)), alive: () => true })],
  ['caddy', async () => ({ ...(await CADDY.start(DIST)), alive: () => true })],
];

/**
 * The headers every answer carries, errors included. nginx's 416 carries them twice (its range
 * filter turns the answer into an error after the headers were added): the same value repeated.
 */
function secure(r: Reply): void {
  const once = (name: string, value: string) =>
    expect([value, `${value}, ${value}`], name).toContain(r.headers[name.toLowerCase()]);
  expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  once('X-Content-Type-Options', 'nosniff');
  for (const name of ['Referrer-Policy', 'Permissions-Policy'])
    once(name, rules.headers[name] ?? '');
}

/** A request line and headers as a client would write them, for raw(). */
const request = (line: string, headers: Record<string, string> = {}) =>
  `${line}\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}Connection: close\r\n\r\n`;

describe.each(HOSTS)('%s', (name, start) => {
  let host: Running;
  beforeAll(async () => {
    host = await start();
  }, 30_000);
  afterAll(() => host?.stop());
  afterEach(async () => {
    expect(host.alive(), 'the process still runs').toBe(true);
    expect((await get(host.origin, base)).status, 'it still answers').toBe(200);
  });

  describe('ranges', () => {
    const range = (value: string, headers: Record<string, string> = {}) =>
      get(host.origin, TXT, { range: value, ...headers });

    it('bytes=0-99: those bytes, 206', async () => {
      const r = await range('bytes=0-99');
      expect(r.status).toBe(206);
      expect(r.headers['content-range']).toBe(`bytes 0-99/${text.length}`);
      expect(r.body.equals(text.subarray(0, 100))).toBe(true);
      secure(r);
    });

    it('bytes=0-0: exactly one byte', async () => {
      const r = await range('bytes=0-0');
      expect(r.status).toBe(206);
      expect(r.body.equals(text.subarray(0, 1))).toBe(true);
    });

    it('bytes=-5: the last five bytes', async () => {
      const r = await range('bytes=-5');
      expect(r.status).toBe(206);
      expect(r.headers['content-range']).toBe(
        `bytes ${text.length - 5}-${text.length - 1}/${text.length}`,
      );
      expect(r.body.equals(text.subarray(-5))).toBe(true);
    });

    it('bytes=10-5 (inverted): 416 with the security headers', async () => {
      const r = await range('bytes=10-5');
      expect(r.status).toBe(416);
      // Go's own 416 (Caddy) names no length for a range it cannot parse.
      if (name !== 'caddy') expect(r.headers['content-range']).toBe(`bytes */${text.length}`);
      secure(r);
    });

    it('bytes past the end: 416', async () => {
      const r = await range(`bytes=${text.length}-`);
      expect(r.status).toBe(416);
      expect(r.headers['content-range']).toBe(`bytes */${text.length}`);
      secure(r);
    });

    it('bytes=0-1,5-6 (two ranges): the whole file, or both ranges in one multipart answer', async () => {
      const r = await range('bytes=0-1,5-6');
      if (r.status === 200) expect(r.body.equals(text)).toBe(true);
      else {
        expect(r.status).toBe(206);
        expect(r.headers['content-type']).toMatch(/^multipart\/byteranges/);
        expect(r.body.toString()).toContain(`bytes 5-6/${text.length}`);
      }
    });

    it('bytes=abc (not a range): the whole file or 416 (RFC 9110 §14.2)', async () => {
      const r = await range('bytes=abc');
      expect([200, 416]).toContain(r.status);
      if (r.status === 200) expect(r.body.equals(text)).toBe(true);
      secure(r);
    });

    it('If-Range: the range while the file is unchanged, the whole file once it changed', async () => {
      const fresh = await range('bytes=0-0', { 'if-range': lastModified });
      expect(fresh.status).toBe(206);
      expect(fresh.body.length).toBe(1);
      const stale = await range('bytes=0-0', { 'if-range': 'Sat, 01 Jan 2000 00:00:00 GMT' });
      expect(stale.status).toBe(200);
      expect(stale.body.equals(text)).toBe(true);
    });
  });

  describe('conditional requests', () => {
    it('If-None-Match with the ETag: 304 with ETag and Vary, no body', async () => {
      const first = await get(host.origin, base, { 'accept-encoding': 'br' });
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/"/);
      const again = await get(host.origin, base, {
        'accept-encoding': 'br',
        'if-none-match': etag,
      });
      expect(again.status).toBe(304);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers.vary).toMatch(/accept-encoding/i);
      expect(again.body.length).toBe(0);
      secure(again);
    });

    it('If-Modified-Since its Last-Modified (or later): 304; an older date: 200', async () => {
      const first = await get(host.origin, base);
      const since = String(first.headers['last-modified']);
      expect((await get(host.origin, base, { 'if-modified-since': since })).status).toBe(304);
      const later = new Date(Date.parse(since) + 3_600_000).toUTCString();
      expect((await get(host.origin, base, { 'if-modified-since': later })).status).toBe(304);
      const older = 'Sat, 01 Jan 2000 00:00:00 GMT';
      expect((await get(host.origin, base, { 'if-modified-since': older })).status).toBe(200);
    });

    it('If-None-Match that does not match: 200', async () => {
      expect((await get(host.origin, base, { 'if-none-match': '"nope"' })).status).toBe(200);
    });
  });

  describe('Accept-Encoding, q-values honoured', () => {
    it.each([
      ['br;q=0, gzip', 'gzip'],
      ['gzip, br;q=0', 'gzip'],
      ['br, gzip;q=0', 'br'],
      ['br;q=0, gzip;q=0', undefined],
      ['identity', undefined],
    ])('%s → %s', async (accept, encoding) => {
      const r = await get(host.origin, base, { 'accept-encoding': accept });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(decoded(r).equals(readFileSync(join(DIST, 'index.html')))).toBe(true);
    });

    it('the preferred one of two (nginx sends brotli whenever it is acceptable)', async () => {
      const r = await get(host.origin, base, { 'accept-encoding': 'br;q=0.1, gzip;q=0.9' });
      expect(r.headers['content-encoding']).toBe(name === 'nginx' ? 'br' : 'gzip');
    });
  });

  describe('addresses', () => {
    it.each(['404', 'index', 'index.html/', 'record.json/', 'speeches/putin-speech/index.html/'])(
      '/%s: not a page (404 with the 404 page)',
      async (path) => {
        const r = await get(host.origin, base + path, { 'accept-encoding': 'br' });
        expect(r.status).toBe(404);
        expect(decoded(r).equals(page404)).toBe(true);
        secure(r);
      },
    );

    it('a folder without its slash is redirected with its query', async () => {
      const query = '?q=%D0%BA%D0%B0%D0%BF%D0%B8%D1%82%D0%B0%D0%BB&speaker=putin';
      const r = await get(host.origin, `${base}search${query}`);
      expect(r.status).toBe(301);
      expect(r.headers.location).toBe(`${base}search/${query}`);
      secure(r);
    });

    it.each([
      ['300 letters', 'a'.repeat(300)],
      ['130 Cyrillic letters (260 bytes)', '%D0%B0'.repeat(130)],
    ])('a path segment of %s: 404, not a 500', async (_, segment) => {
      const r = await get(host.origin, `${base}${segment}/`);
      expect(r.status).toBe(404);
      secure(r);
    });

    it.each([
      '%2e%2e/%2e%2e/etc/passwd',
      '..%2f..%2fetc%2fpasswd',
      '_astro/..%2f..%2f..%2fpackage.json',
      'index.html%00.txt',
      '%00',
    ])('/%s: 400 or 404, nothing outside the site', async (path) => {
      const r = await get(host.origin, base + path);
      expect([400, 404]).toContain(r.status);
      const body = decoded(r).toString();
      expect(body).not.toContain('root:');
      expect(body).not.toContain('"devDependencies"');
      secure(r);
    });
  });

  describe('requests too large or malformed', () => {
    // Caddy takes a megabyte of headers, and Go answers beyond that and a malformed line itself,
    // before any of Caddy's config: no page, no headers of ours.
    const ours = name !== 'caddy';

    it('a header of 40 KB: 431 with a page saying so', async () => {
      const r = await get(host.origin, base, { 'x-long': 'a'.repeat(40_000) });
      if (!ours) return expect(r.status).toBe(200);
      expect(r.status).toBe(431);
      expect(r.body.toString()).toContain('431 Request Header Fields Too Large');
      secure(r);
    });

    it('an address of 40 KB: 414 with a page saying so', async () => {
      const r = await get(host.origin, `${base}?${'a'.repeat(40_000)}`);
      if (!ours) return expect(r.status).toBe(200);
      expect(r.status).toBe(414);
      expect(r.body.toString()).toContain('414 URI Too Long');
      secure(r);
    });

    it('a shared /search/?q= of 2,700 Cyrillic letters is answered', async () => {
      const q = encodeURIComponent('капитал '.repeat(338));
      const r = await get(host.origin, `${base}search/?q=${q}&speaker=putin`, {
        'user-agent': 'Mozilla/5.0 '.repeat(20),
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      });
      expect(r.status).toBe(200);
    });

    it('a malformed request line: 400', async () => {
      const r = await raw(host.origin, 'BLAH\x01 /\r\n\r\n');
      expect(r.status).toBe(400);
      if (ours) secure(r);
    });

    it('HTTP/1.1 without Host: 400', async () => {
      const r = await raw(host.origin, `GET ${base} HTTP/1.1\r\nConnection: close\r\n\r\n`);
      expect(r.status).toBe(400);
      if (ours) secure(r);
    });

    it('a URL that does not decode: 400 or 404', async () => {
      const r = await raw(host.origin, request(`GET ${base}%E0%A4%A HTTP/1.1`));
      expect([400, 404]).toContain(r.status);
      if (ours) secure(r);
    });

    it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])(
      '%s: 405 with Allow, not the 404 page',
      async (method) => {
        const r = await get(host.origin, base, {}, method);
        expect(r.status).toBe(405);
        expect(r.headers.allow).toBe('GET, HEAD');
        expect(decoded(r).toString()).toContain('405 Method Not Allowed');
        secure(r);
      },
    );

    it('a body of 2 MB: 413, unread', async () => {
      const r = await raw(
        host.origin,
        request(`POST ${base} HTTP/1.1`, { 'content-length': '2000000' }),
      );
      expect(r.status).toBe(413);
      secure(r);
    });
  });
});
