// How an update's measurements are put together: each path measured once per run, in order,
// and whatever keeps them from being measured said in a note rather than failing the run.
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PathSize } from '../../src/core/types.js';
import { type NarMeasure, NotMeasured, compressedNarSize } from '../../src/nix/nar-size.js';

let paths: PathSize[];

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'nsg-nar-size-'));
  paths = await Promise.all(['a', 'b', 'c'].map(async (name, i) => {
    await writeFile(path.join(dir, name), name);
    return { path: path.join(dir, name), narSize: 100 * (i + 1) };
  }));
});

/** A measure that answers narSize / 10 and records what it was asked. */
function recording(): { measure: NarMeasure; asked: string[][] } {
  const asked: string[][] = [];
  return { asked, measure: async (batch) => (asked.push(batch.map((p) => path.basename(p.path))), batch.map((p) => p.narSize / 10)) };
}

describe('compressedNarSize', () => {
  it('sums the sizes, and measures a path once however many updates add it', async () => {
    const { measure, asked } = recording();
    const cache = new Map();
    expect(await compressedNarSize(measure, paths.slice(0, 2), cache)).toEqual({ compressedSize: 30 });
    expect(await compressedNarSize(measure, paths, cache)).toEqual({ compressedSize: 60 });
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  it('says in a note that a path is not in the store, without measuring anything', async () => {
    const { measure, asked } = recording();
    const result = await compressedNarSize(measure, [...paths, { path: '/nix/store/00000000000000000000000000000000-gone', narSize: 1 }]);
    expect(result).toEqual({ compressedSize: null, note: 'update download: the zstd size was not measured: 1 of the 4 added paths are not in the local store to read (e.g. gone)' });
    expect(asked).toEqual([]);
  });

  it('counts the missing ones alike when the update has more paths than their folder holds entries (the folder is then listed once)', async () => {
    // 500 added paths in a folder of 3 entries: many more than its size (a block) can hold.
    const dir = path.dirname(paths[0]!.path);
    const many = [...paths, ...Array.from({ length: 497 }, (_, i) => ({ path: path.join(dir, `x${String(i).padStart(3, '0')}-gone${String(i).padStart(3, '0')}`), narSize: 1 }))];
    const { measure, asked } = recording();
    const missing = many.filter((p) => !existsSync(p.path));
    expect(missing).toHaveLength(497);
    const result = await compressedNarSize(measure, many.reverse());
    expect(result).toEqual({ compressedSize: null, note: 'update download: the zstd size was not measured: 497 of the 500 added paths are not in the local store to read (e.g. gone000)' });
    expect(asked).toEqual([]);
    // And with every one of them there, they are measured.
    expect(await compressedNarSize(measure, paths)).toEqual({ compressedSize: 60 });
  });

  it('says in a note why a measurement failed', async () => {
    const failing: NarMeasure = async () => {
      throw new NotMeasured('x on disk is 8 bytes as a NAR, Nix records 16');
    };
    expect(await compressedNarSize(failing, paths)).toEqual({ compressedSize: null, note: 'update download: the zstd size was not measured: x on disk is 8 bytes as a NAR, Nix records 16' });
  });

  it('lets a bug of ours fail loudly', async () => {
    const buggy: NarMeasure = async () => {
      throw new TypeError('undefined is not a function');
    };
    await expect(compressedNarSize(buggy, paths)).rejects.toThrow(TypeError);
  });

  it('costs nothing for an update that adds nothing', async () => {
    const { measure, asked } = recording();
    expect(await compressedNarSize(measure, [])).toEqual({ compressedSize: 0 });
    expect(asked).toEqual([]);
  });
});
