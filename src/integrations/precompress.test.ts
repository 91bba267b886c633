import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressed } from './precompress.ts';

describe('compressed', () => {
  const text = Buffer.from('Уважаемый Нурсултан Абишевич! '.repeat(50));

  it('gives brotli and gzip copies that decode to the file', async () => {
    const copies = new Map(await compressed(text));
    expect(brotliDecompressSync(copies.get('.br') ?? Buffer.alloc(0)).equals(text)).toBe(true);
    expect(gunzipSync(copies.get('.gz') ?? Buffer.alloc(0)).equals(text)).toBe(true);
  });

  it('is deterministic: the same bytes at every run', async () => {
    const [a, b] = [await compressed(text), await compressed(text)];
    expect(a.map(([, x]) => x.toString('hex'))).toEqual(b.map(([, x]) => x.toString('hex')));
  });

  it('writes no copy that is not smaller than the file', async () => {
    expect(await compressed(Buffer.from('ok'))).toEqual([]);
  });
});
