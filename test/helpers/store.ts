// Realistic store paths and closures for the unit tests of the pure core.
import { createHash } from 'node:crypto';
import type { Closure, StoreObject } from '../../src/core/types.js';

const NIX_BASE32 = '0123456789abcdfghijklmnpqrsvwxyz';

/** A deterministic, valid-looking store path: 32 nix-base32 characters, then the name. */
export function storePath(name: string, salt = ''): string {
  const digest = createHash('sha256').update(`${salt}:${name}`).digest();
  let hash = '';
  for (let i = 0; i < 32; i++) hash += NIX_BASE32[(digest[i] ?? 0) % 32];
  return `/nix/store/${hash}-${name}`;
}

/** A closure from `{ name: [narSize, [referenced names]] }`; the first entry is the root. */
export function makeClosure(spec: Record<string, [number, string[]]>, salt = ''): Closure {
  const objects = new Map<string, StoreObject>();
  const paths = Object.fromEntries(Object.keys(spec).map((name) => [name, storePath(name, salt)]));
  for (const [name, [narSize, refs]] of Object.entries(spec)) {
    const path = paths[name] as string;
    objects.set(path, { path, narSize, references: refs.map((r) => paths[r] ?? storePath(r, salt)) });
  }
  return { root: paths[Object.keys(spec)[0] as string] as string, objects };
}
