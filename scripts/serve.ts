/**
 * The production server of the built site (`npm start`, the browser tests, the benchmarks):
 * sirv serves `dist/` from a list of its files made at start (so no path can reach outside
 * it, no folder is listed, and an odd or malformed path is simply not found), sends the
 * precompressed `.br`/`.gz` beside a file when the browser takes them, and this file adds
 * the rules every host config has (`dist-host/rules.json`, written at build): the headers,
 * Cache-Control, the 404 page with status 404, and `/dir` → `/dir/`.
 *
 * `node scripts/serve.ts [port]`; the port defaults to PORT, else 4321; 0 picks a free one.
 * It listens on HOST (default 127.0.0.1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { cacheControl, type HostRules, hostDir } from '../src/integrations/host-config.ts';
import { DIST } from './lib/dist.ts';

/** The request handler for the site built in `dist` with these rules. */
export function siteHandler(
  dist: string,
  rules: HostRules,
): (req: IncomingMessage, res: ServerResponse) => void {
  const files = sirv(dist, {
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
    extensions: ['html'],
    // sirv names the charset of HTML only; the record's .txt and .md are Russian text too.
    setHeaders: (res, pathname) => {
      const type = lookup(pathname);
      if (type && TEXT.test(type)) res.setHeader('Content-Type', `${type}; charset=utf-8`);
    },
  });

  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    // The 404 page, through sirv so that it too goes out compressed, with status 404.
    req.url = '/404.html';
    delete req.headers['if-none-match'];
    delete req.headers.range;
    const writeHead = res.writeHead.bind(res) as (
      code: number,
      headers?: Record<string, unknown>,
    ) => ServerResponse;
    res.writeHead = ((_: number, headers?: Record<string, unknown>) =>
      writeHead(404, headers)) as typeof res.writeHead;
    res.setHeader('Cache-Control', rules.cache.revalidate);
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    });
  };

  return (req, res) => {
    for (const [name, value] of Object.entries(rules.headers)) res.setHeader(name, value);
    const raw = req.url ?? '/';
    const pathname = raw.split(/[?#]/, 1)[0] ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    if (!pathname.startsWith(rules.base)) {
      // A site under a base path: its server's root leads there.
      if (pathname !== '/') return notFound(req, res);
      res.writeHead(302, { Location: rules.base });
      res.end();
      return;
    }
    // A folder without its slash: the address with the slash, as static hosts answer.
    const inner = pathname.slice(rules.base.length);
    if (FOLDER.test(inner) && existsSync(join(dist, inner, 'index.html'))) {
      res.writeHead(301, { Location: `${pathname}/${raw.slice(pathname.length)}` });
      res.end();
      return;
    }
    res.setHeader('Cache-Control', cacheControl(rules, pathname));
    req.url = `/${inner}${raw.slice(pathname.length)}`;
    files(req, res, () => notFound(req, res));
  };
}

/** Types of text without a charset of their own (HTML's sirv names itself). */
const TEXT = /^(text\/(?!html)|application\/(json|xml|javascript)|image\/svg\+xml)/;

/** What a page's folder looks like without its closing slash: plain names, no dots, no `//`. */
const FOLDER = /^(?:[\w-]+\/)*[\w-]+$/;

/** Reads the rules written at build next to `dist`. */
export function readRules(dist: string): HostRules {
  const file = join(hostDir(dist), 'rules.json');
  if (!existsSync(file)) throw new Error(`${file}: missing; build the site first (npm run build)`);
  return JSON.parse(readFileSync(file, 'utf8')) as HostRules;
}

/** Starts the server; resolves once it listens. */
export function startServer(dist: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(siteHandler(dist, readRules(dist)));
  // Idle keep-alive sockets are let go soon after the last request (load tests open many).
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.main) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  const server = await startServer(DIST, port, process.env.HOST ?? '127.0.0.1');
  const { port: actual } = server.address() as AddressInfo;
  console.log(`serving ${DIST} on http://127.0.0.1:${actual}${readRules(DIST).base}`);
}
