/** Every HTML page of the built site, as URL paths (`/speeches/putin-speech/`) and files. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from '../../scripts/dist.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export const htmlFiles = walk(DIST).filter((f) => f.endsWith('.html'));

/** `dist/speeches/x/index.html` → `/speeches/x/`; `dist/404.html` → `/404.html`. */
export function urlPath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export const pages = htmlFiles.map((file) => ({ file, path: urlPath(file) }));
