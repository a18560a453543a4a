// An image of store paths (core/image.ts) on small graphs whose answers are worked out by hand
// in the comments; the same on real Nix is in test/integration/cli.test.ts.
import { describe, expect, it } from 'vitest';
import { analyzeTarget, analyzeTargets } from '../../src/core/analyze.js';
import { chainsOf, indexChains } from '../../src/core/chains.js';
import { closureSize, makeClosure, pathCount, referencesOf } from '../../src/core/closure.js';
import { imageContents, referencesWholeClosure, storeContents } from '../../src/core/image.js';
import { parseSettings } from '../../src/core/settings.js';
import type { Closure, ImageInfo, StoreObject } from '../../src/core/types.js';
import { storePath } from '../helpers/store.js';

const MiB = 1024 * 1024;

/**
 * A system as its image holds it: toplevel → system-path → {xdg-utils → perl, bash}, toplevel →
 * etc, and the image referring to all six itself (Nix found each hash in the file). `grown`
 * adds perl under xdg-utils (the base has xdg-utils without perl).
 */
type Paths = Record<'image' | 'toplevel' | 'systemPath' | 'etc' | 'xdg' | 'perl' | 'bash', string>;

function system(side: 'base' | 'head'): { image: Closure; toplevel: Closure; paths: Paths } {
  const p: Paths = {
    image: storePath('appliance-image-1.0', side),
    toplevel: storePath('nixos-system-appliance-1.0', side),
    systemPath: storePath('system-path', side),
    etc: storePath('etc', side),
    xdg: storePath('xdg-utils-1.2.1', side),
    perl: storePath('perl-5.40.0'),
    bash: storePath('bash-5.2-p15'),
  };
  const objects: StoreObject[] = [
    { path: p.toplevel, narSize: 2_000, references: [p.systemPath, p.etc] },
    { path: p.systemPath, narSize: 3_000, references: side === 'head' ? [p.xdg, p.bash] : [p.bash] },
    { path: p.etc, narSize: 1_000, references: [p.bash] },
    ...(side === 'head' ? [{ path: p.xdg, narSize: 50_000, references: [p.perl, p.bash] }, { path: p.perl, narSize: 40 * MiB, references: [] }] : []),
    { path: p.bash, narSize: 1_500_000, references: [] },
  ];
  const inside = objects.map((o) => o.path);
  const imageObject = { path: p.image, narSize: side === 'head' ? 60 * MiB : 20 * MiB, references: inside };
  return { image: makeClosure([imageObject, ...objects], p.image), toplevel: makeClosure(objects, p.toplevel), paths: p };
}

const file = (apparent: number): ImageInfo => ({ file: '/nix/store/x/image.raw', apparentSize: apparent, allocatedSize: apparent / 2, compressedSize: apparent / 4 });

describe('an image of store paths', () => {
  it('is an output that references every other path of its closure directly', () => {
    const { image, toplevel } = system('head');
    expect(referencesWholeClosure(image)).toBe(true);
    // The toplevel reaches bash through system-path, not directly.
    expect(referencesWholeClosure(toplevel)).toBe(false);
    // One path alone is a file whose contents Nix cannot see (a compressed image): no contents.
    expect(referencesWholeClosure(makeClosure([{ path: storePath('sd-image.img.zst'), narSize: 5, references: [] }], null))).toBe(false);
  });

  it('is read with the root referring only to what nothing inside refers to, and without its own NAR', () => {
    const { image, toplevel, paths } = system('head');
    const contents = imageContents(image);
    // Only the toplevel is referenced by no other path inside: the root keeps that one reference,
    // every other path is reached through it, by the chain the toplevel's own closure gives.
    expect(referencesOf(contents, contents.rootId)).toEqual([paths.toplevel]);
    expect(indexChains(contents).chainTo(paths.perl)).toEqual([paths.image, ...(indexChains(toplevel).chainTo(paths.perl) ?? [])]);
    expect(indexChains(contents).chainTo(paths.perl)).toHaveLength(5);
    expect(storeContents({ closure: image, image: null })).toBe(image);
    const read = storeContents({ closure: image, image: file(100) });
    expect(read.image).toBe(true);
    // 2 000 + 3 000 + 1 000 + 50 000 + 40 MiB + 1 500 000: the toplevel's closure, the image's 60 MiB aside.
    expect(closureSize(read)).toBe(2_000 + 3_000 + 1_000 + 50_000 + 40 * MiB + 1_500_000);
    expect(closureSize(read)).toBe(closureSize(toplevel));
    expect(pathCount(read)).toBe(6);
    // Read twice, the same object: the analysis, the update and the trend share one reading.
    expect(storeContents({ closure: image, image: file(100) })).toBe(read);
  });

  it('gives chains through the system, heavy paths and growth without the image itself', () => {
    const base = system('base');
    const head = system('head');
    const report = analyzeTarget(
      { name: 'image', base: { closure: base.image, image: file(30 * MiB) }, head: { closure: head.image, image: file(70 * MiB) } },
      parseSettings({ forbid: ['perl', 'image'], heavyThreshold: '1MiB' }),
    );
    const p = head.paths;
    // image → toplevel → system-path → xdg-utils → perl: the breadth-first tree of the contents.
    expect(chainsOf(report).chain(p.perl)).toEqual([p.image, p.toplevel, p.systemPath, p.xdg, p.perl]);
    // Heavy: perl (40 MiB) only; the image's 60 MiB NAR is the file, measured as the image.
    expect(report.heavy.map((h) => h.path)).toEqual([p.perl]);
    // Growth: xdg-utils is the first package the base lacks on perl's chain; it brings both.
    expect(report.growth).toEqual([{ via: p.xdg, addedSize: 50_000 + 40 * MiB, addedPaths: 2 }]);
    // The forbid rule `image` would match the image's own path: it is no store path of the system.
    expect(report.forbidden.map((f) => f.path)).toEqual([p.perl]);
    // Added: the new toplevel, system-path and etc (other hashes), xdg-utils and perl; never the image.
    expect(report.added.map((a) => a.path).sort()).toEqual([p.toplevel, p.systemPath, p.etc, p.xdg, p.perl].sort());
    expect(report.removed.map((a) => a.path).sort()).toEqual([base.paths.toplevel, base.paths.systemPath, base.paths.etc].sort());
    expect(report.packages.map((c) => c.name)).toEqual(['perl', 'xdg-utils']);
    // The update is the new store paths' NARs; an A/B update downloads the image compressed.
    expect(report.update.narSize).toBe(2_000 + 3_000 + 1_000 + 50_000 + 40 * MiB);
    expect(report.update.image).toEqual({ compressedSize: (70 * MiB) / 4 });
    expect(report.head).toMatchObject({ closureSize: closureSize(head.toplevel), pathCount: 6 });
    expect(report.base).toMatchObject({ closureSize: closureSize(base.toplevel), pathCount: 4 });
    expect(report.contents).toEqual({ system: null, extra: [] });
  });

  it('applies max-closure-increase to the store paths inside and max-image to the file', () => {
    const base = system('base');
    const head = system('head');
    const input = { name: 'image', base: { closure: base.image, image: file(30 * MiB) }, head: { closure: head.image, image: file(70 * MiB) } };
    // Inside, the head grew by xdg-utils and perl (50 000 + 40 MiB) and nothing else: the
    // toplevel, system-path and etc are the same sizes at both sides. The image NAR grew 40 MiB
    // more, which a budget on the sum would have counted.
    const growth = 50_000 + 40 * MiB;
    const at = (limit: number) => analyzeTarget(input, parseSettings({ maxClosureIncrease: String(limit), maxImage: [String(70 * MiB)] })).budgets;
    expect(at(growth).map((b) => [b.name, b.actual, b.ok])).toEqual([
      ['max-closure-increase', growth, true],
      ['max-image', 70 * MiB, true],
    ]);
    expect(at(growth - 1)[0]).toMatchObject({ ok: false });
  });

  it('names the toplevel target it holds, with the store paths only the image has', () => {
    const head = system('head');
    const base = system('base');
    const firmware = storePath('linux-firmware-20250101');
    const withFirmware = makeClosure(
      [
        { path: head.paths.image, narSize: 60 * MiB, references: [...head.toplevel.paths, firmware] },
        { path: firmware, narSize: 9 * MiB, references: [] },
        ...head.toplevel.paths.map((path, id) => ({ path, narSize: head.toplevel.narSizes[id] as number, references: referencesOf(head.toplevel, id) })),
      ],
      head.paths.image,
    );
    const [toplevel, image] = analyzeTargets(
      [
        { name: 'toplevel', base: { closure: base.toplevel, image: null }, head: { closure: head.toplevel, image: null } },
        { name: 'image', base: { closure: base.image, image: file(30 * MiB) }, head: { closure: withFirmware, image: file(70 * MiB) } },
      ],
      parseSettings({}),
    );
    expect(toplevel?.contents).toBeUndefined();
    expect(image?.contents).toEqual({ system: 'toplevel', extra: [{ path: firmware, narSize: 9 * MiB }] });
    // The image's closure holds toplevel's and the firmware, which is the image's own top too.
    expect(chainsOf(image!).chain(firmware)).toEqual([head.paths.image, firmware]);
  });

  it('reads a base from a binary cache (no file to measure) as an image when the head is one', () => {
    const base = system('base');
    const head = system('head');
    const report = analyzeTarget({ name: 'image', base: { closure: base.image, image: null, source: 'binary-cache' }, head: { closure: head.image, image: file(70 * MiB) } }, parseSettings({}));
    // Both sides are the systems inside: the base's 20 MiB image NAR is no more counted than the head's.
    expect(report.base).toMatchObject({ closureSize: closureSize(base.toplevel), pathCount: 4, image: null });
    expect(report.closureSizeDelta).toBe(50_000 + 40 * MiB);
    expect(report.removed.map((r) => r.path)).not.toContain(base.paths.image);
  });

  it('is no image when the head has no image file, even if its root refers to everything', () => {
    const head = system('head');
    const base = system('base');
    const report = analyzeTarget({ name: 'x', base: { closure: base.image, image: null }, head: { closure: head.image, image: null } }, parseSettings({}));
    expect(report.contents).toBeUndefined();
    // Read as it is: the root's NAR is in the closure, and each chain is one step.
    expect(report.head.closureSize).toBe(closureSize(head.toplevel) + 60 * MiB);
    expect(chainsOf(report).chain(head.paths.perl)).toEqual([head.paths.image, head.paths.perl]);
  });
});

