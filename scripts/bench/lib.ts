/** Shared pieces of the benchmarks: the production server, Chromium. */
import { type ChildProcess, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, chromiumPath } from '../lib/chromium.ts';

/**
 * For Lighthouse. Without a display, Chromium's paint holding (keep the old page on screen until the
 * new one can paint) waits for frames that come about once a second: every page, whatever it holds,
 * had its first paint observed at 1.23 s or 2.23 s with its load event at ~0.25 s, and the Speed
 * Index estimate made from that swung between 2.3 s and 3.7 s (scores 97–100 on the same build).
 */
export const CHROME_FLAGS = ['--headless=new', '--disable-features=PaintHolding', ...CHROME_ARGS];

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
