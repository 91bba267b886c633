/**
 * Last step of the build (src/integrations/search-index.ts, after Pagefind): writes `<file>.br` and `<file>.gz` beside every
 * text file of the site, for hosts that send precompressed files as they are (nginx
 * `brotli_static`/`gzip_static`, Caddy `precompressed`, `npm start`). Maximum compression,
 * once, at build; deterministic (no names, no times in the gzip header). A compressed copy
 * no smaller than its file is not written. Pagefind's index files are gzip already. Being the
 * build's last step, it first refuses a site that holds a symlink (`symlinks` in dist.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const TEXT = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.md',
  '.svg',
  '.map',
  '.webmanifest',
]);

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** The compressed copies of one file's bytes: `[suffix, bytes]`, only those smaller than the file. */
export async function compressed(body: Buffer): Promise<[string, Buffer][]> {
  const copies: [string, Buffer][] = [
    [
      '.br',
      await br(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    ],
    ['.gz', await gz(body, { level: 9 })],
  ];
  return copies.filter(([, bytes]) => bytes.length < body.length);
}

/** Compresses every text file under `dir`; returns how many files and bytes it wrote. */
export async function precompress(dir: string): Promise<{ files: number; bytes: number }> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && TEXT.has(extname(e.name)))
    .map((e) => join(e.parentPath, e.name));
  let [count, bytes] = [0, 0];
  await Promise.all(
    files.map(async (file) => {
      for (const [suffix, body] of await compressed(readFileSync(file))) {
        writeFileSync(file + suffix, body);
        count++;
        bytes += body.length;
      }
    }),
  );
  return { files: count, bytes };
}
