// What an update downloads, measured: each added path's NAR compressed with zstd on its own, as
// a binary cache serves it (one .nar.zst per path), summed. Only paths in the local store can be
// dumped; a closure read from a binary cache or from a saved baseline cannot be measured here.

import { ToolError } from '../core/errors.js';
import { storePathName } from '../core/store-path.js';
import { zstdAvailable, zstdSize } from '../zstd.js';
import type { Nix } from './nix.js';

/** NARs dumped and compressed at once: zstd keeps a core busy, nix store dump-path barely one. */
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

/**
 * The zstd size (level 3) of the NARs of `paths`, each compressed on its own and summed. Null with
 * a note when zstd is missing from Node, a path is not valid in the local store, or Nix cannot
 * dump one: an estimate not made is not a failure of the guard.
 */
export async function compressedNarSize(nix: Nix, paths: string[], cache: NarSizeCache = new Map()): Promise<CompressedNars> {
  if (paths.length === 0) return { compressedSize: 0 };
  if (!zstdAvailable()) {
    return { compressedSize: null, note: `${NOT_MEASURED}: it needs zstd in Node's zlib (Node 24 or newer; this is ${process.version})` };
  }
  const valid = await nix.validPaths(paths);
  const missing = paths.filter((p) => !valid.has(p));
  if (missing.length > 0) {
    return {
      compressedSize: null,
      note: `${NOT_MEASURED}: ${missing.length} of the ${paths.length} added paths are not in the local store to read (e.g. ${storePathName(missing[0] as string)})`,
    };
  }
  let total = 0;
  try {
    await eachLimited(paths, CONCURRENCY, async (path) => {
      let size = cache.get(path);
      if (!size) {
        size = nix.dumpPath(path, zstdSize);
        cache.set(path, size);
      }
      // Awaited before adding: `total += await size` would read total before the wait.
      const bytes = await size;
      total += bytes;
    });
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    // One line: what failed, and the last thing Nix said about it.
    const lines = error.message.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const why = lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : (lines[0] ?? '');
    return { compressedSize: null, note: `${NOT_MEASURED}: ${why}` };
  }
  return { compressedSize: total };
}
