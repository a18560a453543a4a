// The analyse stage: each target's two sides compared, the update's zstd size measured, then
// completed into the report.

import { type ClosureAnalysis, type TargetInput, analyzeTargets, buildReport, completeTarget } from '../core/analyze.js';
import { addedPaths } from '../core/diff.js';
import { targetContents } from '../core/image.js';
import type { GuardSettings } from '../core/settings.js';
import type { Closure, Report, TargetReport } from '../core/types.js';
import { type CompressedNars, UpdateMeasurer } from '../nix/nar-size.js';
import type { Nix } from '../nix/nix.js';
import { VERSION } from '../version.js';
import type { Side } from './read.js';

/** A report and the closures behind it (the CSV lists every path of them). */
export interface GuardResult {
  report: Report;
  closures: { name: string; base: Closure; head: Closure }[];
}

/** One target's input for the analysis, and the zstd size of its update being measured. */
export interface PendingTarget {
  input: TargetInput;
  update: Promise<CompressedNars>;
}

/** Starts measuring the update from `base` to `head` and returns the target's input beside it. */
export function pendingTarget(updates: UpdateMeasurer, name: string, base: Side, head: Side): PendingTarget {
  // An image's update is the store paths inside it; its own file is measured as the image.
  const contents = targetContents(base, head);
  const update = updates.measure(addedPaths(contents.base, contents.head));
  // Awaited in finish, after the analysis; a failure is finish's to throw.
  update.catch(() => undefined);
  return {
    input: {
      name,
      base: { closure: base.closure, image: base.image, source: base.source },
      head: { closure: head.closure, image: head.image, source: head.source },
      notes: [...new Set([...base.notes, ...head.notes])],
    },
    update,
  };
}

/**
 * The closures are analysed, the updates measured (the added paths' NARs read and compressed),
 * then the reports are completed with their zstd sizes.
 */
export async function finish(pending: PendingTarget[], settings: GuardSettings, labels: { base: string; head: string }): Promise<GuardResult> {
  const analyses = analyzeTargets(pending.map(({ input }) => input), settings);
  const targets: TargetReport[] = [];
  for (const [i, { input, update }] of pending.entries()) {
    const measured = await update;
    const complete: TargetInput = {
      ...input,
      updateCompressedSize: measured.compressedSize,
      notes: [...new Set([...(input.notes ?? []), ...(measured.note ? [measured.note] : [])])],
    };
    targets.push(completeTarget(analyses[i] as ClosureAnalysis, complete, settings));
  }
  return {
    report: buildReport(targets, settings, { version: VERSION, baseLabel: labels.base, headLabel: labels.head }),
    closures: pending.map(({ input }) => ({ name: input.name, base: input.base.closure, head: input.head.closure })),
  };
}

/** Runs `work` with the run's UpdateMeasurer: each added path is measured once per run. */
export async function withUpdateMeasurer<T>(nix: Nix, work: (updates: UpdateMeasurer) => Promise<T>): Promise<T> {
  return work(new UpdateMeasurer(nix));
}
