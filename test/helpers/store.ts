// Realistic store paths and closures for the unit tests of the pure core.
import { createHash } from 'node:crypto';
import { makeClosure as closureOfObjects } from '../../src/core/closure.js';
import type { Closure, StoreObject } from '../../src/core/types.js';

const NIX_BASE32 = '0123456789abcdfghijklmnpqrsvwxyz';

/** A deterministic, valid-looking store path: 32 nix-base32 characters, then the name. */
export function storePath(name: string, salt = ''): string {
  const digest = createHash('sha256').update(`${salt}:${name}`).digest();
  let hash = '';
  for (let i = 0; i < 32; i++) hash += NIX_BASE32[(digest[i] ?? 0) % 32];
  return `/nix/store/${hash}-${name}`;
}

/**
 * A closure from `{ name: [narSize, [referenced names]] }`; the first entry is the root. Paths
 * are salted (a head's differ from a base's), except the `shared` names: the same store path in
 * every closure that shares them.
 */
export function makeClosure(spec: Record<string, [number, string[]]>, salt = '', shared: string[] = []): Closure {
  const pathOf = (name: string): string => storePath(name, shared.includes(name) ? '' : salt);
  const objects: StoreObject[] = Object.entries(spec).map(([name, [narSize, refs]]) => ({
    path: pathOf(name),
    narSize,
    references: refs.map(pathOf),
  }));
  return closureOfObjects(objects, pathOf(Object.keys(spec)[0] as string), 'test closure');
}
