/**
 * The whole record in the first round trip: the server's first answer to `GET /` — status
 * line, headers and brotli body — fits the 14,600 bytes a server may send before the first
 * acknowledgement (an initial window of ten 1,460-byte segments, RFC 6928).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { type ServerProcess, startServerProcess } from '../../scripts/lib/server-process.ts';
import { readRules } from '../../scripts/serve.ts';
import { raw } from '../support/hosts.ts';

const FIRST_WINDOW = 10 * 1460;

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess(DIST);
}, 30_000);
afterAll(() => server?.stop());

it(`GET / as a browser asks for it: the answer whole within ${FIRST_WINDOW} bytes`, async () => {
  // A kept-alive connection, as a browser's: the answer names it too.
  const r = await raw(
    server.origin,
    `GET ${readRules(DIST).base} HTTP/1.1\r\nHost: ${new URL(server.origin).host}\r\nAccept-Encoding: gzip, deflate, br, zstd\r\n\r\n`,
  );
  expect(r.status).toBe(200);
  expect(r.headers['content-encoding']).toBe('br');
  const total = r.size ?? Infinity;
  const head = total - r.body.length;
  console.log(
    `first answer to /: ${head} B status line and headers + ${r.body.length} B body = ${total} B`,
  );
  expect(r.body.length).toBe(Number(r.headers['content-length']));
  expect(total).toBeLessThanOrEqual(FIRST_WINDOW);
});
