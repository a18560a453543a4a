// The example appliance, built with real Nix from the two-commit repository the other
// integration tests start from. Pins the closure's shape, so a change to the example is a
// deliberate one.
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApplianceRepo, createApplianceRepo, IMAGE_ATTR, TOPLEVEL_ATTR } from '../helpers/fixture-repo.js';

interface BuildResult {
  drvPath: string;
  outputs: Record<string, string>;
}

async function nix(args: string[], cwd?: string): Promise<string> {
  const { stdout } = await execa('nix', args, { cwd });
  return stdout;
}

/** `nix build --json --no-link` of one installable; its `out` path. */
async function build(installable: string[], cwd?: string): Promise<string> {
  const results = JSON.parse(await nix(['build', '--json', '--no-link', ...installable], cwd)) as BuildResult[];
  const out = results[0]?.outputs['out'];
  if (results.length !== 1 || out === undefined) throw new Error(`unexpected nix build --json output for ${installable.join(' ')}`);
  return out;
}

/** A store path's name, after `/nix/store/<hash>-`. */
const storePathName = (p: string): string => p.replace(/^\/nix\/store\/[0-9a-z]{32}-/, '');
/** Its package name as Nix's DrvName splits it: up to the first `-` followed by a non-letter. */
const packageName = (p: string): string => /^(.*?)(?:-[^A-Za-z].*)?$/.exec(storePathName(p))![1]!;

async function closure(storePath: string): Promise<string[]> {
  return (await nix(['path-info', '--recursive', storePath])).split('\n').filter(Boolean);
}

const BASE_CLOSURE = [
  'bash-5.2-p15',
  'coreutils-9.1',
  'etc',
  'glibc-2.37-8',
  'initrd-linux-6.1.55',
  'iproute2-6.1.0',
  'linux-6.1.55',
  'linux-6.1.55-modules',
  'nixos-system-appliance-1.0',
  'openssl-3.0.1',
  'openssl-3.0.1-bin',
  'system-path',
  'systemd-254.6',
  'util-linux-2.39-bin',
  'util-linux-2.39-lib',
];

const HEAD_CLOSURE = [
  ...BASE_CLOSURE.filter((name) => !name.startsWith('openssl-')),
  'e2fsprogs-1.47.0',
  'libffi-3.4.4',
  'openssl-3.0.2',
  'openssl-3.0.2-bin',
  'perl-5.38.2',
  'python3-3.11.4',
  'speech-dispatcher-0.11.5',
  'util-linux-minimal-2.39-lib',
  'xdg-utils-1.1.3',
].sort();

describe('the example appliance repository', () => {
  let repo: ApplianceRepo;
  let headToplevel: string;
  let baseToplevel: string;
  let headImage: string;

  beforeAll(async () => {
    repo = await createApplianceRepo();
    headToplevel = await build([`.#${TOPLEVEL_ATTR}`], repo.dir);
    headImage = await build([`.#${IMAGE_ATTR}`], repo.dir);
    baseToplevel = await build([`git+file://${repo.dir}?rev=${repo.baseRev}#${TOPLEVEL_ATTR}`]);
  });

  afterAll(async () => {
    if (repo) await rm(repo.dir, { recursive: true, force: true });
  });

  it('has the base on main and the pull request on pr, checked out', async () => {
    const { stdout: log } = await execa('git', ['log', '--format=%H %s', 'main..pr'], { cwd: repo.dir });
    expect(log.split('\n')).toEqual([`${repo.headRev} Turn on the graphical desktop, add e2fsprogs, update OpenSSL to 3.0.2`]);
    const { stdout: status } = await execa('git', ['status', '--porcelain'], { cwd: repo.dir });
    expect(status).toBe('');
  });

  it('names the toplevel like NixOS does', () => {
    expect(storePathName(headToplevel)).toBe('nixos-system-appliance-1.0');
    expect(storePathName(baseToplevel)).toBe('nixos-system-appliance-1.0');
    expect(headToplevel).not.toBe(baseToplevel);
  });

  it('adds python3 and perl to the closure at head, and neither is there at base', async () => {
    const head = await closure(headToplevel);
    const base = await closure(baseToplevel);
    expect(base.map(storePathName).sort()).toEqual(BASE_CLOSURE);
    expect(head.map(storePathName).sort()).toEqual(HEAD_CLOSURE);
    const packages = (paths: string[]) => paths.map(packageName);
    expect(packages(head)).toEqual(expect.arrayContaining(['python3', 'perl']));
    expect(packages(base)).not.toContain('python3');
    expect(packages(base)).not.toContain('perl');
  });

  it('has util-linux in one variant at base and beside util-linux-minimal at head', async () => {
    const packages = async (p: string) => new Set((await closure(p)).map(packageName));
    expect([...(await packages(baseToplevel))].filter((n) => n.startsWith('util-linux'))).toEqual(['util-linux']);
    expect([...(await packages(headToplevel))].filter((n) => n.startsWith('util-linux')).sort()).toEqual(['util-linux', 'util-linux-minimal']);
  });

  it('makes python3 heavy: the closure grows by more than 4 MiB', async () => {
    const closureSize = async (p: string) => Number((await nix(['path-info', '--closure-size', p])).trim().split(/\s+/)[1]);
    expect((await closureSize(headToplevel)) - (await closureSize(baseToplevel))).toBeGreaterThan(4 * 1024 ** 2);
  });

  it('builds a sparse image.raw holding the head closure', async () => {
    const image = await stat(path.join(headImage, 'image.raw'));
    expect(image.isFile()).toBe(true);
    expect(image.blocks * 512).toBeGreaterThan(0);
    expect(image.blocks * 512).toBeLessThan(image.size);
    // The file system's directory entries name every store path, so Nix's reference scan
    // makes the image refer to the whole closure.
    expect(await closure(headImage)).toContain(headToplevel);
  });

  it('gives the same toplevel through default.nix as through the flake', async () => {
    expect(await build(['-f', 'default.nix', 'toplevel'], repo.dir)).toBe(headToplevel);
  });
});
