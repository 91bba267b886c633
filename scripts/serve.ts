/**
 * The production server of the built site (`npm start`, the browser tests, the benchmarks).
 * Fastify and @fastify/static serve `dist/`: ranges, conditional requests and the precompressed
 * `.br`/`.gz` beside each file, chosen by the browser's Accept-Encoding with its q-values, are
 * theirs and tested by their authors. This file adds the rules every host config has
 * (`dist-host/rules.json`, written at build) — the headers, Cache-Control, the 404 page with
 * status 404, `/dir` → `/dir/` — and what a public server owes its readers: every response,
 * errors included, carries the security headers; no symlink leads out of `dist/`; a client or
 * a file error never ends the process; SIGTERM lets in-flight responses finish.
 *
 * `node scripts/serve.ts [port]`; the port defaults to PORT, else 4321; 0 picks a free one.
 * It listens on HOST (default 127.0.0.1).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { type Server, STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join, relative } from 'node:path';
import negotiate from '@fastify/accept-negotiator';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  cacheControl,
  errorPage,
  type HostRules,
  hostDir,
} from '../src/integrations/host-config.ts';
import { DIST } from './lib/dist.ts';

/**
 * Request line and headers together: Node's 16 KB default turns away a shared `/search/?q=` of
 * some 2,700 Cyrillic letters (6 bytes each, percent-encoded); 32 KB takes twice that.
 */
const MAX_HEADER_BYTES = 32 * 1024;
/** A static site takes no data: a body this large is refused before it is read (as nginx, Caddy). */
const MAX_BODY_BYTES = 1_000_000;

/** Reads the rules written at build next to `dist`. */
export function readRules(dist: string): HostRules {
  const file = join(hostDir(dist), 'rules.json');
  if (!existsSync(file)) throw new Error(`${file}: missing; build the site first (npm run build)`);
  return JSON.parse(readFileSync(file, 'utf8')) as HostRules;
}

/** Throws, saying what to do, unless `dist` holds a whole build. */
function checkSite(dist: string): void {
  if (!existsSync(dist)) throw new Error(`${dist}: missing; build the site first (npm run build)`);
  for (const file of ['index.html', '404.html'])
    if (!existsSync(join(dist, file)))
      throw new Error(`${join(dist, file)}: missing; ${dist} is not a whole build (npm run build)`);
  readRules(dist);
}

/** File system errors that mean "no such file here", whatever the path held. */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EISDIR', 'EACCES']);
/** Out of file handles: the reader may try again in a moment. */
const BUSY = new Set(['EMFILE', 'ENFILE']);
/** Headers that describe a file, wrong on an error page that replaces it. */
const FILE_HEADERS = [
  'content-encoding',
  'etag',
  'last-modified',
  'accept-ranges',
  'content-range',
];

/** The server for the site built in `dist` (ready, not yet listening). */
async function siteServer(dist: string): Promise<FastifyInstance> {
  checkSite(dist);
  const rules = readRules(dist);
  // Paths are compared after symlinks are resolved: `dist` itself may sit behind one.
  const root = realpathSync(dist);
  const partials = new Set(rules.partials ?? []);
  const encodings = ['br', 'gzip'];

  /** A short error page with the site's headers (set here too: some errors skip every hook). */
  const sendError = (reply: FastifyReply, status: number, headers: Record<string, string> = {}) => {
    for (const name of FILE_HEADERS) reply.removeHeader(name);
    return reply
      .code(status)
      .headers({ ...rules.headers, ...headers, 'content-type': 'text/html; charset=utf-8' })
      .send(errorPage(status));
  };

  /** The site's own 404 page, read whole (no stream to leak), compressed when the browser takes it. */
  const sendNotFound = async (reply: FastifyReply) => {
    const encoding = negotiate(String(reply.request.headers['accept-encoding'] ?? ''), encodings);
    const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : '';
    let body: Buffer;
    try {
      body = await readFile(join(root, `404.html${suffix}`));
    } catch {
      return sendError(reply, 404); // a build removed under the server, or no handle left
    }
    for (const name of FILE_HEADERS) reply.removeHeader(name);
    reply
      .code(404)
      .headers({ ...rules.headers, ...rules.pageHeaders })
      .header('cache-control', rules.cache.revalidate)
      .header('content-type', 'text/html; charset=utf-8')
      .header('vary', 'accept-encoding');
    if (suffix) reply.header('content-encoding', encoding);
    return reply.send(body);
  };

  const app = Fastify({
    http: { maxHeaderSize: MAX_HEADER_BYTES, requireHostHeader: false },
    // Idle keep-alive sockets are let go soon after the last request (load tests open many);
    // a request must arrive whole within 30 s, and a reader silent for a minute is let go, so
    // that slow clients cannot hold every handle.
    keepAliveTimeout: 5_000,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    // A URL that does not decode (`%E0%A4%A`), met by Fastify's router before any hook: a
    // broken link, to a reader, so the 404 page with its way back to the record.
    frameworkErrors: (_error, _request, reply) => sendNotFound(reply),
    clientErrorHandler: (error, socket) => clientError(error, socket, rules),
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(rules.headers);
    reply.header('cache-control', cacheControl(rules, request.url.split('?', 1)[0] ?? '/'));
    const declared = Number(request.headers['content-length'] ?? 0);
    // Node would answer a request without Host itself, with no headers; HTTP/1.1 requires it.
    if (request.raw.httpVersion === '1.1' && !request.headers.host) return sendError(reply, 400);
    if (declared >= MAX_BODY_BYTES || (request.method !== 'GET' && request.method !== 'HEAD')) {
      // The body is never read: close the connection after the answer rather than drain it.
      reply.header('connection', 'close');
      if (declared >= MAX_BODY_BYTES) return sendError(reply, 413);
      return sendError(reply, 405, { allow: 'GET, HEAD' });
    }
  });

  await app.register(fastifyStatic, {
    root,
    // Its own route would list each folder of the path at every request (a check for
    // case-insensitive file systems) and, out of file handles, answer 404: ours is below.
    serve: false,
    preCompressed: true,
    // `/dir` → `/dir/` with its query; a file is never found without its extension
    // (`/404`, `/index`), nor with a slash after it (`/record.json/`, `/index.html/`).
    redirect: true,
    extensions: [],
    dotfiles: 'ignore',
    cacheControl: false,
    // A symlink may point anywhere: as nginx's `disable_symlinks on`, a file reached through
    // one (its real path is not its path) is not there. The build refuses symlinks anyway.
    onFile: async (file) => {
      if ((await realpath(file)) !== file)
        throw Object.assign(new Error(`${file}: a symlink`), { code: 'ENOENT' });
    },
    // A page carries its whole policy in its first <meta>; its header adds what a <meta> cannot.
    setHeaders: (reply, file) => {
      const name = relative(root, file.replace(/\.(br|gz)$/, ''));
      if (name.endsWith('.html') && !partials.has(name)) reply.headers(rules.pageHeaders ?? {});
    },
  });

  app.get(`${rules.base}*`, (request, reply) => {
    // The path under the base, decoded once as @fastify/static's route does (`%2F` stays).
    // reply.sendFile refuses `..` and `//`, and takes the file only from `root`.
    const path = (request.url.split('?', 1)[0] ?? '').slice(rules.base.length - 1);
    try {
      return reply.sendFile(decodeURI(path));
    } catch {
      return sendError(reply, 400);
    }
  });

  // A site under a base path: its server's root leads there.
  if (rules.base !== '/') app.get('/', (_request, reply) => reply.redirect(rules.base, 302));

  app.setNotFoundHandler((_request, reply) => sendNotFound(reply));

  app.setErrorHandler(
    (
      error: Error & { code?: string; statusCode?: number; headers?: Record<string, string> },
      _request,
      reply,
    ) => {
      const code = error.code ?? '';
      // @fastify/static forbids `..`, `//` and the like: to a reader, no such page.
      if (MISSING.has(code) || error.statusCode === 403 || error.statusCode === 404)
        return sendNotFound(reply);
      const status = BUSY.has(code)
        ? 503
        : error.statusCode && error.statusCode >= 400
          ? error.statusCode
          : 500;
      if (status >= 500)
        console.error(`${reply.request.method} ${reply.request.url}: ${error.message}`);
      if (status === 503) return sendError(reply, 503, { 'retry-after': '5' });
      return sendError(reply, status, error.headers); // a 416 names the file's length
    },
  );

  await app.ready();
  // Out of file handles, Node cannot accept a connection and says so on the server: not fatal.
  app.server.on('error', (error) => console.error(`server: ${error.message}`));
  return app;
}

/**
 * A request Node's parser refused before any route (too long, malformed): a short page with the
 * site's headers, then the connection closes. Node counts the request line and the headers
 * together; when the line is most of it (or the part read holds no line end yet), the address is
 * what is too long: a 414.
 */
function clientError(
  // Fastify types rawPacket as a Buffer's JSON form; Node gives the Buffer.
  error: { code?: string; rawPacket?: unknown },
  socket: Socket,
  rules: HostRules,
): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const line = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.indexOf('\r\n') : -1;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? line === -1 || line > MAX_HEADER_BYTES / 2
        ? 414
        : 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const body = errorPage(status);
  const headers = {
    ...rules.headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}\r\n${body}`,
  );
}

/** Starts the server; resolves once it listens. */
export async function startServer(dist: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const app = await siteServer(dist);
  await app.listen({ port, host });
  return app.server;
}

if (import.meta.main) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  let app: FastifyInstance;
  try {
    app = await siteServer(DIST);
    await app.listen({ port, host: process.env.HOST ?? '127.0.0.1' });
  } catch (error) {
    console.error(`serve: ${(error as Error).message}`);
    process.exit(1);
  }
  const { port: actual } = app.server.address() as AddressInfo;
  console.log(`serving ${DIST} on http://127.0.0.1:${actual}${readRules(DIST).base}`);
  // Stop taking connections, let the responses under way finish, then exit 0.
  process.once('SIGTERM', () => {
    setTimeout(() => process.exit(0), 10_000).unref();
    app.close().then(() => process.exit(0));
  });
}
