/**
 * Debian packages the tests need (a browser, xmllint, a web server): present, installed when
 * running as root, or a plain message saying what to install. Never a download of our own.
 */
import { execSync, spawnSync } from 'node:child_process';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** `needs` maps a command (or a file check) to the Debian package that brings it. */
export function ensurePackages(needs: { ok: () => boolean; pkg: string }[]): void {
  const missing = needs.filter((n) => !n.ok()).map((n) => n.pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing Debian packages: ${missing.join(' ')}. Install them (sudo apt-get install -y ${missing.join(' ')}).`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} (running as root)…`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
    { stdio: 'inherit' },
  );
}

export const command = (name: string) => () => has(name);
