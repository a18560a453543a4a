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

export function addedPaths(base: Closure, head: Closure): PathSize[] {
  return only(head, pairClosures(base, head).headInBase);
}

export function removedPaths(base: Closure, head: Closure): PathSize[] {
  return only(base, pairClosures(base, head).baseInHead);
}

interface PackageGroup {
  versions: Set<string>;
  size: number;
}

/** The paths of `closure` whose package name is one of `wanted`, grouped by name. */
function groupByPackage(closure: Closure, wanted: Set<string>): Map<string, PackageGroup> {
  const groups = new Map<string, PackageGroup>();
  const parsed = pathNames(closure);
  const skip = imageRootId(closure);
  for (let id = 0; id < parsed.length; id++) {
    if (id === skip) continue;
    const { name, version } = parsed[id] as StorePathName;
    if (!wanted.has(name)) continue;
    let group = groups.get(name);
    if (!group) {
      group = { versions: new Set(), size: 0 };
      groups.set(name, group);
    }
    group.versions.add(version);
    group.size += closure.narSizes[id] as number;
  }
  return groups;
}

// The default sort compares UTF-16 code units, as `<` does, and is quicker than a comparator.
const sortedStrings = (values: Iterable<string>): string[] => [...values].sort();

/**
 * The packages whose version set changed or whose size moved by at least 8 KiB: the same
 * names `nix store diff-closures` lists, sorted by name as it sorts them.
 */
export function packageChanges(base: Closure, head: Closure): PackageChange[] {
  // A path in both closures counts alike on both sides: only the names of added and removed
  // paths can change.
  const { headInBase, baseInHead } = pairClosures(base, head);
  const touched = new Set<string>();
  const { base: baseNames, head: headNames } = pairNames(base, head);
  // An image's own output is no package of the system inside it.
  const headImage = imageRootId(head);
  const baseImage = imageRootId(base);
  for (let id = 0; id < headInBase.length; id++) if (headInBase[id] === -1 && id !== headImage) touched.add((headNames[id] as StorePathName).name);
  for (let id = 0; id < baseInHead.length; id++) if (baseInHead[id] === -1 && id !== baseImage) touched.add((baseNames[id] as StorePathName).name);
  const before = groupByPackage(base, touched);
  const after = groupByPackage(head, touched);
  const changes: PackageChange[] = [];
  for (const name of sortedStrings(touched)) {
    const baseVersions = sortedStrings(before.get(name)?.versions ?? []);
    const headVersions = sortedStrings(after.get(name)?.versions ?? []);
    const sizeDelta = (after.get(name)?.size ?? 0) - (before.get(name)?.size ?? 0);
    const versionsChanged =
      baseVersions.length !== headVersions.length || baseVersions.some((v, i) => v !== headVersions[i]);
    if (versionsChanged || Math.abs(sizeDelta) >= PACKAGE_SIZE_DELTA_THRESHOLD) {
      changes.push({ name, baseVersions, headVersions, sizeDelta });
    }
  }
  return changes;
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
