// Evaluate every target at one side of the comparison: the working tree as it stands, or a
// commit of the repository, without touching the user's working tree. Building is one call for
// both sides (see guard.ts).

import path from 'node:path';
import type { Installable, Target } from './core/targets.js';
import type { Git } from './git/git.js';
import type { Evaluated, Nix } from './nix/nix.js';

/** Where a side comes from: the working tree, or a commit. */
export type Revision = { kind: 'worktree' } | { kind: 'commit'; sha: string; label: string };

export function revisionLabel(revision: Revision): string {
  return revision.kind === 'commit' ? revision.label : 'working tree';
}

const LOCAL_FLAKE_REF = /^(\.{1,2}(\/|$)|\/|path:|git\+file:)/;

/**
 * A flake installable as it reads at `sha`: local flake refs become
 * `git+file://TOPLEVEL?rev=SHA[&shallow=1][&dir=SUBDIR]`, so Nix reads the commit from git and
 * the working tree is never checked out. `shallow=1` is what a depth-1 CI checkout needs
 * (without it Nix 2.x asks for a full clone); it is not used otherwise because it drops
 * `self.revCount`, which a configuration may embed.
 */
export function flakeRefAtCommit(
  ref: string,
  where: { cwd: string; toplevel: string; sha: string; shallow: boolean },
): string {
  const hash = ref.indexOf('#');
  const flake = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash);
  if (!LOCAL_FLAKE_REF.test(flake)) return ref; // github:…, a registry name: the same at both commits
  const localPath = flake.replace(/^(path:|git\+file:(\/\/)?)/, '').replace(/\?.*$/, '');
  const relative = path.relative(where.toplevel, path.resolve(where.cwd, localPath || '.'));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return ref; // outside this repository
  const query = [`rev=${where.sha}`];
  if (where.shallow) query.push('shallow=1');
  if (relative !== '') query.push(`dir=${encodeURIComponent(relative.split(path.sep).join('/'))}`);
  return `git+file://${encodeURI(where.toplevel)}?${query.join('&')}${fragment}`;
}

/**
 * How installables read at a side: as they are in the working tree, or, at a commit, flake refs
 * read from git (flakeRefAtCommit). Classic `-f FILE` installables are left to the caller (they
 * need the files: a worktree).
 */
export async function installablesAt(revision: Revision, cwd: string, git: Git): Promise<(installable: Installable) => Installable> {
  if (revision.kind === 'worktree') return (installable) => installable;
  const toplevel = await git.toplevel();
  const shallow = await git.isShallow();
  return (installable) =>
    installable.kind === 'flake'
      ? { kind: 'flake', ref: flakeRefAtCommit(installable.ref, { cwd, toplevel, sha: revision.sha, shallow }) }
      : installable;
}

/**
 * Evaluates the targets at one side, one after the other (a NixOS evaluation takes a GiB or
 * more). Classic `-f FILE` targets at a commit are evaluated in
 * a temporary git worktree; the derivations they give need no files afterwards.
 */
/**
 * A target evaluated from a value above its installable (a NixOS configuration above its
 * toplevel), with `extra` read from that value in the same evaluation. When that evaluation
 * fails, the target is evaluated as it is and `onFailure` gets the error.
 */
export interface EvaluateAlong {
  from: string;
  select: string;
  extra: string;
  onFailure: (error: unknown) => void;
}

async function evaluateOne(
  nix: Nix,
  target: Target,
  at: (installable: Installable) => Installable,
  context: { cwd: string; what: string },
  along: EvaluateAlong | null,
): Promise<Evaluated> {
  if (along) {
    try {
      return await nix.evaluate(at({ kind: 'flake', ref: along.from }), context, along.select, along.extra);
    } catch (error) {
      along.onFailure(error);
    }
  }
  return nix.evaluate(at(target.installable), context);
}

export async function evaluateSide(
  targets: Target[],
  revision: Revision,
  context: { cwd: string; nix: Nix; git: Git; what: string; along?: (target: Target) => EvaluateAlong | null },
): Promise<Map<string, Evaluated>> {
  const { nix, git, cwd } = context;
  const along = context.along ?? (() => null);
  const results = new Map<string, Evaluated>();
  if (targets.length === 0) return results;
  if (revision.kind === 'worktree') {
    for (const target of targets) {
      results.set(target.name, await evaluateOne(nix, target, (i) => i, { cwd, what: `${target.name} at ${context.what}` }, along(target)));
    }
    return results;
  }

  const at = await installablesAt(revision, cwd, git);
  const worktree = targets.some((t) => t.installable.kind === 'file') ? await git.addWorktree(revision.sha) : null;
  try {
    const evalCwd = worktree ? path.join(worktree.dir, path.relative(await git.toplevel(), cwd)) : cwd;
    for (const target of targets) {
      results.set(target.name, await evaluateOne(nix, target, at, { cwd: evalCwd, what: `${target.name} at ${context.what}` }, along(target)));
    }
    return results;
  } finally {
    await worktree?.remove();
  }
}
