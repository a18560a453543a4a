// Reports and closures for renderer tests: realistic store paths, sizes a NixOS appliance has,
// and overrides for the one field a test is about.

import { makeClosure as closureOfObjects } from '../../src/core/closure.js';
import type {
  ChainParents,
  Closure,
  Duplicate,
  DuplicatePath,
  ForbiddenPath,
  Growth,
  HeavyPath,
  PackageChange,
  PathSize,
  Report,
  TargetReport,
} from '../../src/core/types.js';

export const KiB = 1024;
export const MiB = 1024 ** 2;
export const GiB = 1024 ** 3;
/** Whole bytes, as Nix counts them: `mib(56.2)`. */
export const mib = (n: number): number => Math.round(n * MiB);
export const gib = (n: number): number => Math.round(n * GiB);

// Nix base32: 0-9 and a-z without e, o, u, t.
const NIX_BASE32 = '0123456789abcdfghijklmnpqrsvwxyz';

/** A deterministic 32-character Nix hash, different for every seed. */
export function fakeHash(seed: string): string {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  let hash = '';
  for (let i = 0; i < 32; i++) {
    state = Math.imul(state ^ (state >>> 15), 2246822507) >>> 0;
    state = (state + 0x9e3779b9 + i) >>> 0;
    hash += NIX_BASE32[state % 32];
  }
  return hash;
}

/** `/nix/store/<hash>-python3-3.11.4`; the seed tells apart two paths of the same name. */
export function storePath(name: string, seed = ''): string {
  return `/nix/store/${fakeHash(name + seed)}-${name}`;
}

/** A chain of store paths from names: `chain('nixos-system-appliance-24.05', 'system-path', …)`. */
export function chain(...names: string[]): string[] {
  return names.map((n) => storePath(n));
}

export const ROOT = 'nixos-system-appliance-24.05';

/** A listed path as a test writes it: with its chain, which makeTarget moves into `parents`. */
export type WithChain<T> = T & { chain?: string[] };
export type TestDuplicate = Omit<Duplicate, 'paths'> & { paths: WithChain<DuplicatePath>[] };

export interface TargetOverrides extends Partial<Omit<TargetReport, 'heavy' | 'growth' | 'duplicates' | 'forbidden'>> {
  heavy?: WithChain<HeavyPath>[];
  growth?: WithChain<Growth>[];
  forbidden?: WithChain<ForbiddenPath>[];
  duplicates?: TestDuplicate[];
}

/** The parents of chains: each link's path → the one before it. */
export function parentsOf(chains: string[][]): ChainParents {
  const parents: ChainParents = {};
  for (const c of chains) for (let i = 1; i < c.length; i++) parents[c[i] as string] = c[i - 1] as string;
  return parents;
}

function withoutChain<T extends { chain?: string[] }>(item: T, chains: string[][]): Omit<T, 'chain'> {
  const { chain: own, ...rest } = item;
  if (own) chains.push(own);
  return rest;
}

export function makeTarget(overrides: TargetOverrides = {}): TargetReport {
  const chains: string[][] = [];
  const { heavy, growth, forbidden, duplicates: dups, parents, ...rest } = overrides;
  const listed = {
    heavy: (heavy ?? []).map((h) => withoutChain(h, chains)),
    growth: (growth ?? []).map((g) => withoutChain(g, chains)),
    forbidden: (forbidden ?? []).map((f) => withoutChain(f, chains)),
    duplicates: (dups ?? []).map((d) => ({ ...d, paths: d.paths.map((p) => withoutChain(p, chains)) })),
  };
  return {
    name: 'toplevel',
    ok: true,
    base: { root: storePath(ROOT, 'base'), source: 'built', closureSize: 486 * MiB, pathCount: 812, image: null },
    head: { root: storePath(ROOT, 'head'), source: 'built', closureSize: 486 * MiB + 1229, pathCount: 812, image: null },
    closureSizeDelta: 1229,
    pathCountDelta: 0,
    update: { narSize: 0, compressedSize: 0 },
    added: [],
    removed: [],
    packages: [],
    allowed: [],
    budgets: [],
    notes: [],
    ...rest,
    ...listed,
    parents: { ...parentsOf(chains), ...parents },
  };
}

export function makeReport(targets: TargetReport[], overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'nix-size-guard', version: '0.1.0' },
    ok: targets.every((t) => t.ok),
    base: { label: 'main (3f2c1e9)' },
    head: { label: 'pr-42 (a81b0d4)' },
    settings: { heavyThreshold: 20 * MiB, forbid: ['-perl-', '-gcc-'], allow: [] },
    targets,
    ...overrides,
  };
}

const PYTHON_DEPS = [
  'sqlite-3.45.1', 'openssl-3.0.13', 'libffi-3.4.6', 'expat-2.6.2', 'mpdecimal-2.5.1', 'gdbm-1.23',
  'readline-8.2p10', 'ncurses-6.4', 'bzip2-1.0.8', 'xz-5.4.6', 'zlib-1.3.1', 'tzdata-2024a',
  'mailcap-2.1.53', 'libxcrypt-4.4.36', 'python3.11-setuptools-69.1.1', 'python3.11-pip-24.0',
  'python3.11-pyroute2-0.7.12', 'python3.11-six-1.16.0', 'python3.11-attrs-23.2.0',
  'python3.11-idna-3.6', 'python3.11-certifi-2024.02.02', 'python3.11-charset-normalizer-3.3.2',
  'python3.11-urllib3-2.2.1', 'python3.11-requests-2.31.0', 'python3.11-typing-extensions-4.10.0',
  'python3.11-packaging-23.2', 'python3.11-pyparsing-3.1.2', 'python3.11-wheel-0.42.0',
  'python3.11-cffi-1.16.0', 'python3.11-pycparser-2.21', 'python3.11-cryptography-42.0.5',
  'python3.11-markupsafe-2.1.5', 'python3.11-jinja2-3.1.3', 'python3.11-pyyaml-6.0.1',
  'libyaml-0.2.5', 'python3-3.11.4-env',
];

/**
 * The appliance of the README: a PR that bumps iproute2, whose new version pulls in python3
 * (+110 MiB) and perl (forbidden), while gcc has been in the closure all along.
 */
export function applianceTarget(): TargetReport {
  const viaPython = chain(ROOT, 'system-path', 'iproute2-6.1.0', 'python3-3.11.4');
  const viaPerl = chain(ROOT, 'system-path', 'iproute2-6.1.0', 'perl-5.38.2');
  const toGcc = chain(ROOT, 'system-path', 'gcc-13.2.0');
  const pythonDeps: PathSize[] = PYTHON_DEPS.map((name, i) => ({ path: storePath(name), narSize: Math.round(mib(31.5) / (i + 2)) }));
  const added: PathSize[] = [
    { path: storePath('python3-3.11.4'), narSize: mib(78.5) },
    { path: storePath('perl-5.38.2'), narSize: mib(56.2) },
    ...pythonDeps,
    { path: storePath('iproute2-6.1.0'), narSize: mib(1.2) },
  ].sort((a, b) => b.narSize - a.narSize);
  const removed: PathSize[] = [
    { path: storePath('mesa-24.0.7-drivers'), narSize: mib(41.3) },
    { path: storePath('mesa-24.0.7'), narSize: mib(9.8) },
    { path: storePath('libdrm-2.4.120'), narSize: mib(2.7) },
    { path: storePath('iproute2-6.0.0'), narSize: mib(1.2) },
  ];
  const heavy: WithChain<HeavyPath>[] = [
    { path: storePath('python3-3.11.4'), narSize: mib(78.5), chain: viaPython },
    { path: storePath('perl-5.38.2'), narSize: mib(56.2), chain: viaPerl },
  ];
  const packages: PackageChange[] = [
    { name: 'iproute2', baseVersions: ['6.0.0'], headVersions: ['6.1.0'], sizeDelta: 12 * KiB },
    { name: 'libdrm', baseVersions: ['2.4.120'], headVersions: [], sizeDelta: -mib(2.7) },
    { name: 'mesa', baseVersions: ['24.0.7'], headVersions: [], sizeDelta: -mib(51.1) },
    { name: 'nixos-firewall-tool', baseVersions: [], headVersions: [''], sizeDelta: 4 * KiB },
    { name: 'perl', baseVersions: [], headVersions: ['5.38.2'], sizeDelta: mib(56.2) },
    { name: 'python3', baseVersions: [], headVersions: ['3.11.4'], sizeDelta: 110 * MiB },
  ];
  const baseSize = mib(486.3);
  const delta = mib(112.4);
  return makeTarget({
    name: 'appliance',
    ok: false,
    base: {
      root: storePath(ROOT, 'base'),
      source: 'baseline-cache',
      closureSize: baseSize,
      pathCount: 812,
      image: { file: 'nixos.img', apparentSize: gib(1.5), allocatedSize: gib(1.1), compressedSize: 412 * MiB },
    },
    head: {
      root: storePath(ROOT, 'head'),
      source: 'built',
      closureSize: baseSize + delta,
      pathCount: 812 + added.length - removed.length,
      image: { file: 'nixos.img', apparentSize: gib(1.5) + 80 * MiB, allocatedSize: gib(1.2), compressedSize: 438 * MiB },
    },
    closureSizeDelta: delta,
    pathCountDelta: added.length - removed.length,
    // Python and perl compress to about a third, as their .nar.zst files on cache.nixos.org do.
    update: { narSize: added.reduce((sum, p) => sum + p.narSize, 0), compressedSize: mib(61.7) },
    added,
    removed,
    packages,
    heavy,
    growth: [
      { via: storePath('python3-3.11.4'), chain: viaPython, addedSize: 110 * MiB, addedPaths: 37 },
      { via: storePath('perl-5.38.2'), chain: viaPerl, addedSize: mib(56.2), addedPaths: 1 },
      { via: storePath('iproute2-6.1.0'), chain: viaPython.slice(0, 3), addedSize: mib(1.2), addedPaths: 1 },
    ],
    forbidden: [
      { path: storePath('perl-5.38.2'), pattern: '-perl-', new: true, chain: viaPerl },
      { path: storePath('gcc-13.2.0'), pattern: '-gcc-', new: false, chain: toGcc },
    ],
    allowed: [
      {
        path: storePath('gcc-13.2.0-lib'),
        forbiddenBy: '-gcc-',
        allowedBy: '-gcc-13\\.2\\.0-lib$',
        reason: "libstdc++ for the vendor's closed-source modem agent",
      },
    ],
    budgets: [
      { name: 'max-closure', kind: 'size', limit: 1 * GiB, actual: baseSize + delta, unit: 'bytes', ok: true },
      { name: 'max-closure-increase', kind: 'increase', limit: 50 * MiB, actual: delta, unit: 'bytes', ok: false },
      { name: 'max-image-increase (compressed)', kind: 'increase', limit: 10, actual: 6.31, unit: 'percent', ok: true },
    ],
    notes: ['The base closure came from the cache (main 3f2c1e9); it was not rebuilt.'],
  });
}

export function applianceReport(): Report {
  return makeReport([applianceTarget()], {
    settings: {
      heavyThreshold: 20 * MiB,
      forbid: ['-perl-', '-gcc-'],
      allow: [{ pattern: '-gcc-13\\.2\\.0-lib$', reason: "libstdc++ for the vendor's closed-source modem agent" }],
    },
  });
}

/**
 * Duplicates as a NixOS system has them: util-linux-minimal new beside util-linux (through
 * e2fsprogs), and two Berkeley DB versions the base already had.
 */
export function duplicates(): TestDuplicate[] {
  const toUtilLinux = chain(ROOT, 'system-path', 'util-linux-2.39-bin');
  const toMinimal = chain(ROOT, 'system-path', 'e2fsprogs-1.47.0', 'util-linux-minimal-2.39-lib');
  return [
    {
      name: 'util-linux',
      new: true,
      size: 64 * KiB + 96 * KiB + 48 * KiB,
      paths: [
        { path: storePath('util-linux-2.39-bin'), narSize: 64 * KiB, chain: toUtilLinux },
        { path: storePath('util-linux-2.39-lib'), narSize: 96 * KiB, chain: [...toUtilLinux, storePath('util-linux-2.39-lib')] },
        { path: storePath('util-linux-minimal-2.39-lib'), narSize: 48 * KiB, chain: toMinimal },
      ],
    },
    {
      name: 'db',
      new: false,
      size: mib(1.2) + mib(1.8),
      paths: [
        { path: storePath('db-4.8.30'), narSize: mib(1.2), chain: chain(ROOT, 'system-path', 'postfix-3.8.4', 'db-4.8.30') },
        { path: storePath('db-5.3.28'), narSize: mib(1.8), chain: chain(ROOT, 'system-path', 'perl-5.38.2', 'db-5.3.28') },
      ],
    },
  ];
}

/** A target whose lists run into the thousands: a mass rebuild after a stdenv bump. */
export function massRebuildTarget(paths: number): TargetReport {
  const root = storePath(ROOT, 'mass');
  const added: PathSize[] = [];
  const removed: PathSize[] = [];
  const packages: PackageChange[] = [];
  for (let i = 0; i < paths; i++) {
    const name = `python3.11-package${i}`;
    added.push({ path: storePath(`${name}-2.${i}.0`), narSize: (paths - i) * 4 * KiB });
    removed.push({ path: storePath(`${name}-1.${i}.0`), narSize: (paths - i) * 4 * KiB - 512 });
    packages.push({ name, baseVersions: [`1.${i}.0`], headVersions: [`2.${i}.0`], sizeDelta: 512 });
  }
  const growth = added.slice(0, 25).map((p) => ({ via: p.path, chain: [root, storePath('system-path'), p.path], addedSize: p.narSize, addedPaths: 1 }));
  return makeTarget({
    name: 'appliance',
    ok: false,
    closureSizeDelta: paths * 512,
    added,
    removed,
    packages,
    growth,
    budgets: [{ name: 'max-closure-increase', kind: 'increase', limit: 0, actual: paths * 512, unit: 'bytes', ok: false }],
  });
}

/** A closure from `[path, narSize, references]` entries; the first entry is the root. */
export function makeClosure(entries: [path: string, narSize: number, references: string[]][]): Closure {
  const root = entries[0]?.[0];
  if (root === undefined) throw new Error('a closure needs a root');
  return closureOfObjects(entries.map(([path, narSize, references]) => ({ path, narSize, references })), root, 'test closure');
}
