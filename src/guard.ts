// The plan of a run, which both front doors call: evaluate, build, read, analyse, explain,
// report. Each stage is its own module in src/run/, handed what it needs.

import type { GuardSettings } from './core/settings.js';
import type { Target } from './core/targets.js';
import { type Revision, revisionLabel } from './build.js';
import type { Git } from './git/git.js';
import type { UpdateMeasurer } from './nix/nar-size.js';
import type { Evaluated, Nix } from './nix/nix.js';
import { type GuardResult, type PendingTarget, finish, pendingTarget, withUpdateMeasurer } from './run/analyse.js';
import { type Baseline, restoreBase, saveForNextRun, trendUpTo } from './run/baseline.js';
import { evaluateSides } from './run/evaluate.js';
import { explainer, withOptions } from './run/explain.js';
import { type CheckOff, checkOffNote, withConfigForbidRules, withoutForbiddenCheck } from './run/forbid-from-config.js';
import { phases } from './run/phase.js';
import { locateAndBuild } from './run/realise.js';
import { outputReader, requireAnImage } from './run/read.js';

export type { GuardResult } from './run/analyse.js';
export { type Baseline, TREND_LENGTH } from './run/baseline.js';
export { type CompareRequest, guardCompare } from './run/compare.js';

export interface RevisionsRequest {
  cwd: string;
  base: Revision;
  head: Revision;
  targets: Target[];
  settings: GuardSettings;
  nix: Nix;
  git: Git;
  /** The user set an image glob: then finding no image at all is an error, not a toplevel. */
  imageGlobGiven?: boolean;
  /** A Nix store URL (binary cache) to read closures from when they are there, instead of building. */
  store?: string;
  baseline?: Baseline;
  /**
   * A NixOS configuration's attribute path (`nixosConfigurations.appliance`): its
   * system.forbiddenDependenciesRegexes become forbid rules, and a toplevel that its own check
   * fails is built with the check turned off, for the report.
   */
  forbidFromConfig?: string;
  /**
   * Trace growth to the NixOS options and module files behind it (one more `nix eval` per side
   * for each target that is a NixOS configuration's toplevel). On unless false.
   */
  explainOptions?: boolean;
  /**
   * The NixOS configuration (`nixosConfigurations.appliance`) that targets which are not its
   * toplevel (an image's `.#image`) are built from: their growth is traced to its options.
   */
  nixosConfig?: string;
  /** Called around each phase (the action opens a log group). */
  onPhase?: (title: string, phase: 'start' | 'end') => void;
}

/**
 * Builds every target at both sides and compares them: base closures saved by an earlier run
 * are reused; the rest is evaluated, looked up (local store, then `store`), and what is missing
 * is built in one `nix build` call for both sides.
 */
export async function guardRevisions(request: RevisionsRequest): Promise<GuardResult> {
  return withUpdateMeasurer(request.nix, (updates) => guardRevisionsWith(request, updates));
}

async function guardRevisionsWith(request: RevisionsRequest, updates: UpdateMeasurer): Promise<GuardResult> {
  const { nix, targets, baseline, forbidFromConfig } = request;
  const phase = phases(request.onPhase);
  const labels = { base: revisionLabel(request.base), head: revisionLabel(request.head) };
  const context = { ...request, labels, phase };

  // 0. The configuration's own forbidden-dependency rules, as the head has them.
  const fromConfig = forbidFromConfig
    ? await phase(`nix eval: ${forbidFromConfig}'s system.forbiddenDependenciesRegexes`, () => withConfigForbidRules(request, forbidFromConfig, request.settings))
    : null;
  const settings = fromConfig?.settings ?? request.settings;

  // 1. The base as an earlier run saved it.
  const reused = await restoreBase(baseline, request.base, targets);

  // 2. Evaluate the rest; NixOS toplevels are evaluated from their configuration, which also
  // reads its options (explain), before the forbidden-check retry replaces any evaluation.
  const explain = request.explainOptions === false ? null : await explainer(request);
  const evaluated = await evaluateSides(context, { reused, along: explain?.along });
  const explained = explain ? explain.read(targets, evaluated) : Promise.resolve(new Map());

  // 3. Where each output already is; build the rest in one call. A configuration whose own
  // forbiddenDependenciesRegexes check fails its toplevel: the toplevel is built with the check
  // off, so the report can say what is forbidden and why.
  const checkOff = new Map<string, { base?: CheckOff; head?: CheckOff }>();
  const retry = forbidFromConfig ? () => withoutForbiddenCheck(request, forbidFromConfig, evaluated, checkOff) : undefined;
  const located = await locateAndBuild(context, evaluated, retry);

  // 4. Closures and images, each side's local outputs read with one `nix path-info`; 5. what this run
  // had to compute is saved for the next one.
  const read = outputReader(nix, settings, { base: [...evaluated.base.values()], head: [...evaluated.head.values()] }, located);
  const pending: PendingTarget[] = [];
  const saves: Promise<boolean>[] = [];
  for (const target of targets) {
    const [base, head] = await Promise.all([reused.get(target.name) ?? read(evaluated.base.get(target.name) as Evaluated), read(evaluated.head.get(target.name) as Evaluated)]);
    const next = pendingTarget(updates, target.name, base, head);
    const baseTrend = trendUpTo(request.base, base);
    if (base.trend && base.trend.length > 0) next.input.trend = baseTrend;
    const off = checkOff.get(target.name);
    next.input.notes = [...(fromConfig ? [fromConfig.note] : []), ...(off ? [checkOffNote(off)] : []), ...(next.input.notes ?? [])];
    pending.push(next);
    saves.push(...saveForNextRun(baseline, target, { base, head, revision: request.base, reused: reused.has(target.name), baseTrend }));
  }
  await Promise.all(saves);
  if (request.imageGlobGiven) requireAnImage(pending.map(({ input }) => input), settings.imageGlob, targets);

  // 6. Analyse, report, and explain each growth by the options behind it.
  return withOptions(await finish(pending, settings, labels), await explained);
}
