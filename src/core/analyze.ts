// One target, base against head: the whole analysis, from two closures to a TargetReport.

import { chainParents, indexChains } from './chains.js';
import { closureSize, idOf, pathCount, referencesOf } from './closure.js';
import { addedPaths, attributeGrowth, packageChanges, removedPaths } from './diff.js';
import { findDuplicates } from './duplicates.js';
import { imageFileName, imageOf, referencesWholeClosure, targetContents } from './image.js';
import { storePathName } from './store-path.js';
import { checkBudgets, findForbidden } from './policy.js';
import type { GuardSettings } from './settings.js';
import type { Closure, ImageContents, ImageInfo, Report, SideSource, SideSummary, TargetReport, TrendPoint, UpdateCost } from './types.js';

export interface TargetInput {
  name: string;
  base: { closure: Closure; image: ImageInfo | null; source?: SideSource };
  head: { closure: Closure; image: ImageInfo | null; source?: SideSource };
  /**
   * The zstd size of the added paths' NARs, measured by the shell (it reads the store); null or
   * absent when it could not be measured, and then a note says why.
   */
  updateCompressedSize?: number | null;
  /** The default branch's totals before the base, oldest first, base included. */
  trend?: TrendPoint[];
  /** Notes from the shell (how the base was obtained, an ambiguous image glob). */
  notes?: string[];
}

/** `closure` is the side's store contents (core/image.ts): for an image, what is inside it. */
function summarize(side: TargetInput['base'], closure: Closure): SideSummary {
  return {
    root: closure.root,
    source: side.source ?? 'given',
    closureSize: closureSize(closure),
    pathCount: pathCount(closure),
    image: side.image,
  };
}

/**
 * What the two closures say, before the update's zstd size is known: the shell measures that
 * (it reads the store) while this runs.
 */
export type ClosureAnalysis = Omit<TargetReport, 'ok' | 'update' | 'budgets' | 'notes' | 'trend'> & { updateNarSize: number; imageNotes: string[] };

export function analyzeClosures(input: Pick<TargetInput, 'name' | 'base' | 'head'>, settings: GuardSettings): ClosureAnalysis {
  // An image is read as the closure inside it: chains through its system, its own file apart.
  const { base: baseClosure, head: headClosure } = targetContents(input.base, input.head);
  const base = summarize(input.base, baseClosure);
  const head = summarize(input.head, headClosure);
  const chains = indexChains(headClosure);

  const added = addedPaths(baseClosure, headClosure);
  const heavy = added.filter((p) => p.narSize >= settings.heavyThreshold);
  const { forbidden, allowed } = findForbidden(baseClosure, headClosure, settings.forbid, settings.allow);
  const growth = attributeGrowth(baseClosure, headClosure, chains);
  const duplicates = findDuplicates(baseClosure, headClosure);
  // The chains of what is listed, and only those, as one table of parents.
  const listed = [
    ...heavy.map((p) => p.path),
    ...forbidden.map((f) => f.path),
    ...growth.map((g) => g.via),
    ...duplicates.flatMap((d) => d.paths.map((p) => p.path)),
  ];
  const parents = chainParents(headClosure, chains, listed.map((path) => idOf(headClosure, path)));
  return {
    name: input.name,
    base,
    head,
    closureSizeDelta: head.closureSize - base.closureSize,
    pathCountDelta: head.pathCount - base.pathCount,
    ...(headClosure.image ? { contents: { system: null, extra: [] } } : {}),
    imageNotes: headClosure.image ? contentsNotes(input.head.closure, headClosure, input.head.image) : [],
    updateNarSize: added.reduce((sum, p) => sum + p.narSize, 0),
    added,
    removed: removedPaths(baseClosure, headClosure),
    packages: packageChanges(baseClosure, headClosure),
    heavy,
    growth,
    duplicates,
    forbidden,
    allowed,
    parents,
  };
}

/**
 * What the reader should know of an image whose file does not name every store path it holds
 * (a compressed store: an ISO's squashfs, a .img.zst): Nix finds only some of them, or none.
 */
function contentsNotes(closure: Closure, contents: Closure, image: ImageInfo | null): string[] {
  const file = image ? imageFileName(image) : 'the image';
  const format = image?.format ? ` (${image.format})` : '';
  const tops = referencesOf(contents, contents.rootId);
  if (tops.length === 0) {
    return [`${file}${format} holds its store compressed: Nix finds none of its store paths in the file, so no closure is counted inside it; only the file is measured`];
  }
  if (referencesWholeClosure(closure)) return [];
  const named = tops.slice(0, 3).map(storePathName).join(', ');
  return [
    `${file}${format} does not name every store path it holds (a compressed store, as an ISO's squashfs): its store paths are read as the closure of what it refers to (${named}${tops.length > 3 ? ', …' : ''}); paths only inside the compressed store are not counted`,
  ];
}

/**
 * Every target's analysis, and the system's story told once: an image target whose contents
 * hold another target's head closure (its toplevel) names that target as its system, with the
 * store paths only the image has. The biggest such closure, when several are inside.
 */
export function analyzeTargets(inputs: Pick<TargetInput, 'name' | 'base' | 'head'>[], settings: GuardSettings): ClosureAnalysis[] {
  const analyses = inputs.map((input) => analyzeClosures(input, settings));
  const heads = inputs.map((input) => targetContents(input.base, input.head).head);
  for (const [k, analysis] of analyses.entries()) {
    const image = heads[k] as Closure;
    if (!image.image) continue;
    let best: { system: string; extra: ImageContents['extra']; paths: number } | null = null;
    for (const [j, system] of heads.entries()) {
      if (j === k || system.image) continue;
      const inside = imageOf(image, system);
      if (inside && (!best || system.paths.length > best.paths)) best = { system: (inputs[j] as TargetInput).name, extra: inside.extra, paths: system.paths.length };
    }
    if (best) analysis.contents = { system: best.system, extra: best.extra };
  }
  return analyses;
}

/** The analysis with the update's zstd size, the budgets checked and the shell's notes. */
export function completeTarget(analysis: ClosureAnalysis, input: TargetInput, settings: GuardSettings): TargetReport {
  const { updateNarSize, imageNotes, ...closures } = analysis;
  const update: UpdateCost = {
    narSize: updateNarSize,
    compressedSize: input.updateCompressedSize ?? null,
    // An A/B update writes the whole image to the other slot: the device downloads it compressed.
    ...(analysis.contents && analysis.head.image ? { image: { compressedSize: analysis.head.image.compressedSize } } : {}),
  };
  const budgets = checkBudgets(settings.budgets, analysis.base, analysis.head, update);
  const { name, base, head, closureSizeDelta, pathCountDelta, contents, added, removed, packages, heavy, growth, duplicates, forbidden, allowed, parents } = closures;
  // The report's fields in the documented order.
  return {
    name,
    ok: forbidden.length === 0 && budgets.results.every((b) => b.ok),
    base,
    head,
    closureSizeDelta,
    pathCountDelta,
    ...(contents ? { contents } : {}),
    update,
    added,
    removed,
    packages,
    heavy,
    growth,
    duplicates,
    forbidden,
    allowed,
    budgets: budgets.results,
    ...(input.trend && input.trend.length > 0 ? { trend: input.trend } : {}),
    notes: [...(input.notes ?? []), ...imageNotes, ...budgets.notes],
    parents,
  };
}

export function analyzeTarget(input: TargetInput, settings: GuardSettings): TargetReport {
  return completeTarget(analyzeClosures(input, settings), input, settings);
}

export interface ReportMeta {
  version: string;
  baseLabel: string;
  headLabel: string;
}

/**
 * Image budgets set for a run in which no target has an image: each target says so, so nobody
 * takes the silence for a budget that held. (A run with an image target checks them there.)
 */
function unusedImageBudgets(targets: TargetReport[], settings: GuardSettings): string[] {
  if (targets.some((t) => t.head.image !== null)) return [];
  const { budgets } = settings;
  const names = [
    ...(budgets.maxImage.length > 0 ? ['max-image'] : []),
    ...(budgets.maxImageIncrease.length > 0 ? ['max-image-increase'] : []),
    ...(budgets.maxUpdateSize.some((b) => b.measure === 'image') ? ['max-update-size (image)'] : []),
  ];
  return names.map((name) => `${name}: no target has an image file (no match of the image glob '${settings.imageGlob}', no output that is an image); not checked`);
}

export function buildReport(targets: TargetReport[], settings: GuardSettings, meta: ReportMeta): Report {
  const unused = unusedImageBudgets(targets, settings);
  if (unused.length > 0) targets = targets.map((t) => ({ ...t, notes: [...t.notes, ...unused] }));
  return {
    schemaVersion: 2,
    tool: { name: 'nix-size-guard', version: meta.version },
    ok: targets.every((t) => t.ok),
    base: { label: meta.baseLabel },
    head: { label: meta.headLabel },
    settings: {
      heavyThreshold: settings.heavyThreshold,
      forbid: settings.forbid.map((r) => r.pattern),
      allow: settings.allow.map((r) => ({ pattern: r.pattern, reason: r.reason })),
    },
    targets,
  };
}
