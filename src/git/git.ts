// The git shell: resolve revisions, fetch a missing base into a shallow clone, and check out a
// commit beside the working tree (never touching the user's files).

import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ToolError, UsageError } from '../core/errors.js';
import { ToolMissingError, runTool, tail } from '../exec.js';

export class Git {
  constructor(readonly cwd: string) {}

  private async run(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    try {
      return await runTool('git', args, { cwd: this.cwd });
    } catch (error) {
      if (error instanceof ToolMissingError) {
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

  async resolve(rev: string, option: string): Promise<string> {
    const sha = await this.tryResolve(rev);
    if (sha) return sha;
    const shallow = await this.isShallow();
    throw new UsageError(
      shallow
        ? `${option}: unknown git revision '${rev}' in this shallow clone; fetch it first: git fetch --depth=1 origin ${rev}`
        : `${option}: unknown git revision '${rev}'; check the name, or fetch it: git fetch origin ${rev}`,
    );
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
