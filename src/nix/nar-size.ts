// What an update downloads, measured: each added path's NAR compressed with zstd on its own, as
// a binary cache serves it (one .nar.zst per path), summed. Only paths in the local store can be
// dumped; a closure read from a binary cache or from a saved baseline cannot be measured here.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { ToolError } from '../core/errors.js';
import type { PathSize } from '../core/types.js';
import { storePathName } from '../core/store-path.js';
import { type FrameSizer, compressedBeside, frameSizer, zstdAvailable, zstdSize, zstdSizeOf } from '../zstd.js';
import { NarSizeMismatch, narOf, narOfBeside, narOfSync } from './nar.js';
import type { Nix } from './nix.js';

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
async function eachLimited<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** NARs up to this size are written into memory at once, bigger ones streamed. */
const IN_MEMORY_MAX = 16 * 1024 * 1024;

/** One path's NAR, read from the store's files and compressed; its length must be Nix's narSize. */
async function measureOne(nix: Nix, { path, narSize }: PathSize, frames: FrameSizer): Promise<number> {
  try {
    const nar = narSize <= IN_MEMORY_MAX ? await narInMemory(path, narSize) : null;
    return nar ? await zstdSizeOf(nar, frames) : await measureStreamed(path, narSize);
  } catch (error) {
    // A store this user may not read: ask Nix for the NAR (a process per path, ~25 ms each).
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
    return nix.dumpPath(path, zstdSize);
  }
}

/**
 * The NAR in one buffer, or null when it is not narSize bytes (the stream then says by how much).
 * A small one is read here at once; one that zstdSizeOf compresses in the thread pool has its
 * files read there too.
 */
async function narInMemory(path: string, narSize: number): Promise<Buffer | null> {
  try {
    return compressedBeside(narSize) ? await narOfBeside(path, narSize) : narOfSync(path, narSize);
  } catch (error) {
    if (error instanceof NarSizeMismatch) return null;
    throw error;
  }
}

async function measureStreamed(path: string, narSize: number): Promise<number> {
  let bytes = 0;
  const size = await zstdSize(
    (async function* counted() {
      for await (const chunk of narOf(path)) {
        bytes += chunk.length;
        yield chunk;
      }
    })(),
  );
  if (bytes !== narSize) throw new NotMeasured(`${storePathName(path)} on disk is ${bytes} bytes as a NAR, Nix records ${narSize}`);
  return size;
}

/** Measures the NARs of `paths` (all in the local store): their zstd sizes, in order. */
export type NarMeasure = (paths: PathSize[]) => Promise<number[]>;

/** On this thread, a few NARs at a time; Nix dumps what this user may not read. */
export function measureHere(nix: Nix): NarMeasure {
  return async (paths) => {
    const sizes = new Array<number>(paths.length);
    // One zstd stream for all the small NARs of this measurement (zstd.ts).
    let frames: FrameSizer | undefined;
    const small: FrameSizer = (bytes) => (frames ??= frameSizer())(bytes);
    // The ones compressed in the thread pool first: started now, they run on another core
    // while this thread goes on with the analysis and the report, instead of after them.
    const order = paths.map((_, index) => index);
    const beside = (index: number): boolean => compressedBeside((paths[index] as PathSize).narSize);
    await eachLimited([...order.filter(beside), ...order.filter((index) => !beside(index))], CONCURRENCY, async (index) => {
      sizes[index] = await measureOne(nix, paths[index] as PathSize, small);
    });
    return sizes;
  };
}

/** An update that could not be measured, and why (a note, not a failure). */
export class NotMeasured extends Error {}

/** Why a measurement failed, in one line for a note; null when it is a bug of ours. */
export function whyNotMeasured(error: unknown): string | null {
  if (error instanceof NotMeasured) return error.message;
  if (!(error instanceof ToolError) && (error as NodeJS.ErrnoException).code === undefined) return null;
  // One line: what failed, and the last thing said about it.
  const lines = (error as Error).message.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : (lines[0] ?? '');
}

/**
 * Whether each of `added` is in the local store: a stat each, synchronously (hundreds take a
 * millisecond or two), or one listing of their store folder when there are more of them than it
 * can hold entries (a 100 000-path dump from another machine: a stat each took 300 ms).
 */
function presence(added: PathSize[]): (path: string) => boolean {
  const first = (added[0] as PathSize).path;
  const folder = first.slice(0, first.lastIndexOf('/'));
  if (!added.every(({ path }) => path.length > folder.length + 1 && path.startsWith(folder) && path.lastIndexOf('/') === folder.length)) return existsSync;
  try {
    // A folder's size grows with its entries (ext4: ~90 bytes a store path); 64 bytes an entry
    // counts a store on the big side, so a big store is listed only for a bigger update.
    if (added.length * 64 <= statSync(folder).size) return existsSync;
    const names = new Set(readdirSync(folder));
    return (path) => names.has(path.slice(folder.length + 1));
  } catch {
    return existsSync;
  }
}

/**
 * The zstd size (level 3) of the NARs of `added`, each compressed on its own and summed. Null
 * with a note when zstd is missing from Node or a path is not in the local store to read (the
 * head came from a binary cache, or a path-info dump): an estimate not made is not a failure.
 * No nix call: the store's files are read directly, and each NAR's length is checked against
 * the narSize Nix recorded.
 */
export async function compressedNarSize(measure: NarMeasure, added: PathSize[], cache: NarSizeCache = new Map()): Promise<CompressedNars> {
  if (added.length === 0) return { compressedSize: 0 };
  if (!zstdAvailable()) {
    return { compressedSize: null, note: `${NOT_MEASURED}: it needs zstd in Node's zlib (Node 24 or newer; this is ${process.version})` };
  }
  let missing = 0;
  let first: string | undefined;
  const present = presence(added);
  for (const { path } of added) {
    if (present(path)) continue;
    missing++;
    // The first by path, as an example: a scan, not a sort (a dump's 100 000 paths are all missing).
    if (first === undefined || path < first) first = path;
  }
  if (first !== undefined) {
    return {
      compressedSize: null,
      note: `${NOT_MEASURED}: ${missing} of the ${added.length} added paths are not in the local store to read (e.g. ${storePathName(first)})`,
    };
  }
  const uncached = added.filter(({ path }) => !cache.has(path));
  if (uncached.length > 0) {
    const sizes = measure(uncached);
    uncached.forEach(({ path }, i) => {
      const size = sizes.then((all) => all[i] as number);
      // Awaited below (or by a later target); marked handled until then.
      size.catch(() => undefined);
      cache.set(path, size);
    });
  }
  try {
    const sizes = await Promise.all(added.map(({ path }) => cache.get(path) as Promise<number>));
    return { compressedSize: sizes.reduce((sum, size) => sum + size, 0) };
  } catch (error) {
    const why = whyNotMeasured(error);
    if (why === null) throw error;
    return { compressedSize: null, note: `${NOT_MEASURED}: ${why}` };
  }
}

/**
 * Measures updates for one run, on this thread, a few NARs at a time, each path once however
 * many targets add it. (Worker threads measured them beside the analysis until the bench's A/B
 * showed they did not pay: starting one costs more than it saves on the sizes users have; see
 * BENCHMARKS.md.)
 */
export class UpdateMeasurer {
  private readonly cache: NarSizeCache = new Map();

  constructor(private readonly nix: Nix) {}

  measure(added: PathSize[]): Promise<CompressedNars> {
    return compressedNarSize(measureHere(this.nix), added, this.cache);
  }
}
