// Packages the head has in more than one version or variant: two glibc versions, systemd beside
// systemd-minimal, util-linux beside util-linux-minimal, db-4.8 beside db-5.3. A device stores
// and downloads each of them, and one of them is usually an oversight.

import { pairClosures, pairNames } from './diff.js';
import { type StorePathName, parseStorePathName, splitDrvName, storePathName } from './store-path.js';
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
  // Most names hold no `-` (glibc, zlib): nothing to strip.
  if (name.indexOf('-') === -1) return name;
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

// Outputs of one derivation are one variant. Where path-info names a path's deriver, the variant
// is the derivation's: its name (`nss-cacert-3.111.drv` → nss-cacert 3.111) is what every output
// is named after, so nss-cacert-3.111-p11kit, or hello-1.0-beta-lib beside hello-1.0-beta (whose
// `-beta` diff-closures takes for an output), is told by Nix itself. Where it does not (a narinfo
// without Deriver, an old dump or baseline), the output-name rule below guesses from the name.
//
// diff-closures strips one output-like word from a name (`[a-z]+`); a second one, or an output
// name with digits in it, stays in the version (linux-6.1.55-modules-shrunk is linux
// 6.1.55-modules, nss-cacert-3.111-p11kit is nss-cacert 3.111-p11kit). So every trailing
// output-like word is dropped here: the kernel, its modules and the initrd's shrunk modules are
// one variant, and so are nss-cacert and its p11kit output. A word that is part of a version
// (rc1, beta2, pre3) stays.
const TRAILING_WORD = /-([A-Za-z][A-Za-z0-9]*)$/;
const VERSION_WORD = /^(?:rc|beta|alpha|pre|post|dev|git|unstable)[0-9]*$/i;

function dropOutputWords(version: string): string {
  for (;;) {
    const word = TRAILING_WORD.exec(version);
    if (!word || VERSION_WORD.test(word[1] as string)) return version;
    version = version.slice(0, word.index);
  }
}

/** The variant of a path already split by parseStorePathName. */
function variantOfName({ name, version }: StorePathName): Variant {
  // Most versions end in a digit: no word to drop.
  const last = version.charCodeAt(version.length - 1);
  const digit = last >= 48 && last <= 57;
  return { name, version: digit ? version : dropOutputWords(version) };
}

/**
 * Store paths NixOS writes for a configuration, not packages: systemd units
 * (nixos/lib/systemd-lib.nix names them `unit-${name}`, so `unit-99-ethernet-default-dhcp.network`
 * reads as package `unit` version `99-…`) and the D-Bus configuration directory
 * (nixos/modules/services/system/dbus.nix, `makeDBusConf` names it `dbus-1`, beside the
 * dbus-1.14.10 package). A device never holds two of these by mistake.
 */
function isGeneratedByNixOS(name: string, version: string): boolean {
  return name === 'unit' || name.startsWith('unit-') || (name === 'dbus' && version === '1');
}

/**
 * A version as nixpkgs writes one starts with a digit (DrvName takes whatever follows the first
 * `-` before a non-letter, so `unit--.slice` has the version `-.slice`): anything else is not
 * a package's version, and the path is no variant.
 */
function looksLikeVersion(version: string): boolean {
  const first = version.charCodeAt(0);
  return first >= 48 && first <= 57;
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

/** Each path's family and variant label (null: no version), by id. */
interface PathVariants {
  family: string[];
  label: (string | null)[];
}

/** A derivation's name and version, from its .drv path: a drv name has no output to strip. */
function derivationName(drv: string): StorePathName {
  return { ...splitDrvName(storePathName(drv).slice(0, -'.drv'.length)), output: '' };
}

/**
 * The families and variant labels of `closure`'s paths (`names`, by id); those it shares with
 * `known` (a closure already done, and each path's id there) are taken from it, not split again.
 */
function pathVariants(names: StorePathName[], closure: Closure, known?: { variants: PathVariants; ids: Int32Array }): PathVariants {
  const family = new Array<string>(names.length);
  const label = new Array<string | null>(names.length);
  const { deriverOf, derivers = [] } = closure;
  // Each derivation split once, however many of its outputs are here.
  const derivations = new Array<StorePathName | undefined>(deriverOf ? derivers.length : 0);
  for (let id = 0; id < names.length; id++) {
    const other = known ? (known.ids[id] as number) : -1;
    if (other !== -1) {
      family[id] = known?.variants.family[other] as string;
      label[id] = known?.variants.label[other] as string | null;
      continue;
    }
    const d = deriverOf ? (deriverOf[id] as number) : -1;
    const parsed = d === -1 ? (names[id] as StorePathName) : (derivations[d] ??= derivationName(derivers[d] as string));
    // Names without a version (etc, system-path, source), with something else than a version
    // (unit--.slice), or that NixOS generates are configuration and sources, not packages a
    // device could hold twice.
    const variant = variantOfName(parsed);
    family[id] = packageFamily(variant.name);
    label[id] = !looksLikeVersion(parsed.version) || isGeneratedByNixOS(parsed.name, parsed.version) ? null : variantLabel(variant);
  }
  return { family, label };
}

/** The families with more than one variant: family → variant label → the ids of its paths. */
function severalVariants({ family, label }: PathVariants): Map<string, Map<string, number[]>> {
  // One pass to find them (most families have one variant), then their paths.
  const first = new Map<string, string>();
  const several = new Set<string>();
  for (let id = 0; id < family.length; id++) {
    const own = label[id];
    if (own == null) continue;
    const seen = first.get(family[id] as string);
    if (seen === undefined) first.set(family[id] as string, own);
    else if (seen !== own) several.add(family[id] as string);
  }
  const families = new Map<string, Map<string, number[]>>();
  if (several.size === 0) return families;
  for (let id = 0; id < family.length; id++) {
    const own = label[id];
    if (own == null || !several.has(family[id] as string)) continue;
    let variants = families.get(family[id] as string);
    if (!variants) {
      variants = new Map();
      families.set(family[id] as string, variants);
    }
    const ids = variants.get(own);
    if (ids) ids.push(id);
    else variants.set(own, [id]);
  }
  return families;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** By store path name (util-linux-2.39-bin before -lib), then by hash. */
const byName = (a: string, b: string): number => byString(storePathName(a), storePathName(b)) || byString(a, b);

/**
 * The families with more than one (name, version) in the head, each with every path of every
 * variant. `new` when the base had at most one variant of the family. New ones
 * first, then the biggest.
 */
export function findDuplicates(base: Closure, head: Closure): Duplicate[] {
  const names = pairNames(base, head);
  const headVariants = pathVariants(names.head, head);
  // An image's own output is the file that holds the packages, not one of them.
  if (head.image) headVariants.label[head.rootId] = null;
  const several = severalVariants(headVariants);
  if (several.size === 0) return [];
  // How many variants the base had of each of them: its paths shared with the head are split already.
  const baseVariants = pathVariants(names.base, base, { variants: headVariants, ids: pairClosures(base, head).baseInHead });
  if (base.image) baseVariants.label[base.rootId] = null;
  const before = new Map<string, Set<string>>();
  for (let id = 0; id < baseVariants.family.length; id++) {
    const family = baseVariants.family[id] as string;
    const own = baseVariants.label[id];
    if (own == null || !several.has(family)) continue;
    const labels = before.get(family) ?? new Set<string>();
    labels.add(own);
    before.set(family, labels);
  }
  const duplicates: Duplicate[] = [];
  for (const [name, variants] of several) {
    const labels = [...variants.keys()].sort(byString);
    const paths: DuplicatePath[] = labels.flatMap((label) =>
      (variants.get(label) ?? [])
        .map((id) => ({ path: head.paths[id] as string, narSize: head.narSizes[id] as number }))
        .sort((a, b) => byName(a.path, b.path)),
    );
    const size = paths.reduce((sum, p) => sum + p.narSize, 0);
    duplicates.push({ name, variants: labels, paths, size, new: (before.get(name)?.size ?? 0) < 2 });
  }
  return duplicates.sort((a, b) => Number(b.new) - Number(a.new) || b.size - a.size || byString(a.name, b.name));
}

/**
 * The variants of a duplicate, in its order: `util-linux-2.39`, `util-linux-minimal-2.39`. A
 * report written before they were kept has only the paths: their names tell.
 */
export function duplicateVariants(duplicate: Duplicate): string[] {
  return duplicate.variants ?? [...new Set(duplicate.paths.map((p) => variantLabel(variantOf(p.path))))];
}
