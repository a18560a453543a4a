// Packages the head has in more than one version or variant: two glibc versions, systemd beside
// systemd-minimal, util-linux beside util-linux-minimal, db-4.8 beside db-5.3. A device stores
// and downloads each of them, and one of them is usually an oversight.

import type { ChainIndex } from './chains.js';
import { pathNames } from './diff.js';
import { type StorePathName, parseStorePathName, storePathName } from './store-path.js';
import type { Closure, Duplicate, DuplicatePath } from './types.js';

/**
 * Name suffixes nixpkgs gives a cut-down build of a package (util-linux-minimal, emacs-nox,
 * openjdk-headless, vim-tiny): a package and its variants are one family. `-wrapped` and
 * `-unwrapped` are deliberately not here: a wrapper and the program it wraps are one program
 * in two paths (firefox and firefox-unwrapped), not two copies of it.
 */
export const VARIANT_SUFFIXES = ['-minimal', '-small', '-headless', '-nox', '-lite', '-slim', '-tiny'] as const;

/** `util-linux-minimal` → `util-linux`; `emacs-nox` → `emacs`; a name without a variant suffix as it is. */
export function packageFamily(name: string): string {
  let family = name;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const suffix of VARIANT_SUFFIXES) {
      if (family.length > suffix.length && family.endsWith(suffix)) {
        family = family.slice(0, -suffix.length);
        stripped = true;
      }
    }
  }
  return family;
}

export interface Variant {
  name: string;
  version: string;
}

// diff-closures strips one output-like word from a name; a second one stays in the version
// (linux-6.1.55-modules-shrunk is linux 6.1.55-modules). Dropped here, so the kernel, its
// modules and the initrd's shrunk modules are one variant, not three.
const TRAILING_WORDS = /(?:-[A-Za-z]+)+$/;

/** The variant of a path already split by parseStorePathName. */
function variantOfName({ name, version }: StorePathName): Variant {
  return { name, version: version.replace(TRAILING_WORDS, '') };
}

/**
 * The package and version a store path is a part of, as `nix store diff-closures` splits it:
 * outputs fold into their package (glibc-2.37-8 and glibc-2.37-8-bin are one variant).
 */
export function variantOf(path: string): Variant {
  return variantOfName(parseStorePathName(path));
}

/** `util-linux-minimal-2.39`: how a variant is written, and its identity. */
export const variantLabel = (variant: Variant): string => `${variant.name}-${variant.version}`;

/** Family → variant label → the ids of that variant's paths. */
function variantsByFamily(closure: Closure): Map<string, Map<string, number[]>> {
  const families = new Map<string, Map<string, number[]>>();
  const names = pathNames(closure);
  for (let id = 0; id < names.length; id++) {
    const parsed = names[id] as StorePathName;
    // Names without a version (etc, system-path, unit-*.service, source) are configuration
    // and sources, not packages a device could hold twice.
    if (parsed.version === '') continue;
    const variant = variantOfName(parsed);
    const family = packageFamily(variant.name);
    let variants = families.get(family);
    if (!variants) {
      variants = new Map();
      families.set(family, variants);
    }
    const label = variantLabel(variant);
    const ids = variants.get(label);
    if (ids) ids.push(id);
    else variants.set(label, [id]);
  }
  return families;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** By store path name (util-linux-2.39-bin before -lib), then by hash. */
const byName = (a: string, b: string): number => byString(storePathName(a), storePathName(b)) || byString(a, b);

/**
 * The families with more than one (name, version) in the head, each with every path of every
 * variant and its chain. `new` when the base had at most one variant of the family. New ones
 * first, then the biggest.
 */
export function findDuplicates(base: Closure, head: Closure, chains: ChainIndex): Duplicate[] {
  const headFamilies = variantsByFamily(head);
  const several = [...headFamilies].filter(([, variants]) => variants.size > 1);
  if (several.length === 0) return [];
  const before = variantsByFamily(base);
  const duplicates: Duplicate[] = [];
  for (const [name, variants] of several) {
    const paths: DuplicatePath[] = [...variants.keys()].sort(byString).flatMap((label) =>
      (variants.get(label) ?? [])
        .map((id) => ({ path: head.paths[id] as string, narSize: head.narSizes[id] as number, chain: chains.chainToId(id) }))
        .sort((a, b) => byName(a.path, b.path)),
    );
    const size = paths.reduce((sum, p) => sum + p.narSize, 0);
    duplicates.push({ name, paths, size, new: (before.get(name)?.size ?? 0) < 2 });
  }
  return duplicates.sort((a, b) => Number(b.new) - Number(a.new) || b.size - a.size || byString(a.name, b.name));
}

/** The variants of a duplicate, in its order: `util-linux-2.39`, `util-linux-minimal-2.39`. */
export function duplicateVariants(duplicate: Duplicate): string[] {
  return [...new Set(duplicate.paths.map((p) => variantLabel(variantOf(p.path))))];
}
