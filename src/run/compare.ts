// The compare run: two closures that already exist (store paths, result links or path-info
// dumps) are read and analysed; nothing is evaluated or built.

import { realpath, stat } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import type { GuardSettings } from '../core/settings.js';
import { parseStorePathName, toStorePath } from '../core/store-path.js';
import { SOURCE_HINT, loadDump } from '../dump/read.js';
import type { UpdateMeasurer } from '../nix/nar-size.js';
import type { Nix } from '../nix/nix.js';
import { type GuardResult, finish, pendingTarget, withUpdateMeasurer } from './analyse.js';
import { type ClosureReads, type Side, readClosures, readOutput } from './read.js';

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
  // Store paths: a `nix path-info` for each, side by side. Dumps: both read at once.
  const reads = readClosures(
    nix,
    [baseArgument, headArgument].flatMap((a) => ('storePath' in a ? [[a.storePath]] : [])),
  );
  const [base, head] = await bothInOrder(
    loadSource(nix, request.base, 'BASE', baseArgument, settings, reads),
    loadSource(nix, request.head, 'HEAD', headArgument, settings, reads),
  );
  const name = request.name ?? (parseStorePathName(head.closure.root).name || 'closure');
  return finish([pendingTarget(updates, name, base, head)], settings, { base: request.base, head: request.head });
}
