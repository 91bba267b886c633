/**
 * Runs the system nginx (Debian's `nginx` and `libnginx-mod-http-brotli-static`) with the
 * server block generated at build (`dist-host/nginx.conf`), as a deployer would include it,
 * in a scratch folder, on 127.0.0.1. For the hosting tests and `npm run bench:serve`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostDir } from '../../src/integrations/host-config.ts';
import { readRules } from '../serve.ts';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const NGINX_PACKAGES = 'nginx libnginx-mod-http-brotli-static';

export function hasNginx(): boolean {
  return existsSync(NGINX) && existsSync(BROTLI_MODULE);
}

/** A free TCP port on 127.0.0.1 (asked of the system, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** The generated server block with its three deployer's lines set: listen, root. */
function localServerBlock(conf: string, port: number, root: string): string {
  const out = conf
    .replace(/^ {2}listen \S+;$/m, `  listen 127.0.0.1:${port};`)
    .replace(/^ {2}root \S+;$/m, `  root ${root};`);
  if (!out.includes(`listen 127.0.0.1:${port};`) || !out.includes(`root ${root};`))
    throw new Error('nginx.conf: no `listen` or `root` line to set');
  return out;
}

/**
 * The folder a server serves: `dist`, or with a base path a folder in `scratch` holding a copy of
 * `dist` under that path (a copy, not a symlink: nginx is told not to follow symlinks).
 */
export function serverRoot(dist: string, base: string, scratch: string): string {
  if (base === '/') return dist;
  const root = join(scratch, 'root');
  cpSync(dist, join(root, ...base.split('/').filter(Boolean)), { recursive: true });
  return root;
}

/** Polls `url` until it answers 2xx, or fails with `what` and the server's own words. */
export async function waitFor(
  url: string,
  child: ChildProcess,
  errors: () => string,
  what: string,
): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start on ${url}: ${errors()}`);
}

/** Signals `child`, then removes `dir` once it has exited. */
export function stopThenRemove(child: ChildProcess, signal: NodeJS.Signals, dir: string) {
  return new Promise<void>((resolve) => {
    const remove = () => {
      rmSync(dir, { recursive: true, force: true });
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) return remove();
    child.once('exit', remove);
    child.kill(signal);
  });
}

export interface RunningServer {
  url: string;
  /** Stops it; resolves once it has exited and its scratch folder is gone. */
  stop: () => Promise<void>;
  /** The process started (nginx's master, whose workers are its children). */
  pid: number;
}

/** Starts nginx on the built site in `dist`; resolves once it answers. */
export async function startNginx(
  dist: string,
  { port = 0, workers = 1 } = {},
): Promise<RunningServer> {
  if (!hasNginx())
    throw new Error(`${NGINX} or ${BROTLI_MODULE} missing: apt-get install -y ${NGINX_PACKAGES}`);
  const listen = port || (await freePort());
  const { base } = readRules(dist);
  const dir = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  const root = serverRoot(dist, base, dir);
  symlinkSync('/etc/nginx/mime.types', join(dir, 'mime.types'));
  writeFileSync(
    join(dir, 'site.conf'),
    localServerBlock(readFileSync(join(hostDir(dist), 'nginx.conf'), 'utf8'), listen, root),
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (t) => `  ${t}_temp_path ${join(dir, t)};`,
  );
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `load_module ${BROTLI_MODULE};`,
      // As root, workers would otherwise run as `nobody`, who may not read the worktree.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `worker_processes ${workers};`,
      `pid ${join(dir, 'nginx.pid')};`,
      'error_log stderr error;',
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      ...temp,
      `  include ${join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (d) => {
    errors += d;
  });
  // Its folder goes once nginx has exited: a worker still closing would make its temp folders again.
  const stop = () => stopThenRemove(child, 'SIGQUIT', dir);
  const url = `http://127.0.0.1:${listen}${base}`;
  try {
    await waitFor(url, child, () => errors, 'nginx');
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop, pid: child.pid ?? 0 };
}
