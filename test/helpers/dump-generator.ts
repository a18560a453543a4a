// Big `nix path-info --json --recursive` dumps, generated: a closure of `size` paths shaped like a
// NixOS system's (a root, many references to a few popular libraries), in the array shape Nix
// ≤ 2.18 prints, with the fields Nix prints for a path from a binary cache. Deterministic.
import type { StoreObject } from '../../src/core/types.js';

const NIX_BASE32 = '0123456789abcdfghijklmnpqrsvwxyz';

/** A small seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedClosure {
  root: string;
  objects: StoreObject[];
}

/**
 * `size` store objects: path i refers to up to 10 of the paths before it (mostly the first few,
 * the "glibc"s), a third of them to themselves as Nix records it; the last is the root and
 * refers to every path nothing else refers to. `variant` renames a share of the paths (a new
 * hash: a rebuild), so two variants of one seed make a base and a head.
 */
export function generateClosure(size: number, seed: number, variant = 0): GeneratedClosure {
  const next = random(seed);
  const changed = random(seed + 1000 + variant);
  const hash = (i: number, v: number): string => {
    const h = random(i * 7919 + v * 104_729 + seed);
    let text = '';
    for (let c = 0; c < 32; c++) text += NIX_BASE32[Math.floor(h() * 32)];
    return text;
  };
  const paths: string[] = [];
  const objects: StoreObject[] = [];
  const referenced = new Set<number>();
  for (let i = 0; i < size - 1; i++) {
    // 1 % of the paths are rebuilt in the head, and refer to one path more.
    const rebuilt = variant > 0 && changed() < 0.01;
    const name = i < 20 ? `glibc${i}-2.37-8` : `pkg${i}-${1 + (i % 7)}.${i % 13}${i % 5 === 0 ? '-lib' : ''}`;
    const path = `/nix/store/${hash(i, rebuilt ? variant : 0)}-${name}`;
    paths.push(path);
    const references = new Set<string>();
    const count = i === 0 ? 0 : Math.floor(next() * 10) + (rebuilt ? 1 : 0);
    for (let r = 0; r < count; r++) {
      const target = next() < 0.5 ? Math.floor(next() * Math.min(i, 20)) : Math.floor(next() * i);
      references.add(paths[target] as string);
      referenced.add(target);
    }
    if (next() < 0.33) references.add(path);
    objects.push({ path, narSize: Math.floor(2 ** (8 + next() * 16)), references: [...references] });
  }
  const root = `/nix/store/${hash(size, variant)}-nixos-system-generated-1.0`;
  objects.push({ path: root, narSize: 4096, references: paths.filter((_, i) => !referenced.has(i)) });
  return { root, objects };
}

/** As `nix path-info --json --recursive` (Nix ≤ 2.18) prints it: sorted by path, with its other fields. */
export function pathInfoArrayJson({ objects }: GeneratedClosure): string {
  const sorted = [...objects].sort((a, b) => (a.path < b.path ? -1 : 1));
  return JSON.stringify(
    sorted.map((o) => ({
      path: o.path,
      narHash: 'sha256-BedvqtQkdaDbk1dYyLQPdrW2HDcRd6+I63KNd6/WRy8=',
      narSize: o.narSize,
      references: [...o.references].sort(),
      // The .drv is named after the derivation, which an output's name extends (`-lib`).
      deriver: `${o.path.slice(0, 44)}${o.path.slice(44).replace(/-lib$/, '')}.drv`,
      registrationTime: 1_700_000_000,
      signatures: ['cache.nixos.org-1:rD4+JuZeJbGMvQNGq2QxHj5iG1kBfeIJaDtvB8U9QUHKb1f0Un7Z7jHcrLZXzVzJvVkmwbFcYt0+Ei2EL3H0Bg=='],
    })),
  );
}

/** As Nix 2.19–2.32 prints it: an object keyed by path. */
export function pathInfoKeyedJson({ objects }: GeneratedClosure): string {
  const sorted = [...objects].sort((a, b) => (a.path < b.path ? -1 : 1));
  return JSON.stringify(
    Object.fromEntries(
      sorted.map((o) => [o.path, { ca: null, deriver: null, narHash: 'sha256-x', narSize: o.narSize, references: [...o.references].sort(), registrationTime: 1, signatures: [], ultimate: false }]),
    ),
  );
}
