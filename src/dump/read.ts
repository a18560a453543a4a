// A `nix path-info --json --recursive` dump given to `compare` as a file: read, checked and made
// a Closure. A dump of 100 000 paths is 100 MiB of JSON; BASE and HEAD are then read by two
// worker threads at once (threads/pool.ts), each handing back only the Closure's arrays.

import { readFile, stat } from 'node:fs/promises';
import { closureOfGraph } from '../core/closure.js';
import { readPathInfo } from '../nix/path-info-scan.js';
import { UsageError } from '../core/errors.js';
import { toStorePath } from '../core/store-path.js';
import type { Closure } from '../core/types.js';
import { WorkerThread, workerAvailable } from '../threads/pool.js';

export const SOURCE_HINT = "give a store path, a 'result' link, or a JSON file written by 'nix path-info --json --recursive'";

/** Dumps from this size on are read in a worker thread; smaller ones are read faster than a worker starts. */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;

export interface DumpFile {
  /** The file, links resolved. */
  file: string;
  /** BASE or HEAD, for messages. */
  role: string;
  /** As the user wrote it, for messages. */
  argument: string;
}

/** Reads and checks a dump in this thread; every problem is one UsageError line. */
export async function readDump({ file, role, argument }: DumpFile): Promise<Closure> {
  const source = `${role}: '${argument}'`;
  const dump = readPathInfo(await readFile(file), source, (text) => {
    if (!/^\s*[[{]/.test(text)) throw new UsageError(`${source} is neither a store path nor a JSON file; ${SOURCE_HINT}`);
    try {
      return JSON.parse(text);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new UsageError(`${source} is not valid JSON (${why}); ${SOURCE_HINT}`);
    }
  });
  checkNotAllInvalid(dump.paths.length, dump.invalid, source);
  // A dump is data from anywhere: every entry must be a store path (the fast scan checks only the
  // store folder's prefix).
  for (const path of dump.paths) {
    if (toStorePath(path) !== path) throw new UsageError(`${source}: '${path}' is not a store path (/nix/store/HASH-NAME); ${SOURCE_HINT}`);
  }
  return closureOfGraph(dump, null, source);
}

function checkNotAllInvalid(valid: number, invalid: string[], source: string): void {
  if (invalid.length > 0 && valid === 0) {
    throw new UsageError(`${source} lists only paths Nix called invalid (${invalid[0]}); dump a path that is in the store`);
  }
}

/** Reads a dump, in a worker thread when it is big and the worker is there. */
export async function loadDump(dump: DumpFile): Promise<Closure> {
  const { size } = await stat(dump.file);
  if (size < WORKER_MIN_BYTES || !workerAvailable()) return readDump(dump);
  const thread = new WorkerThread();
  let reply;
  try {
    reply = await thread.ask({ task: 'dump', dump });
  } catch {
    // The worker is gone (it could not start, or ran out of memory): read it here.
    return readDump(dump);
  } finally {
    thread.close();
  }
  if ('closure' in reply) return reply.closure;
  if ('error' in reply) throw reply.error.usage ? new UsageError(reply.error.message) : new Error(reply.error.message);
  throw new Error(`the worker thread answered a dump with ${JSON.stringify(reply)}`);
}
