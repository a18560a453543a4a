// The CLI end to end on the example appliance: a real git repository, real Nix builds, and
// every number held against what Nix itself prints.
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, TargetReport } from '../../src/core/types.js';
import { chainsOf } from '../../src/core/chains.js';
import { ROOT } from '../helpers/action-runner.js';
import { assertReportFileValid } from '../helpers/report-schema.js';
import { htmlTables, renderGfm } from '../helpers/gfm.js';
import { IMAGE_ATTR, TOPLEVEL_ATTR, createApplianceRepo, type ApplianceRepo } from '../helpers/fixture-repo.js';
import {
  nixBuild,
  nixClosureSize,
  diffClosuresKiB,
  nixDiffClosures,
  nixRequisites,
  nixStoreObjects,
  nixWhyDepends,
} from '../helpers/nix-facts.js';

const CLI = path.join(ROOT, 'dist/cli.js');

async function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = await execa(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: '1', ...options.env },
    extendEnv: options.env?.PATH === undefined,
    reject: false,
    stdin: 'ignore',
  });
  // Every report the CLI writes fits the published schema.
  const json = args.indexOf('--json');
  if (json >= 0) assertReportFileValid(path.resolve(options.cwd ?? ROOT, args[json + 1] ?? ''));
  return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const name = (p: string) => p.replace(/^\/nix\/store\/[^-]+-/, '');

/** narSize of every path of the closure of `root`, as `nix path-info --json` gives it. */
function narSizes(root: string): Map<string, number> {
  return new Map(nixStoreObjects(root).map((e) => [e.path, e.narSize]));
}

/** `nix-store -qR HEAD` minus `nix-store -qR BASE`: what a device on the base downloads. */
function addedByNix(target: TargetReport): string[] {
  const base = new Set(nixRequisites(target.base.root));
  return nixRequisites(target.head.root).filter((p) => !base.has(p));
}

/**
 * The growth Nix itself gives for `target`: each path `nix-store -qR` adds, under the first
 * package on its `nix why-depends` chain that the base lacks, package names split as Nix's
 * DrvName splits them (the version starts at the first `-` followed by a non-letter).
 */
function growthByWhyDepends(target: TargetReport): Map<string, { addedSize: number; addedPaths: number }> {
  const pname = (p: string) => /^(.*?)(?:-[^A-Za-z].*)?$/.exec(name(p))![1]!;
  const baseNames = new Set(nixRequisites(target.base.root).map(pname));
  const sizes = narSizes(target.head.root);
  const expected = new Map<string, { addedSize: number; addedPaths: number }>();
  for (const added of addedByNix(target)) {
    const via = nixWhyDepends(target.head.root, added).find((p, i) => i > 0 && !baseNames.has(pname(p)));
    if (via === undefined) continue;
    const group = expected.get(via) ?? { addedSize: 0, addedPaths: 0 };
    group.addedSize += sizes.get(added)!;
    group.addedPaths += 1;
    expected.set(via, group);
  }
  return expected;
}

/** The zstd command's size of each NAR `nix-store --dump` writes of `paths`, summed. */
function zstdOfNars(paths: string[]): number {
  return paths.reduce((sum, p) => sum + Number(execFileSync('sh', ['-c', `nix-store --dump ${p} | zstd -3 --no-check -c | wc -c`], { encoding: 'utf8' }).trim()), 0);
}

/** The CLI's default --heavy-threshold (README: `heavy-threshold` `1MiB`). */
const HEAVY_THRESHOLD = 1024 * 1024;

/**
 * A toplevel's report held against what Nix says of its two roots: the totals (nix path-info -S,
 * nix-store -qR), the added and removed paths with their narSize, the packages and versions of
 * nix store diff-closures, the heavy paths among the added, the paths `grep -E perl` finds (when
 * perl is forbidden), the update's NAR size.
 */
function expectAsNixSays(target: TargetReport, base: string, head: string, forbid: string | null): void {
  for (const [side, root] of [['base', base], ['head', head]] as const) {
    expect(target[side].root, side).toBe(root);
    expect(target[side].closureSize, side).toBe(nixClosureSize(root));
    expect(target[side].pathCount, side).toBe(nixRequisites(root).length);
  }
  const sizes = new Map([...narSizes(base), ...narSizes(head)]);
  const only = (a: string, b: string) => {
    const other = new Set(nixRequisites(b));
    return nixRequisites(a).filter((p) => !other.has(p)).sort().map((p) => ({ path: p, narSize: sizes.get(p)! }));
  };
  const byPath = <T extends { path: string }>(xs: T[]) => [...xs].sort((x, y) => (x.path < y.path ? -1 : 1));
  const added = only(head, base);
  expect(byPath(target.added)).toEqual(added);
  expect(byPath(target.removed)).toEqual(only(base, head));
  expect(byPath(target.heavy).map(({ path: p, narSize }) => ({ path: p, narSize }))).toEqual(added.filter((p) => p.narSize >= HEAVY_THRESHOLD));
  expect(target.update.narSize).toBe(added.reduce((sum, p) => sum + p.narSize, 0));
  const nix = nixDiffClosures(base, head);
  expect(target.packages.map((p) => p.name)).toEqual(nix.map((l) => l.name));
  for (const line of nix) {
    const ours = target.packages.find((p) => p.name === line.name)!;
    expect(ours.baseVersions.filter((v) => !ours.headVersions.includes(v)).sort(), line.name).toEqual([...line.removed].sort());
    expect(ours.headVersions.filter((v) => !ours.baseVersions.includes(v)).sort(), line.name).toEqual([...line.added].sort());
  }
  if (forbid !== null) {
    const found = execFileSync('grep', ['-E', forbid], { input: `${nixRequisites(head).join('\n')}\n`, encoding: 'utf8' }).trim().split('\n');
    const inBase = new Set(nixRequisites(base));
    expect(byPath(target.forbidden).map((f) => ({ path: f.path, new: f.new }))).toEqual(found.sort().map((p) => ({ path: p, new: !inBase.has(p) })));
  }
}

let repo: ApplianceRepo;
let out: string;
let report: Report;
let toplevel: TargetReport;
let image: TargetReport;
let run: Awaited<ReturnType<typeof cli>>;
const roots = { base: { toplevel: '', image: '' }, head: { toplevel: '', image: '' } };

beforeAll(async () => {
  repo = await createApplianceRepo();
  out = await mkdtemp(path.join(tmpdir(), 'nsg-cli-'));
  run = await cli(
    [
      'run', '--base', 'main', '--head', 'pr',
      '--target', `toplevel=.#${TOPLEVEL_ATTR}`,
      '--target', `image=.#${IMAGE_ATTR}`,
      '--forbid', 'perl',
      '--json', path.join(out, 'report.json'),
      '--markdown', path.join(out, 'report.md'),
      '--csv', path.join(out, 'paths.csv'),
    ],
    { cwd: repo.dir },
  );
  report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
  toplevel = report.targets.find((t) => t.name === 'toplevel')!;
  image = report.targets.find((t) => t.name === 'image')!;
  for (const side of ['base', 'head'] as const) {
    const rev = side === 'base' ? repo.baseRev : repo.headRev;
    roots[side].toplevel = nixBuild(`git+file://${repo.dir}?rev=${rev}#${TOPLEVEL_ATTR}`);
    roots[side].image = nixBuild(`git+file://${repo.dir}?rev=${rev}#${IMAGE_ATTR}`);
  }
});

describe('nix-size-guard run on the example appliance', () => {
  it('exits 1 because perl is forbidden, and says so on stdout', () => {
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.exitCode).toBe(1);
    // One rule, forbid perl: its path is in toplevel and in the image that holds it, told once.
    expect(run.stdout.split('\n')[0]).toMatch(/nix-size-guard: 1 rule broken/);
    expect(run.stdout).toContain('perl-5.38.2');
  });

  it('builds exactly what nix builds at each commit', () => {
    expect(toplevel.base.root).toBe(roots.base.toplevel);
    expect(toplevel.head.root).toBe(roots.head.toplevel);
    expect(image.head.root).toBe(roots.head.image);
  });

  it('totals equal nix path-info -S and nix-store -qR to the byte', () => {
    for (const side of [toplevel.base, toplevel.head]) {
      expect(side.closureSize).toBe(nixClosureSize(side.root));
      expect(side.pathCount).toBe(nixRequisites(side.root).length);
    }
    expect(toplevel.closureSizeDelta).toBe(nixClosureSize(roots.head.toplevel) - nixClosureSize(roots.base.toplevel));
  });

  it('added and removed paths are the difference of the two requisite sets', () => {
    const base = new Set(nixRequisites(toplevel.base.root));
    const head = new Set(nixRequisites(toplevel.head.root));
    expect(toplevel.added.map((p) => p.path).sort()).toEqual([...head].filter((p) => !base.has(p)).sort());
    expect(toplevel.removed.map((p) => p.path).sort()).toEqual([...base].filter((p) => !head.has(p)).sort());
  });

  it('lists the same packages and versions as nix store diff-closures', () => {
    const nix = nixDiffClosures(toplevel.base.root, toplevel.head.root);
    expect(toplevel.packages.map((p) => p.name)).toEqual(nix.map((l) => l.name));
    for (const line of nix) {
      const ours = toplevel.packages.find((p) => p.name === line.name)!;
      // Nix shows the versions only before and only after, each set sorted by bytes.
      const only = (a: string[], b: string[]) => a.filter((v) => !b.includes(v)).sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
      expect(only(ours.baseVersions, ours.headVersions), line.name).toEqual(line.removed);
      expect(only(ours.headVersions, ours.baseVersions), line.name).toEqual(line.added);
      // Nix prints a delta from 8 KiB on; ours, formatted as Nix formats it, is that figure.
      if (line.sizeDelta === null) expect(Math.abs(ours.sizeDelta), line.name).toBeLessThan(8 * 1024);
      else expect(diffClosuresKiB(ours.sizeDelta), line.name).toBe(line.sizeDelta);
    }
    expect(nix.filter((l) => l.sizeDelta !== null).length).toBeGreaterThan(3);
    expect(toplevel.packages.find((p) => p.name === 'openssl')).toMatchObject({ baseVersions: ['3.0.1'], headVersions: ['3.0.2'] });
  });

  it("prints each package's version change in the text report and the comment as nix store diff-closures prints it", async () => {
    // Nix's own lines, less colours and the size (Nix prints KiB, ours the unit that reads best).
    const nixLines = execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'store', 'diff-closures', toplevel.base.root, toplevel.head.root], { encoding: 'utf8' })
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => line.includes(' → '))
      .map((line) => line.replace(/, [+-]\d+\.\d KiB$/, ''));
    expect(nixLines.length).toBeGreaterThan(3);
    // Ours: the package lines under the target, `    name: old → new, ±size` (four spaces in).
    const ours = run.stdout
      .split('\n')
      .filter((line) => /^ {4}[^ :]+: .* → .*, [+±-]/.test(line))
      .map((line) => line.trim().replace(/, [+±-][\d.]+ (?:B|KiB|MiB|GiB)$/, ''));
    expect(ours).toEqual(nixLines);
    // The comment's package table, rendered by a GFM renderer: a row per line, the same versions.
    const markdown = await readFile(path.join(out, 'report.md'), 'utf8');
    const rows = new Map(htmlTables(renderGfm(markdown).html).flat().map((cells) => [cells[0], cells]));
    for (const line of nixLines) {
      const [pname, versions] = line.split(': ') as [string, string];
      expect(rows.get(pname)?.[1], pname).toBe(versions);
    }
  });

  it('names the python3 chain as nix why-depends does, and attributes the growth to it', () => {
    const python = toplevel.heavy.find((h) => name(h.path) === 'python3-3.11.4')!;
    expect(python).toBeDefined();
    expect(chainsOf(toplevel).chain(python.path)).toEqual(nixWhyDepends(toplevel.head.root, python.path));
    expect(chainsOf(toplevel).chain(python.path).map(name)).toEqual(['nixos-system-appliance-1.0', 'system-path', 'speech-dispatcher-0.11.5', 'python3-3.11.4']);
    // speech-dispatcher is new too: the growth is its, with python3 and libffi under it.
    const speechd = chainsOf(toplevel).chain(python.path)[2]!;
    const growth = toplevel.growth.find((g) => g.via === speechd)!;
    // Its size: the three NARs as nix path-info --json gives them.
    const sizes = narSizes(toplevel.head.root);
    const libffi = addedByNix(toplevel).find((p) => name(p) === 'libffi-3.4.4')!;
    expect(growth.addedSize).toBe(sizes.get(speechd)! + sizes.get(python.path)! + sizes.get(libffi)!);
  });

  it('counts every added path under the first package on its why-depends chain that the base lacks', () => {
    const expected = growthByWhyDepends(toplevel);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Map(toplevel.growth.map((g) => [g.via, { addedSize: g.addedSize, addedPaths: g.addedPaths }]))).toEqual(expected);
    for (const g of toplevel.growth) expect(chainsOf(toplevel).chain(g.via)).toEqual(nixWhyDepends(toplevel.head.root, g.via));
  });

  it('reports the new perl path as forbidden, with the why-depends chain', () => {
    expect(toplevel.forbidden).toHaveLength(1);
    const perl = toplevel.forbidden[0]!;
    expect(name(perl.path)).toBe('perl-5.38.2');
    expect(perl).toMatchObject({ pattern: 'perl', new: true });
    expect(chainsOf(toplevel).chain(perl.path)).toEqual(nixWhyDepends(toplevel.head.root, perl.path));
    expect(chainsOf(toplevel).chain(perl.path).map(name)).toEqual(['nixos-system-appliance-1.0', 'system-path', 'xdg-utils-1.1.3', 'perl-5.38.2']);
    expect(toplevel.ok).toBe(false);
    expect(report.ok).toBe(false);
  });

  it('measures image.raw: apparent, allocated (sparse) and zstd-compressed size', async () => {
    expect(toplevel.head.image).toBeNull();
    const file = path.join(roots.head.image, 'image.raw');
    const info = await stat(file);
    expect(image.head.image).toMatchObject({ file, apparentSize: info.size, allocatedSize: info.blocks * 512 });
    expect(image.head.image!.allocatedSize).toBeLessThan(image.head.image!.apparentSize);
    // The zstd CLI at the same level writes the same frames, less its checksum and header flags.
    const zstd = execFileSync('sh', ['-c', `zstd -3 --no-check -c ${file} | wc -c`], { encoding: 'utf8' });
    expect(Math.abs(image.head.image!.compressedSize - Number(zstd.trim()))).toBeLessThan(Number(zstd.trim()) * 0.02);
  });

  it('finds util-linux beside util-linux-minimal, new in this change, with the why-depends chain to each path', () => {
    expect(toplevel.duplicates.map((d) => [d.name, d.new])).toEqual([['util-linux', true]]);
    const [utilLinux] = toplevel.duplicates;
    expect(utilLinux!.paths.map((p) => name(p.path))).toEqual(['util-linux-2.39-bin', 'util-linux-2.39-lib', 'util-linux-minimal-2.39-lib']);
    const sizes = narSizes(toplevel.head.root);
    for (const p of utilLinux!.paths) {
      expect(p.narSize, name(p.path)).toBe(sizes.get(p.path));
      expect(chainsOf(toplevel).chain(p.path), name(p.path)).toEqual(nixWhyDepends(toplevel.head.root, p.path));
    }
    expect(chainsOf(toplevel).chain(utilLinux!.paths.at(-1)!.path).map(name)).toEqual(['nixos-system-appliance-1.0', 'system-path', 'e2fsprogs-1.47.0', 'util-linux-minimal-2.39-lib']);
    const size = utilLinux!.paths.reduce((sum, p) => sum + sizes.get(p.path)!, 0);
    expect(utilLinux!.size).toBe(size);
    // The image holds the same system, so the same duplicate (the comment names it once, under toplevel).
    expect(image.duplicates.map((d) => [d.name, d.new, d.size])).toEqual([['util-linux', true, size]]);
  });

  it('counts the update download as the NAR size of the paths in head and not in base', () => {
    const sizes = narSizes(toplevel.head.root);
    const added = addedByNix(toplevel);
    expect(added.length).toBeGreaterThan(0);
    expect(toplevel.update.narSize).toBe(added.reduce((sum, p) => sum + sizes.get(p)!, 0));
  });

  it('measures the update download compressed as the zstd command compresses each NAR', () => {
    for (const target of [toplevel]) {
      const zstd = addedByNix(target).reduce(
        (sum, p) => sum + Number(execFileSync('sh', ['-c', `nix-store --dump ${p} | zstd -3 --no-check -c | wc -c`], { encoding: 'utf8' }).trim()),
        0,
      );
      // Same level, no checksum, the NAR streamed: byte for byte the same frames as long as
      // Node's bundled libzstd and the zstd command's are the same release; another release
      // may find other matches, which moves a size by a fraction of a percent, not more.
      expect(Math.abs(target.update.compressedSize! - zstd), target.name).toBeLessThan(zstd * 0.01);
    }
    // The text report's line: the NAR size of what nix-store -qR adds, and how many paths that is.
    const added = addedByNix(toplevel);
    const sizes = narSizes(toplevel.head.root);
    const nar = (added.reduce((sum, p) => sum + sizes.get(p)!, 0) / 2 ** 20).toFixed(1);
    expect(run.stdout).toMatch(new RegExp(`^ {2}update {3}${nar.replace('.', '\\.')} MiB NAR, \\d+\\.\\d MiB zstd to download \\(${added.length} new paths\\)$`, 'm'));
  });

  it('writes a CSV row for every path of every closure', async () => {
    const csv = (await readFile(path.join(out, 'paths.csv'), 'utf8')).trim().split(/\r?\n/);
    expect(csv[0]).toBe('target,path,name,version,narSize,inBase,inHead');
    const expected = new Set([...nixRequisites(toplevel.base.root), ...nixRequisites(toplevel.head.root)]);
    const rows = csv.slice(1).filter((r) => r.startsWith('toplevel,'));
    expect(rows).toHaveLength(expected.size);
    const python = rows.find((r) => r.includes('-python3-3.11.4,'))!;
    const pythonPath = python.split(',')[1]!;
    expect(nixRequisites(toplevel.head.root)).toContain(pythonPath);
    expect(python.split(',').slice(2)).toEqual(['python3', '3.11.4', String(narSizes(toplevel.head.root).get(pythonPath)), 'false', 'true']);
  });

  it('writes a Markdown report whose first lines carry the verdict', async () => {
    const markdown = await readFile(path.join(out, 'report.md'), 'utf8');
    const top = markdown.split('\n').slice(0, 3).join('\n');
    expect(top).toMatch(/❌ nix-size-guard: 1 rule broken/);
    expect(top).toMatch(/toplevel \+/);
    expect(markdown).toContain('system-path → xdg-utils-1.1.3 → perl-5.38.2');
    // The duplicate this change brings in is flagged under the headline, before the table.
    // The image holds toplevel's system: its duplicate is toplevel's, named once.
    expect(markdown.split('\n').slice(0, 5)).toContain('⚠️ **New duplicate packages**: util-linux (util-linux-2.39, util-linux-minimal-2.39) in toplevel');
    expect(markdown).toContain('<details><summary>Packages in more than one version or variant (1, 1 new)');
  });
});

describe('the image target, analysed as the image of the system inside it', () => {
  /** The image's own output: `nix path-info --json` of the root alone. */
  const ownNarSize = (root: string): number => nixStoreObjects(root).find((e) => e.path === root)!.narSize;

  it('holds a closure Nix itself says is its whole closure, each path referenced by the image directly', () => {
    // What makes it an image of store paths: Nix found every copied path's hash in the file.
    for (const root of [image.base.root, image.head.root]) {
      const references = new Set(execFileSync('nix-store', ['-q', '--references', root], { encoding: 'utf8' }).trim().split('\n'));
      expect(nixRequisites(root).filter((p) => p !== root && !references.has(p))).toEqual([]);
    }
  });

  it('counts the store paths inside it: nix path-info -S of the image less its own NAR, which is toplevel\'s closure', () => {
    for (const side of ['base', 'head'] as const) {
      const summary = image[side];
      expect(summary.closureSize, side).toBe(nixClosureSize(summary.root) - ownNarSize(summary.root));
      expect(summary.closureSize, side).toBe(nixClosureSize(toplevel[side].root));
      expect(summary.pathCount, side).toBe(nixRequisites(summary.root).length - 1);
      expect(summary.pathCount, side).toBe(nixRequisites(toplevel[side].root).length);
    }
    expect(image.closureSizeDelta).toBe(nixClosureSize(toplevel.head.root) - nixClosureSize(toplevel.base.root));
  });

  it('runs every chain through the system: image, then the why-depends chain from the toplevel', () => {
    const perl = image.forbidden.find((f) => name(f.path) === 'perl-5.38.2')!;
    expect(perl).toBeDefined();
    // Asked of the image itself, Nix's why-depends takes the shortcut the file's references give.
    expect(nixWhyDepends(image.head.root, perl.path)).toEqual([image.head.root, perl.path]);
    expect(chainsOf(image).chain(perl.path)).toEqual([image.head.root, ...nixWhyDepends(toplevel.head.root, perl.path)]);
    expect(chainsOf(image).chain(perl.path).map(name)).toEqual(['appliance-image-1.0', 'nixos-system-appliance-1.0', 'system-path', 'xdg-utils-1.1.3', 'perl-5.38.2']);
    for (const h of image.heavy) expect(chainsOf(image).chain(h.path), name(h.path)).toEqual([image.head.root, ...nixWhyDepends(toplevel.head.root, h.path)]);
  });

  it('attributes growth to the first new package on the chain from the toplevel, and never to the image itself', () => {
    const expected = growthByWhyDepends(toplevel);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Map(image.growth.map((g) => [g.via, { addedSize: g.addedSize, addedPaths: g.addedPaths }]))).toEqual(expected);
  });

  it('leaves its own output out of the added, heavy, package and forbidden lists', () => {
    const own = [image.base.root, image.head.root];
    expect(ownNarSize(image.head.root)).toBeGreaterThan(1024 * 1024); // it would be a heavy path
    for (const list of [image.added, image.removed, image.heavy, image.forbidden]) expect(list.map((p) => p.path).filter((p) => own.includes(p))).toEqual([]);
    expect(image.packages.map((p) => p.name)).not.toContain('appliance-image');
    // The rest is what Nix says differs between the two systems inside.
    const base = new Set(nixRequisites(toplevel.base.root));
    expect(image.added.map((p) => p.path).sort()).toEqual(nixRequisites(toplevel.head.root).filter((p) => !base.has(p)).sort());
    expect(image.packages.map((p) => p.name)).toEqual(nixDiffClosures(toplevel.base.root, toplevel.head.root).map((l) => l.name));
  });

  it('says what each update downloads: the store paths new inside it, and for A/B the whole image compressed', () => {
    const added = nixRequisites(image.head.root).filter((p) => p !== image.head.root && !new Set(nixRequisites(image.base.root)).has(p));
    const sizes = narSizes(image.head.root);
    expect(image.update.narSize).toBe(added.reduce((sum, p) => sum + sizes.get(p)!, 0));
    const zstdOf = (command: string) => Number(execFileSync('sh', ['-c', command], { encoding: 'utf8' }).trim());
    const nars = added.reduce((sum, p) => sum + zstdOf(`nix-store --dump ${p} | zstd -3 --no-check -c | wc -c`), 0);
    expect(Math.abs(image.update.compressedSize! - nars)).toBeLessThan(nars * 0.01);
    const whole = zstdOf(`zstd -3 --no-check -c ${path.join(image.head.root, 'image.raw')} | wc -c`);
    expect(Math.abs(image.update.image!.compressedSize - whole)).toBeLessThan(whole * 0.02);
  });

  it('names toplevel as its system, with no store path only the image has', () => {
    expect(image.contents).toEqual({ system: 'toplevel', extra: [] });
    expect(toplevel.contents).toBeUndefined();
  });

  it('tells the system\'s story once in the comment: the image adds its file and its updates', async () => {
    const markdown = await readFile(path.join(out, 'report.md'), 'utf8');
    const headlineLine = markdown.split('\n')[0]!;
    expect(headlineLine).toMatch(/image: image\.raw \+[\d.]+ MiB \(\+[\d.]+%\)$/);
    const section = markdown.slice(markdown.indexOf('#### ❌ image'));
    expect(section).toContain('**Image** image.raw');
    const inside = nixRequisites(toplevel.head.root).length;
    expect(section).toMatch(new RegExp(`Inside: ${inside} store paths, [\\d.]+ MiB: the closure of toplevel \\(appliance-image-1\\.0 → nixos-system-appliance-1\\.0\\), whose chains, growth and forbidden paths are told there\\.`));
    expect(section).toMatch(new RegExp(`Update: an A/B update that writes the whole image downloads [\\d.]+ MiB \\(zstd -3\\); a store update \\(${addedByNix(toplevel).length} new paths\\)`));
    for (const told of ['**Forbidden paths**', '**New packages and what they bring in**', '**New heavy paths**', 'Package changes', '```mermaid']) expect(section).not.toContain(told);
    // The perl chain is printed once, under toplevel.
    expect(markdown.split('system-path → xdg-utils-1.1.3 → perl-5.38.2').length - 1).toBe(2); // forbidden row and heavy row
  });
});

describe('exit codes', () => {
  it('exits 0 when every rule holds', async () => {
    const result = await cli(['run', '--base', 'main', '--head', 'pr', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--max-closure-increase', '10MiB'], { cwd: repo.dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/within budget/);
  });

  it('exits 1 when a budget breaks', async () => {
    const result = await cli(['run', '--base', 'main', '--head', 'pr', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--max-closure-increase', '1MiB'], { cwd: repo.dir });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/max-closure-increase/);
  });

  it('exits 1 when the update download breaks its budget', async () => {
    const json = path.join(out, 'update-budget.json');
    const result = await cli(['run', '--base', 'main', '--head', 'pr', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--max-update-size', '1MiB', '--max-update-size', 'compressed:1GiB', '--json', json], { cwd: repo.dir });
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.exitCode).toBe(1);
    expect(result.stdout.split('\n')[0]).toMatch(/nix-size-guard: 1 rule broken/);
    expect(result.stdout).toMatch(/✗ max-update-size: \d+\.\d MiB \(limit 1\.0 MiB\)/);
    const target = (JSON.parse(await readFile(json, 'utf8')) as Report).targets[0]!;
    // The actuals: the NAR size of what nix-store -qR adds, and the zstd command's size of those NARs.
    const added = addedByNix(target);
    const sizes = narSizes(target.head.root);
    const zstd = zstdOfNars(added);
    expect(target.budgets).toEqual([
      { name: 'max-update-size', kind: 'size', limit: 1024 ** 2, actual: added.reduce((sum, p) => sum + sizes.get(p)!, 0), unit: 'bytes', ok: false },
      { name: 'max-update-size (compressed)', kind: 'size', limit: 1024 ** 3, actual: expect.any(Number), unit: 'bytes', ok: true },
    ]);
    // Same level, no checksum: within a fraction of a percent when Node's libzstd is another release.
    expect(Math.abs(target.budgets[1]!.actual - zstd)).toBeLessThan(zstd * 0.01);
  });

  it('builds classic -f FILE -A ATTR targets at a commit to the same store paths as the flake', async () => {
    const json = path.join(out, 'classic.json');
    const result = await cli(['run', '--base', 'main', '--head', 'pr', '--target', 'toplevel=-f default.nix -A toplevel', '--json', json], { cwd: repo.dir });
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.exitCode).toBe(0);
    const classic = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(classic.targets[0]!.base.root).toBe(roots.base.toplevel);
    expect(classic.targets[0]!.head.root).toBe(roots.head.toplevel);
  });

  it('builds the working tree when --head is left out, without touching it', async () => {
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: repo.dir, encoding: 'utf8' });
    const result = await cli(['run', '--base', 'main', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--json', path.join(out, 'wt.json')], { cwd: repo.dir });
    expect(result.exitCode).toBe(0);
    const wt = JSON.parse(await readFile(path.join(out, 'wt.json'), 'utf8')) as Report;
    expect(wt.targets[0]!.head.root).toBe(roots.head.toplevel);
    expect(wt.head.label).toBe('working tree');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo.dir, encoding: 'utf8' })).toBe(status);
  });
});

describe('compare', () => {
  it('compares result links: what Nix says of the two toplevels', async () => {
    const link = path.join(out, 'result-base');
    await symlink(roots.base.toplevel, link);
    const json = path.join(out, 'compare.json');
    const result = await cli(['compare', link, roots.head.toplevel, '--forbid', 'perl', '--json', json]);
    expect(result.exitCode).toBe(1);
    const compared = (JSON.parse(await readFile(json, 'utf8')) as Report).targets[0]!;
    expect(compared.name).toBe('nixos-system-appliance');
    for (const side of ['base', 'head'] as const) expect(compared[side], side).toMatchObject({ source: 'given', image: null });
    expectAsNixSays(compared, roots.base.toplevel, roots.head.toplevel, 'perl');
    expect(new Map(compared.growth.map((g) => [g.via, { addedSize: g.addedSize, addedPaths: g.addedPaths }]))).toEqual(growthByWhyDepends(compared));
    for (const g of compared.growth) expect(chainsOf(compared).chain(g.via)).toEqual(nixWhyDepends(roots.head.toplevel, g.via));
    // compare has no configuration to read options from: no causes.
    expect([...compared.heavy, ...compared.growth].filter((e) => e.cause !== undefined)).toEqual([]);
    expect(Math.abs(compared.update.compressedSize! - zstdOfNars(addedByNix(compared)))).toBeLessThan(zstdOfNars(addedByNix(compared)) * 0.01);
  });

  // The closure this Nix printed, in each shape: Nix 2.8 prints the array, 2.19+ the same facts
  // keyed by path, and 2.33+ with --json-format 2 base names under a {version, storeDir, info} wrapper.
  const shapes: Record<string, (entries: { path: string; narSize: number; references: string[] }[]) => unknown> = {
    'array (Nix ≤ 2.18, Lix)': (entries) => entries,
    'keyed by path (Nix 2.19–2.32)': (entries) => Object.fromEntries(entries.map(({ path: p, ...rest }) => [p, rest])),
    'Store Object Info v2 (Nix ≥ 2.33 --json-format 2)': (entries) => ({
      version: 2,
      storeDir: '/nix/store',
      info: Object.fromEntries(entries.map(({ path: p, ...rest }) => [
        path.basename(p),
        { ...rest, version: 2, storeDir: '/nix/store', references: rest.references.map((r) => path.basename(r)) },
      ])),
    }),
  };
  it.each(Object.keys(shapes))('compares path-info JSON files: %s', async (shape) => {
    const files: string[] = [];
    for (const side of ['base', 'head'] as const) {
      const entries = nixStoreObjects(roots[side].toplevel);
      const file = path.join(out, `${side}-${files.length}-${shape.length}.json`);
      await writeFile(file, JSON.stringify(shapes[shape]!(entries)));
      files.push(file);
    }
    const json = path.join(out, `shape-${shape.length}.json`);
    const result = await cli(['compare', files[0]!, files[1]!, '--json', json]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const compared = (JSON.parse(await readFile(json, 'utf8')) as Report).targets[0]!;
    expectAsNixSays(compared, roots.base.toplevel, roots.head.toplevel, null);
  });
});

describe('bad input: one line on stderr, exit 2, nothing written', () => {
  async function expectUsageError(args: string[], message: RegExp, options: { cwd?: string; env?: Record<string, string> } = {}) {
    const json = path.join(out, `never-${Math.random().toString(36).slice(2)}.json`);
    const result = await cli([...args, '--json', json], options);
    expect(result.exitCode).toBe(2);
    // Progress lines may come first (what is being built); the error is the last thing said.
    const error = result.stderr.slice(result.stderr.lastIndexOf('nix-size-guard: '));
    expect(error).toMatch(message);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.stdout).toBe('');
    expect(existsSync(json)).toBe(false);
    return { error, stderr: result.stderr };
  }

  /** How often `text` occurs in `within`. */
  const count = (within: string, text: string) => within.split(text).length - 1;

  it('a path that does not exist', async () => {
    const { error: stderr } = await expectUsageError(['compare', '/nope/result', roots.head.toplevel], /^nix-size-guard: BASE: '\/nope\/result' does not exist; give a store path/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a path that is not a store path', async () => {
    await expectUsageError(['compare', roots.base.toplevel, out], /HEAD: '.*' is not in the Nix store; give a store path/);
  });

  it('a malformed JSON file', async () => {
    const file = path.join(out, 'broken.json');
    await writeFile(file, '[{"path": ');
    await expectUsageError(['compare', file, roots.head.toplevel], /BASE: '.*broken\.json' is not valid JSON/);
  });

  it('a JSON file that is not path-info output', async () => {
    await expectUsageError(['compare', path.join(ROOT, 'package.json'), roots.head.toplevel], /BASE: '.*package\.json': the entry for name is not an object; expected the output of 'nix path-info --json --recursive PATH'/);
  });

  it('an invalid regex', async () => {
    await expectUsageError(['compare', roots.base.toplevel, roots.head.toplevel, '--forbid', 'perl('], /^nix-size-guard: forbid: 'perl\(' is not a grep -E pattern this guard can check as NixOS does: a '\(' is never closed; close it with '\)' or write \\\( for a literal \($/);
  });

  it('a bad size string', async () => {
    await expectUsageError(['compare', roots.base.toplevel, roots.head.toplevel, '--max-closure-increase', '5 MB'], /^nix-size-guard: max-closure-increase: '5 MB' is not a size increase in binary units \(MB is ambiguous\); write e\.g\. \+20MiB, 1\.5GiB or 2%\s*$/);
  });

  it('nix missing', async () => {
    const bin = await mkdtemp(path.join(tmpdir(), 'nsg-nonix-'));
    await symlink(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), path.join(bin, 'git'));
    await expectUsageError(['compare', roots.base.toplevel, roots.head.toplevel], /^nix-size-guard: nix is not installed or not on PATH; install Nix/, { env: { PATH: bin } });
  });

  it('a nix too old for the nix command', async () => {
    const bin = await mkdtemp(path.join(tmpdir(), 'nsg-oldnix-'));
    await writeFile(path.join(bin, 'nix'), '#!/bin/sh\necho "nix (Nix) 2.3.16"\n', { mode: 0o755 });
    await expectUsageError(['compare', roots.base.toplevel, roots.head.toplevel], /^nix-size-guard: nix \(Nix\) 2\.3\.16 is too old; nix-size-guard needs Nix 2\.4 or newer/, { env: { PATH: `${bin}:${process.env.PATH}` } });
  });

  it('an unknown git revision, with what to fetch in a shallow clone', async () => {
    const shallow = await mkdtemp(path.join(tmpdir(), 'nsg-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'pr', `file://${repo.dir}`, shallow]);
    await expectUsageError(['run', '--base', 'main', '--target', `toplevel=.#${TOPLEVEL_ATTR}`], /^nix-size-guard: --base: unknown git revision 'main' in this shallow clone; check the name, or fetch it first: git fetch --depth=1 origin main/, { cwd: shallow });
    await expectUsageError(['run', '--base', 'no-such-branch', '--target', `toplevel=.#${TOPLEVEL_ATTR}`], /--base: unknown git revision 'no-such-branch'; check the name/, { cwd: repo.dir });
  });

  describe('an unknown git revision: the fetch the line gives works, run by git itself', () => {
    const run = (base: string) => ['run', '--base', base, '--target', `toplevel=.#${TOPLEVEL_ATTR}`];
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
    /** A full clone of the fixture holding only its pr branch: origin/main is not here yet. */
    async function prOnly(): Promise<string> {
      const dir = await mkdtemp(path.join(tmpdir(), 'nsg-pronly-'));
      execFileSync('git', ['clone', '-q', '--single-branch', '--branch', 'pr', `file://${repo.dir}`, dir]);
      return dir;
    }
    /** Runs the `git fetch …` a line ends with (after 'fetch it: ' and up to a comma), as a user would. */
    function runHint(error: string, cwd: string): void {
      const command = /fetch it(?: first)?: (git fetch [^,\n]+)/.exec(error)?.[1];
      expect(command, error).toBeDefined();
      const [, ...args] = (command as string).split(' ');
      execFileSync('git', args, { cwd, stdio: 'ignore' });
    }
    const mainSha = () => git(repo.dir, 'rev-parse', 'main');

    it('REMOTE/BRANCH, the remote taking every branch: git fetch REMOTE BRANCH', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'nsg-full-'));
      execFileSync('git', ['clone', '-q', '--branch', 'pr', `file://${repo.dir}`, dir]);
      git(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
      const { error } = await expectUsageError(run('origin/main'), /^nix-size-guard: --base: unknown git revision 'origin\/main'; check the name, or fetch it: git fetch origin main\n?$/, { cwd: dir });
      runHint(error, dir);
      expect(git(dir, 'rev-parse', 'origin/main')).toBe(mainSha());
    });

    it('REMOTE/BRANCH in a single-branch clone: the fetch says where the branch goes', async () => {
      const dir = await prOnly();
      const { error } = await expectUsageError(run('origin/main'), /^nix-size-guard: --base: unknown git revision 'origin\/main'; check the name, or fetch it: git fetch origin main:refs\/remotes\/origin\/main\n?$/, { cwd: dir });
      runHint(error, dir);
      expect(git(dir, 'rev-parse', 'origin/main')).toBe(mainSha());
    });

    it('a remote of another name: that remote, and origin is said not to exist', async () => {
      const dir = await prOnly();
      git(dir, 'remote', 'rename', 'origin', 'upstream');
      await expectUsageError(run('origin/main'), /^nix-size-guard: --base: unknown git revision 'origin\/main', and there is no remote 'origin' \(its remotes: upstream\); add it \(git remote add origin URL\) or give a local branch or commit\n?$/, { cwd: dir });
      const { error } = await expectUsageError(run('upstream/main'), /fetch it: git fetch upstream main:refs\/remotes\/upstream\/main\n?$/, { cwd: dir });
      runHint(error, dir);
      expect(git(dir, 'rev-parse', 'upstream/main')).toBe(mainSha());
    });

    it('a branch name: fetched from origin, then named as origin has it', async () => {
      const dir = await prOnly();
      const { error } = await expectUsageError(run('main'), /^nix-size-guard: --base: unknown git revision 'main'; check the name, or fetch it: git fetch origin main:refs\/remotes\/origin\/main, then give --base origin\/main\n?$/, { cwd: dir });
      runHint(error, dir);
      expect(git(dir, 'rev-parse', 'origin/main')).toBe(mainSha());
    });

    it('a shallow clone: the fetch is shallow too', async () => {
      const shallow = await mkdtemp(path.join(tmpdir(), 'nsg-shallow-'));
      execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'pr', `file://${repo.dir}`, shallow]);
      const { error } = await expectUsageError(run('origin/main'), /^nix-size-guard: --base: unknown git revision 'origin\/main' in this shallow clone; check the name, or fetch it first: git fetch --depth=1 origin main:refs\/remotes\/origin\/main\n?$/, { cwd: shallow });
      runHint(error, shallow);
      expect(git(shallow, 'rev-parse', 'origin/main')).toBe(mainSha());
    });

    it('no remote at all: nothing to fetch from', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'nsg-noremote-'));
      execFileSync('git', ['clone', '-q', '--branch', 'pr', repo.dir, dir]);
      git(dir, 'remote', 'remove', 'origin');
      await expectUsageError(run('origin/main'), /^nix-size-guard: --base: unknown git revision 'origin\/main', and there is no remote 'origin' \(this repository has no remote\); add it/, { cwd: dir });
      await expectUsageError(run('no-such-branch'), /^nix-size-guard: --base: unknown git revision 'no-such-branch'; check the name \(this repository has no remote to fetch it from\)\n?$/, { cwd: dir });
    });
  });

  it('a failed build: nix\'s error once, then one line that points at it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-broken-'));
    execFileSync('git', ['clone', '-q', '--branch', 'pr', repo.dir, dir]);
    await writeFile(
      path.join(dir, 'broken.nix'),
      '{ x = derivation { name = "broken"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo the-firmware-blob-is-missing >&2; exit 1" ]; }; }\n',
    );
    execFileSync('git', ['add', 'broken.nix'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'broken'], { cwd: dir });
    const { error, stderr } = await expectUsageError(['run', '--base', 'HEAD', '--target', 'broken=-f broken.nix -A x'], /^nix-size-guard: nix build of broken at the base \(HEAD \([0-9a-f]{12}\)\) and the head \(working tree\) failed \(nix exited with 1\); Nix's error is above; not built: \/nix\/store\/[0-9a-z]{32}-broken$/, { cwd: dir });
    expect(error).not.toContain('the-firmware-blob-is-missing');
    expect(count(stderr, 'the-firmware-blob-is-missing')).toBe(1);
  });

  it('an evaluation error: nix\'s error once, then one line, and never the tool\'s own --apply expression', async () => {
    const { stderr } = await expectUsageError(['run', '--base', 'main', '--head', 'pr', '--target', 'toplevel=.#nixosConfigurations.appliance.config.system.build.nope'], /^nix-size-guard: nix eval of toplevel at the (base|head) .* failed \(nix exited with 1\); Nix's error is above$/, { cwd: repo.dir });
    const nixError = stderr.split('\n').find((line) => line.startsWith('error:'));
    expect(nixError).toMatch(/nope/);
    expect(count(stderr, nixError as string)).toBe(1);
    expect(stderr).not.toMatch(/let t = |drvPath/);
  });

  it('no image file matched', async () => {
    await expectUsageError(['run', '--base', 'main', '--head', 'pr', '--target', `image=.#${IMAGE_ATTR}`, '--image-glob', '*.img'], /^nix-size-guard: image-glob: '\*\.img' matched no file in the output of any target \(image\)/, { cwd: repo.dir });
  });
});

describe('closures without building: --store', () => {
  it('reads an output that is only in a binary cache from there, and neither builds nor downloads it', async () => {
    // A head that exists nowhere yet: the appliance at a version of this run's own (the store is
    // shared with the other Nix project's run of this test, and with anyone else's).
    const version = `1.0-cached-${randomBytes(4).toString('hex')}`;
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-store-'));
    execFileSync('git', ['clone', '-q', '--branch', 'pr', repo.dir, dir]);
    const config = path.join(dir, 'configuration.nix');
    await writeFile(config, (await readFile(config, 'utf8')).replace(/label = "1\.0"/, `label = "${version}"`));
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'cached'], { cwd: dir });
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const head = nixBuild(`git+file://${dir}?rev=${rev}#${TOPLEVEL_ATTR}`);
    const cache = await mkdtemp(path.join(tmpdir(), 'nsg-binary-cache-'));
    execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'copy', '--to', `file://${cache}`, head], { stdio: 'ignore' });
    execFileSync('nix-store', ['--delete', head], { stdio: 'ignore' });
    const localValid = () => {
      try {
        execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'path-info', head], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    };
    expect(localValid()).toBe(false);

    const json = path.join(out, 'store.json');
    const result = await cli(['run', '--base', 'origin/main', '--head', 'HEAD', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--store', `file://${cache}`, '--json', json], { cwd: dir });
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.exitCode).toBe(0);
    const target = (JSON.parse(await readFile(json, 'utf8')) as Report).targets[0]!;
    expect(target.head).toMatchObject({ root: head, source: 'binary-cache', image: null });
    expect(target.base.source).toBe('built');
    const [, size] = execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'path-info', '-S', '--store', `file://${cache}`, head], { encoding: 'utf8' }).trim().split(/\s+/);
    expect(target.head.closureSize).toBe(Number(size));
    expect(target.notes.join('\n')).toContain(`read from file://${cache} without building`);
    // Its NAR is not here to compress: the update's NAR size is known (the binary cache's
    // path-info of what the base lacks), its zstd size is not.
    const inCache = JSON.parse(execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'path-info', '--json', '-r', '--store', `file://${cache}`, head], { encoding: 'utf8' })) as unknown;
    const cached: [string, { narSize: number }][] = Array.isArray(inCache) ? inCache.map((e: { path: string; narSize: number }) => [e.path, e]) : Object.entries(inCache as Record<string, { narSize: number }>);
    const baseHas = new Set(nixRequisites(target.base.root));
    const added = cached.filter(([p]) => !baseHas.has(p));
    expect(added.length).toBeGreaterThan(1);
    expect(target.update.narSize).toBe(added.reduce((sum, [, e]) => sum + e.narSize, 0));
    expect(target.update.compressedSize).toBeNull();
    expect(target.notes.join('\n')).toContain(`update download: the zstd size was not measured: 1 of the ${added.length} added paths are not in the local store to read (e.g. nixos-system-appliance-${version})`);
    // Nothing was built or fetched into the local store.
    expect(localValid()).toBe(false);
  });
});

describe("NixOS's own forbidden list: --forbid-from-config", () => {
  it('applies the configuration\'s forbiddenDependenciesRegexes and, where its check fails the build, shows why', async () => {
    // The PR turns the perlless check on while it pulls perl in: `nix build` of the toplevel fails.
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-perlless-'));
    execFileSync('git', ['clone', '-q', '--branch', 'pr', repo.dir, dir]);
    const config = path.join(dir, 'configuration.nix');
    await writeFile(config, (await readFile(config, 'utf8')).replace('forbiddenDependenciesRegexes = [ ];', 'forbiddenDependenciesRegexes = [ "perl" ];'));
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'perlless'], { cwd: dir });
    expect(() => nixBuild(`${dir}#${TOPLEVEL_ATTR}`)).toThrow(/contains the following disallowed paths/);

    const json = path.join(out, 'perlless.json');
    const result = await cli(
      ['run', '--base', 'origin/main', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--target', `image=.#${IMAGE_ATTR}`, '--forbid-from-config', 'nixosConfigurations.appliance', '--json', json],
      { cwd: dir },
    );
    expect(result.stderr).not.toMatch(/internal error/);
    // The image embeds the checked toplevel, so its build fails too: the report needs the toplevel alone.
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/not built: .*appliance-image/);

    const only = await cli(
      ['run', '--base', 'origin/main', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--forbid-from-config', 'nixosConfigurations.appliance', '--json', json],
      { cwd: dir },
    );
    expect(only.stderr).not.toMatch(/internal error/);
    expect(only.exitCode).toBe(1);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    const target = report.targets[0]!;
    expect(report.settings.forbid).toEqual(['perl']);
    expect(target.forbidden.map((f) => name(f.path))).toEqual(['perl-5.38.2']);
    expect(chainsOf(target).chain(target.forbidden[0]!.path).map(name)).toEqual(['nixos-system-appliance-1.0', 'system-path', 'xdg-utils-1.1.3', 'perl-5.38.2']);
    expect(target.notes).toContain("forbid rules from nixosConfigurations.appliance's system.forbiddenDependenciesRegexes: perl");
    expect(target.notes.join('\n')).toMatch(/built with system.forbiddenDependenciesRegexes turned off/);
    // With the check off the toplevel is the one the PR would have without it.
    expect(target.head.root).toBe(toplevel.head.root);
  });
});

describe('--forbid-from-config on a warm store', () => {
  // A label no other test builds: the check-off toplevels are in no store before the runs.
  const label = `1.0-warm-${randomBytes(4).toString('hex')}`;

  /** A clone where the base is already perlless (its check passes) and the head pulls perl in. */
  async function perllessAtBoth(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-perlless-warm-'));
    execFileSync('git', ['clone', '-q', '--branch', 'main', repo.dir, dir]);
    const config = path.join(dir, 'configuration.nix');
    const perlless = (text: string) =>
      text.replace('forbiddenDependenciesRegexes = [ ];', 'forbiddenDependenciesRegexes = [ "perl" ];').replace('label = "1.0";', `label = "${label}";`);
    await writeFile(config, perlless(await readFile(config, 'utf8')));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir });
    git('commit', '-qam', 'perlless');
    await writeFile(config, perlless(await readFile(path.join(repo.dir, 'configuration.nix'), 'utf8')));
    git('commit', '-qam', 'the PR, perlless');
    return dir;
  }

  it('runs twice: the second run, with the base toplevel already built, reports perl with its chain too', async () => {
    const dir = await perllessAtBoth();
    // The base passes its own check; the head fails it.
    const baseChecked = nixBuild(`git+file://${dir}?rev=${execFileSync('git', ['rev-parse', 'HEAD~1'], { cwd: dir, encoding: 'utf8' }).trim()}#${TOPLEVEL_ATTR}`);
    const roots: string[][] = [];
    expect(() => nixBuild(`${dir}#${TOPLEVEL_ATTR}`)).toThrow(/contains the following disallowed paths:\s*(> )?\/nix\/store\/[0-9a-z]{32}-perl-5\.38\.2/);
    for (const attempt of [1, 2]) {
      const json = path.join(out, `perlless-warm-${attempt}.json`);
      const result = await cli(['run', '--base', 'HEAD~1', '--head', 'HEAD', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--forbid-from-config', 'nixosConfigurations.appliance', '--json', json], { cwd: dir });
      expect(result.stderr, `run ${attempt}`).not.toMatch(/internal error|ENOENT/);
      expect(result.exitCode, `run ${attempt}: ${result.stderr}`).toBe(1);
      const target = (JSON.parse(await readFile(json, 'utf8')) as Report).targets[0]!;
      expect(target.forbidden.map((f) => name(f.path))).toEqual(['perl-5.38.2']);
      expect(chainsOf(target).chain(target.forbidden[0]!.path)).toEqual(nixWhyDepends(target.head.root, target.forbidden[0]!.path));
      expect(chainsOf(target).chain(target.forbidden[0]!.path).map(name)).toEqual([`nixos-system-appliance-${label}`, 'system-path', 'xdg-utils-1.1.3', 'perl-5.38.2']);
      // Both sides with the check off: the base read is its check-off toplevel, not the checked one.
      expect(target.base.root).not.toBe(baseChecked);
      roots.push([target.base.root, target.head.root]);
    }
    // The same toplevels as Nix builds with no regex at all (built only now, after the runs).
    const plain = async (rev: string) => {
      const copy = await mkdtemp(path.join(tmpdir(), 'nsg-perlless-plain-'));
      execFileSync('sh', ['-c', `git -C '${dir}' archive ${rev} | tar -x -C '${copy}'`]);
      const config = path.join(copy, 'configuration.nix');
      await writeFile(config, (await readFile(config, 'utf8')).replace('forbiddenDependenciesRegexes = [ "perl" ];', 'forbiddenDependenciesRegexes = [ ];'));
      return nixBuild(`path:${copy}#${TOPLEVEL_ATTR}`);
    };
    const expected = [await plain('HEAD~1'), await plain('HEAD')];
    expect(roots).toEqual([expected, expected]);
  });

  it("reads NixOS <= 23.05's single string system.forbiddenDependenciesRegex, and turns it off with mkForce \"\"", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-perlless-2305-'));
    execFileSync('git', ['clone', '-q', '--branch', 'pr', repo.dir, dir]);
    // top-level.nix as NixOS 23.05 had it: one string, "" for none.
    const topLevel = path.join(dir, 'nixos/modules/system/activation/top-level.nix');
    const old = (await readFile(topLevel, 'utf8'))
      .replace('regexes = config.system.forbiddenDependenciesRegexes;', 'regexes = lib.optional (config.system.forbiddenDependenciesRegex != "") config.system.forbiddenDependenciesRegex;')
      .replace(/forbiddenDependenciesRegexes = lib\.mkOption \{\n\s*type = lib\.types\.listOf lib\.types\.str;\n\s*default = \[ \];\n\s*example = \[ "-dev\$" \];/, 'forbiddenDependenciesRegex = lib.mkOption {\n      type = lib.types.str;\n      default = "";\n      example = "-dev$";');
    expect(old).toContain('type = lib.types.str;');
    await writeFile(topLevel, old);
    const config = path.join(dir, 'configuration.nix');
    await writeFile(config, (await readFile(config, 'utf8')).replace('forbiddenDependenciesRegexes = [ ];', 'forbiddenDependenciesRegex = "perl";'));
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'NixOS 23.05 style, perlless'], { cwd: dir });
    expect(() => nixBuild(`${dir}#${TOPLEVEL_ATTR}`)).toThrow(/contains the following disallowed paths/);

    const json = path.join(out, 'perlless-2305.json');
    const result = await cli(['run', '--base', 'origin/main', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--forbid-from-config', 'nixosConfigurations.appliance', '--json', json], { cwd: dir });
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.exitCode, result.stderr).toBe(1);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(report.settings.forbid).toEqual(['perl']);
    expect(report.targets[0]!.forbidden.map((f) => name(f.path))).toEqual(['perl-5.38.2']);
    expect(report.targets[0]!.notes).toContain("forbid rules from nixosConfigurations.appliance's system.forbiddenDependenciesRegex: perl");
    // The note says what was done at each side: the base (origin/main) has the list, the head the string.
    expect(report.targets[0]!.notes).toContain(
      'built with the forbidden-dependencies check turned off, at the base system.forbiddenDependenciesRegexes (lib.mkForce [ ]) and at the head system.forbiddenDependenciesRegex (lib.mkForce ""): the configuration\'s own check fails this toplevel; the forbidden paths below are why',
    );
    // And it was done: the head is the toplevel Nix builds with the string set to "".
    const copy = await mkdtemp(path.join(tmpdir(), 'nsg-perlless-2305-plain-'));
    execFileSync('sh', ['-c', `git -C '${dir}' archive HEAD | tar -x -C '${copy}'`]);
    const plainConfig = path.join(copy, 'configuration.nix');
    await writeFile(plainConfig, (await readFile(plainConfig, 'utf8')).replace('forbiddenDependenciesRegex = "perl";', 'forbiddenDependenciesRegex = "";'));
    expect(report.targets[0]!.head.root).toBe(nixBuild(`path:${copy}#${TOPLEVEL_ATTR}`));
  });
});

describe('why this option: growth traced to the NixOS option and module file', () => {
  /** `options.<name>.definitionsWithLocations` and highestPrio at the head, as Nix gives them. */
  function definitions(option: string): { files: string[]; highestPrio: number } {
    const out = execFileSync(
      'nix',
      ['--extra-experimental-features', 'nix-command flakes', 'eval', '--json', `git+file://${repo.dir}?rev=${repo.headRev}#nixosConfigurations.appliance.options.${option}`, '--apply', 'o: { files = map (d: d.file) o.definitionsWithLocations; highestPrio = o.highestPrio; }'],
      { encoding: 'utf8' },
    );
    return JSON.parse(out) as { files: string[]; highestPrio: number };
  }
  const relative = (file: string) => file.replace(/^\/nix\/store\/[0-9a-z]{32}-source\//, '');

  it("names the changed options with their files, and the biggest growth's option leads the comment", async () => {
    expect(toplevel.options).toBeDefined();
    const changed = toplevel.options!.changed;
    expect(changed.map((c) => c.option)).toEqual(['services.graphical-desktop.enable', 'services.speechd.enable']);
    const speechd = changed.find((c) => c.option === 'services.speechd.enable')!;
    const nix = definitions('services.speechd.enable');
    expect(nix.highestPrio).toBe(1000); // mkDefault
    expect(speechd).toMatchObject({ base: false, head: true, change: 'turned on', how: 'mkDefault', files: nix.files.map(relative) });
    expect(speechd.files).toEqual(['nixos/modules/services/misc/graphical-desktop.nix']);
    expect(changed[0]!.files).toEqual(definitions('services.graphical-desktop.enable').files.map(relative));

    // The biggest growth: speech-dispatcher and python3 under it, put in environment.systemPackages
    // by the speechd module, whose enable changed.
    const biggest = [...toplevel.growth].sort((a, b) => b.addedSize - a.addedSize)[0]!;
    expect(name(biggest.via)).toBe('speech-dispatcher-0.11.5');
    expect(biggest.cause).toMatchObject({ option: 'services.speechd.enable', change: 'turned on', how: 'mkDefault', file: 'nixos/modules/services/misc/graphical-desktop.nix', package: biggest.via });
    const xdg = toplevel.growth.find((g) => name(g.via) === 'xdg-utils-1.1.3')!;
    // xdg-utils is graphical-desktop.nix's own definition of environment.systemPackages; its enable changed.
    expect(xdg.cause).toMatchObject({ option: 'services.graphical-desktop.enable', change: 'turned on', file: 'configuration.nix' });
    const e2fsprogs = toplevel.growth.find((g) => name(g.via) === 'e2fsprogs-1.47.0')!;
    expect(e2fsprogs.cause).toMatchObject({ option: 'environment.systemPackages', change: null, file: 'configuration.nix' });
    const python = toplevel.heavy.find((h) => name(h.path) === 'python3-3.11.4')!;
    expect(python.cause?.option).toBe('services.speechd.enable');

    const markdown = await readFile(path.join(out, 'report.md'), 'utf8');
    const lead = markdown.split('\n').slice(0, 4).join('\n');
    expect(lead).toContain('services.speechd.enable turned on (mkDefault in nixos/modules/services/misc/graphical-desktop.nix)');
    expect(lead).toMatch(/\+3\.4 MiB via speech-dispatcher-0\.11\.5 → python3-3\.11\.4/);
    assertReportFileValid(path.join(out, 'report.json'));
  });

  it('traces an image target through --nixos-config: the same option behind its biggest growth', async () => {
    const json = path.join(out, 'image-options.json');
    const result = await cli(['run', '--base', 'main', '--head', 'pr', '--target', `image=.#${IMAGE_ATTR}`, '--nixos-config', 'nixosConfigurations.appliance', '--json', json], { cwd: repo.dir });
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.exitCode, result.stderr).toBe(0);
    const target = (JSON.parse(await readFile(json, 'utf8')) as Report).targets[0]!;
    expect(target.options?.changed.map((c) => c.option)).toEqual(['services.graphical-desktop.enable', 'services.speechd.enable']);
    // The image's file system names every store path, so it refers to each of them itself; its
    // chains run through the system inside it instead (the toplevel's why-depends chain), and the
    // growth is grouped as the toplevel's: python3 comes under speech-dispatcher.
    const system = nixBuild(`git+file://${repo.dir}?rev=${repo.headRev}#${TOPLEVEL_ATTR}`);
    const speechd = target.growth.find((g) => name(g.via) === 'speech-dispatcher-0.11.5')!;
    expect(chainsOf(target).chain(speechd.via)).toEqual([target.head.root, ...nixWhyDepends(system, speechd.via)]);
    expect(speechd.cause).toMatchObject({ option: 'services.speechd.enable', how: 'mkDefault', file: 'nixos/modules/services/misc/graphical-desktop.nix' });
    const xdg = target.growth.find((g) => name(g.via) === 'xdg-utils-1.1.3')!;
    expect(xdg.cause).toMatchObject({ option: 'services.graphical-desktop.enable', change: 'turned on', file: 'configuration.nix' });
    expect(target.growth.map((g) => name(g.via))).not.toContain('python3-3.11.4');
    // python3, heavy, is traced through the system inside the image: its chain's package under
    // system-path is speech-dispatcher.
    const python = target.heavy.find((h) => name(h.path) === 'python3-3.11.4')!;
    expect(chainsOf(target).chain(python.path).map(name)).toEqual([name(target.head.root), name(system), 'system-path', 'speech-dispatcher-0.11.5', 'python3-3.11.4']);
    expect(python.cause).toMatchObject({ option: 'services.speechd.enable', how: 'mkDefault', package: speechd.via });
  });

  it('is off with --no-explain-options', async () => {
    const json = path.join(out, 'no-options.json');
    const result = await cli(['run', '--base', 'main', '--head', 'pr', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--no-explain-options', '--json', json], { cwd: repo.dir });
    expect(result.exitCode, result.stderr).toBe(0);
    const target = (JSON.parse(await readFile(json, 'utf8')) as Report).targets[0]!;
    expect(target.options).toBeUndefined();
    expect(target.growth.every((g) => g.cause === undefined)).toBe(true);
  });

  it('a configuration whose options cannot be read is a note, not a failed run', async () => {
    // A configuration without `options` (not what lib.nixosSystem returns): the read fails.
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-no-options-'));
    execFileSync('git', ['clone', '-q', '--branch', 'pr', repo.dir, dir]);
    const flake = path.join(dir, 'flake.nix');
    await writeFile(flake, (await readFile(flake, 'utf8')).replace('nixosConfigurations.appliance = appliance;', 'nixosConfigurations.appliance = { inherit (appliance) config; options = throw "no options here"; };'));
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'no options'], { cwd: dir });
    const json = path.join(out, 'bad-options.json');
    const result = await cli(['run', '--base', 'HEAD', '--head', 'HEAD', '--target', `toplevel=.#${TOPLEVEL_ATTR}`, '--json', json], { cwd: dir });
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.exitCode, result.stderr).toBe(0);
    const target = (JSON.parse(await readFile(json, 'utf8')) as Report).targets[0]!;
    expect(target.options).toBeUndefined();
    expect(target.notes.join('\n')).toMatch(/^options not read, so growth is not traced to NixOS options: nix eval of toplevel at the base .*failed/m);
  });
});
