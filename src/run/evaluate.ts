// The evaluate stage: every target at the base (those not reused from a saved baseline) and at
// the head, one side after the other: a NixOS evaluation takes a GiB or more, and each side's
// log stays in one piece.

import type { Target } from '../core/targets.js';
import { type EvaluateAlong, type Revision, evaluateSide } from '../build.js';
import type { Git } from '../git/git.js';
import type { Nix } from '../nix/nix.js';
import type { Phase } from './phase.js';
import type { Evaluations } from './realise.js';

export async function evaluateSides(
  context: { cwd: string; nix: Nix; git: Git; base: Revision; head: Revision; targets: Target[]; labels: { base: string; head: string }; phase: Phase },
  how: {
    /** Targets whose base is not evaluated (a saved baseline has it). */
    reused: Map<string, unknown>;
    /** What to read along each target's evaluation, per side (explain's options). */
    along?: { base: (target: Target) => EvaluateAlong | null; head: (target: Target) => EvaluateAlong | null };
  },
): Promise<Evaluations> {
  const { cwd, nix, git, targets, labels, phase } = context;
  const base = await phase(`nix eval: the base (${labels.base})`, () =>
    evaluateSide(targets.filter((t) => !how.reused.has(t.name)), context.base, { cwd, nix, git, what: `the base (${labels.base})`, along: how.along?.base }),
  );
  const head = await phase(`nix eval: the head (${labels.head})`, () =>
    evaluateSide(targets, context.head, { cwd, nix, git, what: `the head (${labels.head})`, along: how.along?.head }),
  );
  return { base, head };
}
