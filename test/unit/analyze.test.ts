// One target's analysis (core/analyze.ts) on small closures whose answers are worked out by hand
// in the comments; images have their own file (image.test.ts). Rows the mutation run named
// (README, "Mutation score of the core").
import { describe, expect, it } from 'vitest';
import { analyzeTarget, buildReport } from '../../src/core/analyze.js';
import { chainsOf } from '../../src/core/chains.js';
import { parseSettings } from '../../src/core/settings.js';
import type { ImageInfo } from '../../src/core/types.js';
import { makeClosure, storePath } from '../helpers/store.js';

/**
 * A toplevel at both sides: toplevel → system-path → bash at the base; the head's system-path
 * also refers to hello → libidn2 (both new). toplevel and system-path get new hashes at the
 * head (salted), bash is the same path at both sides.
 */
function sides() {
  const shared = ['bash-5.2-p15', 'hello-2.12.1', 'libidn2-2.3.7'];
  const base = makeClosure({ 'nixos-system-a-1.0': [2_000, ['system-path']], 'system-path': [3_000, ['bash-5.2-p15']], 'bash-5.2-p15': [1_500_000, []] }, 'base', shared);
  const head = makeClosure(
    {
      'nixos-system-a-1.0': [2_000, ['system-path']],
      'system-path': [3_000, ['bash-5.2-p15', 'hello-2.12.1']],
      'bash-5.2-p15': [1_500_000, []],
      'hello-2.12.1': [50_000, ['libidn2-2.3.7']],
      'libidn2-2.3.7': [200_000, []],
    },
    'head',
    shared,
  );
  return { name: 'toplevel', base: { closure: base, image: null }, head: { closure: head, image: null } };
}

const meta = { version: 'test', baseLabel: 'main', headLabel: 'pr' };

describe('analyzeTarget, the edges', () => {
  it("keeps the chain of a growth entry's package when nothing else listed passes it", () => {
    // No heavy path (threshold 1 GiB), no rule, no duplicate: only the growth entry, hello (the
    // first package the base lacks on libidn2's chain, bringing 50 000 + 200 000 B), is listed.
    const report = analyzeTarget(sides(), parseSettings({ heavyThreshold: '1GiB' }));
    expect(report.heavy).toEqual([]);
    expect(report.growth).toEqual([{ via: storePath('hello-2.12.1'), addedSize: 250_000, addedPaths: 2 }]);
    expect(chainsOf(report).chain(storePath('hello-2.12.1'))).toEqual([storePath('nixos-system-a-1.0', 'head'), storePath('system-path', 'head'), storePath('hello-2.12.1')]);
  });

  it('adds no image to the update of a target whose output holds a file that is no image', () => {
    // notes.raw: no image format in its first bytes, and the root does not list its closure flat.
    const input = sides();
    const notes = (closure: typeof input.head.closure): ImageInfo => ({ file: `${closure.root}/notes.raw`, apparentSize: 9, allocatedSize: 4096, compressedSize: 18, storePath: closure.root });
    const report = analyzeTarget({ ...input, head: { ...input.head, image: notes(input.head.closure) } }, parseSettings({}));
    expect(report.contents).toBeUndefined();
    // The new store paths: toplevel 2 000, system-path 3 000, hello 50 000, libidn2 200 000.
    expect(report.update).toEqual({ narSize: 255_000, compressedSize: null });
  });
});

describe('image budgets in a run without an image, each named on its own', () => {
  const notesWith = (budgets: Parameters<typeof parseSettings>[0]) => {
    const settings = parseSettings(budgets);
    return buildReport([analyzeTarget(sides(), settings)], settings, meta).targets[0]!.notes;
  };

  it('max-image-increase alone', () => {
    expect(notesWith({ maxImageIncrease: ['1MiB'] })).toEqual([
      "max-image-increase: no target has an image file (no match of the image glob '*.raw', no output that is an image); not checked",
    ]);
  });

  it('none for budgets that are not on the image, nor without budgets', () => {
    // max-update-size on the NARs is checked on the closures: nothing to say.
    expect(notesWith({ maxUpdateSize: ['1GiB'] })).toEqual([]);
    expect(notesWith({ maxClosureIncrease: '1GiB' })).toEqual([]);
    expect(notesWith({})).toEqual([]);
  });
});
