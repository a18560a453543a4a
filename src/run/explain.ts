// The explain stage around the run: each NixOS target's options are read along its evaluation
// (src/explain/options.ts), and after the analysis each growth entry and heavy path gets the
// option and module file behind it (src/core/options.ts). A failure is a note, never a failed run.

import { attributeToOptions } from '../core/options.js';
import type { Target } from '../core/targets.js';
import { type EvaluateAlong, type Revision, installablesAt } from '../build.js';
import { OptionsReader, type TargetOptions } from '../explain/options.js';
import type { Git } from '../git/git.js';
import type { Nix } from '../nix/nix.js';
import type { GuardResult } from './analyse.js';
import type { Evaluations } from './realise.js';

export interface Explainer {
  /** For the evaluate stage: what to read along each target's evaluation, per side. */
  along: { base: (target: Target) => EvaluateAlong | null; head: (target: Target) => EvaluateAlong | null };
  /**
   * Starts reading each NixOS target's options from its evaluations: called before anything
   * replaces an evaluation (the forbidden-check retry's carry no options).
   */
  read(targets: Target[], evaluated: Evaluations): Promise<Map<string, TargetOptions>>;
}

export async function explainer(context: { nix: Nix; cwd: string; git: Git; base: Revision; head: Revision; nixosConfig?: string }): Promise<Explainer> {
  const reader = new OptionsReader(context.nix, context.cwd, context.nixosConfig);
  const at = { base: await installablesAt(context.base, context.cwd, context.git), head: await installablesAt(context.head, context.cwd, context.git) };
  return {
    along: { base: reader.along('base', at.base), head: reader.along('head', at.head) },
    read(targets, evaluated) {
      const read = reader.read(targets, { base: new Map(evaluated.base), head: new Map(evaluated.head) }, at);
      // Awaited after the analysis; a failure is then the awaiter's.
      read.catch(() => undefined);
      return read;
    },
  };
}

/** Each target's report with the options that changed, and the cause of each growth entry and heavy path. */
export function withOptions(result: GuardResult, options: Map<string, TargetOptions>): GuardResult {
  if (options.size === 0) return result;
  const targets = result.report.targets.map((target) => {
    const read = options.get(target.name);
    if (!read) return target;
    if ('note' in read) return { ...target, notes: [...target.notes, read.note] };
    const { changed, growth, heavy } = attributeToOptions(target, read.base, read.head);
    return { ...target, heavy, growth, options: { changed } };
  });
  return { ...result, report: { ...result.report, targets } };
}
