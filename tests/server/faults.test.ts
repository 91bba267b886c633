/**
 * What must not knock the server over: clients that leave mid-response, no file handle left
 * (`ulimit -n`), files removed or a site emptied under it, symlinks out of the site, a missing
 * build, SIGTERM. Each runs on a copy of the built site (the real dist/ is never changed), with
 * the server in a process of its own so that its handles, memory and exit are its own; nginx and
 * Caddy get the same where it applies.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { type ServerProcess, startServerProcess } from '../../scripts/lib/server-process.ts';
import { hostDir } from '../../src/integrations/host-config.ts';
import searchIndex from '../../src/integrations/search-index.ts';
import { symlinks } from '../../src/integrations/symlinks.ts';
import { CADDY, get, NGINX, type Reply } from '../support/hosts.ts';

const BIG = 4 * 1024 * 1024;
const scratch = mkdtempSync(join(tmpdir(), 'server-faults-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the built site and its rules, with a 4 MB file to be caught mid-response. */
function siteCopy(name: string): string {
  const dist = join(scratch, name, 'dist');
  cpSync(DIST, dist, { recursive: true });
  cpSync(hostDir(DIST), hostDir(dist), { recursive: true });
  writeFileSync(join(dist, 'big.bin'), randomBytes(BIG));
  return dist;
}

/** Waits until `check` holds (polling), or fails saying what did not happen. */
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A GET on a connection of its own that stops reading after the first bytes (`first`), as a
 * slow or vanished reader; `rest()` reads on to the end and gives every byte received.
 */
function slowGet(origin: string, path: string) {
  const { port } = new URL(origin);
  const socket: Socket = connect(Number(port), '127.0.0.1');
  const chunks: Buffer[] = [];
  socket.on('error', () => {});
  socket.on('data', (c: Buffer) => {
    chunks.push(c);
    socket.pause();
  });
  socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const first = new Promise<Buffer>((resolve) => {
    socket.once('data', resolve);
    closed.then(() => resolve(Buffer.alloc(0)));
  });
  const rest = async () => {
    socket.removeAllListeners('data');
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.resume();
    await closed;
    return Buffer.concat(chunks);
  };
  return { socket, first, closed, rest };
}

/** Whether a connection to `origin` is taken. */
const connects = (origin: string) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(Number(new URL(origin).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });

const secure = (r: Reply) => {
  expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(r.headers['x-content-type-options']).toBe('nosniff');
};

describe('start-up', () => {
  const serve = (dist: string) =>
    spawnSync(process.execPath, ['scripts/serve.ts', '0'], {
      env: { ...process.env, ASTRO_OUT_DIR: dist },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('fails, saying what to do, without a build', () => {
    const r = serve(join(scratch, 'nothing-here'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nothing-here: missing; build the site first \(npm run build\)/);
  });

  it.each([
    ['index.html', (dist: string) => join(dist, 'index.html')],
    ['404.html', (dist: string) => join(dist, '404.html')],
    ['rules.json', (dist: string) => join(hostDir(dist), 'rules.json')],
  ])('fails, naming it, without %s', (file, path) => {
    const dist = siteCopy(`without-${file}`);
    unlinkSync(path(dist));
    const r = serve(dist);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}: missing`);
  });
});

describe('symlinks in the site', () => {
  const dist = siteCopy('symlinks');
  symlinkSync('/etc/passwd', join(dist, 'passwd.txt'));
  symlinkSync('/etc', join(dist, 'etc'));
  symlinkSync('loop', join(dist, 'loop')); // a loop, which once stopped the server from starting
  symlinkSync('../index.html', join(dist, 'speeches', 'link.html'));
  rmSync(join(dist, 'record.txt.br'));
  symlinkSync('/etc/passwd', join(dist, 'record.txt.br')); // a compressed copy that is a link
  const LINKS = ['passwd.txt', 'etc/passwd', 'loop', 'speeches/link.html'];

  it.each([
    ['server', async () => startServerProcess(dist)],
    ['nginx', () => NGINX.start(dist)],
  ] as const)('%s: starts, and answers 404 through every one', async (_, start) => {
    const host = await start();
    try {
      for (const path of LINKS) {
        const r = await get(host.origin, `/${path}`);
        expect(r.status, path).toBe(404);
        expect(r.body.toString()).not.toContain('root:');
        secure(r);
      }
      const record = await get(host.origin, '/record.txt', { 'accept-encoding': 'br' });
      expect(record.body.toString()).not.toContain('root:');
    } finally {
      await host.stop();
    }
  });

  it('Caddy would follow them, so the build refuses a site that holds one', async () => {
    expect(symlinks(dist).sort()).toEqual(
      [...LINKS.filter((l) => l !== 'etc/passwd'), 'etc', 'record.txt.br']
        .map((l) => join(dist, l))
        .sort(),
    );
    // The build's last hook (src/integrations/search-index.ts) checks before anything else.
    const done = searchIndex().hooks['astro:build:done'] as unknown as (o: object) => Promise<void>;
    const logger = { info: () => {} };
    await expect(done({ dir: pathToFileURL(`${dist}/`), logger })).rejects.toThrow(
      join(dist, 'passwd.txt'),
    );
    expect(symlinks(DIST)).toEqual([]);
  });
});

describe("npm start's server under faults", () => {
  const dist = siteCopy('faults');
  let server: ServerProcess;
  afterAll(() => server?.stop());

  it('1,000 clients that leave mid-response: no handle leaks, no exit', async () => {
    server = await startServerProcess(dist);
    expect((await get(server.origin, '/big.bin')).body.length).toBe(BIG);
    await until(() => server.handles() > 0, 'the server has its handles');
    const before = server.handles();
    for (let wave = 0; wave < 10; wave++)
      await Promise.all(
        Array.from({ length: 100 }, async () => {
          const client = slowGet(server.origin, '/big.bin');
          await client.first;
          client.socket.destroy();
          await client.closed;
        }),
      );
    expect(server.alive()).toBe(true);
    await until(() => server.handles() <= before, `its handles are back to ${before}`);
    expect((await get(server.origin, '/')).status).toBe(200);
  }, 120_000);

  it('a file removed while serving: 404 after, and the answer under way ends whole', async () => {
    const under = slowGet(server.origin, '/big.bin');
    await under.first;
    unlinkSync(join(dist, 'big.bin'));
    unlinkSync(join(dist, 'robots.txt'));
    expect((await under.rest()).length).toBeGreaterThan(BIG);
    for (const path of ['/robots.txt', '/big.bin']) {
      const r = await get(server.origin, path);
      expect(r.status, path).toBe(404);
      secure(r);
    }
    expect(server.alive()).toBe(true);
  });

  it('the site emptied beside it (a failed build): 404 with the headers, still up', async () => {
    for (const entry of readdirSync(dist)) rmSync(join(dist, entry), { recursive: true });
    for (const path of ['/', '/speeches/putin-speech/', '/no-such-page/']) {
      const r = await get(server.origin, path, { 'accept-encoding': 'br' });
      expect(r.status, path).toBe(404);
      expect(r.body.toString()).toContain('404 Not Found');
      secure(r);
    }
    expect(server.alive()).toBe(true);
  });
});

describe.each([
  ['nginx', NGINX],
  ['Caddy', CADDY],
])('%s under the same faults', (name, host) => {
  it('a file removed, then the site emptied: 404 with the headers, still up', async () => {
    const dist = siteCopy(`faults-${name}`);
    const { origin, stop } = await host.start(dist);
    try {
      unlinkSync(join(dist, 'robots.txt'));
      const removed = await get(origin, '/robots.txt');
      expect(removed.status).toBe(404);
      secure(removed);
      for (const entry of readdirSync(dist)) rmSync(join(dist, entry), { recursive: true });
      const emptied = await get(origin, '/');
      expect(emptied.status).toBe(404);
      secure(emptied);
    } finally {
      await stop();
    }
  });
});

describe('no file handle left (ulimit -n 64)', () => {
  it('answers 503 or lets the connection go, never exits, and serves again after', async () => {
    const server = await startServerProcess(siteCopy('emfile'), { ulimit: 64 });
    try {
      const clients = Array.from({ length: 100 }, () => slowGet(server.origin, '/big.bin'));
      await until(() => server.errors().includes('EMFILE'), 'the server runs out of handles');
      const answers = await Promise.all(clients.map((c) => c.first));
      expect(server.alive()).toBe(true);
      for (const c of clients) c.socket.destroy();
      for (const answer of answers.map((a) => a.toString('latin1')).filter(Boolean)) {
        expect(answer).toMatch(/^HTTP\/1\.1 (200|503) /);
        if (answer.startsWith('HTTP/1.1 503'))
          expect(answer).toMatch(/x-content-type-options: nosniff/i);
      }
      await until(
        async () => (await get(server.origin, '/').catch(() => ({ status: 0 }))).status === 200,
        'it serves again',
      );
      expect(server.alive()).toBe(true);
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('SIGTERM', () => {
  it('lets the answer under way finish, then exits 0', async () => {
    const server = await startServerProcess(siteCopy('sigterm'));
    const under = slowGet(server.origin, '/big.bin');
    await under.first;
    const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
    server.child.kill('SIGTERM');
    await until(async () => !(await connects(server.origin)), 'it takes no new connection');
    expect((await under.rest()).length).toBeGreaterThan(BIG);
    expect(await exited).toBe(0);
  }, 30_000);
});
