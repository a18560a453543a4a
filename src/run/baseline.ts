// The baseline stage: a base closure saved by an earlier run is reused instead of evaluated and
// built, and what this run had to compute is saved for the next one, with the default branch's
// trend of totals.

import { storeContents } from '../core/image.js';
import { closureSize, makeClosure, storeObjects } from '../core/closure.js';
import type { Target } from '../core/targets.js';
import type { TrendPoint } from '../core/types.js';
import type { BaselineCache, SavedClosure } from '../baseline/types.js';
import type { Revision } from '../build.js';
import type { Side } from './read.js';

/** Saved closures of earlier runs (the action's Actions cache); keys are the caller's. */
export interface Baseline {
  cache: BaselineCache;
  keyFor(target: Target, commit: string): string;
  /** The head is this clean commit and should be saved as a baseline (a push to the default branch). */
  saveHeadAs?: string;
}

/** How many of the default branch's commits the trend keeps. */
export const TREND_LENGTH = 20;

function toSaved(side: Side, trend: TrendPoint[]): SavedClosure {
  return { formatVersion: 1, root: side.closure.root, objects: storeObjects(side.closure), image: side.image, trend };
}

function fromSaved(saved: SavedClosure): Side {
  return {
    closure: makeClosure(saved.objects, saved.root, 'the saved baseline'),
    image: saved.image,
    source: 'baseline-cache',
    notes: [],
    trend: saved.trend ?? [],
  };
}

function trendPoint(commit: string, side: Side): TrendPoint {
  return { commit, closureSize: closureSize(storeContents(side)), imageSize: side.image?.apparentSize ?? null };
}

/** The base side of each target that an earlier run saved for the base commit, by target name. */
export async function restoreBase(baseline: Baseline | undefined, base: Revision, targets: Target[]): Promise<Map<string, Side>> {
  const reused = new Map<string, Side>();
  if (baseline && base.kind === 'commit') {
    for (const target of targets) {
      const saved = await baseline.cache.restore(baseline.keyFor(target, base.sha));
      if (saved) reused.set(target.name, fromSaved(saved));
    }
  }
  return reused;
}

/** The trend up to the base: what a saved baseline carried, or just the base itself. */
export function trendUpTo(base: Revision, baseSide: Side): TrendPoint[] {
  return base.kind === 'commit' ? [...(baseSide.trend ?? []).filter((p) => p.commit !== base.sha), trendPoint(base.sha, baseSide)].slice(-TREND_LENGTH) : [];
}

/**
 * Saves what this run had to compute, for the next one: a base it built (not one it reused or
 * read from a binary cache), and, on a push to the default branch, the head as the next base.
 */
export function saveForNextRun(
  baseline: Baseline | undefined,
  target: Target,
  sides: { base: Side; head: Side; revision: Revision; reused: boolean; baseTrend: TrendPoint[] },
): Promise<boolean>[] {
  const saves: Promise<boolean>[] = [];
  const { base, head, revision, baseTrend } = sides;
  if (baseline && revision.kind === 'commit' && !sides.reused && base.source === 'built') {
    saves.push(baseline.cache.save(baseline.keyFor(target, revision.sha), toSaved(base, baseTrend)));
  }
  if (baseline?.saveHeadAs && head.source === 'built') {
    // A push to the default branch: its head is the next base, and the next point of the trend.
    const headTrend = [...baseTrend.filter((p) => p.commit !== baseline.saveHeadAs), trendPoint(baseline.saveHeadAs, head)].slice(-TREND_LENGTH);
    saves.push(baseline.cache.save(baseline.keyFor(target, baseline.saveHeadAs), toSaved(head, headTrend)));
  }
  return saves;
}
