// The guard's rules, read once from the strings a user wrote (CLI flags or action inputs) into
// one typed object. Every message names the option and says how to fix it.

import { EreError, type PathMatcher, compileEre } from './ere.js';
import { UsageError } from './errors.js';
import {
  type ImageMeasure,
  type IncreaseLimit,
  type UpdateMeasure,
  parseIncrease,
  parseSize,
  splitImageMeasure,
  splitUpdateMeasure,
} from './size.js';

export const DEFAULT_HEAVY_THRESHOLD = 1024 * 1024;
export const DEFAULT_IMAGE_GLOB = '*.raw';

export interface ForbidRule {
  /** As the user (or the NixOS configuration) wrote it: a POSIX extended regular expression. */
  pattern: string;
  /** It compiled, with `grep -E`'s meaning, for a linear-time matcher (core/ere.ts). */
  regex: PathMatcher;
}

export interface AllowRule extends ForbidRule {
  reason: string;
}

export interface ImageBudget<T> {
  measure: ImageMeasure;
  limit: T;
}

export interface UpdateBudget {
  measure: UpdateMeasure;
  limit: number;
}

export interface Budgets {
  maxClosure: number | null;
  maxClosureIncrease: IncreaseLimit | null;
  maxImage: ImageBudget<number>[];
  maxImageIncrease: ImageBudget<IncreaseLimit>[];
  /** The download from base to head: the added paths' NARs, or their zstd size. */
  maxUpdateSize: UpdateBudget[];
}

export interface GuardSettings {
  heavyThreshold: number;
  forbid: ForbidRule[];
  allow: AllowRule[];
  budgets: Budgets;
  imageGlob: string;
}

/** What the user wrote, before any checking. Lists may hold several entries (repeated flags, lines). */
export interface RawSettings {
  heavyThreshold?: string;
  forbid?: string[];
  allow?: string[];
  maxClosure?: string;
  maxClosureIncrease?: string;
  maxImage?: string[];
  maxImageIncrease?: string[];
  maxUpdateSize?: string[];
  imageGlob?: string;
}

function compileRegex(pattern: string, option: string): PathMatcher {
  try {
    return compileEre(pattern);
  } catch (error) {
    if (!(error instanceof EreError)) throw error;
    throw new UsageError(`${option}: '${pattern}' is not a grep -E pattern this guard can check as NixOS does: ${error.message}`);
  }
}

/** `perl-5\.[[:digit:]]+-man  # only man pages, never on the device` → pattern and reason. */
export function parseAllowLine(line: string): { pattern: string; reason: string } {
  // A reason starts at a `#` that begins the line or follows a space (`perl#5` stays a pattern).
  const hash = /(^|\s)#/.exec(line);
  if (!hash) return { pattern: line.trim(), reason: '' };
  return { pattern: line.slice(0, hash.index).trim(), reason: line.slice(hash.index + hash[0].length).trim() };
}

/** An image glob names a file inside a target's output: never above it, never elsewhere. */
export function checkImageGlob(glob: string): string {
  if (glob.startsWith('/') || glob.startsWith('~')) {
    throw new UsageError(`image-glob: '${glob}' is an absolute path; the glob is matched inside each target's output, e.g. '*.raw' or 'sd-image/*.img'`);
  }
  if (glob.split(/[\\/]+/).some((part) => part === '..')) {
    throw new UsageError(`image-glob: '${glob}' climbs out of the output with '..'; the glob is matched inside each target's output, e.g. 'sd-image/*.img'`);
  }
  return glob;
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
const nonEmpty = (values: string[] | undefined): string[] => (values ?? []).map((v) => v.trim()).filter((v) => v !== '');

export function parseSettings(raw: RawSettings): GuardSettings {
  const forbid = nonEmpty(raw.forbid).map((pattern) => ({ pattern, regex: compileRegex(pattern, 'forbid') }));
  const allow = nonEmpty(raw.allow).map((line) => {
    const { pattern, reason } = parseAllowLine(line);
    if (pattern === '') throw new UsageError(`allow: '${line}' has a reason but no pattern; write 'REGEX # reason'`);
    return { pattern, reason, regex: compileRegex(pattern, 'allow') };
  });
  const heavyThreshold = present(raw.heavyThreshold)
    ? parseSize(raw.heavyThreshold, 'heavy-threshold')
    : DEFAULT_HEAVY_THRESHOLD;
  const imageGlob = present(raw.imageGlob) ? checkImageGlob(raw.imageGlob.trim()) : DEFAULT_IMAGE_GLOB;

  const budgets: Budgets = {
    maxClosure: present(raw.maxClosure) ? parseSize(raw.maxClosure, 'max-closure') : null,
    maxClosureIncrease: present(raw.maxClosureIncrease)
      ? parseIncrease(raw.maxClosureIncrease, 'max-closure-increase')
      : null,
    maxImage: nonEmpty(raw.maxImage).map((text) => {
      const { measure, rest } = splitImageMeasure(text, 'max-image');
      return { measure, limit: parseSize(rest, 'max-image') };
    }),
    maxImageIncrease: nonEmpty(raw.maxImageIncrease).map((text) => {
      const { measure, rest } = splitImageMeasure(text, 'max-image-increase');
      return { measure, limit: parseIncrease(rest, 'max-image-increase') };
    }),
    maxUpdateSize: nonEmpty(raw.maxUpdateSize).map((text) => {
      const { measure, rest } = splitUpdateMeasure(text, 'max-update-size');
      return { measure, limit: parseSize(rest, 'max-update-size') };
    }),
  };
  return { heavyThreshold, forbid, allow, budgets, imageGlob };
}
