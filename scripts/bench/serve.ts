/**
 * `npm run bench:serve`: a bounded load test of the built site (run `npm run build` first) on
 * 127.0.0.1 only — 100 connections for 30 s (LOAD_CONNECTIONS, LOAD_SECONDS) on `/`, then on a
 * mix of page types and their assets — against `npm start`'s server and against nginx with the
 * generated server block (one worker: one process against one process). Prints requests per
 * second, p99 latency and errors, the server's memory (RSS) before and after, and its open
 * file handles before and once the load has gone; writes bench/serve.json. Fails on any
 * error, or on handles that stay open after the load.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DIST } from '../lib/dist.ts';
import { startNginx } from '../lib/nginx.ts';
import { startServerProcess } from '../lib/server-process.ts';
import { readRules } from '../serve.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const { base } = readRules(DIST);
const first = (dir: string, ext: string) =>
  readdirSync(join(DIST, dir)).find((f) => f.endsWith(ext)) ?? '';
const paragraph = readdirSync(join(DIST, 'p')).find((f) => !f.includes('.')) ?? '';
const MIX = [
  '',
  'speeches/putin-speech/',
  'documents/',
  'search/',
  `p/${paragraph}/`,
  'record.json',
  `_astro/${first('_astro', '.js')}`,
  'pagefind/pagefind.js',
  'no-such-page/',
].map((p) => base + p);

/** A process and its children (nginx's workers), read from /proc. */
function tree(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean),
  );
  return [pid, ...children.map(Number).flatMap(tree)];
}
const rssMB = (pid: number) =>
  Math.round(
    tree(pid).reduce(
      (kB, p) =>
        kB + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0),
      0,
    ) / 1024,
  );
const handles = (pid: number) =>
  tree(pid).reduce((n, p) => n + readdirSync(`/proc/${p}/fd`).length, 0);

/** Waits (up to 10 s) until the handles stop falling once the load has gone; returns them. */
async function settledHandles(pid: number, before: number): Promise<number> {
  let last = handles(pid);
  for (let i = 0; i < 100 && last > before; i++) {
    await new Promise((r) => setTimeout(r, 100));
    last = handles(pid);
  }
  return last;
}

async function load(origin: string, paths: string[]) {
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  // The 404 page in the mix is expected; any other non-2xx/3xx is an error.
  const expected404 = paths.some((p) => p.includes('no-such-page')) ? result['4xx'] : 0;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result['5xx'] + (result['4xx'] - expected404),
  };
}

const servers = [
  [
    'npm start (Fastify)',
    async () => {
      const server = await startServerProcess(DIST);
      return { origin: server.origin, pid: server.pid, stop: () => server.stop() };
    },
  ],
  [
    'nginx (generated config, 1 worker)',
    async () => {
      const nginx = await startNginx(DIST, { workers: 1 });
      return { origin: new URL(nginx.url).origin, pid: nginx.pid, stop: nginx.stop };
    },
  ],
] as const;

const rows = [];
for (const [name, start] of servers) {
  const server = await start();
  try {
    await fetch(`${server.origin}${base}`);
    const before = handles(server.pid);
    for (const [scenario, paths] of [
      ['/', [base]],
      ['mix', MIX],
    ] as const) {
      const rssBefore = rssMB(server.pid);
      const result = await load(server.origin, [...paths]);
      rows.push({
        server: name,
        scenario,
        ...result,
        rssBeforeMB: rssBefore,
        rssAfterMB: rssMB(server.pid),
        handlesBefore: before,
        handlesAfter: await settledHandles(server.pid, before),
      });
    }
  } finally {
    await server.stop();
  }
}

console.log(`${CONNECTIONS} connections, ${SECONDS} s each, 127.0.0.1; mix: ${MIX.join(' ')}`);
console.table(rows);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/serve.json',
  `${JSON.stringify({ seconds: SECONDS, connections: CONNECTIONS, mix: MIX, rows }, null, 2)}\n`,
);
if (rows.some((r) => r.errors > 0 || r.handlesAfter > r.handlesBefore)) {
  console.error('errors under load, or handles left open after it');
  process.exit(1);
}
