// The pipeline both front doors call: build → closure → diff → policy → report.

import { readFile, realpath, stat } from 'node:fs/promises';
import { type TargetInput, analyzeTarget, buildReport } from './core/analyze.js';
import { closureFromDump, parsePathInfoJson } from './core/closure.js';
import { UsageError } from './core/errors.js';
import type { GuardSettings } from './core/settings.js';
import { parseStorePathName, toStorePath } from './core/store-path.js';
import type { Target } from './core/targets.js';
import type { Closure, ImageInfo, Report } from './core/types.js';
import { type Revision, buildSide } from './build.js';
import type { Git } from './git/git.js';
import { findImage } from './image/measure.js';
import type { Nix } from './nix/nix.js';
import { VERSION } from './version.js';

/** A report and the closures behind it (the CSV lists every path of them). */
export interface GuardResult {
  report: Report;
  closures: { name: string; base: Closure; head: Closure }[];
}

interface Side {
  closure: Closure;
  image: ImageInfo | null;
  notes: string[];
}

/** Reads the closure and measures the image of one output; the same output is read once. */
async function readOutput(nix: Nix, output: string, settings: GuardSettings, cache: Map<string, Promise<Side>>): Promise<Side> {
  let side = cache.get(output);
  if (!side) {
    side = (async () => {
      const real = await realpath(output);
      const root = toStorePath(real) ?? real;
      const [closure, found] = await Promise.all([nix.closure(root), findImage(real, settings.imageGlob)]);
      return { closure, image: found.image, notes: found.note ? [found.note] : [] };
    })();
    cache.set(output, side);
  }
  return side;
}

function toTargetInput(name: string, base: Side, head: Side): TargetInput {
  return {
    name,
    base: { closure: base.closure, image: base.image },
    head: { closure: head.closure, image: head.image },
    notes: [...new Set([...base.notes, ...head.notes])],
  };
}

function finish(inputs: TargetInput[], settings: GuardSettings, labels: { base: string; head: string }): GuardResult {
  const targets = inputs.map((input) => analyzeTarget(input, settings));
  return {
    report: buildReport(targets, settings, { version: VERSION, baseLabel: labels.base, headLabel: labels.head }),
    closures: inputs.map((i) => ({ name: i.name, base: i.base.closure, head: i.head.closure })),
  };
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
  /** Called around each side's build (the action opens a log group). */
  onBuild?: (what: string, phase: 'start' | 'end') => void;
}

/** Builds every target at both sides and compares them. */
export async function guardRevisions(request: RevisionsRequest): Promise<GuardResult> {
  const { nix, git, cwd, targets, settings } = request;
  const build = async (revision: Revision, what: string) => {
    request.onBuild?.(what, 'start');
    try {
      return await buildSide(targets, revision, { cwd, nix, git, what });
    } finally {
      request.onBuild?.(what, 'end');
    }
  };
  const baseBuild = await build(request.base, `the base (${request.base.kind === 'commit' ? request.base.label : 'working tree'})`);
  const headBuild = await build(request.head, `the head (${request.head.kind === 'commit' ? request.head.label : 'working tree'})`);
  const cache = new Map<string, Promise<Side>>();
  const inputs: TargetInput[] = [];
  for (const { name } of targets) {
    const [base, head] = await Promise.all([
      readOutput(nix, baseBuild.outputs.get(name) as string, settings, cache),
      readOutput(nix, headBuild.outputs.get(name) as string, settings, cache),
    ]);
    inputs.push(toTargetInput(name, base, head));
  }
  if (request.imageGlobGiven && inputs.every((i) => !i.base.image && !i.head.image)) {
    throw new UsageError(
      `image-glob: '${settings.imageGlob}' matched no file in the output of any target (${targets.map((t) => t.name).join(', ')}); set it to the image's file name, e.g. '*.img' or 'sd-image/*.img'`,
    );
  }
  return finish(inputs, settings, { base: baseBuild.label, head: headBuild.label });
}

const SOURCE_HINT = "give a store path, a 'result' link, or a JSON file written by 'nix path-info --json --recursive'";

/** BASE or HEAD of `compare`: a store path (or a link to one) or a path-info JSON dump. */
async function loadSource(nix: Nix, argument: string, role: string, settings: GuardSettings): Promise<Side> {
  let real: string;
  try {
    real = await realpath(argument);
  } catch {
    throw new UsageError(`${role}: '${argument}' does not exist; ${SOURCE_HINT}`);
  }
  const storePath = toStorePath(real);
  if (storePath) return readOutput(nix, real, settings, new Map());

  const info = await stat(real);
  if (!info.isFile()) throw new UsageError(`${role}: '${argument}' is not in the Nix store; ${SOURCE_HINT}`);
  const text = await readFile(real, 'utf8');
  if (!/^\s*[[{]/.test(text)) throw new UsageError(`${role}: '${argument}' is neither a store path nor a JSON file; ${SOURCE_HINT}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${role}: '${argument}' is not valid JSON (${why}); ${SOURCE_HINT}`);
  }
  const { objects, invalid } = parsePathInfoJson(json, `${role}: '${argument}'`);
  if (invalid.length > 0 && objects.size === 0) {
    throw new UsageError(`${role}: '${argument}' lists only paths Nix called invalid (${invalid[0]}); dump a path that is in the store`);
  }
  return { closure: closureFromDump(objects, `${role}: '${argument}'`), image: null, notes: [] };
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
  const { nix, settings } = request;
  const base = await loadSource(nix, request.base, 'BASE', settings);
  const head = await loadSource(nix, request.head, 'HEAD', settings);
  const name = request.name ?? (parseStorePathName(head.closure.root).name || 'closure');
  return finish([toTargetInput(name, base, head)], settings, { base: request.base, head: request.head });
}
