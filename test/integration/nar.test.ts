// Our NAR serialisation against Nix's own: the update download is measured on it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { narOf } from '../../src/nix/nar.js';
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

  it('is byte for byte what nix store dump-path writes', async () => {
    for (const { path } of paths) {
      const nix = execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'store', 'dump-path', path], { maxBuffer: 1 << 30 });
      const ours = await collect(path);
      expect(createHash('sha256').update(ours).digest('hex'), path).toBe(createHash('sha256').update(nix).digest('hex'));
    }
  });
});
