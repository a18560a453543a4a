import { describe, expect, it } from 'vitest';
import { indexChains } from '../../src/core/chains.js';
import { idOf, referencesOf } from '../../src/core/closure.js';
import { addedPaths, attributeGrowth, packageChanges, removedPaths, versionsOnlyIn } from '../../src/core/diff.js';
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
