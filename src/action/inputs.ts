// The action's inputs, read once into one typed object. Names live here and in action.yml only;
// test/unit/action-inputs.test.ts checks that the two agree.

import { UsageError } from '../core/errors.js';
import { DEFAULT_IMAGE_GLOB, type GuardSettings, parseSettings } from '../core/settings.js';
import { type Target, parseTargets } from '../core/targets.js';
import { commentMarker } from '../github/marker.js';
import { parseNixArgs } from '../nix/args.js';

export const INPUT = {
  mode: 'mode',
  targets: 'targets',
  forbid: 'forbid',
  allow: 'allow',
  heavyThreshold: 'heavy-threshold',
  maxClosure: 'max-closure',
  maxClosureIncrease: 'max-closure-increase',
  maxImage: 'max-image',
  maxImageIncrease: 'max-image-increase',
  maxUpdateSize: 'max-update-size',
  imageGlob: 'image-glob',
  nixArgs: 'nix-args',
  workingDirectory: 'working-directory',
  baseRef: 'base-ref',
  comment: 'comment',
  commentKey: 'comment-key',
  failOn: 'fail-on',
  githubToken: 'github-token',
  allowUntrustedBuild: 'allow-untrusted-build',
  report: 'report',
  prNumber: 'pr-number',
  store: 'store',
  baselineCache: 'baseline-cache',
  forbidFromConfig: 'forbid-from-config',
  explainOptions: 'explain-options',
  nixosConfig: 'nixos-config',
  waiveLabel: 'waive-label',
} as const;

export const OUTPUT = {
  reportPath: 'report-path',
  passed: 'passed',
  closureSize: 'closure-size',
  closureSizeDelta: 'closure-size-delta',
  imageSize: 'image-size',
  imageSizeDelta: 'image-size-delta',
  forbiddenCount: 'forbidden-count',
  commentBody: 'comment-body',
} as const;

export type Mode = 'guard' | 'report' | 'comment' | 'aggregate';
export type CommentWhen = 'always' | 'on-change' | 'never';
export interface FailOn {
  budget: boolean;
  forbidden: boolean;
}

export interface ActionInputs {
  mode: Mode;
  targets: Target[];
  settings: GuardSettings;
  imageGlobGiven: boolean;
  nixArgs: string[];
  workingDirectory: string;
  baseRef: string;
  comment: CommentWhen;
  commentKey: string;
  failOn: FailOn;
  token: string;
  allowUntrustedBuild: boolean;
  /** mode: comment — the JSON report to post; mode: aggregate — a glob of reports to merge. */
  reportFile: string;
  prNumber: number | null;
  /** A Nix store URL to read closures from instead of building (a binary cache). */
  store: string;
  /** Save and reuse base closures with the Actions cache. */
  baselineCache: boolean;
  /** A NixOS configuration whose system.forbiddenDependenciesRegexes are forbid rules too. */
  forbidFromConfig: string;
  /** Trace growth to the NixOS options and module files behind it. */
  explainOptions: boolean;
  /** The NixOS configuration that image targets are built from. */
  nixosConfig: string;
  /** A pull-request label that turns budget failures into warnings. */
  waiveLabel: string;
}

/** Reads one input; `''` when unset. (core.getInput in the action, a map in tests.) */
export type GetInput = (name: string) => string;

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const text = value.trim();
  if (text === '') return fallback;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${name}: '${text}' is not one of ${allowed.join(', ')}`);
}

function parseBoolean(name: string, value: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  throw new UsageError(`${name}: '${value}' is not true or false`);
}

/** `budget`, `forbidden`, `budget,forbidden` (the default) or `never`. */
export function parseFailOn(value: string): FailOn {
  const words = value.split(/[\s,]+/).filter((w) => w !== '');
  if (words.length === 0) return { budget: true, forbidden: true };
  if (words.length === 1 && words[0] === 'never') return { budget: false, forbidden: false };
  const failOn = { budget: false, forbidden: false };
  for (const word of words) {
    if (word === 'budget' || word === 'forbidden') failOn[word] = true;
    else throw new UsageError(`${INPUT.failOn}: '${word}' is not budget, forbidden or never; write e.g. 'budget, forbidden'`);
  }
  return failOn;
}

export function readInputs(get: GetInput): ActionInputs {
  const mode = oneOf(INPUT.mode, get(INPUT.mode), ['guard', 'report', 'comment', 'aggregate'] as const, 'guard');
  const commentKey = get(INPUT.commentKey).trim() || 'default';
  commentMarker(commentKey); // checks the key, naming the input
  const prText = get(INPUT.prNumber).trim();
  if (prText !== '' && !/^[1-9]\d*$/.test(prText)) {
    throw new UsageError(`${INPUT.prNumber}: '${prText}' is not a pull request number`);
  }
  const reportFile = get(INPUT.report).trim();
  if (mode === 'comment' && reportFile === '') {
    throw new UsageError(`${INPUT.report}: mode 'comment' posts a JSON report; set report to its path (e.g. the downloaded artifact's report.json)`);
  }
  if (mode === 'aggregate' && reportFile === '') {
    throw new UsageError(`${INPUT.report}: mode 'aggregate' merges JSON reports; set report to a glob of them, e.g. reports/**/*.json`);
  }
  const building = mode === 'guard' || mode === 'report';
  const imageGlob = get(INPUT.imageGlob).trim();
  return {
    mode,
    targets: building ? parseTargets(lines(get(INPUT.targets)), INPUT.targets) : [],
    settings: parseSettings({
      heavyThreshold: get(INPUT.heavyThreshold),
      forbid: lines(get(INPUT.forbid)),
      allow: lines(get(INPUT.allow)),
      maxClosure: get(INPUT.maxClosure),
      maxClosureIncrease: get(INPUT.maxClosureIncrease),
      maxImage: lines(get(INPUT.maxImage)),
      maxImageIncrease: lines(get(INPUT.maxImageIncrease)),
      maxUpdateSize: lines(get(INPUT.maxUpdateSize)),
      imageGlob,
    }),
    // The runner fills in action.yml's default, so only a different glob counts as chosen.
    imageGlobGiven: imageGlob !== '' && imageGlob !== DEFAULT_IMAGE_GLOB,
    nixArgs: parseNixArgs(get(INPUT.nixArgs), INPUT.nixArgs),
    workingDirectory: get(INPUT.workingDirectory).trim() || '.',
    baseRef: get(INPUT.baseRef).trim(),
    // mode: report only writes the report; another job comments.
    comment: mode === 'report' ? 'never' : oneOf(INPUT.comment, get(INPUT.comment), ['always', 'on-change', 'never'] as const, 'always'),
    commentKey,
    failOn: parseFailOn(get(INPUT.failOn)),
    token: get(INPUT.githubToken).trim(),
    allowUntrustedBuild: parseBoolean(INPUT.allowUntrustedBuild, get(INPUT.allowUntrustedBuild)),
    reportFile,
    prNumber: prText === '' ? null : Number(prText),
    store: get(INPUT.store).trim(),
    forbidFromConfig: get(INPUT.forbidFromConfig).trim(),
    explainOptions: get(INPUT.explainOptions).trim() === '' ? true : parseBoolean(INPUT.explainOptions, get(INPUT.explainOptions)),
    nixosConfig: get(INPUT.nixosConfig).trim(),
    waiveLabel: get(INPUT.waiveLabel).trim(),
    baselineCache: get(INPUT.baselineCache).trim() === '' ? true : parseBoolean(INPUT.baselineCache, get(INPUT.baselineCache)),
  };
}
