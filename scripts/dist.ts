/** The built site's folder: `dist`, or ASTRO_OUT_DIR when several builds run side by side. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

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
