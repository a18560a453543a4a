// What an update downloads, measured: each added path's NAR compressed with zstd on its own, as
// a binary cache serves it (one .nar.zst per path), summed. Only paths in the local store can be
// dumped; a closure read from a binary cache or from a saved baseline cannot be measured here.

import { access } from 'node:fs/promises';
import { ToolError } from '../core/errors.js';
import type { PathSize } from '../core/types.js';
import { storePathName } from '../core/store-path.js';
import { zstdAvailable, zstdSize, zstdSizeOf } from '../zstd.js';
import { NarSizeMismatch, narOf, narOfSync } from './nar.js';
import type { Nix } from './nix.js';
import { WorkerThread, workerAvailable } from '../threads/pool.js';

/** NARs read and compressed at once. */
const CONCURRENCY = 4;

export interface CompressedNars {
  /** The zstd sizes summed; null when they could not be measured. */
  compressedSize: number | null;
  /** Why not, for the report's notes. */
  note?: string;
}

/** One measurement per store path and run, however many targets add it (a toplevel and its image). */
export type NarSizeCache = Map<string, Promise<number>>;

const NOT_MEASURED = 'update download: the zstd size was not measured';

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Counts the bytes that pass, so a NAR read from disk can be held against Nix's narSize. */
async function* counted(source: AsyncIterable<Buffer>, count: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    count.bytes += chunk.length;
    yield chunk;
  }
}

class NarMismatch extends Error {}

/** NARs up to this size are written into memory at once, bigger ones streamed. */
const IN_MEMORY_MAX = 16 * 1024 * 1024;

/** One path's NAR, read from the store's files and compressed; its length must be Nix's narSize. */
async function measureOne(nix: Nix, { path, narSize }: PathSize): Promise<number> {
  const count = { bytes: 0 };
  let size: number;
  try {
    if (narSize <= IN_MEMORY_MAX) {
      let nar: Buffer;
      try {
        nar = narOfSync(path, narSize);
      } catch (error) {
        if (!(error instanceof NarSizeMismatch)) throw error;
        // How far off: the stream below counts it.
        return measureStreamed(path, narSize, count);
      }
      return await zstdSizeOf(nar);
    }
    size = await measureStreamed(path, narSize, count);
  } catch (error) {
    // A store this user may not read: ask Nix for the NAR (a process per path, ~25 ms each).
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
    return nix.dumpPath(path, zstdSize);
  }
  return size;
}

async function measureStreamed(path: string, narSize: number, count: { bytes: number }): Promise<number> {
  const size = await zstdSize(counted(narOf(path), count));
  if (count.bytes !== narSize) {
    throw new NarMismatch(`${storePathName(path)} on disk is ${count.bytes} bytes as a NAR, Nix records ${narSize}`);
  }
  return size;
}

/**
 * The zstd size (level 3) of the NARs of `added`, each compressed on its own and summed. Null
 * with a note when zstd is missing from Node or a path is not in the local store to read (the
 * head came from a binary cache, or a path-info dump): an estimate not made is not a failure.
 * No nix call: the store's files are read directly, and each NAR's length is checked against
 * the narSize Nix recorded.
 */
export async function compressedNarSize(nix: Nix, added: PathSize[], cache: NarSizeCache = new Map()): Promise<CompressedNars> {
  if (added.length === 0) return { compressedSize: 0 };
  if (!zstdAvailable()) {
    return { compressedSize: null, note: `${NOT_MEASURED}: it needs zstd in Node's zlib (Node 24 or newer; this is ${process.version})` };
  }
  const missing: string[] = [];
  await eachLimited(added, 16, async ({ path }) => {
    try {
      await access(path);
    } catch {
      missing.push(path);
    }
  });
  if (missing.length > 0) {
    return {
      compressedSize: null,
      note: `${NOT_MEASURED}: ${missing.length} of the ${added.length} added paths are not in the local store to read (e.g. ${storePathName(missing.sort()[0] as string)})`,
    };
  }
  let total = 0;
  try {
    await eachLimited(added, CONCURRENCY, async (entry) => {
      let size = cache.get(entry.path);
      if (!size) {
        size = measureOne(nix, entry);
        cache.set(entry.path, size);
      }
      // Awaited before adding: `total += await size` would read total before the wait.
      const bytes = await size;
      total += bytes;
    });
  } catch (error) {
    if (error instanceof NarMismatch) return { compressedSize: null, note: `${NOT_MEASURED}: ${error.message}` };
    if (!(error instanceof ToolError) && (error as NodeJS.ErrnoException).code === undefined) throw error;
    // One line: what failed, and the last thing said about it.
    const lines = (error as Error).message.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const why = lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : (lines[0] ?? '');
    return { compressedSize: null, note: `${NOT_MEASURED}: ${why}` };
  }
  return { compressedSize: total };
}

/**
 * Measures updates for one run: in a worker thread when there is one, so the NARs are read and
 * compressed while the main thread analyses the closures; on this thread otherwise, and for
 * paths only Nix may read (it dumps them). The worker is started at once, while Nix works.
 */
export class UpdateMeasurer {
  private readonly thread = workerAvailable() && zstdAvailable() ? new WorkerThread() : null;
  private readonly cache: NarSizeCache = new Map();

  constructor(private readonly nix: Nix) {}

  async measure(added: PathSize[]): Promise<CompressedNars> {
    if (this.thread && added.length > 0) {
      const reply = await this.thread.ask({ task: 'update', added }).catch(() => null);
      if (reply && 'update' in reply) return reply.update;
      if (reply && 'error' in reply) throw new Error(reply.error.message);
      // The store refused the worker a path (Nix reads it here), or the worker is gone.
    }
    return compressedNarSize(this.nix, added, this.cache);
  }

  close(): void {
    this.thread?.close();
  }
}
