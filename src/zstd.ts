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
  let size = 0;
  compress.on('data', (chunk: Buffer) => {
    size += chunk.length;
  });
  const finished = new Promise<void>((resolve, reject) => {
    compress.on('end', resolve);
    compress.on('error', reject);
  });
  // Settled below, or abandoned on an error that is thrown instead.
  finished.catch(() => undefined);
  try {
    for await (const chunk of source) {
      await new Promise<void>((resolve, reject) => compress.write(chunk, (error) => (error ? reject(error) : resolve())));
    }
  } catch (error) {
    compress.destroy();
    throw error;
  }
  compress.end();
  await finished;
  return size;
}

/** Below this, compressing on this thread at once beats handing the bytes to the thread pool. */
const AT_ONCE_MAX = 1024 * 1024;

/**
 * The zstd-compressed size of `bytes`, all in memory, compressed as `zstd -3 FILE` compresses a
 * file: the size known up front, so the frame records it, and zstd sizes its tables to the input
 * (hundreds of small NARs: a few ms, against ~50 for as many streams sized for the unknown).
 */
export async function zstdSizeOf(bytes: Uint8Array): Promise<number> {
  if (bytes.length < AT_ONCE_MAX) return zlib.zstdCompressSync(bytes, zstdOptions(bytes.length)).length;
  // Bigger ones in the thread pool, alongside the rest; the same frame as compressing at once.
  return zstdSize([bytes], bytes.length);
}

/** Level 3, and the input's size when it is known up front (the frame then records it). */
function zstdOptions(pledgedSrcSize?: number): zlib.ZstdOptions {
  const params = { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL };
  return pledgedSrcSize === undefined ? { params } : { params, pledgedSrcSize };
}
