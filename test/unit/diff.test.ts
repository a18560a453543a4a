import { describe, expect, it } from 'vitest';
import { indexChains } from '../../src/core/chains.js';
import { idOf, makeClosure as closureOfObjects, referencesOf } from '../../src/core/closure.js';
import { addedPaths, attributeGrowth, packageChanges, removedPaths, versionsOnlyIn } from '../../src/core/diff.js';
import { imageContents } from '../../src/core/image.js';
import type { Closure } from '../../src/core/types.js';
import { makeClosure, storePath } from '../helpers/store.js';

const MiB = 1024 * 1024;
// The iproute2 → python3 story: the PR enables a feature; iproute2 is rebuilt and pulls python3.
const base = makeClosure({
  'nixos-system-appliance-1.0': [8_000, ['system-path', 'etc']],
  'system-path': [40_000, ['iproute2-6.1.0', 'openssl-3.0.1', 'glibc-2.37-8']],
  etc: [20_000, ['glibc-2.37-8']],
  'iproute2-6.1.0': [1 * MiB, ['glibc-2.37-8']],
  'openssl-3.0.1': [5 * MiB, ['glibc-2.37-8']],
  'glibc-2.37-8': [30 * MiB, []],
});
const head = makeClosure({
  'nixos-system-appliance-1.0': [8_000, ['system-path', 'etc']],
  'system-path': [40_100, ['iproute2-6.1.0', 'openssl-3.0.2', 'glibc-2.37-8']],
  etc: [20_000, ['glibc-2.37-8']],
  'iproute2-6.1.0': [1 * MiB + 10, ['glibc-2.37-8', 'python3-3.11.4']],
  'python3-3.11.4': [110 * MiB, ['glibc-2.37-8', 'libffi-3.4.4']],
  'libffi-3.4.4': [60_000, ['glibc-2.37-8']],
  'openssl-3.0.2': [5 * MiB + 20_000, ['glibc-2.37-8']],
  'glibc-2.37-8': [30 * MiB, []],
}, 'head', ['glibc-2.37-8', 'etc']); // glibc and etc are the same store paths in both.

describe('added and removed paths', () => {
  it('lists paths only in head, biggest first', () => {
    const added = addedPaths(base, head).map((p) => p.path);
    expect(added[0]).toBe(storePath('python3-3.11.4', 'head'));
    expect(added).toHaveLength(6);
    expect(added).not.toContain(storePath('glibc-2.37-8'));
  });
  it('lists paths only in base', () => {
    expect(removedPaths(base, head).map((p) => p.path)).toContain(storePath('openssl-3.0.1'));
    expect(removedPaths(base, head)).toHaveLength(4);
  });
});

// Each test computes its subject in its own body, not at describe level: code run while the file
// loads is outside any test, so a mutation run (README, "Mutation score of the core") sees no
// test reach it.
describe('packageChanges', () => {
  const changes = () => packageChanges(base, head);
  it('lists new packages with an empty base version set and version bumps', () => {
    expect(changes().find((c) => c.name === 'python3')).toEqual({ name: 'python3', baseVersions: [], headVersions: ['3.11.4'], sizeDelta: 110 * MiB });
    expect(changes().find((c) => c.name === 'openssl')).toEqual({ name: 'openssl', baseVersions: ['3.0.1'], headVersions: ['3.0.2'], sizeDelta: 20_000 });
  });
  it('leaves out rebuilt packages that moved less than 8 KiB, as diff-closures does', () => {
    expect(changes().map((c) => c.name)).not.toContain('iproute2');
    expect(changes().map((c) => c.name)).not.toContain('nixos-system-appliance');
  });
  it('sorts by name', () => {
    const names = changes().map((c) => c.name);
    expect(names).toEqual([...names].sort());
  });
  it('shows the versions on each side of the arrow', () => {
    expect(versionsOnlyIn(['3.0.1', '1.1'], ['1.1', '3.0.2'])).toEqual(['3.0.1']);
  });
});

describe('chains and growth', () => {
  const chains = indexChains(head);
  it('gives the shortest chain from the root, each step a direct reference', () => {
    const chain = chains.chainTo(storePath('libffi-3.4.4', 'head'))!;
    expect(chain.map((p) => p.replace(/^.*?-/, ''))).toEqual([
      'nixos-system-appliance-1.0', 'system-path', 'iproute2-6.1.0', 'python3-3.11.4', 'libffi-3.4.4',
    ]);
    for (let i = 1; i < chain.length; i++) expect(referencesOf(head, idOf(head, chain[i - 1]!))).toContain(chain[i]);
  });
  it('returns null for a path outside the closure', () => {
    expect(chains.chainTo(storePath('perl-5.38.2'))).toBeNull();
  });
  it('attributes new bytes to the new dependency that brings them', () => {
    const growth = attributeGrowth(base, head, chains);
    expect(growth[0]).toMatchObject({ via: storePath('python3-3.11.4', 'head'), addedSize: 110 * MiB + 60_000, addedPaths: 2 });
    expect(chains.chainTo(growth[0]!.via)!.map((p) => p.replace(/^.*?-/, ''))).toEqual(['nixos-system-appliance-1.0', 'system-path', 'iproute2-6.1.0', 'python3-3.11.4']);
    // A version bump is not new by name: its net change is in the package list, not here.
    expect(growth.find((g) => g.via === storePath('openssl-3.0.2', 'head'))).toBeUndefined();
    expect(growth).toHaveLength(1);
  });
});

// Closures whose order of paths is known: a path's hash is one nix-base32 letter 32 times, and
// paths sort by hash. Each entry is [letter, name, narSize, letters of what it refers to].
type Entry = [string, string, number, string[]?];
const at = (letter: string, name: string) => `/nix/store/${letter.repeat(32)}-${name}`;
/** A root (the same store path on both sides) referring to the entries no other entry refers to. */
function ordered(entries: Entry[], root = at('r', 'nixos-system-box-25.05'), read = (c: Closure) => c): Closure {
  const path = new Map(entries.map(([letter, name]) => [letter, at(letter, name)]));
  const inner = new Set(entries.flatMap(([, , , refs = []]) => refs));
  const objects = entries.map(([letter, , narSize, refs = []]) => ({ path: path.get(letter)!, narSize, references: refs.map((r) => path.get(r)!) }));
  const tops = entries.filter(([letter]) => !inner.has(letter)).map(([letter]) => path.get(letter)!);
  return read(closureOfObjects([{ path: root, narSize: 1000, references: tops }, ...objects], root, 'test closure'));
}

// What `nix store diff-closures` lists, by its rule (src/nix/diff-closures.cc): a name whose set
// of versions differs between the closures, or whose paths' NAR sizes moved by at least 8 KiB
// (`std::abs(sizeDelta) >= 8 * 1024`); each side's versions a sorted set, each version once.
describe('packageChanges, as diff-closures lists them', () => {
  it.each<[string, Entry[], Entry[], ReturnType<typeof packageChanges>]>([
    ['nothing when the closures are the same', [['a', 'foo-1.0', 100]], [['a', 'foo-1.0', 100]], []],
    // The version set changed: listed whatever the size (here the same).
    ['a version bump that moved no byte', [['a', 'foo-1.0', 100]], [['b', 'foo-1.1', 100]], [{ name: 'foo', baseVersions: ['1.0'], headVersions: ['1.1'], sizeDelta: 0 }]],
    ['a new package of 100 bytes', [], [['c', 'tiny-1.0', 100]], [{ name: 'tiny', baseVersions: [], headVersions: ['1.0'], sizeDelta: 100 }]],
    ['a package of 100 bytes gone', [['d', 'gone-2.0', 100]], [], [{ name: 'gone', baseVersions: ['2.0'], headVersions: [], sizeDelta: -100 }]],
    // Two outputs of one version are one version.
    ['a new package with two outputs', [], [['f', 'libffi-3.4.4', 100], ['g', 'libffi-3.4.4-dev', 100]], [{ name: 'libffi', baseVersions: [], headVersions: ['3.4.4'], sizeDelta: 200 }]],
    ['a package with two outputs gone', [['h', 'old-1.0', 100], ['i', 'old-1.0-bin', 100]], [], [{ name: 'old', baseVersions: ['1.0'], headVersions: [], sizeDelta: -200 }]],
    // The same version on both sides, one output fewer or more: 100 bytes moved, not listed.
    ['a rebuild that dropped an output', [['j', 'glibc-2.37-8', 5000], ['k', 'glibc-2.37-8-bin', 100]], [['l', 'glibc-2.37-8', 5000]], []],
    ['a rebuild that added an output', [['l', 'glibc-2.37-8', 5000]], [['j', 'glibc-2.37-8', 5000], ['k', 'glibc-2.37-8-bin', 100]], []],
    // The same version, the size moved by exactly 8 KiB (8192 bytes): listed; by 8191: not.
    ['a rebuild 8 KiB bigger', [['m', 'bar-1.0', 10_000]], [['n', 'bar-1.0', 18_192]], [{ name: 'bar', baseVersions: ['1.0'], headVersions: ['1.0'], sizeDelta: 8192 }]],
    ['a rebuild 8 KiB smaller', [['n', 'bar-1.0', 18_192]], [['m', 'bar-1.0', 10_000]], [{ name: 'bar', baseVersions: ['1.0'], headVersions: ['1.0'], sizeDelta: -8192 }]],
    ['a rebuild one byte short of 8 KiB bigger', [['m', 'bar-1.0', 10_000]], [['n', 'bar-1.0', 18_191]], []],
    // Both rules at once, each package for its own reason: bar by size, foo by version.
    [
      'a rebuild 8 KiB bigger beside a version bump of no byte',
      [['a', 'bar-1.0', 10_000], ['b', 'foo-1.0', 100]],
      [['c', 'bar-1.0', 18_192], ['d', 'foo-1.1', 100]],
      [{ name: 'bar', baseVersions: ['1.0'], headVersions: ['1.0'], sizeDelta: 8192 }, { name: 'foo', baseVersions: ['1.0'], headVersions: ['1.1'], sizeDelta: 0 }],
    ],
    // Two versions on one side, sorted as strings ('1' < '3'), whichever path sorts first.
    [
      'OpenSSL 1.1 added beside a bumped 3.0',
      [['a', 'openssl-3.0.12', 5000]],
      [['p', 'openssl-3.0.13', 5000], ['q', 'openssl-1.1.1w', 4000]],
      [{ name: 'openssl', baseVersions: ['3.0.12'], headVersions: ['1.1.1w', '3.0.13'], sizeDelta: 4000 }],
    ],
  ])('%s', (_what, baseEntries, headEntries, expected) => {
    expect(packageChanges(ordered(baseEntries), ordered(headEntries))).toEqual(expected);
  });

  it("leaves an image's own file out of the versions of the package it is named like", () => {
    // Two images named hello-2.0, holding hello 1.0 and then hello 1.1: diff-closures of their
    // contents says hello: 1.0 → 1.1; the image file is no hello 2.0.
    const base = ordered([['a', 'hello-1.0', 100]], at('s', 'hello-2.0'), imageContents);
    const head = ordered([['b', 'hello-1.1', 100]], at('v', 'hello-2.0'), imageContents);
    expect(packageChanges(base, head)).toEqual([{ name: 'hello', baseVersions: ['1.0'], headVersions: ['1.1'], sizeDelta: 0 }]);
  });
});

describe('attributeGrowth, the edges', () => {
  const growthOf = (base: Closure, head: Closure) => attributeGrowth(base, head, indexChains(head));

  it('counts no path the base had, even under a new package', () => {
    // zlib was in the base (under old) and is now reached through new: new brings its own 300 bytes only.
    const base = ordered([['a', 'old-1.0', 200, ['z']], ['z', 'zlib-1.3', 5000]]);
    const head = ordered([['b', 'new-2.0', 300, ['z']], ['z', 'zlib-1.3', 5000]]);
    expect(growthOf(base, head)).toEqual([{ via: at('b', 'new-2.0'), addedSize: 300, addedPaths: 1 }]);
  });

  it('puts the biggest first, then by the path of the package that brings it', () => {
    // By size: big (1000 bytes) before small (100), though small's path sorts first.
    const sized = ordered([['a', 'small-1.0', 100], ['b', 'big-1.0', 1000]]);
    expect(growthOf(ordered([]), sized).map((g) => [g.via, g.addedSize])).toEqual([[at('b', 'big-1.0'), 1000], [at('a', 'small-1.0'), 100]]);
    // Three of 150 bytes each, by path: one (b…), two (c…, with its lib a… of 50), three (d…).
    const tied = ordered([['b', 'one-1.0', 150], ['c', 'two-1.0', 100, ['a']], ['a', 'libtwo-1.0', 50], ['d', 'three-1.0', 150]]);
    expect(growthOf(ordered([]), tied)).toEqual([
      { via: at('b', 'one-1.0'), addedSize: 150, addedPaths: 1 },
      { via: at('c', 'two-1.0'), addedSize: 150, addedPaths: 2 },
      { via: at('d', 'three-1.0'), addedSize: 150, addedPaths: 1 },
    ]);
  });
});
