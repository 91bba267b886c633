/**
 * Runs the system Caddy (Debian's `caddy`) with the Caddyfile generated at build
 * (`dist-host/Caddyfile`), its address and root set as a deployer would, in a scratch
 * folder, on 127.0.0.1, without its admin endpoint. For the hosting tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostDir } from '../../src/integrations/host-config.ts';
import { readRules } from '../serve.ts';
import { freePort, type RunningServer, serverRoot, stopThenRemove, waitFor } from './nginx.ts';

export const CADDY = process.env.CADDY_PATH || '/usr/bin/caddy';

export function hasCaddy(): boolean {
  return existsSync(CADDY);
}

/** The generated Caddyfile with its deployer's lines set (address, root), and no admin endpoint. */
function localCaddyfile(file: string, port: number, root: string): string {
  const out = file
    .replace(/^:80 \{$/m, `http://127.0.0.1:${port} {`)
    .replace(/^\troot \* \S+$/m, `\troot * ${root}`);
  if (!out.includes(`http://127.0.0.1:${port} {`) || !out.includes(`root * ${root}`))
    throw new Error('Caddyfile: no address or `root` line to set');
  return `{\n\tadmin off\n}\n\n${out}`;
}

/** Starts Caddy on the built site in `dist`; resolves once it answers. */
export async function startCaddy(dist: string, { port = 0 } = {}): Promise<RunningServer> {
  if (!hasCaddy()) throw new Error(`${CADDY} missing: apt-get install -y caddy`);
  const listen = port || (await freePort());
  const { base } = readRules(dist);
  const dir = mkdtempSync(join(tmpdir(), 'site-caddy-'));
  const root = serverRoot(dist, base, dir);
  writeFileSync(
    join(dir, 'Caddyfile'),
    localCaddyfile(readFileSync(join(hostDir(dist), 'Caddyfile'), 'utf8'), listen, root),
  );
  const child: ChildProcess = spawn(
    CADDY,
    ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    },
  );
  let errors = '';
  child.stderr?.on('data', (d) => {
    errors += d;
  });
  const stop = () => stopThenRemove(child, 'SIGTERM', dir);
  const url = `http://127.0.0.1:${listen}${base}`;
  try {
    await waitFor(url, child, () => errors.slice(-2000), 'caddy');
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop, pid: child.pid ?? 0 };
}
