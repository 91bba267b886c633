/**
 * `npm start`'s server (scripts/serve.ts) in a child process of its own, for the server tests
 * and `npm run bench:serve`: a crash, its open file handles and its memory are then its own.
 * It resolves once the server says it listens, with the address it printed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  pid: number;
  child: ChildProcess;
  /** What it wrote to stderr so far. */
  errors: () => string;
  /** True while the process runs. */
  alive: () => boolean;
  /** Its open file descriptors (Linux: /proc/<pid>/fd). */
  handles: () => number;
  /** Its resident memory in bytes (Linux: /proc/<pid>/status). */
  rss: () => number;
  /** SIGTERM; resolves with its exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Starts `node scripts/serve.ts 0` on the site in `dist` (its rules beside it, in `<dist>-host`).
 * `ulimit` caps its open files (`ulimit -n`) through a shell that then becomes the server.
 */
export function startServerProcess(
  dist: string,
  { ulimit }: { ulimit?: number } = {},
): Promise<ServerProcess> {
  const env = { ...process.env, ASTRO_OUT_DIR: dist };
  const child = ulimit
    ? spawn('sh', ['-c', `ulimit -n ${ulimit} && exec "$0" scripts/serve.ts 0`, process.execPath], {
        env,
      })
    : spawn(process.execPath, ['scripts/serve.ts', '0'], { env });
  let errors = '';
  child.stderr?.on('data', (d) => {
    errors += d;
  });
  const pid = child.pid ?? 0;
  const alive = () => child.exitCode === null && child.signalCode === null;
  const server: Omit<ServerProcess, 'origin'> = {
    pid,
    child,
    errors: () => errors,
    alive,
    handles: () => readdirSync(`/proc/${pid}/fd`).length,
    rss: () =>
      Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024,
    stop: () =>
      new Promise((resolve) => {
        if (!alive()) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const origin = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (origin) resolve({ origin, ...server });
    });
    child.once('exit', (code) =>
      reject(new Error(`scripts/serve.ts exited (${code}) before it listened: ${errors.trim()}`)),
    );
  });
}
