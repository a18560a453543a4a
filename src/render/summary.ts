// What every renderer says the same way: the headline, which rules a target broke, a chain
// of names, a version change. Repository text goes through the `escape` each renderer passes.

import { chainsOf } from '../core/chains.js';
import { versionsOnlyIn } from '../core/diff.js';
import { duplicateVariants } from '../core/duplicates.js';
import { waivedBudgets, waiversUsed } from '../core/waiver.js';
import { formatBytes, formatDelta, formatPercent, percentChange } from '../core/size.js';
import { storePathName } from '../core/store-path.js';
import { causeHeadline } from '../core/options.js';
import { imageFileName } from '../core/image.js';
import { imageUnmeasured } from '../core/policy.js';
import type { BudgetResult, Duplicate, PackageChange, Report, SideSource, TargetReport, UpdateCost, Waiver } from '../core/types.js';

export type Escape = (text: string) => string;

/** The headline names this many targets; the summary table has the rest. */
const HEADLINE_TARGETS = 3;

/** `1 path`, `37 paths`. */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/** `+1.2 KiB (±0%)`, `+112.4 MiB (+23.1%)`. */
export function sizeChange(base: number, head: number): string {
  return `${formatDelta(head - base)} (${formatPercent(percentChange(base, head))})`;
}

/** The broken rules of a target: each failed budget by name, each matched forbid pattern once. */
export function brokenRules(target: TargetReport): string[] {
  const budgets = target.budgets.filter((b) => !b.ok).map((b) => b.name);
  const patterns = [...new Set(target.forbidden.map((f) => `forbidden ${f.pattern}`))];
  return [...budgets, ...patterns];
}

/** `mine` without what `theirs` has, by `key`. */
function without<T>(mine: readonly T[], theirs: readonly T[], key: (item: T) => string): T[] {
  const known = new Set(theirs.map(key));
  return mine.filter((item) => !known.has(key(item)));
}

/**
 * The target an image target's store paths are told under (its toplevel, also a target of the
 * report), and the image's own part of the story: what its lists hold that the toplevel's do
 * not (the store paths only the image has, and what they bring). Null for any other target, or
 * when that target is not in the report.
 */
export function toldUnder(report: Report, target: TargetReport): { system: TargetReport; own: TargetReport } | null {
  const name = target.contents?.system;
  if (typeof name !== 'string' || name === target.name) return null;
  const system = report.targets.find((t) => t.name === name);
  if (!system) return null;
  const byPath = (p: { path: string }) => p.path;
  const own: TargetReport = {
    ...target,
    added: without(target.added, system.added, byPath),
    removed: without(target.removed, system.removed, byPath),
    packages: without(target.packages, system.packages, (p) => JSON.stringify([p.name, p.baseVersions, p.headVersions, p.sizeDelta])),
    heavy: without(target.heavy, system.heavy, byPath),
    growth: without(target.growth, system.growth, (g) => JSON.stringify([g.via, g.addedSize, g.addedPaths])),
    duplicates: without(duplicatesOf(target), duplicatesOf(system), (d) => JSON.stringify([d.name, d.size, d.paths.map(byPath)])),
    forbidden: without(target.forbidden, system.forbidden, byPath),
    allowed: without(target.allowed, system.allowed, byPath),
    // A closure budget on the same store paths breaks the same way: the system's verdict.
    budgets: without(target.budgets, system.budgets, (b) => JSON.stringify([b.name, b.limit, b.actual, b.ok])),
  };
  return { system, own };
}

/** What a renderer lists for a target: an image's own part when its system is told elsewhere. */
export const storyOf = (report: Report, target: TargetReport): TargetReport => toldUnder(report, target)?.own ?? target;

/**
 * What a head image is against a base without one: `new`, or `base not measured` when the base
 * was read from a binary cache (its file was never here).
 */
export const imageWithoutBase = (target: Pick<TargetReport, 'base'>): string => (imageUnmeasured(target.base) ? 'base not measured' : 'new');

/**
 * `toplevel +4.5 MiB (+199.7%)`; for a target with an image, the image is what ships, so the
 * headline gives its size first: `image: image.raw +6.0 MiB (+54.4%), store paths +4.5 MiB`,
 * without the store paths when another target (the toplevel) tells them.
 */
function targetChange(report: Report, target: TargetReport, escape: Escape): string {
  const head = target.head.image;
  // Numbers through the escape too: a report read from elsewhere is data, whatever its types.
  if (!head) return `${escape(target.name)} ${escape(sizeChange(target.base.closureSize, target.head.closureSize))}`;
  const file = escape(imageFileName(head));
  const base = target.base.image;
  const change = base ? sizeChange(base.apparentSize, head.apparentSize) : `${imageWithoutBase(target)}, ${formatBytes(head.apparentSize)}`;
  const image = `${escape(target.name)}: ${file} ${escape(change)}`;
  if (toldUnder(report, target)) return image;
  // An image of store paths holds them; any other image target's closure is its output's.
  return `${image}, ${target.contents ? 'store paths' : 'closure'} ${escape(formatDelta(target.closureSizeDelta))}`;
}

/**
 * `nix-size-guard: 2 rules broken — toplevel +112.4 MiB (+23%), image +80.0 MiB`: the verdict
 * and the size changes, failing targets first. Without the ✅/❌ so each renderer picks its mark.
 */
export function headline(report: Report, escape: Escape): string {
  // An image of another target's system breaks that target's forbid rules with the same paths:
  // counted once, there.
  const broken = report.targets.reduce((count, t) => count + (t.ok ? 0 : brokenRules(storyOf(report, t)).length), 0);
  const waived = waivedBudgets(report);
  const verdict = report.ok
    ? waived > 0
      ? `${plural(waived, 'budget')} exceeded, ${waiverText(report, escape)}`
      : 'within budget'
    : broken === 0
      ? 'check failed'
      : `${plural(broken, 'rule')} broken${ruleLead(report, escape)}`;
  const targets = [...report.targets.filter((t) => !t.ok), ...report.targets.filter((t) => t.ok)];
  if (targets.length === 0) return `nix-size-guard: ${verdict} — no targets`;
  const shown = targets.slice(0, HEADLINE_TARGETS).map((t) => targetChange(report, t, escape));
  const more = targets.length - HEADLINE_TARGETS;
  if (more > 0) shown.push(plural(more, 'more target', 'more targets'));
  return `nix-size-guard: ${verdict} — ${shown.join('; ')}`;
}

/** The headline names this many forbidden paths; the tables have all of them. */
const HEADLINE_FORBIDDEN = 2;

/**
 * ` (new forbidden: perl-5.38.2)`: the paths this change brought that a forbid rule matches,
 * which no label waives, for the headline; each once over all targets (the table names the
 * budgets). Empty when none is new.
 */
function ruleLead(report: Report, escape: Escape): string {
  const names = [...new Set(report.targets.flatMap((t) => t.forbidden.filter((f) => f.new).map((f) => storePathName(f.path))))];
  if (names.length === 0) return '';
  const shown = names.slice(0, HEADLINE_FORBIDDEN).map(escape);
  if (names.length > HEADLINE_FORBIDDEN) shown.push(`${names.length - HEADLINE_FORBIDDEN} more`);
  return ` (new forbidden: ${shown.join(', ')})`;
}

/** `waived by label size-increase-approved (added by @alice)`; a merged report names each label once. */
export function waiverText(report: Report, escape: Escape): string {
  const waivers = waiversUsed(report);
  if (waivers.length === 0) return '';
  // Escaped with the @: the comment names who waived it without pinging them on every push.
  const one = (w: Waiver) => `${escape(w.label)}${w.by ? ` (added by ${escape(`@${w.by}`)})` : ''}`;
  return `waived by label ${waivers.map(one).join(', ')}`;
}

/**
 * A shown chain keeps this many links from the root and this many ending at the path; the
 * links between are counted, not named (a nixpkgs bump can make a chain thousands long).
 */
export const CHAIN_FIRST = 2;
export const CHAIN_LAST = 4;

function joinChain(first: string[], omitted: number, last: string[], escape: Escape): string {
  const names = first.map((path) => escape(storePathName(path)));
  if (omitted > 0) names.push(`⋯ ${plural(omitted, 'path')}`);
  for (const path of last) names.push(escape(storePathName(path)));
  return names.join(' → ');
}

/** The chain to `path` in `target` as names joined by arrows: `system-path → iproute2-6.1 → perl-5.38.2`. */
export function formatChain(target: Pick<TargetReport, 'head' | 'parents'>, path: string, escape: Escape): string {
  const { first, omitted, last } = chainsOf(target).short(path, CHAIN_FIRST, CHAIN_LAST);
  return joinChain(first, omitted, last, escape);
}

/**
 * The chain of a growth entry or a duplicate's path from the element after the root (every
 * chain starts at the same root, so it says nothing); the root itself when it is the whole chain.
 */
export function growthChain(target: Pick<TargetReport, 'head' | 'parents'>, path: string, escape: Escape): string {
  const { first, omitted, last } = chainsOf(target).short(path, CHAIN_FIRST + 1, CHAIN_LAST);
  return joinChain(first.length > 1 ? first.slice(1) : first, omitted, last, escape);
}

/** As `nix store diff-closures` writes versions: `∅` for none, `ε` for an empty version. */
function formatVersions(versions: string[], escape: Escape): string {
  if (versions.length === 0) return '∅';
  return versions.map((v) => (v === '' ? 'ε' : escape(v))).join(', ');
}

/** `3.11.3 → 3.11.4`, `∅ → 3.11.4`; `unchanged` when only the size moved. */
export function versionChange(change: PackageChange, escape: Escape): string {
  const removed = versionsOnlyIn(change.baseVersions, change.headVersions);
  const added = versionsOnlyIn(change.headVersions, change.baseVersions);
  if (removed.length === 0 && added.length === 0) return 'unchanged';
  return `${formatVersions(removed, escape)} → ${formatVersions(added, escape)}`;
}

// A budget's limit is printed as the user wrote it; its actual percentage with two decimals, or
// as many more as it takes to read on the same side of the limit as the exact verdict: a
// 2.004% increase over a 2% limit reads +2.004%, not +2.00%.
function formatBudgetPercent(value: number, signed: boolean, limit?: { value: number; ok: boolean }): string {
  const sign = signed && value > 0 ? '+' : '';
  let text = String(value);
  // A report read from elsewhere may hold anything here (the schema refuses it; the renderer stays inert).
  if (limit && typeof value === 'number' && Number.isFinite(value) && typeof limit.value === 'number') {
    for (let decimals = 2; decimals <= 12; decimals++) {
      text = value.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
      const shown = Number(text);
      if (limit.ok ? shown <= limit.value : shown > limit.value) break;
    }
  }
  return `${sign}${text}%`;
}

export function budgetLimit(budget: BudgetResult): string {
  if (budget.unit === 'percent') return formatBudgetPercent(budget.limit, budget.kind === 'increase');
  return budget.kind === 'increase' ? formatDelta(budget.limit) : formatBytes(budget.limit);
}

export function budgetActual(budget: BudgetResult): string {
  if (budget.unit === 'percent') return formatBudgetPercent(budget.actual, true, { value: budget.limit, ok: budget.ok });
  return budget.kind === 'increase' ? formatDelta(budget.actual) : formatBytes(budget.actual);
}

const SOURCE_WORDS: Record<SideSource, string> = {
  built: 'built',
  'baseline-cache': 'reused from an earlier run (baseline cache)',
  'binary-cache': 'read from the binary cache, not built',
  given: 'given',
};

/**
 * How each side was obtained, when it was not simply built: `base: toplevel reused from an
 * earlier run (baseline cache), image built`. Empty when everything was built (or given).
 */
export function sourcesNote(report: Report, escape: Escape): string {
  const parts: string[] = [];
  for (const side of ['base', 'head'] as const) {
    const sources = report.targets.map((t) => t[side].source);
    if (sources.every((source) => source === 'built' || source === 'given')) continue;
    const bySource = new Map<SideSource, string[]>();
    for (const target of report.targets) bySource.set(target[side].source, [...(bySource.get(target[side].source) ?? []), escape(target.name)]);
    parts.push(`${side}: ${[...bySource].map(([source, names]) => `${names.join(', ')} ${SOURCE_WORDS[source]}`).join('; ')}`);
  }
  return parts.join(' · ');
}

// Reports written before duplicates and the update were measured (a `mode: comment` run may
// post an older report) have neither: they render as none and as not measured.

export const duplicatesOf = (target: TargetReport): Duplicate[] => target.duplicates ?? [];

export const updateOf = (target: TargetReport): UpdateCost | null => target.update ?? null;

/** `4.6 MiB NAR, 1.9 MiB zstd`; `zstd not measured` when it was not. */
export function updateSize(update: UpdateCost): string {
  const zstd = update.compressedSize === null ? 'zstd not measured' : `${formatBytes(update.compressedSize)} zstd`;
  return `${formatBytes(update.narSize)} NAR, ${zstd}`;
}

/**
 * An image target's two updates: `an A/B update that writes the whole image downloads 6.9 MiB (zstd -3); a
 * store update (the new paths) 5.2 MiB NAR, 5.2 MiB zstd`. Null for other targets.
 */
export function imageUpdate(update: UpdateCost, newPaths: number): string | null {
  if (!update.image) return null;
  const store = newPaths === 0 ? 'a store update downloads nothing (no new path)' : `a store update (${plural(newPaths, 'new path')}) ${updateSize(update)}`;
  // The whole file: a tool that fetches one partition (systemd-sysupdate, RAUC bundles) downloads less.
  return `an A/B update that writes the whole image downloads ${formatBytes(update.image.compressedSize)} (zstd -3); ${store}`;
}

/** `util-linux (util-linux-2.39, util-linux-minimal-2.39)`. */
export function duplicateText(duplicate: Duplicate, escape: Escape): string {
  return `${escape(duplicate.name)} (${duplicateVariants(duplicate).map(escape).join(', ')})`;
}

/** The first lines name this many new duplicates; the target sections have all of them. */
const FLAGGED_DUPLICATES = 3;

/**
 * The duplicates this change brings in, over every target, for the first lines of a report:
 * `util-linux (util-linux-2.39, util-linux-minimal-2.39) in toplevel, image`. Empty when none.
 */
export function newDuplicates(report: Report, escape: Escape): string {
  const byText = new Map<string, string[]>();
  for (const target of report.targets) {
    for (const duplicate of duplicatesOf(storyOf(report, target)).filter((d) => d.new)) {
      const text = duplicateText(duplicate, escape);
      byText.set(text, [...(byText.get(text) ?? []), escape(target.name)]);
    }
  }
  if (byText.size === 0) return '';
  const everyTarget = report.targets.length;
  const shown = [...byText]
    .slice(0, FLAGGED_DUPLICATES)
    .map(([text, targets]) => (everyTarget === 1 ? text : `${text} in ${targets.join(', ')}`));
  const more = byText.size - FLAGGED_DUPLICATES;
  if (more > 0) shown.push(`${more} more`);
  return shown.join('; ');
}

/**
 * Why the biggest growth happened, for the lead of the comment: `services.speechd.enable turned
 * on (mkDefault in nixos/modules/services/misc/graphical-desktop.nix): +3.4 MiB via
 * speech-dispatcher-0.11.5 → python3-3.11.4` (the via, then the heaviest new path under it). One
 * line per target whose biggest growth has a cause; every name escaped.
 */
export function growthCauses(report: Report, escape: Escape): string[] {
  const lines: string[] = [];
  for (const told of report.targets) {
    const target = storyOf(report, told);
    const biggest = [...target.growth].sort((a, b) => b.addedSize - a.addedSize)[0];
    if (!biggest?.cause) continue;
    const chains = chainsOf(target);
    // Under the via: climbing from a heavy path stops at the via's depth, so each costs its distance.
    const under = (path: string): boolean => {
      let at: string | undefined = path;
      while (at !== undefined && chains.length(at) > chains.length(biggest.via)) at = chains.parentOf(at);
      return at === biggest.via;
    };
    const heaviest = target.heavy.filter((h) => h.path !== biggest.via && under(h.path)).sort((a, b) => b.narSize - a.narSize)[0];
    const via = [biggest.via, ...(heaviest ? [heaviest.path] : [])].map((p) => escape(storePathName(p))).join(' → ');
    const prefix = report.targets.length > 1 ? `${escape(target.name)}: ` : '';
    lines.push(`${prefix}${escape(causeHeadline(biggest.cause))}: +${formatBytes(biggest.addedSize)} via ${via}`);
  }
  return lines;
}
