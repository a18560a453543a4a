// Our NAR serialisation against Nix's own: the update download is measured on it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NarSizeMismatch, narOf, narOfBeside, narOfSync } from '../../src/nix/nar.js';
import { compressedNarSize, measureHere } from '../../src/nix/nar-size.js';
import { Nix } from '../../src/nix/nix.js';
import { createApplianceRepo } from '../helpers/fixture-repo.js';
import { nixBuild, nixStoreObjects } from '../helpers/nix-facts.js';

let paths: { path: string; narSize: number }[];

beforeAll(async () => {
  const repo = await createApplianceRepo();
  // The image closure: directories, executables, symlinks, a sparse 17 MiB file.
  const image = nixBuild(`git+file://${repo.dir}?rev=${repo.headRev}#image`);
  paths = nixStoreObjects(image);
});

async function collect(storePath: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of narOf(storePath)) parts.push(part);
  return Buffer.concat(parts);
}

describe('narOf', () => {
  it('has exactly the narSize Nix records, for every path of a closure', async () => {
    expect(paths.length).toBeGreaterThan(15);
    for (const { path, narSize } of paths) expect((await collect(path)).length, path).toBe(narSize);
  });

  it('is byte for byte what nix store dump-path writes, streamed, in one buffer, and read in the thread pool', async () => {
    for (const { path, narSize } of paths) {
      const nix = createHash('sha256').update(execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'store', 'dump-path', path], { maxBuffer: 1 << 30 })).digest('hex');
      expect(createHash('sha256').update(await collect(path)).digest('hex'), path).toBe(nix);
      expect(createHash('sha256').update(narOfSync(path, narSize)).digest('hex'), path).toBe(nix);
      expect(createHash('sha256').update(await narOfBeside(path, narSize)).digest('hex'), path).toBe(nix);
    }
  });

  it('in one buffer, refuses a narSize that is not the NAR\'s', async () => {
    const { path, narSize } = paths.find((p) => p.narSize > 1024)!;
    expect(() => narOfSync(path, narSize - 8)).toThrow(NarSizeMismatch);
    expect(() => narOfSync(path, narSize + 8)).toThrow(NarSizeMismatch);
    await expect(narOfBeside(path, narSize - 8)).rejects.toThrow(NarSizeMismatch);
    await expect(narOfBeside(path, narSize + 8)).rejects.toThrow(NarSizeMismatch);
  });
});

describe('file names are bytes', () => {
  // A store path whose names are not UTF-8: Latin-1 `café`, a lone 0xff, a symlink to one. Nix
  // archives them as the bytes they are; so must we, or the update size goes missing.
  let storePath: string;
  let narSize: number;
  let dumped: Buffer;

  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nsg-bytes-'));
    const root = path.join(dir, 'latin1-names');
    const name = (bytes: number[]) => Buffer.concat([Buffer.from(`${root}/`), Buffer.from(bytes)]);
    mkdirSync(root);
    writeFileSync(name([0x63, 0x61, 0x66, 0xe9]), 'café in Latin-1\n');
    mkdirSync(name([0xff, 0x64]));
    writeFileSync(Buffer.concat([name([0xff, 0x64]), Buffer.from('/a.txt')]), 'inside\n');
    writeFileSync(path.join(root, 'cafe'), 'plain, sorted before 0xff by bytes\n');
    symlinkSync(Buffer.from([0x63, 0x61, 0x66, 0xe9]), name([0x6c, 0x69, 0x6e, 0x6b, 0xe0]));
    storePath = execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'store', 'add-path', root], { encoding: 'utf8' }).trim();
    narSize = nixStoreObjects(storePath).find((o) => o.path === storePath)!.narSize;
    dumped = execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'store', 'dump-path', storePath], { maxBuffer: 1 << 26 });
  });

  it('the NAR is byte for byte what nix store dump-path writes, streamed and in one buffer', async () => {
    expect(dumped.length).toBe(narSize);
    // The names really are not UTF-8 (a decode would have replaced them).
    expect(dumped.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0]))).toBe(true);
    expect((await collect(storePath)).equals(dumped)).toBe(true);
    expect(narOfSync(storePath, narSize).equals(dumped)).toBe(true);
    expect((await narOfBeside(storePath, narSize)).equals(dumped)).toBe(true);
  });

  it("the update size is measured: what the zstd command makes of Nix's own NAR", async () => {
    const result = await compressedNarSize(measureHere(new Nix()), [{ path: storePath, narSize }]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'nsg-nar-zstd-')), 'nar');
    writeFileSync(file, dumped);
    const command = Number(execFileSync('sh', ['-c', `zstd -3 --no-check -q -c '${file}' | wc -c`], { encoding: 'utf8' }).trim());
    // Equal libzstd releases give equal frames; Debian's and Node's may differ a little
    // (test/unit/zstd.test.ts measures how much): then within 1% and a frame header.
    const same = /v(\d+\.\d+\.\d+)/.exec(execFileSync('zstd', ['--version'], { encoding: 'utf8' }))?.[1] === process.versions.zstd;
    if (same) expect(result).toEqual({ compressedSize: command });
    else expect(Math.abs(result.compressedSize! - command)).toBeLessThanOrEqual(command * 0.01 + 16);
  });
});
