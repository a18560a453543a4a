// The real UpdateMeasurer on real store paths, against `nix store dump-path P | zstd -3` for each
// path: updates as a run asks for them, overlapping, each path measured once.
//
// The oracles: the zstd command at level 3 without its checksum, the NAR from stdin (a stream, as
// Nix compresses it), and a real binary cache, `nix copy --to 'file://DIR?compression=zstd'`,
// whose narinfo files give each NAR's FileSize. Debian's zstd (1.5.4, which Debian's Nix links)
// and Node's (1.5.7) differ by up to ~0.5% on the same bytes (test/unit/zstd.test.ts), so each
// sum must agree within 1% + 16 bytes a path, and exactly when both are the same release. Which
// of zstd's two frames is written (a stream's, or the size-known one of `zstd -3 FILE`, a few
// bytes more) is told apart on Node's own release, in test/unit/zstd.test.ts.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathSize } from '../../src/core/types.js';
import { Nix } from '../../src/nix/nix.js';
import { UpdateMeasurer } from '../../src/nix/nar-size.js';
import { ROOT } from '../helpers/action-runner.js';

/** NARs bigger than this are streamed, not read into memory (src/nix/nar-size.ts). */
const IN_MEMORY_MAX = 16 * 1024 * 1024;
const zstdVersion = /v(\d+\.\d+\.\d+)/.exec(execFileSync('zstd', ['--version'], { encoding: 'utf8' }))?.[1];
const sameLibrary = zstdVersion === process.versions.zstd;
/** The libzstd release the `nix` on PATH links (its file's name, libzstd.so.1.5.4), if it can be told. */
function nixZstdVersion(): string | undefined {
  try {
    const nix = execFileSync('sh', ['-c', 'readlink -f "$(command -v nix)"'], { encoding: 'utf8' }).trim();
    const linked = /libzstd\.so[^ ]* => (\S+)/.exec(execFileSync('ldd', [nix], { encoding: 'utf8' }))?.[1];
    return linked ? /libzstd\.so\.(\d+\.\d+\.\d+)$/.exec(execFileSync('readlink', ['-f', linked], { encoding: 'utf8' }).trim())?.[1] : undefined;
  } catch {
    return undefined;
  }
}
const sameLibraryAsNix = nixZstdVersion() === process.versions.zstd;

// Files, an executable, a symlink and nested directories, of sizes from a few hundred bytes to
// one NAR past IN_MEMORY_MAX; text from seq and copies of this machine's programs, which
// compress like a NAR's contents. Named for this test so that no other test's paths are touched.
const EXPR = `
let
  mk = name: script: derivation {
    inherit name;
    system = builtins.currentSystem;
    builder = "/bin/sh";
    args = [ "-c" ("export PATH=/usr/bin:/bin; mkdir -p $out/bin $out/share/doc; " + script) ];
  };
in [
  (mk "nsg-measure-tiny-1.0" "echo hello > $out/share/doc/README")
  (mk "nsg-measure-script-1.0" "printf '#!/bin/sh\\\\necho hi\\\\n' > $out/bin/hi; chmod +x $out/bin/hi; ln -s bin/hi $out/hi")
  (mk "nsg-measure-text-2.1" "seq 1 40000 > $out/share/doc/numbers")
  (mk "nsg-measure-programs-3.0" "cp /bin/sh /usr/bin/env /usr/bin/stat $out/bin/; ln -s ../bin/sh $out/share/sh")
  (mk "nsg-measure-tools-0.9" "cp /usr/bin/sort /usr/bin/tr /usr/bin/head $out/bin/; seq 1 1000 > $out/share/doc/list")
  (mk "nsg-measure-empty-1" "true")
  (mk "nsg-measure-big-5.0" "seq 1 2600000 > $out/share/doc/big; cp /bin/sh $out/bin/")
  (mk "nsg-measure-middle-4.0" "seq 1 300000 > $out/share/doc/middle")
]
`;

let paths: PathSize[];
/** The folders the tests made, removed after them. */
const madeFolders: string[] = [];
afterAll(async () => {
  await Promise.all(madeFolders.map((dir) => rm(dir, { recursive: true, force: true })));
});
/** What the zstd command makes of each path's NAR, by path. */
const oracle = new Map<string, number>();

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'nsg-measurer-'));
  madeFolders.push(dir);
  await writeFile(path.join(dir, 'paths.nix'), EXPR);
  const outs = execFileSync('nix-build', ['--no-out-link', path.join(dir, 'paths.nix')], { encoding: 'utf8' }).trim().split('\n');
  paths = outs.map((out) => ({ path: out, narSize: Number(execFileSync('nix-store', ['-q', '--size', out], { encoding: 'utf8' })) }));
  for (const { path: storePath, narSize } of paths) {
    const nar = execFileSync('nix', ['store', 'dump-path', storePath], { maxBuffer: 1 << 28 });
    expect(nar.length, storePath).toBe(narSize);
    const file = path.join(dir, 'nar');
    await writeFile(file, nar);
    oracle.set(storePath, execFileSync('sh', ['-c', 'zstd -3 --no-check -q -c < "$0"', file], { maxBuffer: 1 << 28 }).length);
  }
  expect(paths.some((p) => p.narSize > IN_MEMORY_MAX)).toBe(true);
}, 300_000);

function expected(subset: PathSize[]): number {
  return subset.reduce((sum, p) => sum + (oracle.get(p.path) as number), 0);
}

function expectAgrees(ours: number | null, subset: PathSize[], label: string): void {
  const theirs = expected(subset);
  expect(ours, label).not.toBeNull();
  if (sameLibrary) expect(ours, label).toBe(theirs);
  else expect(Math.abs((ours as number) - theirs), `${label}: ours ${ours}, zstd ${zstdVersion}'s ${theirs}`).toBeLessThanOrEqual(theirs * 0.01 + 16 * subset.length);
}

/** Updates as a run asks for them: several targets, overlapping, in an order unlike the first one's. */
const updates = (): PathSize[][] => [paths, paths.slice(0, 3), [paths[6], paths[1]] as PathSize[], paths.slice(2, 6).reverse(), [paths[5]] as PathSize[]];

describe('UpdateMeasurer', () => {
  it('measures each NAR as a binary cache serves it: the FileSize of its narinfo', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'nsg-measurer-cache-'));
    execFileSync('nix', ['copy', '--to', `file://${cache}?compression=zstd`, ...paths.map((p) => p.path)], { stdio: ['ignore', 'ignore', 'pipe'] });
    madeFolders.push(cache);
    const fileSize = new Map<string, number>();
    for (const name of readdirSync(cache).filter((n) => n.endsWith('.narinfo'))) {
      const narinfo = readFileSync(path.join(cache, name), 'utf8');
      const storePath = /^StorePath: (.*)$/m.exec(narinfo)?.[1];
      expect(/^Compression: zstd$/m.test(narinfo), name).toBe(true);
      fileSize.set(storePath as string, Number(/^FileSize: (\d+)$/m.exec(narinfo)?.[1]));
    }
    const measurer = new UpdateMeasurer(new Nix());
    for (const entry of paths) {
      const theirs = fileSize.get(entry.path) as number;
      const ours = (await measurer.measure([entry])).compressedSize;
      if (sameLibraryAsNix) expect(ours, entry.path).toBe(theirs);
      else expect(Math.abs((ours as number) - theirs), `${entry.path}: ours ${ours}, the cache's ${theirs}`).toBeLessThanOrEqual(theirs * 0.01 + 16);
    }
    // Every way a NAR is measured is among them: at once (< 1 MiB), in the thread pool (1 to 16 MiB), streamed.
    expect(paths.some((p) => p.narSize < 1 << 20)).toBe(true);
    expect(paths.some((p) => p.narSize >= 1 << 20 && p.narSize <= IN_MEMORY_MAX)).toBe(true);
    expect(paths.some((p) => p.narSize > IN_MEMORY_MAX)).toBe(true);
  });

  it('every update the sum of zstd -3 of its NARs', async () => {
    const measurer = new UpdateMeasurer(new Nix());
    for (const [i, update] of updates().entries()) {
      const result = await measurer.measure(update);
      expect(result.note, `update ${i}`).toBeUndefined();
      expectAgrees(result.compressedSize, update, `update ${i}`);
    }
  });
});

// A store this user may not read (a file of a store path closed to it): the measurer asks Nix for
// the NAR instead. As root every file reads, so the measurer runs as nobody, in a process of its
// own, on a store path with one file made 0400 for the test (a NAR records no read bits, so the
// path's NAR is unchanged; the mode is put back after). Nobody has no Nix daemon to ask, so its
// Nix is a stand-in whose dump-path hands over the NAR `nix store dump-path` wrote, and says
// which paths it was asked for. The oracle: `zstd -3` of that NAR from stdin, as the fallback
// streams it.
describe('UpdateMeasurer on a path this user may not read', () => {
  it('asks Nix for that NAR alone, and measures it as the zstd command does', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-measurer-eacces-'));
    madeFolders.push(dir);
    // A store path of this process's own (the salt): the test makes a file of it unreadable for a
    // while, and the other Nix version's run of this file must not meet it so.
    await writeFile(path.join(dir, 'closed.nix'), `derivation { name = "nsg-measure-closed-1.0"; salt = "${process.pid}"; system = builtins.currentSystem; builder = "/bin/sh"; args = [ "-c" "export PATH=/usr/bin:/bin; mkdir $out; seq 1 5000 > $out/numbers; echo open > $out/open" ]; }`);
    const closed = execFileSync('nix-build', ['--no-out-link', path.join(dir, 'closed.nix')], { encoding: 'utf8' }).trim();
    const narSize = Number(execFileSync('nix-store', ['-q', '--size', closed], { encoding: 'utf8' }));
    const narFile = path.join(dir, 'closed.nar');
    await writeFile(narFile, execFileSync('nix', ['store', 'dump-path', closed], { maxBuffer: 1 << 26 }));
    const zstd = Number(execFileSync('sh', ['-c', 'zstd -3 --no-check -q -c < "$0" | wc -c', narFile], { encoding: 'utf8' }).trim());
    const open = paths[0]!;
    const script = path.join(dir, 'measure.mts');
    await writeFile(
      script,
      `import { createReadStream } from 'node:fs';
import { UpdateMeasurer } from ${JSON.stringify(path.join(ROOT, 'src/nix/nar-size.ts'))};
const asked: string[] = [];
const nix = { dumpPath: async (p: string, consume: (nar: unknown) => Promise<number>) => (asked.push(p), consume(createReadStream(${JSON.stringify(narFile)}))) };
const result = await new UpdateMeasurer(nix as never).measure(${JSON.stringify([{ path: closed, narSize }, open])});
console.log(JSON.stringify({ result, asked }));
`,
    );
    execFileSync('chmod', ['-R', 'a+rX', dir]);
    // Somewhere nobody may write (tsx keeps its cache in TMPDIR).
    const scratch = path.join(dir, 'tmp');
    execFileSync('mkdir', ['-m', '1777', scratch]);
    const numbers = path.join(closed, 'numbers');
    execFileSync('chmod', ['0400', numbers]);
    let printed: string;
    try {
      // The closed file really is closed to nobody.
      expect(() => execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'cat', numbers], { stdio: 'ignore' })).toThrow();
      printed = execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', script], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: scratch, TMPDIR: scratch },
      });
    } finally {
      execFileSync('chmod', ['0444', numbers]);
    }
    const { result, asked } = JSON.parse(printed) as { result: { compressedSize: number | null; note?: string }; asked: string[] };
    expect(asked).toEqual([closed]);
    expect(result.note).toBeUndefined();
    const theirs = zstd + oracle.get(open.path)!;
    if (sameLibrary) expect(result.compressedSize).toBe(theirs);
    else expect(Math.abs(result.compressedSize! - theirs), `ours ${result.compressedSize}, zstd ${zstdVersion}'s ${theirs}`).toBeLessThanOrEqual(theirs * 0.01 + 32);
  }, 120_000);
});
