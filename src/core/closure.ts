// The closure model: store path → narSize and references, read from `nix path-info --json
// --recursive` in every shape Nix has printed, and the totals Nix itself would print.

import { UsageError } from './errors.js';
import { DEFAULT_STORE_DIR } from './store-path.js';
import type { Closure, StoreObject } from './types.js';

export interface PathInfoParseResult {
  objects: Map<string, StoreObject>;
  /** Paths Nix reported as not valid (not in the store it asked). */
  invalid: string[];
}

function fail(source: string, what: string): never {
  throw new UsageError(
    `${source}: ${what}; expected the output of 'nix path-info --json --recursive PATH'`,
  );
}

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
  const { narSize, references } = entry;
  if (typeof narSize !== 'number' || !Number.isFinite(narSize) || narSize < 0) {
    fail(source, `the entry for ${path} has no numeric narSize`);
  }
  if (!Array.isArray(references)) fail(source, `the entry for ${path} has no references list`);
  const full = fullPath(path, storeDir);
  // A plain loop: this runs for every reference of every path (a million at 100 000 paths).
  const refs: string[] = [];
  for (const reference of references as unknown[]) {
    if (typeof reference !== 'string') fail(source, `the entry for ${path} has no references list`);
    const ref = fullPath(reference, storeDir);
    // Nix lists a self-reference among the references; it adds nothing to a chain or a closure.
    if (ref !== full) refs.push(ref);
  }
  return { path: full, narSize, references: refs };
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
  const objects = new Map<string, StoreObject>();
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
    const object = readEntry(source, key, entry, typeof entry.storeDir === 'string' ? entry.storeDir : dir);
    objects.set(object.path, object);
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
  sortReferences(objects);
  return { objects, invalid };
}

/**
 * Sorts each path's references (Nix prints them sorted; then this only checks), so that chains
 * need not sort them: the same chain is picked among equal ones on every run.
 */
function sortReferences(objects: Map<string, StoreObject>): void {
  for (const object of objects.values()) {
    const refs = object.references;
    for (let i = 1; i < refs.length; i++) {
      if ((refs[i - 1] as string) > (refs[i] as string)) {
        refs.sort();
        break;
      }
    }
  }
}

/** The paths no other path refers to: the roots a path-info dump was taken from. */
export function findRoots(objects: Map<string, StoreObject>): string[] {
  const referenced = new Set<string>();
  for (const object of objects.values()) for (const ref of object.references) referenced.add(ref);
  return [...objects.keys()].filter((path) => !referenced.has(path)).sort();
}

/**
 * The closure of `root` within `objects`. Every reference must be present: a dump without
 * `--recursive` (or cut short) would silently under-count, so it is an error instead.
 */
export function closureOf(objects: Map<string, StoreObject>, root: string, source = 'nix path-info'): Closure {
  const closure = new Map<string, StoreObject>();
  const stack = [root];
  while (stack.length > 0) {
    const path = stack.pop() as string;
    if (closure.has(path)) continue;
    const object = objects.get(path);
    if (!object) {
      if (path === root) fail(source, `it does not describe ${root}`);
      fail(source, `${path} is referenced but missing (was --recursive given?)`);
    }
    closure.set(path, object);
    for (const ref of object.references) if (!closure.has(ref)) stack.push(ref);
  }
  return { root, objects: closure };
}

/**
 * What `nix path-info --json --recursive ROOT` printed is ROOT's closure, exactly: taken as it
 * is, without walking a million references again to find what Nix just found.
 */
export function closureOfRecursiveDump(parsed: PathInfoParseResult, root: string, source = 'nix path-info'): Closure {
  if (!parsed.objects.has(root)) fail(source, `it does not describe ${root}`);
  return { root, objects: parsed.objects };
}

/**
 * The single root of a dump, as a Closure; an error naming the roots when there are several.
 * A file may hold anything, so it is walked: every reference must be in it.
 */
export function closureFromDump(parsed: PathInfoParseResult, source: string): Closure {
  const { objects } = parsed;
  const roots = findRoots(objects);
  if (objects.size === 0) fail(source, 'it holds no store paths');
  if (roots.length === 0) fail(source, 'it has no root (every path is referenced by another)');
  if (roots.length > 1) {
    throw new UsageError(
      `${source}: holds ${roots.length} closures (${roots.slice(0, 3).join(', ')}${roots.length > 3 ? ', …' : ''}); dump one root per file with 'nix path-info --json --recursive ROOT'`,
    );
  }
  return closureOf(objects, roots[0] as string, source);
}

/** What `nix path-info -S ROOT` prints: the sum of the NAR sizes of the closure. */
export function closureSize(closure: Closure): number {
  let total = 0;
  for (const object of closure.objects.values()) total += object.narSize;
  return total;
}

/** What `nix-store -qR ROOT | wc -l` prints. */
export function pathCount(closure: Closure): number {
  return closure.objects.size;
}
