/** Every HTML page of the built site, as URL paths (`/speeches/putin-speech/`) and files. */
import { relative, sep } from 'node:path';
import { DIST } from '../../scripts/lib/dist.ts';
import { builtPages } from '../../src/integrations/built-pages.ts';

/** The HTML documents; partials, fetched by pages, are not pages. */
const htmlFiles = builtPages(DIST);

/** `dist/speeches/x/index.html` → `/speeches/x/`; `dist/404.html` → `/404.html`. */
function urlPath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export const pages = htmlFiles.map((file) => ({ file, path: urlPath(file) }));
