// The real UpdateMeasurer on real store paths, against `nix store dump-path P | zstd -3` for each
// path: in worker threads (the way the bundle runs it, with the committed dist/worker.js beside
// it), with its per-path batches balanced over the threads and cached per path, on this thread
// (src/ unbundled has no worker), and falling back to this thread when the workers are gone.
//
// The oracle is the zstd command at level 3 without its checksum, on a file when the NAR is
// small enough to be measured in memory (the size known up front, as zstdSizeOf does) and from
// stdin when it is streamed. Debian's zstd (1.5.4) and Node's (1.5.7) differ by up to ~0.5% on
// the same bytes (test/unit/zstd.test.ts), so each sum must agree within 1% + 16 bytes a path;
// when both are the same release, exactly.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathSize } from '../../src/core/types.js';
import { Nix } from '../../src/nix/nix.js';
import { UpdateMeasurer } from '../../src/nix/nar-size.js';
import { ROOT } from '../helpers/action-runner.js';

/** NARs bigger than this are streamed, not read into memory (src/nix/nar-size.ts). */
const IN_MEMORY_MAX = 16 * 1024 * 1024;
const zstdVersion = /v(\d+\.\d+\.\d+)/.exec(execFileSync('zstd', ['--version'], { encoding: 'utf8' }))?.[1];
const sameLibrary = zstdVersion === process.versions.zstd;

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
]
`;

let paths: PathSize[];
/** What the zstd command makes of each path's NAR, by path. */
const oracle = new Map<string, number>();
let bundled: { UpdateMeasurer: typeof UpdateMeasurer; Nix: typeof Nix };

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'nsg-measurer-'));
  await writeFile(path.join(dir, 'paths.nix'), EXPR);
  const outs = execFileSync('nix-build', ['--no-out-link', path.join(dir, 'paths.nix')], { encoding: 'utf8' }).trim().split('\n');
  paths = outs.map((out) => ({ path: out, narSize: Number(execFileSync('nix-store', ['-q', '--size', out], { encoding: 'utf8' })) }));
  for (const { path: storePath, narSize } of paths) {
    const nar = execFileSync('nix', ['store', 'dump-path', storePath], { maxBuffer: 1 << 28 });
    expect(nar.length, storePath).toBe(narSize);
    const file = path.join(dir, 'nar');
    await writeFile(file, nar);
    const zstd = narSize <= IN_MEMORY_MAX ? ['zstd', '-3', '--no-check', '-q', '-c', file] : ['sh', '-c', 'zstd -3 --no-check -q -c < "$0"', file];
    oracle.set(storePath, execFileSync(zstd[0] as string, zstd.slice(1), { maxBuffer: 1 << 28 }).length);
  }
  expect(paths.some((p) => p.narSize > IN_MEMORY_MAX)).toBe(true);

  // The measurer as dist/ runs it: bundled, with the committed worker beside the bundle.
  const outdir = await mkdtemp(path.join(tmpdir(), 'nsg-measurer-bundle-'));
  await build({
    stdin: {
      contents: "export { UpdateMeasurer } from './src/nix/nar-size.ts';\nexport { Nix } from './src/nix/nix.ts';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: path.join(outdir, 'measurer.js'),
    logLevel: 'silent',
  });
  await copyFile(path.join(ROOT, 'dist/worker.js'), path.join(outdir, 'worker.js'));
  bundled = await import(pathToFileURL(path.join(outdir, 'measurer.js')).href);
}, 300_000);

const measurers: { close(): void }[] = [];
afterAll(() => measurers.forEach((m) => m.close()));

function expected(subset: PathSize[]): number {
  return subset.reduce((sum, p) => sum + (oracle.get(p.path) as number), 0);
}

function expectAgrees(ours: number | null, subset: PathSize[], label: string): void {
  const theirs = expected(subset);
  expect(ours, label).not.toBeNull();
  if (sameLibrary) expect(ours, label).toBe(theirs);
  else expect(Math.abs((ours as number) - theirs), `${label}: ours ${ours}, zstd ${zstdVersion}'s ${theirs}`).toBeLessThanOrEqual(theirs * 0.01 + 16 * subset.length);
}

/** Updates as a run asks for them: several targets, overlapping, in an order unlike the batches'. */
const updates = (): PathSize[][] => [paths, paths.slice(0, 3), [paths[6], paths[1]] as PathSize[], paths.slice(2, 6).reverse(), [paths[5]] as PathSize[]];

const threadsOf = (measurer: object): unknown[] | null => (measurer as { threads: unknown[] | null }).threads;

describe('UpdateMeasurer', () => {
  it('in worker threads (the bundle): every update the sum of zstd -3 of its NARs', async () => {
    const measurer = new bundled.UpdateMeasurer(new bundled.Nix());
    measurers.push(measurer);
    for (const [i, update] of updates().entries()) {
      const result = await measurer.measure(update);
      expect(result.note, `update ${i}`).toBeUndefined();
      expectAgrees(result.compressedSize, update, `update ${i}`);
    }
    // The work went to the threads: they were started, at least one, at most two.
    expect(threadsOf(measurer)?.length).toBeGreaterThanOrEqual(1);
    expect(threadsOf(measurer)?.length).toBeLessThanOrEqual(2);
  });

  it('on this thread (src/ without a worker beside it): the same sums', async () => {
    const measurer = new UpdateMeasurer(new Nix());
    measurers.push(measurer);
    for (const [i, update] of updates().entries()) {
      const result = await measurer.measure(update);
      expectAgrees(result.compressedSize, update, `update ${i}`);
    }
    expect(threadsOf(measurer)).toBeNull();
  });

  it('falls back to this thread when the workers are gone, and still measures right', async () => {
    const measurer = new bundled.UpdateMeasurer(new bundled.Nix());
    measurers.push(measurer);
    measurer.warmUp();
    const threads = threadsOf(measurer) as { worker: { terminate(): Promise<number> } }[];
    expect(threads.length).toBeGreaterThanOrEqual(1);
    await Promise.all(threads.map((t) => t.worker.terminate()));
    for (const [i, update] of updates().entries()) {
      const result = await measurer.measure(update);
      expect(result.note, `update ${i}`).toBeUndefined();
      expectAgrees(result.compressedSize, update, `update ${i}`);
    }
  });
});
