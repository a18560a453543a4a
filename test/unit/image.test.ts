// An image of store paths (core/image.ts) on small graphs whose answers are worked out by hand
// in the comments; the same on real Nix is in test/integration/cli.test.ts.
import { describe, expect, it } from 'vitest';
import { analyzeTarget, analyzeTargets, buildReport, completeTarget } from '../../src/core/analyze.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { htmlTables, renderGfm, visibleText } from '../helpers/gfm.js';
import { chainsOf, indexChains } from '../../src/core/chains.js';
import { closureSize, makeClosure, pathCount, referencesOf, storeObjects } from '../../src/core/closure.js';

import { imageContents, imageOf, isImageRoot, referencesWholeClosure, storeContents } from '../../src/core/image.js';
import { parseSettings } from '../../src/core/settings.js';
import type { Closure, ImageInfo, StoreObject } from '../../src/core/types.js';
import { storePath } from '../helpers/store.js';

const MiB = 1024 * 1024;

// The toplevels' closures of system(), summed by hand: toplevel 2 000, system-path 3 000, etc
// 1 000 and bash 1 500 000; the head adds xdg-utils 50 000 and perl 40 MiB.
const BASE_SYSTEM = 2_000 + 3_000 + 1_000 + 1_500_000;
const HEAD_SYSTEM = BASE_SYSTEM + 50_000 + 40 * MiB;

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

/** The image file in `closure`'s root, as the shell measures it (the format left to each test). */
const file = (apparent: number, closure: Closure, format?: string): ImageInfo => ({
  file: `${closure.root}/image.raw`,
  apparentSize: apparent,
  allocatedSize: apparent / 2,
  compressedSize: apparent / 4,
  storePath: closure.root,
  ...(format ? { format } : {}),
});

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
    const read = storeContents({ closure: image, image: file(100, image) });
    expect(read.image).toBe(true);
    // 2 000 + 3 000 + 1 000 + 50 000 + 40 MiB + 1 500 000: the toplevel's closure, the image's 60 MiB aside.
    expect(closureSize(read)).toBe(2_000 + 3_000 + 1_000 + 50_000 + 40 * MiB + 1_500_000);
    expect(closureSize(read)).toBe(HEAD_SYSTEM);
    expect(closureSize(toplevel)).toBe(HEAD_SYSTEM);
    expect(pathCount(read)).toBe(6);
    // Read twice, the same object: the analysis, the update and the trend share one reading.
    expect(storeContents({ closure: image, image: file(100, image) })).toBe(read);
  });

  it('gives chains through the system, heavy paths and growth without the image itself', () => {
    const base = system('base');
    const head = system('head');
    const report = analyzeTarget(
      { name: 'image', base: { closure: base.image, image: file(30 * MiB, base.image) }, head: { closure: head.image, image: file(70 * MiB, head.image) } },
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
    expect(report.head).toMatchObject({ closureSize: HEAD_SYSTEM, pathCount: 6 });
    expect(report.base).toMatchObject({ closureSize: BASE_SYSTEM, pathCount: 4 });
    expect(report.contents).toEqual({ system: null, extra: [] });
  });

  it('applies max-closure-increase to the store paths inside and max-image to the file', () => {
    const base = system('base');
    const head = system('head');
    const input = { name: 'image', base: { closure: base.image, image: file(30 * MiB, base.image) }, head: { closure: head.image, image: file(70 * MiB, head.image) } };
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
        { name: 'image', base: { closure: base.image, image: file(30 * MiB, base.image) }, head: { closure: withFirmware, image: file(70 * MiB, withFirmware) } },
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
    const report = analyzeTarget({ name: 'image', base: { closure: base.image, image: null, source: 'binary-cache' }, head: { closure: head.image, image: file(70 * MiB, head.image) } }, parseSettings({}));
    // Both sides are the systems inside: the base's 20 MiB image NAR is no more counted than the head's.
    expect(report.base).toMatchObject({ closureSize: BASE_SYSTEM, pathCount: 4, image: null });
    expect(report.closureSizeDelta).toBe(50_000 + 40 * MiB);
    expect(report.removed.map((r) => r.path)).not.toContain(base.paths.image);
  });

  it('reads an ISO-like image, whose compressed store names only the toplevel and a stray path, as the closure of the toplevel', () => {
    // A squashfs compresses its directory tables: Nix finds the toplevel (named in the boot
    // menu) and, by chance, bash's hash in an uncompressed block; nothing else.
    const head = system('head');
    const iso = makeClosure(
      [{ path: head.paths.image, narSize: 60 * MiB, references: [head.paths.toplevel, head.paths.bash] }, ...storeObjects(head.toplevel)],
      head.paths.image,
    );
    const base = system('base');
    const baseIso = makeClosure([{ path: base.paths.image, narSize: 20 * MiB, references: [base.paths.toplevel] }, ...storeObjects(base.toplevel)], base.paths.image);
    const report = analyzeTarget(
      { name: 'iso', base: { closure: baseIso, image: file(30 * MiB, baseIso, 'iso9660') }, head: { closure: iso, image: file(70 * MiB, iso, 'iso9660') } },
      parseSettings({}),
    );
    // bash is referenced by system-path and etc too: the toplevel is the only top.
    expect(chainsOf(report).chain(head.paths.perl)).toEqual([head.paths.image, head.paths.toplevel, head.paths.systemPath, head.paths.xdg, head.paths.perl]);
    expect(report.head).toMatchObject({ closureSize: HEAD_SYSTEM, pathCount: 6 });
    expect(report.heavy.map((h) => h.path)).toEqual([head.paths.perl]);
    expect(report.notes).toEqual([
      "image.raw (iso9660) does not name every store path it holds (a compressed store, as an ISO's squashfs): its store paths are read as the closure of what it refers to (nixos-system-appliance-1.0); paths only inside the compressed store are not counted",
    ]);
  });

  it('reads a compressed image (.img.zst) that names no store path as a file with nothing counted inside', () => {
    const zst = (side: 'base' | 'head', size: number) => makeClosure([{ path: storePath('nixos-sd-image-25.05.img.zst', side), narSize: size, references: [] }], null);
    const base = zst('base', 10 * MiB);
    const head = zst('head', 12 * MiB);
    const report = analyzeTarget({ name: 'sd', base: { closure: base, image: file(10 * MiB, base, 'zstd') }, head: { closure: head, image: file(12 * MiB, head, 'zstd') } }, parseSettings({}));
    expect(report.head).toMatchObject({ closureSize: 0, pathCount: 0 });
    expect(report.closureSizeDelta).toBe(0);
    expect(report.added).toEqual([]);
    expect(report.update).toEqual({ narSize: 0, compressedSize: null, image: { compressedSize: 3 * MiB } });
    expect(report.notes).toEqual(['image.raw (zstd) holds its store compressed: Nix finds none of its store paths in the file, so no closure is counted inside it; only the file is measured']);
  });

  it('is no image when the file is a script that refers to the one program it runs', () => {
    const script = storePath('run-hello');
    const hello = storePath('hello-2.12.1');
    const closure = makeClosure([{ path: script, narSize: 300, references: [hello] }, { path: hello, narSize: 50_000, references: [] }], script);
    // The file is the root's own, its bytes no image format; the root refers to its whole
    // closure, but through no shortcut: nothing tells it from a program's wrapper.
    expect(isImageRoot({ closure, image: file(300, closure) })).toBe(false);
    expect(isImageRoot({ closure, image: file(300, closure, 'gpt') })).toBe(true);
  });

  it('is no image when the file is held by another store path (a link in the output leads there)', () => {
    const { image } = system('head');
    const elsewhere = { ...file(100, image, 'gpt'), storePath: storePath('other-image') };
    expect(isImageRoot({ closure: image, image: elsewhere })).toBe(false);
    // A baseline saved before the holder was recorded: judged by the file's path.
    const { storePath: _holder, ...saved } = file(100, image, 'gpt');
    expect(isImageRoot({ closure: image, image: saved })).toBe(true);
  });

  it('names as its system only a target whose root is a top of the image, never a package inside it', () => {
    const base = system('base');
    const head = system('head');
    const bash = makeClosure([{ path: head.paths.bash, narSize: 1_500_000, references: [] }], null);
    const [, image] = analyzeTargets(
      [
        { name: 'bash', base: { closure: bash, image: null }, head: { closure: bash, image: null } },
        { name: 'image', base: { closure: base.image, image: file(30 * MiB, base.image) }, head: { closure: head.image, image: file(70 * MiB, head.image) } },
      ],
      parseSettings({}),
    );
    expect(image?.contents).toEqual({ system: null, extra: [] });
  });

  it('is no image when the head has no image file, even if its root refers to everything', () => {
    const head = system('head');
    const base = system('base');
    const report = analyzeTarget({ name: 'x', base: { closure: base.image, image: null }, head: { closure: head.image, image: null } }, parseSettings({}));
    expect(report.contents).toBeUndefined();
    // Read as it is: the root's NAR is in the closure, and each chain is one step.
    expect(report.head.closureSize).toBe(HEAD_SYSTEM + 60 * MiB);
    expect(chainsOf(report).chain(head.paths.perl)).toEqual([head.paths.image, head.paths.perl]);
  });
});


describe('an image in the comment', () => {
  const MiB_ = MiB;
  /** The toplevel and an image of it that also holds a firmware package, as one report. */
  function reportOf(options: { baseImage?: 'measured' | 'binary-cache'; settings?: Parameters<typeof parseSettings>[0] } = {}) {
    const base = system('base');
    const head = system('head');
    const firmware = storePath('linux-firmware-20250101');
    const image = makeClosure(
      [{ path: head.paths.image, narSize: 60 * MiB_, references: [...head.toplevel.paths, firmware] }, { path: firmware, narSize: 9 * MiB_, references: [] }, ...storeObjects(head.toplevel)],
      head.paths.image,
    );
    const settings = parseSettings(options.settings ?? { forbid: ['perl'] });
    const baseImage = options.baseImage === 'binary-cache'
      ? { closure: base.image, image: null, source: 'binary-cache' as const }
      : { closure: base.image, image: file(30 * MiB_, base.image, 'gpt'), source: 'built' as const };
    const inputs = [
      { name: 'toplevel', base: { closure: base.toplevel, image: null }, head: { closure: head.toplevel, image: null } },
      { name: 'image', base: baseImage, head: { closure: image, image: file(70 * MiB_, image, 'gpt') } },
    ];
    const targets = analyzeTargets(inputs, settings).map((analysis, k) => completeTarget(analysis, inputs[k]!, settings));
    return { report: buildReport(targets, settings, { version: 'test', baseLabel: 'main', headLabel: 'pr' }), head, firmware };
  }

  it('tells the system once: the image section lists only what the image adds, and the headline counts perl once', () => {
    const { report, head, firmware } = reportOf();
    const markdown = renderMarkdown(report);
    const { html, problems } = renderGfm(markdown);
    expect(problems).toEqual([]);
    // perl is forbidden in both targets' data, but one rule broken, once, under toplevel.
    expect(report.targets.map((t) => t.forbidden.map((f) => f.path))).toEqual([[head.paths.perl], [head.paths.perl]]);
    // toplevel: 1 506 000 B → + 50 000 + 40 MiB = +41 993 040 B (+40.0 MiB, 2788.4 %); the image
    // file: 30 → 70 MiB (+133.3 %); no store paths for the image, its toplevel tells them.
    expect(markdown.split('\n')[0]).toBe('### ❌ nix-size-guard: 1 rule broken (new forbidden: perl-5.40.0) — toplevel +40.0 MiB (+2788.4%); image: image.raw +40.0 MiB (+133.3%)');
    // 6 paths of the toplevel (43 499 040 B) and the firmware (9 MiB): 7 paths, 52 936 224 B = 50.5 MiB.
    const imageSection = html.slice(html.indexOf('image</h4>'));
    expect(visibleText(imageSection)).toContain('Inside: 7 store paths, 50.5 MiB: the closure of toplevel (appliance-image-1.0 → nixos-system-appliance-1.0), whose chains, growth and forbidden paths are told there, and 1 path (9.0 MiB) only the image has: linux-firmware-20250101.');
    expect(visibleText(imageSection)).not.toContain('Forbidden paths');
    // What the image adds beyond the toplevel: the firmware, a new heavy path of its own, with its chain.
    const tables = htmlTables(imageSection);
    expect(tables.find((t) => t[0]?.[0] === 'Path' && t[0]?.[1] === 'NAR size' && t[0]?.[2] === 'Why it is here')?.slice(1)).toEqual([['linux-firmware-20250101', '9.0 MiB', 'appliance-image-1.0 → linux-firmware-20250101']]);
    expect(visibleText(imageSection)).toContain('Added paths only the image has (1)');
    expect(report.targets[1]!.contents).toEqual({ system: 'toplevel', extra: [{ path: firmware, narSize: 9 * MiB_ }] });
  });

  it('counts a closure budget that the image breaks on the same store paths as its toplevel once', () => {
    const base = system('base');
    const head = system('head');
    const settings = parseSettings({ forbid: ['perl'], maxClosureIncrease: '1MiB' });
    const inputs = [
      { name: 'toplevel', base: { closure: base.toplevel, image: null }, head: { closure: head.toplevel, image: null } },
      { name: 'image', base: { closure: base.image, image: file(30 * MiB_, base.image, 'gpt') }, head: { closure: head.image, image: file(70 * MiB_, head.image, 'gpt') } },
    ];
    const targets = analyzeTargets(inputs, settings).map((analysis, k) => completeTarget(analysis, inputs[k]!, settings));
    // Both targets' +41 993 040 B break the 1 MiB budget: the image's is the toplevel's verdict.
    expect(targets.map((t) => t.budgets.map((b) => [b.name, b.actual, b.ok]))).toEqual([[['max-closure-increase', 41_993_040, false]], [['max-closure-increase', 41_993_040, false]]]);
    const report = buildReport(targets, settings, { version: 'test', baseLabel: 'main', headLabel: 'pr' });
    // forbid perl and max-closure-increase: two rules, each told once, under toplevel.
    expect(renderMarkdown(report).split('\n')[0]).toMatch(/^### ❌ nix-size-guard: 2 rules broken \(new forbidden: perl-5\.40\.0\) — /);
  });

  it('says the base image was not measured when the base came from a binary cache, and checks no increase against it', () => {
    const { report } = reportOf({ baseImage: 'binary-cache', settings: { maxImageIncrease: ['1MiB'] } });
    const image = report.targets[1]!;
    expect(image.budgets).toEqual([]);
    expect(image.notes).toContain("max-image-increase: the base's image was not measured (read from the binary cache, not built); not checked");
    const markdown = renderMarkdown(report);
    expect(markdown.split('\n')[0]).toContain('image: image.raw base not measured, 70.0 MiB');
    expect(visibleText(renderGfm(markdown).html)).not.toMatch(/\(new\)|\bnew\b, 70/);
  });
});

describe('image budgets in a run without an image', () => {
  it('say on each target that they were not checked, instead of passing in silence', () => {
    const base = system('base');
    const head = system('head');
    const settings = parseSettings({ maxImage: ['5MiB'], maxUpdateSize: ['image:1MiB', '1GiB'] });
    const input = { name: 'toplevel', base: { closure: base.toplevel, image: null }, head: { closure: head.toplevel, image: null } };
    const report = buildReport([analyzeTarget(input, settings)], settings, { version: 'test', baseLabel: 'main', headLabel: 'pr' });
    expect(report.targets[0]!.budgets.map((b) => b.name)).toEqual(['max-update-size']);
    expect(report.targets[0]!.notes).toEqual([
      "max-image: no target has an image file (no match of the image glob '*.raw', no output that is an image); not checked",
      "max-update-size (image): no target has an image file (no match of the image glob '*.raw', no output that is an image); not checked",
    ]);
    // With an image target in the run, the toplevel says nothing: the budget is checked there.
    const image = { name: 'image', base: { closure: base.image, image: file(30 * MiB, base.image, 'gpt') }, head: { closure: head.image, image: file(70 * MiB, head.image, 'gpt') } };
    const both = buildReport([analyzeTarget(input, settings), analyzeTarget(image, settings)], settings, { version: 'test', baseLabel: 'main', headLabel: 'pr' });
    expect(both.targets[0]!.notes).toEqual([]);
  });
});

// Rows the mutation run named (README, "Mutation score of the core").
describe('image.ts, the edges', () => {
  it("lists the paths an image holds beyond its system's closure biggest first, not in path order", () => {
    // The bigger of the two extras is the one that sorts later by path, so path order and size
    // order disagree.
    const [early, late] = ['store-registration', 'firmware-1.0'].sort((x, y) => (storePath(x) < storePath(y) ? -1 : 1)) as [string, string];
    const shared = ['nixos-system-a-1.0', 'glibc-2.40', early, late];
    const image = makeClosure(
      [
        { path: storePath('nixos-image-1.0'), narSize: 1, references: shared.map((n) => storePath(n)) },
        { path: storePath('nixos-system-a-1.0'), narSize: 1, references: [storePath('glibc-2.40')] },
        { path: storePath('glibc-2.40'), narSize: 1, references: [] },
        { path: storePath(early), narSize: 5000, references: [] },
        { path: storePath(late), narSize: 9000, references: [] },
      ],
      storePath('nixos-image-1.0'),
    );
    const system = makeClosure(
      [
        { path: storePath('nixos-system-a-1.0'), narSize: 1, references: [storePath('glibc-2.40')] },
        { path: storePath('glibc-2.40'), narSize: 1, references: [] },
      ],
      storePath('nixos-system-a-1.0'),
    );
    expect(imageOf(imageContents(image), system)?.extra).toEqual([
      { path: storePath(late), narSize: 9000 },
      { path: storePath(early), narSize: 5000 },
    ]);
  });

  it("an image recorded without its holder is the output's own only when the file is in the output, or is it", () => {
    const closure = makeClosure([{ path: storePath('nixos-image-1.0'), narSize: 1, references: [] }], storePath('nixos-image-1.0'));
    const info = (file: string): ImageInfo => ({ file, apparentSize: 1, allocatedSize: 1, compressedSize: 1, format: 'gpt' });
    expect(isImageRoot({ closure, image: info(`${storePath('nixos-image-1.0')}/nixos.img`) })).toBe(true);
    expect(isImageRoot({ closure, image: info(storePath('nixos-image-1.0')) })).toBe(true);
    expect(isImageRoot({ closure, image: info(`${storePath('other-1.0')}/nixos.img`) })).toBe(false);
    // A path that only starts like the output's is another store path.
    expect(isImageRoot({ closure, image: info(`${storePath('nixos-image-1.0')}-x/nixos.img`) })).toBe(false);
  });
});

// Rows the mutation run named in core/analyze.ts: the image story's notes and the choice of an
// image's system.
describe('an image, the notes and the system it names', () => {
  /** An image whose file names only `tops` (an ISO's compressed store), over the head system. */
  function isoNaming(extraTops: string[]) {
    const head = system('head');
    const extras = extraTops.map((name) => ({ path: storePath(name), narSize: 1_000, references: [] as string[] }));
    const tops = [head.paths.toplevel, ...extras.map((e) => e.path)];
    const iso = makeClosure([{ path: head.paths.image, narSize: 60 * MiB, references: tops }, ...extras, ...storeObjects(head.toplevel)], head.paths.image);
    return { iso, tops };
  }
  const notesOf = (head: Closure, headImage: ImageInfo | null, baseImage: (c: Closure) => ImageInfo) => {
    const base = system('base');
    return analyzeTarget({ name: 'iso', base: { closure: base.image, image: baseImage(base.image) }, head: { closure: head, image: headImage } }, parseSettings({}));
  };
  // The names of the store paths (the test's own table), in the closure's order: ids follow the
  // sorted paths (types.ts), and the root's references are ascending ids.
  const namesOf = (paths: string[], names: Record<string, string>) => [...paths].sort().map((p) => names[p]);

  it('names three of four tops, then an ellipsis; all three of three', () => {
    const head = system('head');
    const names: Record<string, string> = {
      [head.paths.toplevel]: 'nixos-system-appliance-1.0',
      [storePath('isolinux-6.04')]: 'isolinux-6.04',
      [storePath('grub-2.12')]: 'grub-2.12',
      [storePath('memtest86-7.0')]: 'memtest86-7.0',
    };
    const note = (named: string) =>
      `image.raw (iso9660) does not name every store path it holds (a compressed store, as an ISO's squashfs): its store paths are read as the closure of what it refers to (${named}); paths only inside the compressed store are not counted`;
    const four = isoNaming(['isolinux-6.04', 'grub-2.12', 'memtest86-7.0']);
    expect(notesOf(four.iso, file(70 * MiB, four.iso, 'iso9660'), (c) => file(30 * MiB, c, 'iso9660')).notes).toEqual([
      note(`${namesOf(four.tops, names).slice(0, 3).join(', ')}, …`),
    ]);
    const three = isoNaming(['isolinux-6.04', 'grub-2.12']);
    expect(notesOf(three.iso, file(70 * MiB, three.iso, 'iso9660'), (c) => file(30 * MiB, c, 'iso9660')).notes).toEqual([note(namesOf(three.tops, names).join(', '))]);
  });

  it('says nothing of an image that names every store path it holds', () => {
    const head = system('head');
    expect(notesOf(head.image, file(70 * MiB, head.image, 'gpt'), (c) => file(30 * MiB, c, 'gpt')).notes).toEqual([]);
  });

  it('names the file without a format when its first bytes gave none (the base read it as an image)', () => {
    const { iso } = isoNaming([]);
    expect(notesOf(iso, file(70 * MiB, iso), (c) => file(30 * MiB, c, 'iso9660')).notes).toEqual([
      "image.raw does not name every store path it holds (a compressed store, as an ISO's squashfs): its store paths are read as the closure of what it refers to (nixos-system-appliance-1.0); paths only inside the compressed store are not counted",
    ]);
  });

  it('says "the image" when the head has no file measured, and adds no image to its update', () => {
    // The head's output is the file alone, its store compressed (nothing named); the base's was
    // measured as an image, so both sides are read as images.
    const zst = makeClosure([{ path: storePath('nixos-sd-image-25.05.img.zst', 'head'), narSize: 12 * MiB, references: [] }], null);
    const report = notesOf(zst, null, (c) => file(30 * MiB, c, 'zstd'));
    expect(report.contents).toEqual({ system: null, extra: [] });
    expect(report.notes).toEqual(['the image holds its store compressed: Nix finds none of its store paths in the file, so no closure is counted inside it; only the file is measured']);
    expect(report.update).toEqual({ narSize: 0, compressedSize: null });
  });

  it('is never the system of a closure that is no image', () => {
    // The toplevel refers to system-path directly, as an image refers to its toplevel; but the
    // toplevel is no image, so it holds no system.
    const head = system('head');
    const systemPath = makeClosure(storeObjects(head.toplevel).filter((o) => o.path !== head.paths.toplevel && o.path !== head.paths.etc), head.paths.systemPath);
    expect(imageOf(head.toplevel, systemPath)).toBeNull();
  });

  it('names no other image target as its system (an installer ISO holding the disk image)', () => {
    const base = system('base');
    const head = system('head');
    // The ISO lists the disk image's output and everything inside it flat: its one top is the
    // disk image, which is an image target, not a system.
    const installer = (side: 'base' | 'head', raw: Closure) =>
      makeClosure([{ path: storePath('installer-iso-1.0', side), narSize: 90 * MiB, references: [...raw.paths] }, ...storeObjects(raw)], storePath('installer-iso-1.0', side));
    const [, raw, iso] = analyzeTargets(
      [
        { name: 'toplevel', base: { closure: base.toplevel, image: null }, head: { closure: head.toplevel, image: null } },
        { name: 'raw', base: { closure: base.image, image: file(30 * MiB, base.image, 'gpt') }, head: { closure: head.image, image: file(70 * MiB, head.image, 'gpt') } },
        { name: 'iso', base: { closure: installer('base', base.image), image: file(40 * MiB, installer('base', base.image), 'iso9660') }, head: { closure: installer('head', head.image), image: file(80 * MiB, installer('head', head.image), 'iso9660') } },
      ],
      parseSettings({}),
    );
    expect(raw?.contents).toEqual({ system: 'toplevel', extra: [] });
    expect(iso?.contents).toEqual({ system: null, extra: [] });
  });

  it('of two systems inside, names the one with more store paths; of two as big, the first target', () => {
    // An image holding two toplevels flat: the appliance's (6 paths) and a recovery system
    // (recovery toplevel → bash: 2 paths); then a second recovery system as big as the first.
    const head = system('head');
    const recovery = (name: string) => makeClosure([{ path: storePath(name), narSize: 1_000, references: [head.paths.bash] }, { path: head.paths.bash, narSize: 1_500_000, references: [] }], storePath(name));
    const imageOver = (...systems: Closure[]) => {
      const objects = new Map<string, StoreObject>();
      for (const s of systems) for (const o of storeObjects(s)) objects.set(o.path, o);
      return makeClosure([{ path: head.paths.image, narSize: 60 * MiB, references: [...objects.keys()] }, ...objects.values()], head.paths.image);
    };
    const systemOf = (targets: [string, Closure][], image: Closure) => {
      const inputs = [
        ...targets.map(([name, closure]) => ({ name, base: { closure, image: null }, head: { closure, image: null } })),
        { name: 'image', base: { closure: image, image: file(70 * MiB, image, 'gpt') }, head: { closure: image, image: file(70 * MiB, image, 'gpt') } },
      ];
      return analyzeTargets(inputs, parseSettings({})).at(-1)?.contents?.system;
    };
    const both = imageOver(head.toplevel, recovery('nixos-system-recovery-1.0'));
    expect(systemOf([['recovery', recovery('nixos-system-recovery-1.0')], ['appliance', head.toplevel]], both)).toBe('appliance');
    expect(systemOf([['appliance', head.toplevel], ['recovery', recovery('nixos-system-recovery-1.0')]], both)).toBe('appliance');
    const twins = imageOver(recovery('nixos-system-recovery-1.0'), recovery('nixos-system-rescue-1.0'));
    expect(systemOf([['recovery', recovery('nixos-system-recovery-1.0')], ['rescue', recovery('nixos-system-rescue-1.0')]], twins)).toBe('recovery');
    expect(systemOf([['rescue', recovery('nixos-system-rescue-1.0')], ['recovery', recovery('nixos-system-recovery-1.0')]], twins)).toBe('rescue');
  });

  it('lists extras of one size by store path', () => {
    const sys = makeClosure([{ path: storePath('nixos-system-a-1.0'), narSize: 1, references: [] }], storePath('nixos-system-a-1.0'));
    const extras = ['firmware-a-1.0', 'firmware-b-1.0', 'firmware-c-1.0', 'firmware-d-1.0'].map((n) => storePath(n));
    const image = makeClosure(
      [{ path: storePath('nixos-image-1.0'), narSize: 1, references: [sys.root, ...extras] }, { path: sys.root, narSize: 1, references: [] }, ...extras.map((path) => ({ path, narSize: 7, references: [] }))],
      storePath('nixos-image-1.0'),
    );
    expect(imageOf(imageContents(image), sys)?.extra).toEqual([...extras].sort().map((path) => ({ path, narSize: 7 })));
  });
});
