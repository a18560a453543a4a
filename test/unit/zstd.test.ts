import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zstdSize, zstdSizeOf } from '../../src/zstd.js';

/** `data` as a stream cut into `size`-byte chunks, the way a pipe might cut it. */
const chunked = (data: Buffer, size: number): Readable => {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) parts.push(data.subarray(i, i + size));
  return Readable.from(parts);
};

describe('zstdSize', () => {
  // A NAR-like mix: a compressible header and listing, then incompressible "binaries".
  const data = Buffer.concat([Buffer.from('nix-archive-1\0'.repeat(2000)), randomBytes(300_000), Buffer.alloc(100_000)]);

  it('gives the same size however the stream is cut', async () => {
    const sizes = await Promise.all([1, 1000, 4096, 65_536, 1 << 20].map((size) => zstdSize(chunked(data, size === 1 ? data.length : size))));
    expect(new Set(sizes).size).toBe(1);
  });

  it('counts compressed bytes: zeros shrink, random bytes do not', async () => {
    expect(await zstdSize(chunked(Buffer.alloc(1 << 20), 65_536))).toBeLessThan(1024);
    const random = randomBytes(1 << 20);
    expect(await zstdSize(chunked(random, 65_536))).toBeGreaterThan(random.length);
  });

  it('passes on an error of the stream it reads', async () => {
    const failing = new Readable({ read() { this.destroy(new Error('the pipe broke')); } });
    await expect(zstdSize(failing)).rejects.toThrow('the pipe broke');
  });
});

describe('zstdSizeOf', () => {
  it('compresses bytes in memory into the same frame at any size: with its size, as zstd does a file', async () => {
    for (const size of [0, 300, 900_000, 3_000_000]) {
      const data = Buffer.concat([Buffer.from('nix-archive-1\0'.repeat(size / 40)), randomBytes(size / 2)]);
      // Streamed, the frame does not know its size: a byte or more shorter in its header.
      const streamed = await zstdSize(chunked(data, 65_536));
      const sizes = await Promise.all([1, 2, 3].map(() => zstdSizeOf(data)));
      expect(new Set(sizes).size, `${size} bytes`).toBe(1);
      const atOnce = zlib.zstdCompressSync(data, { params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 }, pledgedSrcSize: data.length });
      expect(sizes[0], `${size} bytes`).toBe(atOnce.length);
      expect(sizes[0]! - streamed, `${size} bytes`).toBeGreaterThanOrEqual(0);
      expect(sizes[0]! - streamed, `${size} bytes`).toBeLessThanOrEqual(8);
    }
  });
});
