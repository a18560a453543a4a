// One target, base against head: the whole analysis, from two closures to a TargetReport.

import { chainParents, indexChains } from './chains.js';
import { closureSize, idOf, pathCount } from './closure.js';
import { addedPaths, attributeGrowth, packageChanges, removedPaths } from './diff.js';
import { findDuplicates } from './duplicates.js';
import { checkBudgets, findForbidden } from './policy.js';
import type { GuardSettings } from './settings.js';
import type { Closure, ImageInfo, Report, SideSource, SideSummary, TargetReport, TrendPoint, UpdateCost } from './types.js';

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

function summarize(side: TargetInput['base']): SideSummary {
  return {
    root: side.closure.root,
    source: side.source ?? 'given',
    closureSize: closureSize(side.closure),
    pathCount: pathCount(side.closure),
    image: side.image,
  };
}

/**
 * What the two closures say, before the update's zstd size is known: the shell measures that
 * (it reads the store) while this runs.
 */
export type ClosureAnalysis = Omit<TargetReport, 'ok' | 'update' | 'budgets' | 'notes' | 'trend'> & { updateNarSize: number };

export function analyzeClosures(input: Pick<TargetInput, 'name' | 'base' | 'head'>, settings: GuardSettings): ClosureAnalysis {
  const base = summarize(input.base);
  const head = summarize(input.head);
  const baseClosure = input.base.closure;
  const headClosure = input.head.closure;
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

/** The analysis with the update's zstd size, the budgets checked and the shell's notes. */
export function completeTarget(analysis: ClosureAnalysis, input: TargetInput, settings: GuardSettings): TargetReport {
  const { updateNarSize, ...closures } = analysis;
  const update: UpdateCost = { narSize: updateNarSize, compressedSize: input.updateCompressedSize ?? null };
  const budgets = checkBudgets(settings.budgets, analysis.base, analysis.head, update);
  const { name, base, head, closureSizeDelta, pathCountDelta, added, removed, packages, heavy, growth, duplicates, forbidden, allowed, parents } = closures;
  // The report's fields in the documented order.
  return {
    name,
    ok: forbidden.length === 0 && budgets.results.every((b) => b.ok),
    base,
    head,
    closureSizeDelta,
    pathCountDelta,
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
    notes: [...(input.notes ?? []), ...budgets.notes],
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

export function buildReport(targets: TargetReport[], settings: GuardSettings, meta: ReportMeta): Report {
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
