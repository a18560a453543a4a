// Build every target at one side of the comparison: the working tree as it stands, or a commit
// of the repository, without touching the user's working tree.

import path from 'node:path';
import type { Installable, Target } from './core/targets.js';
import type { Git } from './git/git.js';
import type { Nix } from './nix/nix.js';

/** Where a side comes from: the working tree, or a commit. */
export type Revision = { kind: 'worktree' } | { kind: 'commit'; sha: string; label: string };

export interface SideBuild {
  label: string;
  /** Target name → output path. */
  outputs: Map<string, string>;
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

/** Builds all targets on one side; classic `-f FILE` targets at a commit build in a temporary worktree. */
export async function buildSide(
  targets: Target[],
  revision: Revision,
  context: { cwd: string; nix: Nix; git: Git; what: string },
): Promise<SideBuild> {
  const { nix, git, cwd } = context;
  if (revision.kind === 'worktree') {
    const outs = await nix.build(
      targets.map((t) => t.installable),
      { cwd, what: context.what },
    );
    return { label: 'working tree', outputs: new Map(targets.map((t, i) => [t.name, outs[i] as string])) };
  }

  const toplevel = await git.toplevel();
  const shallow = await git.isShallow();
  const needsWorktree = targets.some((t) => t.installable.kind === 'file');
  const worktree = needsWorktree ? await git.addWorktree(revision.sha) : null;
  try {
    const cwdInRepo = path.relative(toplevel, cwd);
    const buildCwd = worktree ? path.join(worktree.dir, cwdInRepo) : cwd;
    const installables: Installable[] = targets.map(({ installable }) =>
      installable.kind === 'flake'
        ? { kind: 'flake', ref: flakeRefAtCommit(installable.ref, { cwd, toplevel, sha: revision.sha, shallow }) }
        : installable,
    );
    const outs = await nix.build(installables, { cwd: buildCwd, what: context.what });
    return { label: revision.label, outputs: new Map(targets.map((t, i) => [t.name, outs[i] as string])) };
  } finally {
    await worktree?.remove();
  }
}
