// A `nix path-info --json --recursive` dump given to `compare` as a file: read, checked and made
// a Closure. A dump of 100 000 paths is 100 MiB of JSON, read by the byte scan. (Two worker
// threads reading BASE and HEAD at once did not pay: closures users have, 1 000 to 5 000 paths,
// are 1 to 5 MiB of JSON, read before a worker has started; see BENCHMARKS.md.)

import { readFile } from 'node:fs/promises';
import { closureOfGraph } from '../core/closure.js';
import { readPathInfo } from '../nix/path-info-scan.js';
import { UsageError } from '../core/errors.js';
import { toStorePath } from '../core/store-path.js';
import type { Closure } from '../core/types.js';

export const SOURCE_HINT = "give a store path, a 'result' link, or a JSON file written by 'nix path-info --json --recursive'";

export interface DumpFile {
  /** The file, links resolved. */
  file: string;
  /** BASE or HEAD, for messages. */
  role: string;
  /** As the user wrote it, for messages. */
  argument: string;
}

/** Reads and checks a dump; every problem is one UsageError line. */
export async function loadDump({ file, role, argument }: DumpFile): Promise<Closure> {
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
