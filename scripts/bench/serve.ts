/**
 * `npm run bench:serve`: a bounded load test of the built site (run `npm run build` first) on
 * 127.0.0.1 only — 50 connections for 30 s (LOAD_SECONDS, LOAD_CONNECTIONS) on `/`, then on
 * a mix of page types and their assets — against `npm start`'s server and against nginx with
 * the generated server block (one worker each: one process against one process). Prints
 * requests per second, p99 latency and errors; writes bench/serve.json. Fails on any error.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DIST } from '../lib/dist.ts';
import { freePort, startNginx } from '../lib/nginx.ts';
import { readRules } from '../serve.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
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

async function load(url: string, paths: string[]) {
  const result = await autocannon({
    url,
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

async function startNode(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.ts', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`npm start's server did not answer on ${url}`);
}

const rows = [];
for (const [name, start] of [
  ['npm start (sirv)', startNode],
  ['nginx (generated config)', () => startNginx(DIST, { workers: 1 })],
] as const) {
  const server = await start();
  try {
    const origin = new URL(server.url).origin;
    for (const [scenario, paths] of [
      ['/', [base]],
      ['mix', MIX],
    ] as const) {
      rows.push({ server: name, scenario, ...(await load(origin, [...paths])) });
    }
  } finally {
    server.stop();
  }
}

console.log(`${CONNECTIONS} connections, ${SECONDS} s each, 127.0.0.1; mix: ${MIX.join(' ')}`);
console.table(rows);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/serve.json',
  `${JSON.stringify({ seconds: SECONDS, connections: CONNECTIONS, mix: MIX, rows }, null, 2)}\n`,
);
if (rows.some((r) => r.errors > 0)) {
  console.error('errors under load');
  process.exit(1);
}
