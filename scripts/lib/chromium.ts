/** Where the system Chromium is: CHROME_PATH, else Debian's /usr/bin/chromium. Never Playwright's download. */
import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string {
  return process.env.CHROME_PATH || DEFAULT_CHROMIUM;
}

export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** Flags for Chromium on a machine without network: keep it from calling home. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
