// The example appliance (examples/appliance) as a git repository with a base commit and a
// pull-request commit on top, the way the action finds a repository in CI.
import { cp, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const APPLIANCE_DIR = fileURLToPath(new URL('../../examples/appliance/', import.meta.url));

/** configuration.nix as the demo pull request leaves it; the head commit copies it over configuration.nix. */
export const PR_CONFIG = path.join(APPLIANCE_DIR, 'pr', 'configuration.nix');

/** The copy of nix-community/nixpkgs.lib at the commit examples/appliance/flake.lock pins. */
export const NIXPKGS_LIB = fileURLToPath(new URL('../../../shared/data/nixpkgs.lib', import.meta.url));

/** The store path flake.lock's narHash names: what fetching github:nix-community/nixpkgs.lib gives. */
export const NIXPKGS_LIB_STORE_PATH = '/nix/store/spjcdg6wiyqlnq0nv3ljxyw0c4g0zp2r-source';

let nixpkgsLibAdded: Promise<void> | undefined;

/**
 * Puts the appliance's flake input in the store offline: `nix store add-path --name source`
 * of the copy makes the very path the locked github input is fetched to, so Nix finds it there
 * and fetches nothing (../shared/nix-notes.md). Idempotent; once per test file.
 */
export function addNixpkgsLib(): Promise<void> {
  nixpkgsLibAdded ??= (async () => {
    const { stdout } = await execa('nix', ['--extra-experimental-features', 'nix-command', 'store', 'add-path', '--name', 'source', NIXPKGS_LIB]);
    if (stdout.trim() !== NIXPKGS_LIB_STORE_PATH) {
      throw new Error(`nix store add-path of ${NIXPKGS_LIB} gave ${stdout.trim()}, not the ${NIXPKGS_LIB_STORE_PATH} flake.lock pins`);
    }
  })();
  return nixpkgsLibAdded;
}

/** The flake attribute of the system, and the image package. */
export const TOPLEVEL_ATTR = 'nixosConfigurations.appliance.config.system.build.toplevel';
export const IMAGE_ATTR = 'image';

export interface ApplianceRepo {
  /** The work tree, checked out at `headRev` on branch `pr`. */
  dir: string;
  /** Branch `main`: the appliance as examples/appliance has it. */
  baseRev: string;
  /**
   * Branch `pr`: services.graphical-desktop.enable turned on, which brings perl (through
   * xdg-utils) and python3 (through speech-dispatcher: services.speechd.enable, mkDefault in
   * nixos/modules/services/misc/graphical-desktop.nix); util-linux-minimal beside util-linux
   * (through e2fsprogs) added; OpenSSL 3.0.1 → 3.0.2 by an overlay.
   */
  headRev: string;
}

// Fixed identities and dates make the commits, and so baseRev and headRev, the same on every
// run. GIT_CONFIG_GLOBAL keeps the caller's ~/.gitconfig (signing, hooks, templates) out.
function gitEnv(date: string): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: 'Appliance Maintainer',
    GIT_AUTHOR_EMAIL: 'maintainer@appliance.example',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Appliance Maintainer',
    GIT_COMMITTER_EMAIL: 'maintainer@appliance.example',
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

async function git(dir: string, args: string[], date = '2024-01-01T12:00:00Z'): Promise<string> {
  const { stdout } = await execa('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env: gitEnv(date),
  });
  return stdout.trim();
}

/**
 * Copies examples/appliance (without pr/ and any `result` links) into `options.dir`, or a fresh
 * temporary directory, and makes it a git repository with two commits: the base on `main`, and
 * the head on `pr` with pr/configuration.nix as configuration.nix. Every file of the flake is
 * committed, as Nix only sees tracked files of a git flake. The flake's nixpkgs input is put in
 * the store first (addNixpkgsLib).
 */
export async function createApplianceRepo(options: { dir?: string } = {}): Promise<ApplianceRepo> {
  await addNixpkgsLib();
  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), 'nix-size-guard-appliance-')));
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`createApplianceRepo: ${dir} is not empty`);

  await cp(APPLIANCE_DIR, dir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(APPLIANCE_DIR, source);
      const top = relative.split(path.sep)[0] ?? '';
      return top !== 'pr' && !top.startsWith('result');
    },
  });

  await git(dir, ['init', '--quiet', '--initial-branch=main']);
  await git(dir, ['add', '--all']);
  await git(dir, ['commit', '--quiet', '--message', 'appliance 1.0']);
  const baseRev = await git(dir, ['rev-parse', 'HEAD']);

  await git(dir, ['checkout', '--quiet', '-b', 'pr']);
  await cp(PR_CONFIG, path.join(dir, 'configuration.nix'));
  await git(dir, ['add', '--all']);
  await git(
    dir,
    ['commit', '--quiet', '--message', 'Turn on the graphical desktop, add e2fsprogs, update OpenSSL to 3.0.2'],
    '2024-01-02T12:00:00Z',
  );
  const headRev = await git(dir, ['rev-parse', 'HEAD']);

  return { dir, baseRev, headRev };
}
