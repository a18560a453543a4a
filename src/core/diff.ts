// Base closure vs head closure: added and removed paths, packages grouped by name with
// their version sets (as `nix store diff-closures` groups them), and where new bytes come from.

import type { ChainIndex } from './chains.js';
import { imageRootId } from './image.js';
import { type StorePathName, parseStorePathName } from './store-path.js';
import type { Closure, Growth, PackageChange, PathSize } from './types.js';

/** `nix store diff-closures` shows a size change only from 8 KiB on; so do we. */
export const PACKAGE_SIZE_DELTA_THRESHOLD = 8 * 1024;

/** Two closures matched path by path. */
export interface ClosurePair {
  base: Closure;
  head: Closure;
  /** Each head path's id in the base, or -1: added. */
  headInBase: Int32Array;
  /** Each base path's id in the head, or -1: removed. */
  baseInHead: Int32Array;
}

// Closures never change once made: a pair, or a closure's names, is worked out once however
// many parts of the analysis ask.
const pairs = new WeakMap<Closure, WeakMap<Closure, ClosurePair>>();
const names = new WeakMap<Closure, StorePathName[]>();

/** Matches the paths of two closures in one merge of their sorted path lists. */
export function pairClosures(base: Closure, head: Closure): ClosurePair {
  let byHead = pairs.get(base);
  const known = byHead?.get(head);
  if (known) return known;
  const headInBase = new Int32Array(head.paths.length).fill(-1);
  const baseInHead = new Int32Array(base.paths.length).fill(-1);
  const b = base.paths;
  const h = head.paths;
  for (let i = 0, j = 0; i < b.length && j < h.length; ) {
    const x = b[i] as string;
    const y = h[j] as string;
    if (x === y) {
      baseInHead[i] = j;
      headInBase[j] = i;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const pair = { base, head, headInBase, baseInHead };
  if (!byHead) {
    byHead = new WeakMap();
    pairs.set(base, byHead);
  }
  byHead.set(head, pair);
  return pair;
}

/** Every path's name, version and output, by id. */
export function pathNames(closure: Closure): StorePathName[] {
  let known = names.get(closure);
  if (!known) {
    known = closure.paths.map(parseStorePathName);
    names.set(closure, known);
  }
  return known;
}

/** Both closures' path names; the base's paths that the head has are split once, for the head. */
export function pairNames(base: Closure, head: Closure): { base: StorePathName[]; head: StorePathName[] } {
  const headNames = pathNames(head);
  let baseNames = names.get(base);
  if (!baseNames) {
    const { baseInHead } = pairClosures(base, head);
    baseNames = base.paths.map((path, id) => {
      const other = baseInHead[id] as number;
      return other === -1 ? parseStorePathName(path) : (headNames[other] as StorePathName);
    });
    names.set(base, baseNames);
  }
  return { base: baseNames, head: headNames };
}

/**
 * The paths of `from` whose id in the other closure is -1, biggest first, then by path; an
 * image's own output is not one of them (its file is measured as the image).
 */
function only(from: Closure, otherId: Int32Array): PathSize[] {
  const ids: number[] = [];
  const skip = imageRootId(from);
  for (let id = 0; id < otherId.length; id++) if (otherId[id] === -1 && id !== skip) ids.push(id);
  // Ids sort like paths: numbers compared, not strings (every path of a mass rebuild is here).
  const sizes = from.narSizes;
  ids.sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b);
  return ids.map((id) => ({ path: from.paths[id] as string, narSize: sizes[id] as number }));
}

// Made once per pair: the shell measures the added paths while the analysis lists them.
const added = new WeakMap<ClosurePair, PathSize[]>();
const removed = new WeakMap<ClosurePair, PathSize[]>();

/** The head's paths the base lacks, biggest first, then by path. Shared: do not change it. */
export function addedPaths(base: Closure, head: Closure): PathSize[] {
  const pair = pairClosures(base, head);
  let paths = added.get(pair);
  if (!paths) {
    paths = only(head, pair.headInBase);
    added.set(pair, paths);
  }
  return paths;
}

/** The base's paths the head lacks, biggest first, then by path. Shared: do not change it. */
export function removedPaths(base: Closure, head: Closure): PathSize[] {
  const pair = pairClosures(base, head);
  let paths = removed.get(pair);
  if (!paths) {
    paths = only(base, pair.baseInHead);
    removed.set(pair, paths);
  }
  return paths;
}

/**
 * The packages whose version set changed or whose size moved by at least 8 KiB: the same
 * names `nix store diff-closures` lists, sorted by name as it sorts them.
 *
 * A path in both closures counts alike on both sides, so only the names of added and removed
 * paths can change, and a size delta is what the added paths bring less what the removed ones
 * took. A version set changed when some (name, version) is on one side only: each is numbered
 * once, so a mass rebuild (every path added and removed, most versions the same) compares
 * numbers, and only the packages that changed get their version lists made and sorted.
 */
export function packageChanges(base: Closure, head: Closure): PackageChange[] {
  const { headInBase, baseInHead } = pairClosures(base, head);
  const { base: baseNames, head: headNames } = pairNames(base, head);
  // The touched names, numbered in the order met; their size deltas by number.
  const nameIds = new Map<string, number>();
  const touchedNames: string[] = [];
  const deltas: number[] = [];
  const touch = (name: string, size: number): void => {
    let id = nameIds.get(name);
    if (id === undefined) {
      id = touchedNames.push(name) - 1;
      nameIds.set(name, id);
      deltas.push(0);
    }
    deltas[id] = (deltas[id] as number) + size;
  };
  // An image's own output is no package of the system inside it.
  const headImage = imageRootId(head);
  const baseImage = imageRootId(base);
  for (let id = 0; id < headInBase.length; id++) if (headInBase[id] === -1 && id !== headImage) touch((headNames[id] as StorePathName).name, head.narSizes[id] as number);
  for (let id = 0; id < baseInHead.length; id++) if (baseInHead[id] === -1 && id !== baseImage) touch((baseNames[id] as StorePathName).name, -(base.narSizes[id] as number));
  if (touchedNames.length === 0) return [];

  // Each side's (name, version) pairs of touched names, as numbers name × 2^21 + version.
  const versionIds = new Map<string, number>();
  const versionOf: string[] = [];
  const pairsOf = (names: StorePathName[], skip: number): Float64Array => {
    const keys = new Float64Array(names.length);
    let count = 0;
    for (let id = 0; id < names.length; id++) {
      if (id === skip) continue;
      const { name, version } = names[id] as StorePathName;
      const nameId = nameIds.get(name);
      if (nameId === undefined) continue;
      let versionId = versionIds.get(version);
      if (versionId === undefined) {
        versionId = versionOf.push(version) - 1;
        versionIds.set(version, versionId);
      }
      keys[count++] = nameId * VERSION_IDS + versionId;
    }
    return keys.subarray(0, count).sort();
  };
  const before = pairsOf(baseNames, baseImage);
  const after = pairsOf(headNames, headImage);
  // Walk both sorted lists: a key on one side only marks its name's version set changed.
  const versionsChanged = new Uint8Array(touchedNames.length);
  for (let i = 0, j = 0; i < before.length || j < after.length; ) {
    const x = i < before.length ? (before[i] as number) : Infinity;
    const y = j < after.length ? (after[j] as number) : Infinity;
    if (x === y) {
      for (i++; before[i] === x; i++);
      for (j++; after[j] === y; j++);
      continue;
    }
    const only = Math.min(x, y);
    versionsChanged[Math.floor(only / VERSION_IDS)] = 1;
    if (x === only) for (i++; before[i] === x; i++);
    else for (j++; after[j] === y; j++);
  }
  const versionsIn = (keys: Float64Array, nameId: number): string[] => {
    const versions: string[] = [];
    // The keys of one name are next to each other, each once after the walk above skipped repeats.
    let at = lowerBound(keys, nameId * VERSION_IDS);
    for (let last = -1; at < keys.length && Math.floor((keys[at] as number) / VERSION_IDS) === nameId; at++) {
      if (keys[at] !== last) versions.push(versionOf[(keys[at] as number) % VERSION_IDS] as string);
      last = keys[at] as number;
    }
    // The default sort compares UTF-16 code units, as `<` does, and is quicker than a comparator.
    return versions.sort();
  };
  const changed: string[] = [];
  for (let nameId = 0; nameId < touchedNames.length; nameId++) {
    if (versionsChanged[nameId] === 1 || Math.abs(deltas[nameId] as number) >= PACKAGE_SIZE_DELTA_THRESHOLD) changed.push(touchedNames[nameId] as string);
  }
  return changed.sort().map((name) => {
    const nameId = nameIds.get(name) as number;
    return { name, baseVersions: versionsIn(before, nameId), headVersions: versionsIn(after, nameId), sizeDelta: deltas[nameId] as number };
  });
}

/** Room for this many distinct versions under each name's number (more than any closure holds paths). */
const VERSION_IDS = 2 ** 21;

/** The first index of sorted `keys` whose value is at least `value`. */
function lowerBound(keys: Float64Array, value: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Versions in `from` and not in `other`: what diff-closures prints on each side of `→`. */
export function versionsOnlyIn(from: string[], other: string[]): string[] {
  const otherSet = new Set(other);
  return from.filter((v) => !otherSet.has(v));
}

/**
 * Attributes new bytes to the newly added dependency that brings them: every added path whose
 * chain passes through a package the base did not have (by name) is counted under the first
 * such package on its chain (python3 under iproute2 brings python3 and libffi). Rebuilt and
 * version-bumped packages are not growth of this kind; their net change is in packageChanges.
 *
 * One pass over the breadth-first tree, parents before children: a path's first new package
 * is its parent's, or else the path itself when its own package is new (the root is never
 * one). The same answer as walking each added path's chain, without the walk.
 */
export function attributeGrowth(base: Closure, head: Closure, chains: ChainIndex): Growth[] {
  const baseNames = new Set<string>();
  for (const { name } of pathNames(base)) baseNames.add(name);
  const headNames = pathNames(head);
  const { headInBase } = pairClosures(base, head);
  const { parent, order } = chains;

  const via = new Int32Array(head.paths.length).fill(-1);
  for (let k = 0; k < order.length; k++) {
    const id = order[k] as number;
    const up = parent[id] as number;
    if (up < 0) continue;
    const inherited = via[up] as number;
    via[id] = inherited !== -1 ? inherited : baseNames.has((headNames[id] as StorePathName).name) ? -1 : id;
  }
  const groups = new Map<number, Growth>();
  for (let id = 0; id < headInBase.length; id++) {
    if (headInBase[id] !== -1 || via[id] === -1) continue;
    const at = via[id] as number;
    let group = groups.get(at);
    if (!group) {
      group = { via: head.paths[at] as string, addedSize: 0, addedPaths: 0 };
      groups.set(at, group);
    }
    group.addedSize += head.narSizes[id] as number;
    group.addedPaths += 1;
  }
  return [...groups.values()].sort((a, b) => b.addedSize - a.addedSize || (a.via < b.via ? -1 : 1));
}
