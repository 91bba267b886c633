/** Shared pieces of the benchmarks: the production server, Chromium. */
import { type ChildProcess, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, chromiumPath } from './chromium.ts';

export const CHROME_FLAGS = ['--headless=new', ...CHROME_ARGS];

/** Starts the production server (scripts/serve.ts, as `npm start`) on `port`; resolves when it answers. */
export async function serve(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve.ts', String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`the static server did not start on port ${port}`);
}

export function launch() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROME_ARGS });
}
