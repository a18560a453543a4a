// How many bytes zstd turns a stream into, counted as they come and never kept: images are GBs.
// One home for the compressed sizes of images and of an update's NARs, so both are measured alike.
//
// Every size is that of the frame zstd writes for a stream whose length it is not told: the
// frame a binary cache serves (Nix compresses each NAR as a stream: the FileSize of a `nix copy
// --to 'file://DIR?compression=zstd'` narinfo is that of `nix store dump-path P | zstd -3
// --no-check`, with the same zstd release), not the one `zstd -3 FILE` writes with the size
// known up front, which records the size and picks its tables by it (a few bytes more a NAR:
// 4 to 6 on NARs of a few hundred bytes, 2.2 % of a mass rebuild's small NARs, measured).

import { ZstdCompress as SyncZstdCompress, constants as syncConstants } from 'minizlib';
import zlib from 'node:zlib';

/** zstd's default level: the `zstd` command's, and what Nix's binary caches use for `compression = zstd`. */
export const ZSTD_LEVEL = 3;

/** Node 24 ships zstd in zlib (Node 20 does not; 22 only from 22.15); the action runs on node24. */
export const zstdAvailable = (): boolean => typeof zlib.createZstdCompress === 'function';

/**
 * The zstd-compressed size of everything `source` yields. Check zstdAvailable() first.
 * `chunkSize`: the room for output zstd is given at a time (zlib's default 16 KiB).
 *
 * Each chunk is compressed before the next is written, and the end is told apart: Node's zlib
 * otherwise hands zstd the last chunk together with the end when it happens to be queued by
 * then, and zstd writes that frame a few bytes differently. Measured this way the same bytes
 * give the same size on every run, however the pipe cut them.
 */
export async function zstdSize(source: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>, chunkSize?: number): Promise<number> {
  const compress = zlib.createZstdCompress(zstdOptions(chunkSize));
  const size = outputSize(compress);
  // Settled below, or abandoned on an error that is thrown instead.
  size.catch(() => undefined);
  try {
    for await (const chunk of source) {
      await new Promise<void>((resolve, reject) => compress.write(chunk, (error) => (error ? reject(error) : resolve())));
    }
  } catch (error) {
    compress.destroy();
    throw error;
  }
  compress.end();
  return size;
}

/** The bytes `compress` puts out, counted and dropped, once it has ended. */
function outputSize(compress: zlib.ZstdCompress): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    compress.on('data', (chunk: Buffer) => {
      size += chunk.length;
    });
    compress.once('end', () => resolve(size));
    compress.once('error', reject);
  });
}

/** Below this, compressing on this thread at once beats handing the bytes to the thread pool. */
const AT_ONCE_MAX = 1024 * 1024;

/** Whether zstdSizeOf compresses `length` bytes in the thread pool (on another core) rather than at once. */
export const compressedBeside = (length: number): boolean => length >= AT_ONCE_MAX;

/** The zstd size of each of many small inputs (each its own frame), at once, on this thread. */
export type FrameSizer = (bytes: Uint8Array) => number;

/**
 * A FrameSizer: ONE zstd stream, each input written to it and ended as a frame of its own
 * (ZSTD_e_end), so zstd starts the next frame afresh, as a stream of that input alone would be.
 * minizlib (npm's, under node-tar) drives Node's zstd binding synchronously: no stream object,
 * no thread-pool round trip per input (an update's thousands of small NARs: ~10 µs each against
 * ~25 µs for a zstdCompressSync, whose frame is also the size-known one).
 */
export function frameSizer(): FrameSizer {
  // minizlib passes the options to Node's ZstdCompress; its type knows only zlib's and brotli's.
  const options: zlib.ZstdOptions = zstdOptions();
  const stream = new SyncZstdCompress(options as ConstructorParameters<typeof SyncZstdCompress>[0]);
  let out = 0;
  let failure: unknown;
  stream.on('data', (chunk: Buffer) => {
    out += chunk.length;
  });
  stream.on('error', (error: unknown) => {
    failure ??= error;
  });
  return (bytes) => {
    if (failure) throw failure;
    const before = out;
    stream.write(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    stream.flush(syncConstants.ZSTD_e_end);
    if (failure) throw failure;
    return out - before;
  };
}

/**
 * The zstd-compressed size of `bytes`, all in memory: the small ones at once by `frames`, the
 * big ones in the thread pool, on another core, by zstdSize (the end apart from the data),
 * with room for all of the output (more than zstd's bound, the input and 1/256 of it; at most
 * 16 MiB for the NARs, four at a time): the pool then compresses the whole input in one go,
 * without coming back to this busy thread for more room every 16 KiB of output.
 */
export async function zstdSizeOf(bytes: Uint8Array, frames: FrameSizer): Promise<number> {
  if (!compressedBeside(bytes.length)) return frames(bytes);
  return zstdSize([bytes], bytes.length + (bytes.length >> 7) + 1024);
}

/** Level 3; `chunkSize`, the room for output, when given. */
function zstdOptions(chunkSize?: number): zlib.ZstdOptions {
  const params = { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL };
  return { params, ...(chunkSize === undefined ? {} : { chunkSize }) };
}
