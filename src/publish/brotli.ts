/** Brotli sizes at quality 11, as the byte budgets and the benchmarks count them. */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

export function brotli(bytes: Buffer | string): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

const sizes = new Map<string, number>();
/** Brotli size of a built file, compressed once however often it is asked for (the built site does not change meanwhile). */
export function brotliFile(path: string): number {
  const size = sizes.get(path) ?? brotli(readFileSync(path));
  sizes.set(path, size);
  return size;
}
