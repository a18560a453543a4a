// One target, base against head: the whole analysis, from two closures to a TargetReport.

import { indexChains } from './chains.js';
import { closureSize, pathCount } from './closure.js';
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

export function analyzeTarget(input: TargetInput, settings: GuardSettings): TargetReport {
  const base = summarize(input.base);
  const head = summarize(input.head);
  const baseClosure = input.base.closure;
  const headClosure = input.head.closure;
  const chains = indexChains(headClosure);

  const added = addedPaths(baseClosure, headClosure);
  const removed = removedPaths(baseClosure, headClosure);
  const update: UpdateCost = {
    narSize: added.reduce((sum, p) => sum + p.narSize, 0),
    compressedSize: input.updateCompressedSize ?? null,
  };
  const heavy = added
    .filter((p) => p.narSize >= settings.heavyThreshold)
    .map((p) => ({ ...p, chain: chains.chainTo(p.path) ?? [p.path] }));
  const { forbidden, allowed } = findForbidden(baseClosure, headClosure, chains, settings.forbid, settings.allow);
  const budgets = checkBudgets(settings.budgets, base, head, update);

  return {
    name: input.name,
    ok: forbidden.length === 0 && budgets.results.every((b) => b.ok),
    base,
    head,
    closureSizeDelta: head.closureSize - base.closureSize,
    pathCountDelta: head.pathCount - base.pathCount,
    update,
    added,
    removed,
    packages: packageChanges(baseClosure, headClosure),
    heavy,
    growth: attributeGrowth(baseClosure, added, chains),
    duplicates: findDuplicates(baseClosure, headClosure, chains),
    forbidden,
    allowed,
    budgets: budgets.results,
    ...(input.trend && input.trend.length > 0 ? { trend: input.trend } : {}),
    notes: [...(input.notes ?? []), ...budgets.notes],
  };
}

export interface ReportMeta {
  version: string;
  baseLabel: string;
  headLabel: string;
}

export function buildReport(targets: TargetReport[], settings: GuardSettings, meta: ReportMeta): Report {
  return {
    schemaVersion: 1,
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
