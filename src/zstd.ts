// How many bytes zstd turns a stream into, counted as they come and never kept: images are GBs.
// One home for the compressed sizes of images and of an update's NARs, so both are measured alike.

import zlib from 'node:zlib';

/** zstd's default level: the `zstd` command's, and what Nix's binary caches use for `compression = zstd`. */
export const ZSTD_LEVEL = 3;

/** Node 24 ships zstd in zlib (Node 20 does not; 22 only from 22.15); the action runs on node24. */
export const zstdAvailable = (): boolean => typeof zlib.createZstdCompress === 'function';

/**
 * The zstd-compressed size of everything `source` yields. Check zstdAvailable() first.
 *
 * Each chunk is compressed before the next is written, and the end is told apart: Node's zlib
 * otherwise hands zstd the last chunk together with the end when it happens to be queued by
 * then, and zstd writes that frame a few bytes differently. Measured this way the same bytes
 * give the same size on every run, however the pipe cut them.
 */
export async function zstdSize(source: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>, pledgedSrcSize?: number): Promise<number> {
  const compress = zlib.createZstdCompress(zstdOptions(pledgedSrcSize));
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

/**
 * The zstd-compressed size of `bytes`, all in memory, compressed as `zstd -3 FILE` compresses a
 * file: the size known up front, so the frame records it, and zstd sizes its tables to the input
 * (hundreds of small NARs: a few ms, against ~50 for as many streams sized for the unknown).
 */
export async function zstdSizeOf(bytes: Uint8Array): Promise<number> {
  if (!compressedBeside(bytes.length)) return zlib.zstdCompressSync(bytes, zstdOptions(bytes.length)).length;
  return zstdSizeBeside(bytes);
}

/**
 * Bigger inputs in the thread pool, on another core: handed over now, before this returns, so
 * zstd works while this thread goes on (the analysis, the report). Written with the end, as
 * compressing at once does (the same frame: level 3, the size pledged, one ZSTD_e_end), and with
 * room for all of the output (more than zstd's bound, the input and 1/256 of it; at most 16 MiB
 * for the NARs, four at a time): the pool then compresses the whole input in one go, without
 * coming back to this busy thread for more room every 16 KiB of output.
 */
function zstdSizeBeside(bytes: Uint8Array): Promise<number> {
  const compress = zlib.createZstdCompress(zstdOptions(bytes.length, bytes.length + (bytes.length >> 7) + 1024));
  const size = outputSize(compress);
  compress.end(bytes);
  return size;
}

/** Level 3, and the input's size when it is known up front (the frame then records it). */
function zstdOptions(pledgedSrcSize?: number, chunkSize?: number): zlib.ZstdOptions {
  const params = { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL };
  return { params, ...(pledgedSrcSize === undefined ? {} : { pledgedSrcSize }), ...(chunkSize === undefined ? {} : { chunkSize }) };
}
