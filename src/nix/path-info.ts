// `nix path-info --json --recursive` as each Nix prints it, read into plain store objects (path,
// narSize, references, deriver): the core (src/core/closure.ts) takes those and never learns which
// Nix printed them. The byte scan for big dumps (path-info-scan.ts) reads the same shapes and is
// tested to give the same.

import { closureInputError } from '../core/closure.js';
import { DEFAULT_STORE_DIR, toStorePath } from '../core/store-path.js';
import type { StoreObject } from '../core/types.js';

export interface PathInfoParseResult {
  /** Every valid path's entry, in the order Nix printed them. */
  objects: StoreObject[];
  /** Paths Nix reported as not valid (not in the store it asked). */
  invalid: string[];
}

const fail: (source: string, what: string) => never = closureInputError;

function fullPath(pathOrBase: string, storeDir: string): string {
  // Store Object Info v2 (Nix 2.33, --json-format 2) writes base names: `hash-name`.
  return pathOrBase.startsWith('/') ? pathOrBase : `${storeDir}/${pathOrBase}`;
}

function readEntry(
  source: string,
  path: string,
  entry: Record<string, unknown>,
  storeDir: string,
): StoreObject {
  const { narSize, references, deriver } = entry;
  const full = fullPath(path, storeDir);
  // Each message names the field that is wrong.
  if (toStorePath(full, storeDir) !== full) fail(source, `'${path}' is not a store path (${storeDir}/HASH-NAME)`);
  if (narSize === undefined) fail(source, `the entry for ${path} has no narSize`);
  if (typeof narSize !== 'number' || !Number.isSafeInteger(narSize)) {
    fail(source, `the entry for ${path} has narSize ${JSON.stringify(narSize)?.slice(0, 40)}, not a whole number of bytes`);
  }
  if (narSize < 0) fail(source, `the entry for ${path} has a negative narSize (${narSize})`);
  if (!Array.isArray(references)) fail(source, `the entry for ${path} has no references list`);
  // A plain loop: this runs for every reference of every path (a million at 100 000 paths).
  const refs: string[] = [];
  for (const reference of references as unknown[]) {
    if (typeof reference !== 'string') fail(source, `the entry for ${path} has a reference that is not a string (${JSON.stringify(reference)?.slice(0, 40)})`);
    const ref = fullPath(reference, storeDir);
    // Nix lists a self-reference among the references; it adds nothing to a chain or a closure.
    if (ref !== full) refs.push(ref);
  }
  // Nix ≤ 2.18 leaves `deriver` out when it knows none, 2.19 on print null; 2.33's format 2 and 3
  // write a base name, as for references.
  if (deriver === undefined || deriver === null) return { path: full, narSize, references: refs };
  const drv = typeof deriver === 'string' ? fullPath(deriver, storeDir) : '';
  if (toStorePath(drv, storeDir) !== drv || !drv.endsWith('.drv')) {
    fail(source, `the entry for ${path} has deriver ${JSON.stringify(deriver)?.slice(0, 80)}, not the store path of a .drv`);
  }
  return { path: full, narSize, references: refs, deriver: drv };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Accepts the three shapes of `nix path-info --json`:
 * 1. an array of objects with a `path` field (Nix ≤ 2.18, Lix); invalid paths carry `valid: false`;
 * 2. an object keyed by full store path (Nix 2.19 – 2.32, NixOS/nix#9242); invalid paths map to null;
 * 3. Store Object Info v2 and v3 (Nix ≥ 2.33 `--json-format 2`, 2.35 `3`): a wrapper
 *    `{version, storeDir, info}` whose `info` is keyed by base name (`hash-name`), references
 *    as base names too. (`--json-format 1` on 2.33 is shape 2 with `version`/`storeDir` per entry.)
 */
export function parsePathInfoJson(
  json: unknown,
  source = 'nix path-info',
  storeDir = DEFAULT_STORE_DIR,
): PathInfoParseResult {
  const objects: StoreObject[] = [];
  const invalid: string[] = [];

  const add = (key: string, entry: unknown, dir: string): void => {
    if (entry === null) {
      invalid.push(fullPath(key, dir));
      return;
    }
    if (!isRecord(entry)) fail(source, `the entry for ${key} is not an object`);
    if (entry.valid === false) {
      invalid.push(fullPath(key, dir));
      return;
    }
    objects.push(readEntry(source, key, entry, typeof entry.storeDir === 'string' ? entry.storeDir : dir));
  };

  if (Array.isArray(json)) {
    json.forEach((entry, index) => {
      if (!isRecord(entry) || typeof entry.path !== 'string') fail(source, `entry ${index} has no "path"`);
      add(entry.path, entry, storeDir);
    });
  } else if (isRecord(json) && isRecord(json.info) && typeof json.version === 'number') {
    // Store Object Info v2/v3 (Nix ≥ 2.33, --json-format 2|3): {version, storeDir, info: {base name: entry}}.
    const dir = typeof json.storeDir === 'string' ? json.storeDir : storeDir;
    for (const [key, entry] of Object.entries(json.info)) add(key, entry, dir);
  } else if (isRecord(json)) {
    for (const [key, entry] of Object.entries(json)) add(key, entry, storeDir);
  } else {
    fail(source, 'it is neither a JSON array nor a JSON object');
  }
  return { objects, invalid };
}

