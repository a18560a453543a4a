// The git shell: resolve revisions, fetch a missing base into a shallow clone, and check out a
// commit beside the working tree (never touching the user's files).

import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ToolError, UsageError } from '../core/errors.js';
import { isToolMissing, runTool, tail } from '../exec.js';

export class Git {
  constructor(readonly cwd: string) {}

  private async run(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    try {
      return await runTool('git', args, { cwd: this.cwd });
    } catch (error) {
      if (isToolMissing(error)) {
        // spawn says ENOENT for a missing cwd too: tell the two apart.
        if (!existsSync(this.cwd)) throw new UsageError(`the folder ${this.cwd} does not exist; run nix-size-guard inside the repository`);
        throw new ToolError('git is not installed or not on PATH; install git');
      }
      throw error;
    }
  }

  private async output(args: string[], what: string): Promise<string> {
    const result = await this.run(args);
    if (result.exitCode !== 0) throw new ToolError(`${what} failed:`, tail(result.stderr, 5));
    return result.stdout.trim();
  }

  /** The repository's top folder; a clear error outside a repository. */
  async toplevel(): Promise<string> {
    const result = await this.run(['rev-parse', '--show-toplevel']);
    if (result.exitCode !== 0) {
      throw new UsageError(
        `${this.cwd} is not inside a git repository; 'run' builds commits of a repository (cd into it), 'compare' takes store paths`,
      );
    }
    return result.stdout.trim();
  }

  /** No uncommitted change to tracked files: the working tree is its HEAD commit. */
  async isClean(): Promise<boolean> {
    return (await this.output(['status', '--porcelain', '--untracked-files=no'], 'git status')) === '';
  }

  async isShallow(): Promise<boolean> {
    return (await this.output(['rev-parse', '--is-shallow-repository'], 'git rev-parse')) === 'true';
  }

  /** The commit a revision names, or null when this repository does not have it. */
  async tryResolve(rev: string): Promise<string | null> {
    if (rev.startsWith('-')) throw new UsageError(`'${rev}' is not a git revision`);
    const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    return result.exitCode === 0 ? result.stdout.trim() : null;
  }

  /**
   * This repository's remotes (`git remote`), and whether a plain `git fetch REMOTE BRANCH` keeps
   * REMOTE/BRANCH: only when the remote's fetch refspec takes every branch. A single-branch or
   * shallow clone (`git clone --depth=1`) takes one branch, so its fetch lands in FETCH_HEAD only.
   */
  async remotes(): Promise<Remote[]> {
    const listed = await this.run(['remote']);
    if (listed.exitCode !== 0) return [];
    const names = listed.stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    return Promise.all(
      names.map(async (name) => {
        const fetch = await this.run(['config', '--get-all', `remote.${name}.fetch`]);
        const refspecs = fetch.exitCode === 0 ? fetch.stdout.split('\n').map((line) => line.trim().replace(/^\+/, '')) : [];
        return { name, tracksBranches: refspecs.includes(`refs/heads/*:refs/remotes/${name}/*`) };
      }),
    );
  }

  async resolve(rev: string, option: string): Promise<string> {
    const sha = await this.tryResolve(rev);
    if (sha) return sha;
    const shallow = await this.isShallow();
    const hint = fetchHint(rev, option, await this.remotes(), shallow);
    throw new UsageError(`${option}: unknown git revision '${rev}'${shallow ? ' in this shallow clone' : ''}${hint}`);
  }

  /**
   * The commit `rev` names, fetched first when this clone lacks it (actions/checkout makes a
   * depth-1 clone, so the base is usually missing). `origin/BRANCH` fetches the branch.
   */
  async ensureCommit(rev: string, option: string, remote = 'origin'): Promise<string> {
    const known = await this.tryResolve(rev);
    if (known) return known;
    const branch = rev.startsWith(`${remote}/`) ? rev.slice(remote.length + 1) : null;
    const refspec = branch ? `+refs/heads/${branch}:refs/remotes/${remote}/${branch}` : rev;
    const fetched = await this.run(['fetch', '--no-tags', '--depth=1', remote, refspec]);
    if (fetched.exitCode === 0) {
      const sha = (await this.tryResolve(rev)) ?? (await this.tryResolve('FETCH_HEAD'));
      if (sha) return sha;
    }
    // All of git's stderr (its first line says what went wrong, the last what to check), bounded.
    throw new ToolError(
      `${option}: cannot find or fetch '${rev}' from ${remote}; check the ref, and that the checkout has a remote named ${remote}. git fetch said:`,
      tail(fetched.stderr, 20),
    );
  }

  /** Checks `sha` out in a temporary worktree beside the user's; `remove` takes it away again. */
  async addWorktree(sha: string): Promise<{ dir: string; remove: () => Promise<void> }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'nix-size-guard-'));
    await this.output(['worktree', 'add', '--detach', '--force', dir, sha], `git worktree add ${sha.slice(0, 12)}`);
    return {
      dir,
      remove: async () => {
        await this.run(['worktree', 'remove', '--force', dir]);
      },
    };
  }
}

/** A remote, and whether `git fetch REMOTE BRANCH` updates REMOTE/BRANCH (see Git.remotes). */
export interface Remote {
  name: string;
  tracksBranches: boolean;
}

/**
 * What to run to get a revision this clone lacks, as a command that works here: git fetch takes a
 * remote and the branch's name on it (`git fetch origin main`, never `git fetch origin
 * origin/main`), only a remote this repository has, and says where the branch goes when the
 * remote would not keep it.
 */
export function fetchHint(rev: string, option: string, remotes: readonly Remote[], shallow: boolean): string {
  const first = shallow ? 'check the name, or fetch it first' : 'check the name, or fetch it';
  const fetchBranch = (remote: Remote, branch: string) =>
    `git fetch ${shallow ? '--depth=1 ' : ''}${remote.name} ${branch}${remote.tracksBranches ? '' : `:refs/remotes/${remote.name}/${branch}`}`;
  // `REMOTE/BRANCH`; the longest remote that fits, as a remote's name may hold a '/' itself.
  const remote = remotes
    .filter(({ name }) => rev.startsWith(`${name}/`) && rev.length > name.length + 1)
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (remote !== undefined) return `; ${first}: ${fetchBranch(remote, rev.slice(remote.name.length + 1))}`;
  const have = remotes.length === 0 ? 'this repository has no remote' : `its remotes: ${remotes.map(({ name }) => name).join(', ')}`;
  const slash = rev.indexOf('/');
  if (slash > 0) {
    const named = rev.slice(0, slash);
    return `, and there is no remote '${named}' (${have}); add it (git remote add ${named} URL) or give a local branch or commit`;
  }
  if (remotes.length === 0) return `; check the name (${have} to fetch it from)`;
  const from = remotes.find(({ name }) => name === 'origin') ?? (remotes[0] as Remote);
  // `HEAD~3`, `main^`: no name to fetch; in a shallow clone it is the history that is missing.
  if (!/^[\w.-]+$/.test(rev)) return shallow ? `; fetch the history it needs first: git fetch --unshallow ${from.name}` : '; check the name';
  // A full commit id is fetched as it is; a branch lands as FROM/BRANCH, which is then the name.
  if (/^[0-9a-f]{40}$/i.test(rev)) return `; ${first}: git fetch ${shallow ? '--depth=1 ' : ''}${from.name} ${rev}`;
  return `; ${first}: ${fetchBranch(from, rev)}, then give ${option} ${from.name}/${rev}`;
}
