// The pipeline both front doors call: build → closure → diff → policy → report.

import { realpath, stat } from 'node:fs/promises';
import { type ClosureAnalysis, type TargetInput, analyzeClosures, buildReport, completeTarget } from './core/analyze.js';
import { closureSize, makeClosure, storeObjects } from './core/closure.js';
import { addedPaths } from './core/diff.js';
import { UsageError } from './core/errors.js';
import { type ForbidRule, type GuardSettings, parseSettings } from './core/settings.js';
import { parseStorePathName, toStorePath } from './core/store-path.js';
import type { Target } from './core/targets.js';
import type { Closure, ImageInfo, Report, SideSource, TargetReport, TrendPoint } from './core/types.js';
import type { BaselineCache, SavedClosure } from './baseline/types.js';
import { type Revision, evaluateSide, installablesAt, revisionLabel } from './build.js';
import { SOURCE_HINT, loadDump } from './dump/read.js';
import type { Git } from './git/git.js';
import { findImage } from './image/measure.js';
import { attributeToOptions } from './core/options.js';
import { OptionsReader, type TargetOptions } from './explain/options.js';
import { type CompressedNars, UpdateMeasurer } from './nix/nar-size.js';
import type { Evaluated, Nix } from './nix/nix.js';
import { VERSION } from './version.js';

/** A report and the closures behind it (the CSV lists every path of them). */
export interface GuardResult {
  report: Report;
  closures: { name: string; base: Closure; head: Closure }[];
}

interface Side {
  closure: Closure;
  image: ImageInfo | null;
  source: SideSource;
  notes: string[];
  /** The default branch's totals up to this side's commit, when a saved baseline carried them. */
  trend?: TrendPoint[];
}

/** Closures already asked for, by root: several outputs are read with one `nix path-info`. */
type ClosureReads = Map<string, Promise<Closure>>;

/** Starts one `nix path-info` for all of `roots` (local store paths); each root's closure by root. */
function readClosures(nix: Nix, roots: string[]): ClosureReads {
  const unique = [...new Set(roots)];
  if (unique.length === 0) return new Map();
  const all = nix.closures(unique);
  return new Map(
    unique.map((root, i) => {
      const closure = all.then((closures) => closures[i] as Closure);
      // Awaited by its reader, maybe only after the batch failed: marked handled until then.
      closure.catch(() => undefined);
      return [root, closure];
    }),
  );
}

/** Reads the closure and measures the image of one output; the same output is read once. */
async function readOutput(
  nix: Nix,
  output: string,
  settings: GuardSettings,
  cache: Map<string, Promise<Side>>,
  from: { source: SideSource; store?: string } = { source: 'built' },
  reads: ClosureReads = new Map(),
): Promise<Side> {
  let side = cache.get(`${from.store ?? ''} ${output}`);
  if (!side) {
    side = (async () => {
      if (from.store) {
        // Read from the binary cache without downloading: the closure is in its narinfo files,
        // the image is not here to measure.
        const closure = await nix.closure(output, from.store);
        return { closure, image: null, source: from.source, notes: [`read from ${from.store} without building; its image (if any) was not measured`] };
      }
      const real = await realpath(output);
      const root = toStorePath(real) ?? real;
      const [closure, found] = await Promise.all([reads.get(root) ?? nix.closure(root), findImage(real, settings.imageGlob)]);
      return { closure, image: found.image, source: from.source, notes: found.note ? [found.note] : [] };
    })();
    cache.set(`${from.store ?? ''} ${output}`, side);
  }
  return side;
}

/** One target's input for the analysis, and the zstd size of its update being measured. */
interface PendingTarget {
  input: TargetInput;
  update: Promise<CompressedNars>;
}

function pendingTarget(updates: UpdateMeasurer, name: string, base: Side, head: Side): PendingTarget {
  const update = updates.measure(addedPaths(base.closure, head.closure));
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
 * The closures are analysed while the updates are measured (a worker thread reads and
 * compresses the added paths' NARs), then the reports are completed with their zstd sizes.
 */
async function finish(pending: PendingTarget[], settings: GuardSettings, labels: { base: string; head: string }): Promise<GuardResult> {
  const analyses = pending.map(({ input }) => analyzeClosures(input, settings));
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

/** Saved closures of earlier runs (the action's Actions cache); keys are the caller's. */
export interface Baseline {
  cache: BaselineCache;
  keyFor(target: Target, commit: string): string;
  /** The head is this clean commit and should be saved as a baseline (a push to the default branch). */
  saveHeadAs?: string;
}

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

/** How many of the default branch's commits the trend keeps. */
export const TREND_LENGTH = 20;

function trendPoint(commit: string, side: Side): TrendPoint {
  return { commit, closureSize: closureSize(side.closure), imageSize: side.image?.apparentSize ?? null };
}

/**
 * Builds every target at both sides and compares them: base closures saved by an earlier run
 * are reused; the rest is evaluated, looked up (local store, then `store`), and what is missing
 * is built in one `nix build` call for both sides.
 */
export async function guardRevisions(request: RevisionsRequest): Promise<GuardResult> {
  return withUpdateMeasurer(request.nix, (updates) => {
    // What is built is in the store to measure: the workers start while Nix evaluates and builds.
    updates.warmUp();
    return guardRevisionsWith(request, updates);
  });
}

/** Runs `work` with the run's UpdateMeasurer, and stops its worker threads after. */
async function withUpdateMeasurer<T>(nix: Nix, work: (updates: UpdateMeasurer) => Promise<T>): Promise<T> {
  const updates = new UpdateMeasurer(nix);
  try {
    return await work(updates);
  } finally {
    updates.close();
  }
}

/**
 * Where each output is: the local store, else the binary cache `store`; what is in neither is
 * to be built (each output once).
 */
async function locateOutputs(
  nix: Nix,
  outputs: Evaluated[],
  store: string | undefined,
): Promise<{ located: Map<string, { source: SideSource; store?: string }>; toBuild: Evaluated[] }> {
  const located = new Map<string, { source: SideSource; store?: string }>();
  const toBuild: Evaluated[] = [];
  for (const evaluated of outputs) {
    if (located.has(evaluated.outPath)) continue;
    if (await nix.isValid(evaluated.outPath)) located.set(evaluated.outPath, { source: 'built' });
    else if (store && (await nix.isValid(evaluated.outPath, store))) {
      located.set(evaluated.outPath, { source: 'binary-cache', store });
    } else {
      located.set(evaluated.outPath, { source: 'built' });
      toBuild.push(evaluated);
    }
  }
  return { located, toBuild };
}

async function guardRevisionsWith(request: RevisionsRequest, updates: UpdateMeasurer): Promise<GuardResult> {
  const { nix, git, cwd, targets, settings, baseline } = request;
  const phase = async <T>(title: string, work: () => Promise<T>): Promise<T> => {
    request.onPhase?.(title, 'start');
    try {
      return await work();
    } finally {
      request.onPhase?.(title, 'end');
    }
  };
  const baseLabel = revisionLabel(request.base);
  const headLabel = revisionLabel(request.head);

  // 0. The configuration's own forbidden-dependency rules, as the head has them.
  let settingsUsed = settings;
  const configNotes: string[] = [];
  if (request.forbidFromConfig) {
    const fromConfig = await phase(`nix eval: ${request.forbidFromConfig}'s system.forbiddenDependenciesRegexes`, () =>
      readConfigForbidRules(request, request.forbidFromConfig as string),
    );
    settingsUsed = { ...settings, forbid: [...settings.forbid, ...fromConfig.filter((r) => !settings.forbid.some((f) => f.pattern === r.pattern))] };
    configNotes.push(
      fromConfig.length > 0
        ? `forbid rules from ${request.forbidFromConfig}'s system.forbiddenDependenciesRegexes: ${fromConfig.map((r) => r.pattern).join(', ')}`
        : `${request.forbidFromConfig} sets no system.forbiddenDependenciesRegexes`,
    );
  }

  // 1. The base as an earlier run saved it.
  const reused = new Map<string, Side>();
  const base = request.base;
  if (baseline && base.kind === 'commit') {
    for (const target of targets) {
      const saved = await baseline.cache.restore(baseline.keyFor(target, base.sha));
      if (saved) reused.set(target.name, fromSaved(saved));
    }
  }

  // 2. Evaluate the rest, one side after the other: a NixOS evaluation takes a GiB or more,
  // and each side's log stays in one piece.
  // NixOS toplevels are evaluated from their configuration, which also reads its options (explain).
  const options = request.explainOptions === false ? null : new OptionsReader(nix, cwd, request.nixosConfig);
  const at = { base: await installablesAt(request.base, cwd, git), head: await installablesAt(request.head, cwd, git) };
  const baseEval = await phase(`nix eval: the base (${baseLabel})`, () =>
    evaluateSide(targets.filter((t) => !reused.has(t.name)), request.base, { cwd, nix, git, what: `the base (${baseLabel})`, along: options?.along('base', at.base) }),
  );
  const headEval = await phase(`nix eval: the head (${headLabel})`, () =>
    evaluateSide(targets, request.head, { cwd, nix, git, what: `the head (${headLabel})`, along: options?.along('head', at.head) }),
  );
  // Read before the forbidden-check retry replaces evaluations (those carry no options).
  const explained = options ? options.read(targets, { base: new Map(baseEval), head: new Map(headEval) }, at) : Promise.resolve(new Map<string, TargetOptions>());
  explained.catch(() => undefined);

  // 3. Where each output already is; build the rest in one call.
  const all = () => [...baseEval.values(), ...headEval.values()];
  let { located, toBuild } = await locateOutputs(nix, all(), request.store);
  const checkOff = new Set<string>();
  if (toBuild.length > 0) {
    const what = `${targets.map((t) => t.name).join(', ')} at the base (${baseLabel}) and the head (${headLabel})`;
    const build = (outputs: Evaluated[]) =>
      phase(`nix build: ${outputs.length} output${outputs.length === 1 ? '' : 's'} of ${targets.map((t) => t.name).join(', ')}`, () =>
        nix.realise(outputs, { what }),
      );
    try {
      await build(toBuild);
    } catch (error) {
      // A configuration whose own forbiddenDependenciesRegexes check fails its toplevel: build
      // the toplevel with the check off, so the report can say what is forbidden and why.
      const retried = request.forbidFromConfig
        ? await withoutForbiddenCheck(request, request.forbidFromConfig, { base: baseEval, head: headEval }, checkOff)
        : false;
      if (!retried) throw error;
      // The check-off toplevels are other store paths, at both sides: each is located again, and
      // built unless it is somewhere already, before anything reads it (a base built by an
      // earlier run is valid with its check on, not off).
      ({ located, toBuild } = await locateOutputs(nix, all(), request.store));
      await build(toBuild);
    }
  }

  // 4. Closures and images.
  const cache = new Map<string, Promise<Side>>();
  // Every output in the local store, base and head, read with one `nix path-info`.
  const reads = readClosures(
    nix,
    all().map((e) => e.outPath).filter((outPath) => !located.get(outPath)?.store),
  );
  const read = (evaluated: Evaluated) => readOutput(nix, evaluated.outPath, settingsUsed, cache, located.get(evaluated.outPath), reads);
  const pending: PendingTarget[] = [];
  const saves: Promise<boolean>[] = [];
  for (const target of targets) {
    const baseEvaluated = baseEval.get(target.name);
    const [baseSide, headSide] = await Promise.all([
      reused.get(target.name) ?? read(baseEvaluated as Evaluated),
      read(headEval.get(target.name) as Evaluated),
    ]);
    const { input } = pending[pending.push(pendingTarget(updates, target.name, baseSide, headSide)) - 1] as PendingTarget;
    // The trend up to the base: what a saved baseline carried, or just the base itself.
    const baseTrend = base.kind === 'commit' ? [...(baseSide.trend ?? []).filter((p) => p.commit !== base.sha), trendPoint(base.sha, baseSide)].slice(-TREND_LENGTH) : [];
    if (baseSide.trend && baseSide.trend.length > 0) input.trend = baseTrend;
    input.notes = [...configNotes, ...(checkOff.has(target.name) ? [CHECK_OFF_NOTE] : []), ...(input.notes ?? [])];
    // 5. Save what this run had to compute, for the next one.
    if (baseline && base.kind === 'commit' && !reused.has(target.name) && baseSide.source === 'built') {
      saves.push(baseline.cache.save(baseline.keyFor(target, base.sha), toSaved(baseSide, baseTrend)));
    }
    if (baseline?.saveHeadAs && headSide.source === 'built') {
      // A push to the default branch: its head is the next base, and the next point of the trend.
      const headTrend = [...baseTrend.filter((p) => p.commit !== baseline.saveHeadAs), trendPoint(baseline.saveHeadAs, headSide)].slice(-TREND_LENGTH);
      saves.push(baseline.cache.save(baseline.keyFor(target, baseline.saveHeadAs), toSaved(headSide, headTrend)));
    }
  }
  await Promise.all(saves);
  if (request.imageGlobGiven && pending.every(({ input }) => !input.base.image && !input.head.image)) {
    throw new UsageError(
      `image-glob: '${settings.imageGlob}' matched no file in the output of any target (${targets.map((t) => t.name).join(', ')}); set it to the image's file name, e.g. '*.img' or 'sd-image/*.img'`,
    );
  }
  const result = await finish(pending, settingsUsed, { base: baseLabel, head: headLabel });
  return withOptions(result, await explained);
}

/** Each target's report with the options that changed, and the cause of each growth entry and heavy path. */
function withOptions(result: GuardResult, options: Map<string, TargetOptions>): GuardResult {
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

const CHECK_OFF_NOTE =
  "built with system.forbiddenDependenciesRegexes turned off (lib.mkForce [ ]): the configuration's own check fails this toplevel; the forbidden paths below are why";

/**
 * A NixOS configuration's forbidden-dependency regexes: the list `system.forbiddenDependenciesRegexes`
 * (NixOS 23.11 on), or the single string `system.forbiddenDependenciesRegex` of NixOS up to 23.05,
 * whose empty default meant none. Read as `{ regexes }` or `{ regex }`; `{ }` when neither exists.
 */
const READ_FORBIDDEN = `d: let s = (d.options or { }).system or d.config.system or { }; in
  if s ? forbiddenDependenciesRegexes then { regexes = d.config.system.forbiddenDependenciesRegexes; }
  else if s ? forbiddenDependenciesRegex then { regex = d.config.system.forbiddenDependenciesRegex; }
  else { }`;

/** `nixosConfigurations.appliance`'s forbidden-dependency regexes at the head, as forbid rules. */
async function readConfigForbidRules(request: RevisionsRequest, attr: string): Promise<ForbidRule[]> {
  const { nix, git, cwd } = request;
  const installable = (await installablesAt(request.head, cwd, git))({ kind: 'flake', ref: `.#${attr}` });
  const value = (await nix.evalJson(installable, READ_FORBIDDEN, { cwd, what: `the head (${revisionLabel(request.head)})` })) as { regexes?: unknown; regex?: unknown } | null;
  const notAConfiguration = `give the attribute path of a NixOS configuration, e.g. nixosConfigurations.appliance`;
  if (value === null || typeof value !== 'object') {
    throw new UsageError(`forbid-from-config: ${attr} is not a NixOS configuration; ${notAConfiguration}`);
  }
  if ('regex' in value) {
    if (typeof value.regex !== 'string') throw new UsageError(`forbid-from-config: ${attr}.config.system.forbiddenDependenciesRegex is not a string; ${notAConfiguration}`);
    return value.regex === '' ? [] : parseSettings({ forbid: [value.regex] }).forbid;
  }
  const regexes = value.regexes ?? [];
  if (!Array.isArray(regexes) || !regexes.every((v) => typeof v === 'string')) {
    throw new UsageError(`forbid-from-config: ${attr}.config.system.forbiddenDependenciesRegexes is not a list of strings; ${notAConfiguration}`);
  }
  // NixOS skips an empty regex (grep -E '' would match every path).
  return parseSettings({ forbid: regexes.filter((r) => r !== '') }).forbid;
}

/**
 * The toplevel with the check off, through the configuration's own extendModules: `lib.mkForce`
 * of the empty list, or of the empty string on NixOS up to 23.05. Another toplevel, with its own
 * out path (the check is part of its builder).
 */
const TURN_OFF_CHECK = `let
    s = (d.options or { }).system or { };
    old = !(s ? forbiddenDependenciesRegexes) && s ? forbiddenDependenciesRegex;
  in (d.extendModules { modules = [ ({ lib, ... }: if old then { system.forbiddenDependenciesRegex = lib.mkForce ""; } else { system.forbiddenDependenciesRegexes = lib.mkForce [ ]; }) ]; }).config.system.build.toplevel`;

/**
 * Re-evaluates the toplevel targets of `attr` at both sides with the forbidden-dependencies
 * check off (through the configuration's own extendModules and `lib.mkForce`, as one would by
 * hand) and puts them in `evaluated`; the caller locates and builds them. False when no target
 * is such a toplevel.
 */
async function withoutForbiddenCheck(
  request: RevisionsRequest,
  attr: string,
  evaluated: { base: Map<string, Evaluated>; head: Map<string, Evaluated> },
  checkOff: Set<string>,
): Promise<boolean> {
  const suffix = `#${attr}.config.system.build.toplevel`;
  let swapped = false;
  for (const target of request.targets) {
    if (target.installable.kind !== 'flake' || !target.installable.ref.endsWith(suffix)) continue;
    const configRef = target.installable.ref.slice(0, -'.config.system.build.toplevel'.length);
    for (const side of ['base', 'head'] as const) {
      const old = evaluated[side].get(target.name);
      if (!old) continue;
      const revision = side === 'base' ? request.base : request.head;
      const installable = (await installablesAt(revision, request.cwd, request.git))({ kind: 'flake', ref: configRef });
      const fresh = await request.nix.evaluate(installable, { cwd: request.cwd, what: `${target.name} at the ${side} without the forbidden-dependencies check` }, TURN_OFF_CHECK);
      evaluated[side].set(target.name, fresh);
      checkOff.add(target.name);
      swapped = true;
    }
  }
  return swapped;
}

/** BASE or HEAD of `compare`: a store path (or a link to one), or a path-info dump. */
type SourceArgument = { storePath: string; real: string } | { file: string };

async function resolveSource(argument: string, role: string): Promise<SourceArgument> {
  let real: string;
  try {
    real = await realpath(argument);
  } catch {
    throw new UsageError(`${role}: '${argument}' does not exist; ${SOURCE_HINT}`);
  }
  const storePath = toStorePath(real);
  if (storePath) return { storePath, real };
  const info = await stat(real);
  if (!info.isFile()) throw new UsageError(`${role}: '${argument}' is not in the Nix store; ${SOURCE_HINT}`);
  return { file: real };
}

async function loadSource(nix: Nix, argument: string, role: string, resolved: SourceArgument, settings: GuardSettings, reads: ClosureReads): Promise<Side> {
  if ('storePath' in resolved) return readOutput(nix, resolved.real, settings, new Map(), { source: 'given' }, reads);
  return { closure: await loadDump({ file: resolved.file, role, argument }), image: null, source: 'given', notes: [] };
}

/** Both at once; when both fail, the first one's error is thrown (BASE's before HEAD's). */
async function bothInOrder<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return [a.value, b.value];
}

export interface CompareRequest {
  base: string;
  head: string;
  name?: string;
  settings: GuardSettings;
  nix: Nix;
}

/** Compares two closures that already exist: store paths, result links or path-info dumps. */
export async function guardCompare(request: CompareRequest): Promise<GuardResult> {
  return withUpdateMeasurer(request.nix, (updates) => guardCompareWith(request, updates));
}

async function guardCompareWith(request: CompareRequest, updates: UpdateMeasurer): Promise<GuardResult> {
  const { nix, settings } = request;
  const [baseArgument, headArgument] = await bothInOrder(resolveSource(request.base, 'BASE'), resolveSource(request.head, 'HEAD'));
  // A store path's update is in the store to measure: the workers start while Nix reads.
  if ('storePath' in headArgument) updates.warmUp();
  // Store paths: one `nix path-info` for both. Dumps: both read at once.
  const reads = readClosures(
    nix,
    [baseArgument, headArgument].flatMap((a) => ('storePath' in a ? [a.storePath] : [])),
  );
  const [base, head] = await bothInOrder(
    loadSource(nix, request.base, 'BASE', baseArgument, settings, reads),
    loadSource(nix, request.head, 'HEAD', headArgument, settings, reads),
  );
  const name = request.name ?? (parseStorePathName(head.closure.root).name || 'closure');
  return finish([pendingTarget(updates, name, base, head)], settings, { base: request.base, head: request.head });
}
