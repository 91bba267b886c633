/** Where the system Chromium is: CHROME_PATH, else Debian's /usr/bin/chromium. Never Playwright's download. */
import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string {
  return process.env.CHROME_PATH || DEFAULT_CHROMIUM;
}

/** Debian's chromium-headless-shell: the same Chromium without a browser's UI and compositor. */
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/**
 * The browser the tests drive: CHROME_PATH, else Debian's headless shell where it is installed
 * (`npm test` installs it: a browser test costs about half the CPU), else `chromiumPath()`.
 */
export function testChromiumPath(): string {
  return process.env.CHROME_PATH || (hasHeadlessShell() ? HEADLESS_SHELL : chromiumPath());
}

export function hasHeadlessShell(): boolean {
  return existsSync(HEADLESS_SHELL);
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
