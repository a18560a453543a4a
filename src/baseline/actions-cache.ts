// Saved closures in GitHub's Actions cache (@actions/cache): one small JSON file per key, so a pull
// request run restores its base's closure instead of building the base.
//
// @actions/cache catches every error except ValidationError, logs it itself (core.warning,
// core.error, core.info) and answers "nothing": restoreCache → undefined, saveCache → -1. From the
// return value a dead cache service looks like a miss, and a key that already exists looks like a
// refusal. So during each call we read what it logs (see `readingCacheLog`), turn its warnings into
// one warning of ours that names the key and says what happens next, and, when a save is refused,
// look the key up to tell "already saved" from a real failure.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// A namespace import: @github/local-action swaps in a stand-in without isFeatureAvailable.
import * as actionsCache from '@actions/cache';

const { restoreCache, saveCache } = actionsCache;
const isFeatureAvailable = (): boolean =>
  typeof actionsCache.isFeatureAvailable === 'function' ? actionsCache.isFeatureAvailable() : false;
import { checkSavedClosure } from '../schema/validate.js';
import type { BaselineCache, SavedClosure } from './types.js';

const FORMAT_VERSION: SavedClosure['formatVersion'] = 1;
const KEY_PREFIX = `nix-size-guard-v${FORMAT_VERSION}`;
// @actions/cache refuses keys over 512 characters or with a comma (checkKey in its cache.ts).
const MAX_KEY_LENGTH = 512;
const MAX_TARGET_LENGTH = 100;

export interface BaselineKeyParts {
  /** The target's name, as written in the settings; only a label in the key. */
  target: string;
  /** The full commit hash (SHA-1 or SHA-256). */
  commit: string;
  installable: string;
  nixArgs: string[];
  /** The action's working-directory input, relative to the repository. */
  workingDirectory: string;
  /** Nix's system (e.g. `x86_64-linux`): `.#default` names another output on another system. */
  system: string;
  /** The image glob: which file of the output was measured as the image. */
  imageGlob: string;
  /**
   * forbid-from-config's attribute ('' without it): with it, a toplevel its own check fails is
   * built with the check off, a different output that must not pass for the plain one.
   */
  forbidFromConfig: string;
}

/**
 * `nix-size-guard-v1-<target>-<16 hex of sha256(installable, nix args, working directory, system,
 * image glob, forbid-from-config)>-<commit>`: everything that changes what is saved.
 * The target name is cleaned to letters, digits and `._-` (commas are not allowed in keys) and cut
 * to 100 characters; what decides the closure is in the hash, so two names cleaned alike cannot
 * share an entry unless they build the same thing.
 */
export function baselineKey(parts: BaselineKeyParts): string {
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(parts.commit)) {
    throw new Error(`baselineKey: '${parts.commit}' is not a full commit hash`);
  }
  const target = parts.target.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, MAX_TARGET_LENGTH) || '_';
  // JSON keeps the parts apart: ["a b"] and ["a", "b"] hash differently.
  const build = JSON.stringify([
    parts.installable,
    parts.nixArgs,
    normalizeDirectory(parts.workingDirectory),
    parts.system,
    parts.imageGlob,
    parts.forbidFromConfig,
  ]);
  const hash = createHash('sha256').update(build).digest('hex').slice(0, 16);
  const key = `${KEY_PREFIX}-${target}-${hash}-${parts.commit}`;
  // Cannot happen with the limits above; checked so a later change cannot make every save fail.
  if (key.length > MAX_KEY_LENGTH) throw new Error(`baselineKey: key is ${key.length} characters, over ${MAX_KEY_LENGTH}`);
  return key;
}

/** '', '.', './' and 'a/b/' name the same directories as '.' and 'a/b'. */
function normalizeDirectory(dir: string): string {
  const trimmed = dir.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
  return trimmed === '' || trimmed === '.' ? '.' : trimmed;
}

/**
 * Where the JSON for `key` sits while it passes through the cache. @actions/cache derives an
 * entry's version from this path, so save and restore must use the same `dir` (RUNNER_TEMP-based
 * is stable on GitHub-hosted runners). The file is archived relative to GITHUB_WORKSPACE and
 * extracted there again.
 */
export function savedClosureFile(dir: string, key: string): string {
  return join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
}

export interface ActionsBaselineCacheOptions {
  /** A directory for the files going through the cache; the same on every run. */
  dir: string;
  /** Expected trouble: a cache fault, an unusable entry, a refused save. */
  warn: (message: string) => void;
  /** Debug-level notes: no cache service here, a plain miss, an entry already saved. */
  info?: (message: string) => void;
}

export function createActionsBaselineCache(options: ActionsBaselineCacheOptions): BaselineCache {
  const { dir, warn } = options;
  const info = options.info ?? (() => {});
  // @actions/cache tries each service call 5 times over ~25 s. Once the service has failed like
  // that, the rest of the run does not wait for it again (restore and save of every target).
  let serviceDown: string | undefined;
  const noteOutage = (reasons: string[]): void => {
    serviceDown ??= reasons.find((r) => SERVICE_DOWN.test(r));
  };
  const notRestored = (key: string, why: string): null => {
    warn(`Could not restore the saved closure ${key} from the Actions cache (${why}); building the base instead.`);
    return null;
  };
  const notSaved = (key: string, why: string): false => {
    warn(`Could not save the closure ${key} to the Actions cache (${why}); the next run will build this commit again.`);
    return false;
  };

  return {
    async restore(key) {
      if (!isFeatureAvailable()) {
        info(`No Actions cache service in this environment; not looking for ${key}.`);
        return null;
      }
      const file = savedClosureFile(dir, key);
      return oneAtATime(async () => {
        if (serviceDown) return notRestored(key, `the service failed earlier in this run: ${serviceDown}`);
        try {
          // A file left by an earlier call must not pass for what this restore brought.
          await rm(file, { force: true });
          await mkdir(dir, { recursive: true });
          const { result: matched, problems, notes } = await readingCacheLog(() => restoreCache([file], key));
          noteOutage(problems);
          if (matched === undefined) {
            if (problems.length > 0) return notRestored(key, problems.join('; '));
            info(`No saved closure ${key} in the Actions cache${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`);
            return null;
          }
          // The service also matches the key as a prefix; only this exact commit's closure will do.
          if (matched !== key) {
            info(`The Actions cache has ${matched} but not ${key}.`);
            return null;
          }
          let text: string;
          try {
            text = await readFile(file, 'utf8');
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
            return notRestored(key, `the entry did not contain ${file}; saved from another workspace location?`);
          }
          const parsed = parseSavedClosure(text);
          if (typeof parsed === 'string') return notRestored(key, `unusable: ${parsed}`);
          return parsed;
        } catch (error) {
          return notRestored(key, messageOf(error));
        } finally {
          await rm(file, { force: true }).catch(() => {});
        }
      });
    },

    async save(key, value) {
      if (!isFeatureAvailable()) {
        info(`No Actions cache service in this environment; not saving ${key}.`);
        return false;
      }
      const file = savedClosureFile(dir, key);
      return oneAtATime(async () => {
        if (serviceDown) return notSaved(key, `the service failed earlier in this run: ${serviceDown}`);
        try {
          await mkdir(dir, { recursive: true });
          await writeFile(file, JSON.stringify(value));
          const saved = await readingCacheLog(() => saveCache([file], key));
          if (saved.result !== -1) return true;
          // ACTIONS_CACHE_MODE (set by the runner, e.g. for untrusted events) forbids writes: policy, not trouble.
          const skipped = saved.notes.find((n) => n.startsWith('Cache save skipped: '));
          if (skipped) {
            info(`Not saving ${key}: ${skipped}`);
            return false;
          }
          const reasons = [...saved.problems, ...saved.notes];
          const why = reasons.join('; ') || 'the cache refused it; see the log above';
          noteOutage(reasons);
          if (serviceDown) return notSaved(key, why);
          // Refused. A rerun, or another job saving the same commit, gets "already exists" (409),
          // which the library reports only as "another job may be creating this cache": look.
          const found = await readingCacheLog(() => restoreCache([file], key, [], { lookupOnly: true }));
          if (found.result === key) {
            info(`The closure ${key} was already in the Actions cache.`);
            return true;
          }
          return notSaved(key, why);
        } catch (error) {
          return notSaved(key, messageOf(error));
        } finally {
          await rm(file, { force: true }).catch(() => {});
        }
      });
    },
  };
}

/** What a restored file must hold to be used: a SavedClosure (docs/report.schema.json), or the first problem found. */
function parseSavedClosure(text: string): SavedClosure | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const checked = checkSavedClosure(value);
  return checked.ok ? checked.value : checked.problem;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// `readingCacheLog` hooks process.stdout, which is global: one cache call at a time, so what is
// read belongs to the call that reads it. Targets are few and restores small.
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

// How @actions/cache 6 words a service that is down, not just refusing: retries used up
// (cacheTwirpClient.ts), a network error (shared/errors.ts NetworkError), rate limiting.
const SERVICE_DOWN = /Failed to make request after \d+ attempts|Unable to make request: E[A-Z]+|Rate limited/;

// What @actions/cache 6 logs when it gives up (cache.ts, restoreCacheV2 / saveCacheV2 and
// uploadUtils.ts). Its annotations with these prefixes are held back: they become part of ours.
const LIBRARY_PROBLEM = /^(?:Failed to restore|Failed to save|Cache reservation failed|uploadCacheArchiveSDK):/;
// Lines that say why without being annotations, shown as they are and kept as the reason.
const LIBRARY_NOTE = /^(?:Failed to save: |Cache (?:save|restore) skipped: |::debug::Failed to reserve cache: )/;

/**
 * Runs one @actions/cache call and returns, beside its result, the problems it reported as warnings
 * or errors (held back from the log) and the notes that explain a refused save (left in the log).
 */
async function readingCacheLog<T>(call: () => Promise<T>): Promise<{ result: T; problems: string[]; notes: string[] }> {
  const problems: string[] = [];
  const notes: string[] = [];
  const stdout = process.stdout;
  const original = stdout.write;
  let reading = true;
  // @actions/core writes each command or info line with one write call, newline included.
  const hooked = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (reading && typeof chunk === 'string') {
      const line = chunk.replace(/\r?\n$/, '');
      const annotation = /^::(?:warning|error)(?: [^:]*)?::(.*)$/s.exec(line);
      if (annotation && LIBRARY_PROBLEM.test(unescapeCommandData(annotation[1]!))) {
        problems.push(unescapeCommandData(annotation[1]!));
        const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        if (callback) process.nextTick(callback);
        return true;
      }
      if (LIBRARY_NOTE.test(line)) notes.push(unescapeCommandData(line.replace(/^::debug::/, '')));
    }
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  };
  stdout.write = hooked as typeof stdout.write;
  try {
    const result = await call();
    return { result, problems, notes: preferReason(notes) };
  } finally {
    reading = false;
    // Someone who hooked stdout after us keeps their hook; ours then stays, passing everything on.
    if (stdout.write === hooked) stdout.write = original;
  }
}

/** The debug line has the service's own answer; the info line only "another job may be creating". */
function preferReason(notes: string[]): string[] {
  const reserve = notes.filter((n) => n.startsWith('Failed to reserve cache: '));
  return reserve.length > 0 ? reserve.map((n) => n.replace(/^Failed to reserve cache: (?:Error: )?/, '')) : notes;
}

// @actions/core's escapeData, reversed.
function unescapeCommandData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
