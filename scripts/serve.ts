/**
 * A static file server for the built site, as a plain static host would serve
 * it: `dist/<path>/index.html`, `dist/404.html` with status 404 for anything
 * else (malformed URLs included), the `_headers` file's headers on every reply.
 * Used by the browser tests and benchmarks: `node scripts/serve.ts [port] [--brotli]`;
 * with `--brotli` text goes out brotli-compressed, as hosts send it (Lighthouse in
 * `npm run bench` times the page as readers get it).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { DIST } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
};

/** Headers for every response, from dist/_headers (`/*` block), as Netlify/Cloudflare Pages read it. */
function siteHeaders(): Record<string, string> {
  const file = join(DIST, '_headers');
  if (!existsSync(file)) return {};
  const lines = readFileSync(file, 'utf8').split('\n');
  return Object.fromEntries(lines.filter((l) => /^\s+\S+:/.test(l)).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

function resolve(url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(DIST, path));
  if (!file.startsWith(DIST)) return undefined;
  for (const candidate of [file, join(file, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const port = Number(process.argv[2] ?? process.env.E2E_PORT ?? 4322);
const brotli = process.argv.includes('--brotli');
/** Compressed bodies by file and modification time: each file is compressed once, not at every request. */
const compressed = new Map<string, Buffer>();
function brotliOf(file: string, body: Buffer): Buffer {
  const key = `${file}:${statSync(file).mtimeMs}`;
  const hit = compressed.get(key) ?? brotliCompressSync(body);
  compressed.set(key, hit);
  return hit;
}
const headers = siteHeaders();
createServer((req, res) => {
  const file = resolve(req.url ?? '/');
  const served = file ?? join(DIST, '404.html');
  const type = TYPES[extname(served)] ?? 'application/octet-stream';
  let body: Buffer = readFileSync(served);
  const extra: Record<string, string> = {};
  // Pagefind's own files and the images and fonts are compressed already.
  if (brotli && /^(text\/|application\/(json|xml)|image\/svg)/.test(type)) {
    extra.vary = 'accept-encoding';
    if (/\bbr\b/.test(String(req.headers['accept-encoding']))) {
      body = brotliOf(served, body);
      extra['content-encoding'] = 'br';
    }
  }
  res.writeHead(file ? 200 : 404, { ...headers, ...extra, 'content-type': type, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${DIST} on http://127.0.0.1:${port}/`));
