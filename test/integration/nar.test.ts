// Our NAR serialisation against Nix's own: the update download is measured on it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { NarSizeMismatch, narOf, narOfSync } from '../../src/nix/nar.js';
import { createApplianceRepo } from '../helpers/fixture-repo.js';
import { nixBuild, nixPathInfoJson } from '../helpers/nix-facts.js';

let paths: { path: string; narSize: number }[];

beforeAll(async () => {
  const repo = await createApplianceRepo();
  // The image closure: directories, executables, symlinks, a sparse 17 MiB file.
  const image = nixBuild(`git+file://${repo.dir}?rev=${repo.headRev}#image`);
  paths = JSON.parse(nixPathInfoJson(image)) as { path: string; narSize: number }[];
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

  it('is byte for byte what nix store dump-path writes, streamed and in one buffer', async () => {
    for (const { path, narSize } of paths) {
      const nix = createHash('sha256').update(execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'store', 'dump-path', path], { maxBuffer: 1 << 30 })).digest('hex');
      expect(createHash('sha256').update(await collect(path)).digest('hex'), path).toBe(nix);
      expect(createHash('sha256').update(narOfSync(path, narSize)).digest('hex'), path).toBe(nix);
    }
  });

  it('in one buffer, refuses a narSize that is not the NAR\'s', () => {
    const { path, narSize } = paths.find((p) => p.narSize > 1024)!;
    expect(() => narOfSync(path, narSize - 8)).toThrow(NarSizeMismatch);
    expect(() => narOfSync(path, narSize + 8)).toThrow(NarSizeMismatch);
  });
});
