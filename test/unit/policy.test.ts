import { describe, expect, it } from 'vitest';
import { analyzeTarget, buildReport } from '../../src/core/analyze.js';
import { chainsOf, indexChains } from '../../src/core/chains.js';
import { storeObjects } from '../../src/core/closure.js';
import { checkBudgets, findForbidden, forbiddenPathCount, imageUnmeasured, withinPercent } from '../../src/core/policy.js';
import { parseSettings } from '../../src/core/settings.js';
import { budgetActual } from '../../src/render/summary.js';
import type { ImageInfo, SideSummary, UpdateCost } from '../../src/core/types.js';
import { makeClosure, storePath } from '../helpers/store.js';

const MiB = 1024 * 1024;
const base = makeClosure({
  'nixos-system-appliance-1.0': [8_000, ['system-path']],
  'system-path': [40_000, ['perl-5.36.0-man', 'glibc-2.37-8']],
  'perl-5.36.0-man': [300_000, []],
  'glibc-2.37-8': [30 * MiB, []],
});
// perl-5.36.0-man is the same path in both closures.
const head = makeClosure({
  'nixos-system-appliance-1.0': [8_000, ['system-path']],
  'system-path': [40_000, ['perl-5.36.0-man', 'xdg-utils-1.1.3', 'glibc-2.37-8']],
  'xdg-utils-1.1.3': [200_000, ['perl-5.38.2']],
  'perl-5.38.2': [60 * MiB, ['glibc-2.37-8']],
  'perl-5.36.0-man': [300_000, []],
  'glibc-2.37-8': [30 * MiB, []],
}, '', []);
const manHead = storePath('perl-5.36.0-man');

describe('findForbidden', () => {
  const chains = indexChains(head);
  it('matches the regex anywhere in the full store path, marks new and pre-existing, new first', () => {
    const { forbidden } = findForbidden(base, head, parseSettings({ forbid: ['perl'] }).forbid, []);
    expect(forbidden.map((f) => [f.path, f.new])).toEqual([
      [storePath('perl-5.38.2'), true],
      [manHead, false],
    ]);
    expect(chains.chainTo(forbidden[0]!.path)!.map((p) => p.replace(/^.*?-/, ''))).toEqual(['nixos-system-appliance-1.0', 'system-path', 'xdg-utils-1.1.3', 'perl-5.38.2']);
    expect(forbidden[0]!.pattern).toBe('perl');
  });
  it('lets the allow-list exempt a path, keeping its reason', () => {
    const settings = parseSettings({ forbid: ['perl'], allow: ['perl-[0-9.]+-man$  # man pages only, stripped from the image'] });
    const { forbidden, allowed } = findForbidden(base, head, settings.forbid, settings.allow);
    expect(forbidden.map((f) => f.path)).toEqual([storePath('perl-5.38.2')]);
    expect(allowed).toEqual([{ path: manHead, forbiddenBy: 'perl', allowedBy: 'perl-[0-9.]+-man$', reason: 'man pages only, stripped from the image' }]);
  });
  it('finds nothing without rules', () => {
    expect(findForbidden(base, head, [], []).forbidden).toEqual([]);
  });
});

const image = (apparentSize: number, compressedSize: number): ImageInfo => ({ file: '/x/image.raw', apparentSize, allocatedSize: apparentSize / 2, compressedSize });
const side = (closureSize: number, img: ImageInfo | null): SideSummary => ({ root: '/r', source: 'built', closureSize, pathCount: 1, image: img });
/** Nothing to download: the budgets of these cases are not about the update. */
const NO_UPDATE: UpdateCost = { narSize: 0, compressedSize: 0 };

describe('checkBudgets', () => {
  it.each([
    [{ maxClosure: '100MiB' }, side(0, null), side(100 * MiB, null), [{ name: 'max-closure', kind: 'size', limit: 100 * MiB, actual: 100 * MiB, unit: 'bytes', ok: true }]],
    [{ maxClosure: '100MiB' }, side(0, null), side(100 * MiB + 1, null), [{ name: 'max-closure', kind: 'size', limit: 100 * MiB, actual: 100 * MiB + 1, unit: 'bytes', ok: false }]],
    [{ maxClosureIncrease: '+20MiB' }, side(100 * MiB, null), side(121 * MiB, null), [{ name: 'max-closure-increase', kind: 'increase', limit: 20 * MiB, actual: 21 * MiB, unit: 'bytes', ok: false }]],
    [{ maxClosureIncrease: '2%' }, side(100 * MiB, null), side(101 * MiB, null), [{ name: 'max-closure-increase', kind: 'increase', limit: 2, actual: 1, unit: 'percent', ok: true }]],
    [{ maxClosureIncrease: '2%' }, side(100 * MiB, null), side(90 * MiB, null), [{ name: 'max-closure-increase', kind: 'increase', limit: 2, actual: -10, unit: 'percent', ok: true }]],
    [{ maxImage: ['compressed:300MiB', '4GiB'] }, side(1, image(1, 1)), side(1, image(3 * 1024 * MiB, 310 * MiB)), [
      { name: 'max-image (compressed)', kind: 'size', limit: 300 * MiB, actual: 310 * MiB, unit: 'bytes', ok: false },
      { name: 'max-image', kind: 'size', limit: 4096 * MiB, actual: 3072 * MiB, unit: 'bytes', ok: true },
    ]],
    [{ maxImageIncrease: ['allocated:+1MiB'] }, side(1, image(8 * MiB, 1)), side(1, image(10 * MiB, 1)), [
      { name: 'max-image-increase (allocated)', kind: 'increase', limit: MiB, actual: MiB, unit: 'bytes', ok: true },
    ]],
    // A toplevel has no image: image budgets do not apply to it.
    [{ maxImage: ['1MiB'] }, side(1, null), side(1, null), []],
  ])('%j', (raw, baseSide, headSide, expected) => {
    expect(checkBudgets(parseSettings(raw).budgets, baseSide, headSide, NO_UPDATE).results).toEqual(expected);
  });

  it('notes a percent budget it cannot check against an empty base', () => {
    const { results, notes } = checkBudgets(parseSettings({ maxImageIncrease: ['5%'] }).budgets, side(1, null), side(1, image(5, 5)), NO_UPDATE);
    expect(results).toEqual([]);
    expect(notes[0]).toMatch(/max-image-increase: the base has nothing to compare a percentage with/);
  });

  const update = (narSize: number, compressedSize: number | null): UpdateCost => ({ narSize, compressedSize });
  it.each([
    ['the NAR size by default', ['5MiB'], update(5 * MiB, 2 * MiB), [{ name: 'max-update-size', kind: 'size', limit: 5 * MiB, actual: 5 * MiB, unit: 'bytes', ok: true }]],
    ['one byte over', ['5MiB'], update(5 * MiB + 1, 2 * MiB), [{ name: 'max-update-size', kind: 'size', limit: 5 * MiB, actual: 5 * MiB + 1, unit: 'bytes', ok: false }]],
    ['the zstd size, named', ['compressed:1MiB', 'nar:10MiB'], update(5 * MiB, 2 * MiB), [
      { name: 'max-update-size (compressed)', kind: 'size', limit: MiB, actual: 2 * MiB, unit: 'bytes', ok: false },
      { name: 'max-update-size', kind: 'size', limit: 10 * MiB, actual: 5 * MiB, unit: 'bytes', ok: true },
    ]],
    // An image target's A/B update: the whole image compressed, at and one byte over the limit.
    ['an A/B image, at its limit', ['image:300MiB'], { ...update(5 * MiB, 2 * MiB), image: { compressedSize: 300 * MiB } }, [
      { name: 'max-update-size (image)', kind: 'size', limit: 300 * MiB, actual: 300 * MiB, unit: 'bytes', ok: true },
    ]],
    ['an A/B image, one byte over', ['image:300MiB'], { ...update(5 * MiB, 2 * MiB), image: { compressedSize: 300 * MiB + 1 } }, [
      { name: 'max-update-size (image)', kind: 'size', limit: 300 * MiB, actual: 300 * MiB + 1, unit: 'bytes', ok: false },
    ]],
    // A toplevel has no image to download: the image budget is the image targets' alone.
    ['a toplevel, under an image budget', ['image:1B'], update(5 * MiB, 2 * MiB), []],
  ] as const)('checks max-update-size on %s', (_what, raw, cost, expected) => {
    expect(checkBudgets(parseSettings({ maxUpdateSize: [...raw] }).budgets, side(1, null), side(1, null), cost).results).toEqual(expected);
  });

  it('notes an A/B image budget it cannot check: a head image not measured, or a file that is no image', () => {
    const fromCache = { ...side(1, null), source: 'binary-cache' as const };
    expect(checkBudgets(parseSettings({ maxUpdateSize: ['image:1MiB'] }).budgets, side(1, null), fromCache, update(5, 2)).notes).toEqual([
      "max-update-size (image): the head's image was not measured (read from the binary cache, not built); not checked",
    ]);
    const plainFile = side(1, { file: '/nix/store/00000000000000000000000000000000-notes/notes.raw', apparentSize: 9, allocatedSize: 4096, compressedSize: 18 });
    expect(checkBudgets(parseSettings({ maxUpdateSize: ['image:1MiB'] }).budgets, side(1, null), plainFile, update(5, 2)).notes).toEqual([
      'max-update-size (image): notes.raw is not read as an image of store paths (no image format in its first bytes); not checked',
    ]);
  });

  it('notes a compressed update budget it cannot check when the zstd size was not measured', () => {
    const { results, notes } = checkBudgets(parseSettings({ maxUpdateSize: ['compressed:1MiB', '1GiB'] }).budgets, side(1, null), side(1, null), update(5 * MiB, null));
    expect(results.map((r) => r.name)).toEqual(['max-update-size']);
    expect(notes).toEqual(['max-update-size (compressed): the zstd size of the update was not measured; not checked']);
  });
});

describe('analyzeTarget', () => {
  it('fails a target on a forbidden path or a broken budget, and only then', () => {
    const input = { name: 'toplevel', base: { closure: base, image: null }, head: { closure: head, image: null } };
    expect(analyzeTarget(input, parseSettings({})).ok).toBe(true);
    expect(analyzeTarget(input, parseSettings({ forbid: ['perl'] })).ok).toBe(false);
    expect(analyzeTarget(input, parseSettings({ maxClosureIncrease: '50MiB' })).ok).toBe(false);
    expect(analyzeTarget(input, parseSettings({ maxClosureIncrease: '70MiB' })).ok).toBe(true);
  });
  it('lists heavy new paths from the threshold on, with chains', () => {
    const input = { name: 'toplevel', base: { closure: base, image: null }, head: { closure: head, image: null } };
    const report = analyzeTarget(input, parseSettings({ heavyThreshold: '200000' }));
    expect(report.heavy.map((h) => h.path)).toEqual([storePath('perl-5.38.2'), storePath('xdg-utils-1.1.3')]);
    // The closure above: the toplevel refers to system-path, which refers to xdg-utils.
    expect(chainsOf(report).chain(report.heavy[1]!.path)).toEqual(['nixos-system-appliance-1.0', 'system-path', 'xdg-utils-1.1.3'].map((n) => storePath(n)));
    expect(report.closureSizeDelta).toBe(200_000 + 60 * MiB);
  });
  it('sums the added NARs as the update and takes its zstd size from the shell', () => {
    const input = { name: 'toplevel', base: { closure: base, image: null }, head: { closure: head, image: null } };
    const added = storeObjects(head).filter((o) => !base.paths.includes(o.path));
    const narSize = added.reduce((sum, o) => sum + o.narSize, 0);
    expect(analyzeTarget(input, parseSettings({})).update).toEqual({ narSize, compressedSize: null });
    expect(analyzeTarget({ ...input, updateCompressedSize: 123_456 }, parseSettings({})).update).toEqual({ narSize, compressedSize: 123_456 });
    const budget = analyzeTarget(input, parseSettings({ maxUpdateSize: [`${narSize - 1}`] }));
    expect(budget.ok).toBe(false);
    expect(budget.budgets).toEqual([{ name: 'max-update-size', kind: 'size', limit: narSize - 1, actual: narSize, unit: 'bytes', ok: false }]);
  });
});

describe('budgets compare exact values', () => {
  const side = (closureSize: number): SideSummary => ({ root: '/nix/store/x', source: 'built', closureSize, pathCount: 1, image: null });
  const update: UpdateCost = { narSize: 0, compressedSize: null };
  it.each([
    // 2.004 % of growth breaks a 2 % budget (rounded to two decimals it read 2.00 and passed).
    [100_000, 102_004, '2%', false, '+2.004%'],
    [100_000, 102_000, '2%', true, '+2%'],
    [1_000_000, 1_020_001, '2%', false, '+2.0001%'],
    [1_000, 1_025, '2.5%', true, '+2.5%'],
    [1_000, 1_026, '2.5%', false, '+2.6%'],
    [3, 4, '33.3333%', false, '+33.33333%'],
    [10_000_000, 10_010_000, '0.1%', true, '+0.1%'],
    [10_000_000, 10_010_001, '0.1%', false, '+0.10001%'],
  ])('%i → %i against %s: ok %s, shown as %s', (base, head, limit, ok, shown) => {
    const { results } = checkBudgets(parseSettings({ maxClosureIncrease: limit }).budgets, side(base), side(head), update);
    expect(results[0]!.ok).toBe(ok);
    // The JSON keeps the unrounded percentage.
    expect(results[0]!.actual).toBe(((head - base) / base) * 100);
    expect(budgetActual(results[0]!)).toBe(shown);
    // The oracle: exact rational arithmetic, independent of the code under test.
    const [whole, fraction = ''] = limit.replace('%', '').split('.');
    expect((BigInt(head - base) * 100n * 10n ** BigInt(fraction.length) <= BigInt(whole! + fraction) * BigInt(base))).toBe(ok);
  });
});

describe('forbiddenPathCount', () => {
  it('counts each forbidden store path once over all targets', () => {
    const perl = { path: '/nix/store/00000000000000000000000000000000-perl-5.38.2', pattern: 'perl', new: true };
    const gcc = { path: '/nix/store/11111111111111111111111111111111-gcc-13.2.0', pattern: 'gcc', new: false };
    // A toplevel and its image both hold perl: one path. The image's own gcc is a second.
    expect(forbiddenPathCount({ targets: [{ forbidden: [perl] }, { forbidden: [perl, gcc] }] })).toBe(2);
    expect(forbiddenPathCount({ targets: [{ forbidden: [perl] }, { forbidden: [perl] }] })).toBe(1);
    expect(forbiddenPathCount({ targets: [] })).toBe(0);
  });
});

// Rows the mutation run named (README, "Mutation score of the core").
describe('policy, the edges', () => {
  it('lists a new forbidden path before an old one that sorts first by path', () => {
    // perl-5.36.0 (in both) is /nix/store/g05…, perl-5.40.0 (new) is /nix/store/jaf…: by path the
    // old one comes first, so only the new-first order puts 5.40 ahead.
    const old = makeClosure({ 'nixos-system-a-1.0': [1, ['perl-5.36.0']], 'perl-5.36.0': [1, []] }, 'b', ['perl-5.36.0']);
    const now = makeClosure({ 'nixos-system-a-1.0': [1, ['perl-5.36.0', 'perl-5.40.0']], 'perl-5.36.0': [1, []], 'perl-5.40.0': [1, []] }, 'h', ['perl-5.36.0', 'perl-5.40.0']);
    expect(storePath('perl-5.36.0') < storePath('perl-5.40.0')).toBe(true);
    const { forbidden } = findForbidden(old, now, parseSettings({ forbid: ['perl-5'] }).forbid, []);
    expect(forbidden.map((f) => [f.path, f.new])).toEqual([[storePath('perl-5.40.0'), true], [storePath('perl-5.36.0'), false]]);
  });
  it('an image is unmeasured only when a binary cache gave the side and it has no image', () => {
    const img: ImageInfo = { file: '/x/image.raw', apparentSize: 1, allocatedSize: 1, compressedSize: 1 };
    expect(imageUnmeasured({ image: null, source: 'binary-cache' })).toBe(true);
    expect(imageUnmeasured({ image: img, source: 'binary-cache' })).toBe(false);
    expect(imageUnmeasured({ image: null, source: 'built' })).toBe(false);
  });
  it.each([
    // delta / base × 100 ≤ limit, worked out by hand; limits a double prints with an exponent.
    [1, 1_000_000_000, 1e-7, true], // 1 / 10^9 × 100 = 10^-7 %: at the limit
    [1, 999_999_999, 1e-7, false], // just above it
    [1e19, 1, 1e21, true], // 10^19 × 100 = 10^21 %: at the limit
    [2e19, 1, 1e21, false],
  ])('withinPercent(%d, %d, %d) is %s', (delta, base, limit, ok) => {
    expect(withinPercent(delta, base, limit)).toBe(ok);
  });
});

describe('analyzeTarget and buildReport, the edges', () => {
  const input = { name: 'toplevel', base: { closure: base, image: null }, head: { closure: head, image: null } };
  it('counts paths as a difference, names a side given as a file, and keeps a forbidden path chain', () => {
    const report = analyzeTarget(input, parseSettings({ forbid: ['glibc'], heavyThreshold: '1TiB' }));
    // base: toplevel, system-path, perl-5.36.0-man, glibc (4); head adds xdg-utils and perl-5.38.2 (6).
    expect(report.pathCountDelta).toBe(2);
    expect(report.base.source).toBe('given');
    // glibc is old and listed only as forbidden: its chain is in the table only through that list.
    expect(chainsOf(report).chain(storePath('glibc-2.37-8'))).toEqual([storePath('nixos-system-appliance-1.0'), storePath('system-path'), storePath('glibc-2.37-8')]);
  });
  it('keeps a trend only when it has points', () => {
    const trend = [{ commit: '3f2c1e9', closureSize: 1, imageSize: null }];
    expect(analyzeTarget({ ...input, trend }, parseSettings({})).trend).toEqual(trend);
    expect('trend' in analyzeTarget({ ...input, trend: [] }, parseSettings({}))).toBe(false);
    expect('trend' in analyzeTarget(input, parseSettings({}))).toBe(false);
  });
  it('a report is ok only when every target is, and carries the rules as written', () => {
    const settings = parseSettings({ forbid: ['perl'], allow: ['perl-.*-man$ # docs only'], heavyThreshold: '2MiB' });
    const good = analyzeTarget(input, parseSettings({}));
    const bad = analyzeTarget({ ...input, name: 'image' }, parseSettings({ forbid: ['perl'] }));
    const report = buildReport([good, bad], settings, { version: '1.2.3', baseLabel: 'main', headLabel: 'pr' });
    expect(report.ok).toBe(false);
    expect(report.tool).toEqual({ name: 'nix-size-guard', version: '1.2.3' });
    expect(report.settings).toEqual({ heavyThreshold: 2 * MiB, forbid: ['perl'], allow: [{ pattern: 'perl-.*-man$', reason: 'docs only' }] });
    expect(buildReport([good], settings, { version: '1.2.3', baseLabel: 'main', headLabel: 'pr' }).ok).toBe(true);
  });
});
