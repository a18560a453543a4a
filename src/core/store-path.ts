// Store path names, split the way `nix store diff-closures` splits them, so that our
// package list and Nix's own name the same packages with the same versions.

export const DEFAULT_STORE_DIR = '/nix/store';

export interface StorePathName {
  /** `python3` for `/nix/store/…-python3-3.11.4-bin`. */
  name: string;
  /** `3.11.4`; empty when the name has none (Nix prints it as ε). */
  version: string;
  /** The folded output suffix (`bin`, `lib`, `man`, …), empty when none. */
  output: string;
}

// src/nix/diff-closures.cc: "Strip the output name. Unfortunately this is ambiguous (we can't
// distinguish between output names like "bin" and version suffixes like "unstable")." Its
// std::regex_match of `(.*)-([a-z]+|lib32|lib64)` anchors the whole name, and neither
// alternative holds a `-`, so the output is whatever follows the LAST `-`, when it is one of those.
const OUTPUT_NAME = /^(?:[a-z]+|lib32|lib64)$/;

/** The part after the hash: `/nix/store/abc…-hello-2.12` → `hello-2.12`. */
export function storePathName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dash = base.indexOf('-');
  return dash === -1 ? base : base.slice(dash + 1);
}

/** Nix's DrvName: the version starts at the first `-` followed by a non-letter. */
export function splitDrvName(fullName: string): { name: string; version: string } {
  for (let i = fullName.indexOf('-'); i !== -1 && i < fullName.length - 1; i = fullName.indexOf('-', i + 1)) {
    const next = fullName.charCodeAt(i + 1);
    const letter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (!letter) return { name: fullName.slice(0, i), version: fullName.slice(i + 1) };
  }
  return { name: fullName, version: '' };
}

/** A store path's package name, version and output, split as diff-closures splits them. */
export function parseStorePathName(path: string): StorePathName {
  let fullName = storePathName(path);
  let output = '';
  const dash = fullName.lastIndexOf('-');
  if (dash !== -1 && OUTPUT_NAME.test(fullName.slice(dash + 1))) {
    output = fullName.slice(dash + 1);
    fullName = fullName.slice(0, dash);
  }
  return { ...splitDrvName(fullName), output };
}

/** `/nix/store/<32 chars>-name`, optionally followed by a path inside it. */
export function isStorePath(path: string, storeDir = DEFAULT_STORE_DIR): boolean {
  return toStorePath(path, storeDir) !== null;
}

/** The store path that holds `path` (`/nix/store/x-img/image.raw` → `/nix/store/x-img`), or null. */
export function toStorePath(path: string, storeDir = DEFAULT_STORE_DIR): string | null {
  const prefix = storeDir.endsWith('/') ? storeDir : `${storeDir}/`;
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  const base = rest.split('/')[0] ?? '';
  // Nix base32 hashes are 32 characters drawn from 0-9a-z without e, o, u, t.
  if (!/^[0-9a-df-np-sv-z]{32}-[A-Za-z0-9+\-._?=]+$/.test(base)) return null;
  return prefix + base;
}
