// Base closure vs head closure: added and removed paths, packages grouped by name with
// their version sets (as `nix store diff-closures` groups them), and where new bytes come from.

import type { ChainIndex } from './chains.js';
import { parseStorePathName } from './store-path.js';
import type { Closure, Growth, PackageChange, PathSize } from './types.js';

/** `nix store diff-closures` shows a size change only from 8 KiB on; so do we. */
export const PACKAGE_SIZE_DELTA_THRESHOLD = 8 * 1024;

const bySizeThenPath = (a: PathSize, b: PathSize): number =>
  b.narSize - a.narSize || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function only(from: Closure, notIn: Closure): PathSize[] {
  const result: PathSize[] = [];
  for (const object of from.objects.values()) {
    if (!notIn.objects.has(object.path)) result.push({ path: object.path, narSize: object.narSize });
  }
  return result.sort(bySizeThenPath);
}

export function addedPaths(base: Closure, head: Closure): PathSize[] {
  return only(head, base);
}

export function removedPaths(base: Closure, head: Closure): PathSize[] {
  return only(base, head);
}

interface PackageGroup {
  versions: Set<string>;
  size: number;
}

function groupByPackage(closure: Closure): Map<string, PackageGroup> {
  const groups = new Map<string, PackageGroup>();
  for (const object of closure.objects.values()) {
    const { name, version } = parseStorePathName(object.path);
    let group = groups.get(name);
    if (!group) {
      group = { versions: new Set(), size: 0 };
      groups.set(name, group);
    }
    group.versions.add(version);
    group.size += object.narSize;
  }
  return groups;
}

const sortedStrings = (values: Iterable<string>): string[] =>
  [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The packages whose version set changed or whose size moved by at least 8 KiB: the same
 * names `nix store diff-closures` lists, sorted by name as it sorts them.
 */
export function packageChanges(base: Closure, head: Closure): PackageChange[] {
  const before = groupByPackage(base);
  const after = groupByPackage(head);
  const changes: PackageChange[] = [];
  for (const name of sortedStrings(new Set([...before.keys(), ...after.keys()]))) {
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
 */
export function attributeGrowth(base: Closure, added: PathSize[], chains: ChainIndex): Growth[] {
  const baseNames = new Set<string>();
  for (const path of base.objects.keys()) baseNames.add(parseStorePathName(path).name);

  const groups = new Map<string, Growth>();
  for (const { path, narSize } of added) {
    const chain = chains.chainTo(path);
    if (!chain) continue;
    const viaIndex = chain.findIndex((p, i) => i > 0 && !baseNames.has(parseStorePathName(p).name));
    if (viaIndex === -1) continue;
    const via = chain[viaIndex] as string;
    const group = groups.get(via) ?? { via, chain: chain.slice(0, viaIndex + 1), addedSize: 0, addedPaths: 0 };
    group.addedSize += narSize;
    group.addedPaths += 1;
    groups.set(via, group);
  }
  return [...groups.values()].sort((a, b) => b.addedSize - a.addedSize || (a.via < b.via ? -1 : 1));
}
