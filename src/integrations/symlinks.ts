import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The symlinks under `dir`. A site holds none: a symlink may point anywhere, and Caddy has no
 * switch to refuse it (`npm start`'s server and nginx do refuse it), so the build does.
 */
export function symlinks(dir: string): string[] {
  // Walked by hand: a recursive readdir would follow a symlink to a folder (`etc -> /etc`).
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isSymbolicLink() ? [path] : e.isDirectory() ? symlinks(path) : [];
  });
}

/** Stops the build when the site holds a symlink, naming each. */
export function refuseSymlinks(site: string): void {
  const links = symlinks(site);
  if (links.length)
    throw new Error(
      `the site must hold no symlink (a host could follow it anywhere):\n${links.join('\n')}`,
    );
}
