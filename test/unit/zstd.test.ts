// zstd sizes checked against the `zstd` command (Debian's zstd package; scripts/test.sh installs
// it), not against Node's zlib with the options the code under test uses.
//
// `zstd -3 --no-check -c < FILE` (stdin) is the oracle of every size: the frame of a stream, whose
// length zstd is not told, as Nix writes each NAR into a binary cache (test/integration/
// update-measurer.test.ts holds the NARs' sizes against a real cache's narinfo). `zstd -3 FILE`
// writes another frame, with the size known up front; the tests below tell the two apart.
// --no-check: the command adds a 4-byte checksum by default, zlib's zstd does not.
// The command and Node may bundle different libzstd releases (Debian 12: 1.5.4; Node 24: 1.5.7),
// whose level-3 frames of the same bytes differ a little (measured here: 0 bytes under 6 KiB, 0.1%
// on text, up to 0.53% on 3 MB of programs, the newer release smaller). Equal releases must give
// equal sizes; otherwise the sizes must agree within 1% + 16 bytes, well under what a wrong level
// or a missing compression would be off by (level 1 or 19: 5% to 13% on /bin/sh; checked below).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frameSizer, zstdSize, zstdSizeOf } from '../../src/zstd.js';
import { ROOT } from '../helpers/action-runner.js';

const dir = mkdtempSync(path.join(tmpdir(), 'nsg-zstd-'));
const commandVersion = /v(\d+\.\d+\.\d+)/.exec(execFileSync('zstd', ['--version'], { encoding: 'utf8' }))?.[1];
const sameLibrary = commandVersion === process.versions.zstd;
const TOLERANCE = 0.01;

/** What the zstd command makes of `data`: as a file (size known) or from stdin (a stream). */
function zstdCommand(data: Buffer, how: 'file' | 'stdin'): number {
  const file = path.join(dir, 'data');
  writeFileSync(file, data);
  const args = ['-3', '--no-check', '-q', '-c'];
  const out = how === 'file' ? execFileSync('zstd', [...args, file], { maxBuffer: 1 << 28 }) : execFileSync('zstd', args, { input: data, maxBuffer: 1 << 28 });
  return out.length;
}

function expectAgrees(ours: number, theirs: number, label: string): void {
  if (process.env.NSG_ZSTD_LOG) console.log(label, ours, theirs, ours - theirs);
  if (sameLibrary) expect(ours, label).toBe(theirs);
  else expect(Math.abs(ours - theirs), `${label}: ours ${ours}, zstd ${commandVersion}'s ${theirs}`).toBeLessThanOrEqual(theirs * TOLERANCE + 16);
}

/** `data` as a stream cut into `size`-byte chunks, the way a pipe might cut it. */
const chunked = (data: Buffer, size: number): Readable => {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) parts.push(data.subarray(i, i + size));
  return Readable.from(parts);
};

// What NARs hold: programs and text. Random bytes would say little (zstd stores them raw, and
// how releases cut such blocks differs more than anything that matters here).
const programs = (atLeast: number): Buffer => {
  const parts: Buffer[] = [];
  let total = 0;
  for (const name of readdirSync('/usr/bin').sort()) {
    if (total >= atLeast) break;
    const file = path.join('/usr/bin', name);
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > 512 * 1024) continue;
    const bytes = readFileSync(file);
    parts.push(bytes);
    total += bytes.length;
  }
  return Buffer.concat(parts);
};
const text = readFileSync(path.join(ROOT, 'package-lock.json'));
const SH = readFileSync(execFileSync('readlink', ['-f', '/bin/sh'], { encoding: 'utf8' }).trim());
const SAMPLES: [string, Buffer][] = [
  ['nothing', Buffer.alloc(0)],
  ['300 bytes of text', text.subarray(0, 300)],
  ['/bin/sh', SH],
  ['package-lock.json', text],
  ['3 MB of programs (measured in the thread pool)', programs(3_000_000)],
];

describe('zstdSizeOf (in memory)', () => {
  it.each(SAMPLES)('%s: the size `zstd -3 < FILE` makes', async (label, data) => {
    expectAgrees(await zstdSizeOf(data, frameSizer()), zstdCommand(data, 'stdin'), label);
  });

  it('is the size `zstd -3 < FILE` makes on every call, three at once', async () => {
    const data = programs(900_000);
    const theirs = zstdCommand(data, 'stdin');
    const frames = frameSizer();
    const sizes = await Promise.all([1, 2, 3].map(() => zstdSizeOf(data, frames)));
    for (const [i, size] of sizes.entries()) expectAgrees(size, theirs, `call ${i + 1}`);
    // And alike: no call sees another's state.
    expect(new Set(sizes).size).toBe(1);
  });
});

// Which frame (RFC 8878): a stream's, whose length zstd is not told (no content size in its
// header, tables for any length), or the size-known one. Across zstd releases the sizes differ
// a little, so the frame is told apart on Node's own library: the stream frame as Node's public
// zlib stream writes it when the end comes apart from the data, and the size-known one as
// zstdCompressSync writes it with pledgedSrcSize. Neither is how the code under test makes its
// frames (minizlib driving the binding synchronously, one stream for every input).
async function nodeStreamFrame(data: Buffer): Promise<number> {
  const stream = zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 } });
  let size = 0;
  stream.on('data', (chunk: Buffer) => {
    size += chunk.length;
  });
  const ended = new Promise((resolve) => stream.once('end', resolve));
  await new Promise<void>((resolve, reject) => stream.write(data, (error) => (error ? reject(error) : resolve())));
  stream.end();
  await ended;
  return size;
}
const nodeSizeKnownFrame = (data: Buffer): number =>
  zlib.zstdCompressSync(data, { params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 }, pledgedSrcSize: data.length }).length;

describe('frameSizer (many small inputs through one zstd stream)', () => {
  // Small NAR-like inputs.
  const small: [string, Buffer][] = [
    ['300 bytes of text', text.subarray(0, 300)],
    ['a NAR-sized 344 bytes', text.subarray(1000, 1344)],
    ['4 KiB of a program', SH.subarray(0, 4096)],
    ['5 KiB of text', text.subarray(0, 5120)],
  ];

  it.each(small)('%s: the frame of a stream (`zstd -3 < FILE`)', async (label, data) => {
    const ours = frameSizer()(data);
    expect(ours, label).toBe(await nodeStreamFrame(data));
    expectAgrees(ours, zstdCommand(data, 'stdin'), label);
  });

  it('is not the frame written with the size known up front (`zstd -3 FILE`)', async () => {
    // The two frames differ on some of these inputs, or the tests above would show nothing.
    const differs: [string, Buffer][] = [];
    for (const sample of small) if (nodeSizeKnownFrame(sample[1]) !== (await nodeStreamFrame(sample[1]))) differs.push(sample);
    expect(differs.map(([label]) => label)).not.toEqual([]);
    for (const [label, data] of differs) expect(frameSizer()(data), label).not.toBe(nodeSizeKnownFrame(data));
  });

  it('gives each input its own frame: one stream for all of them, the sizes of each alone', () => {
    const frames = frameSizer();
    // Each twice: a second frame of the same bytes gains nothing from the first.
    for (const [label, data] of [...SAMPLES, ...SAMPLES]) expectAgrees(frames(data), zstdCommand(data, 'stdin'), label);
  });
});

describe('zstdSizeOf in the thread pool (1 MiB and more)', () => {
  it('writes the frame of a stream, as frameSizer does, not the size-known one', async () => {
    const data = programs(1_500_000);
    const ours = await zstdSizeOf(data, frameSizer());
    expect(nodeSizeKnownFrame(data)).not.toBe(await nodeStreamFrame(data));
    expect(ours).toBe(await nodeStreamFrame(data));
    expect(ours).toBe(frameSizer()(data));
  });

  it('is the same frame on every run, four at once beside a busy thread', async () => {
    const data = programs(1_500_000);
    const theirs = await nodeStreamFrame(data);
    const sizes = Promise.all([1, 2, 3, 4].map(() => zstdSizeOf(data, frameSizer())));
    // This thread busy meanwhile: the end must still come apart from the data.
    for (const until = Date.now() + 50; Date.now() < until; );
    for (const size of await sizes) expect(size).toBe(theirs);
  });
});

describe('zstdSize (a stream)', () => {
  const data = Buffer.concat([SH, text]);

  it('the size `zstd -3 < FILE` makes, however the stream is cut', async () => {
    const theirs = zstdCommand(data, 'stdin');
    for (const size of [data.length, 1000, 4096, 65_536, 1 << 20]) {
      expectAgrees(await zstdSize(chunked(data, size)), theirs, `chunks of ${size}`);
    }
  });

  it.each(SAMPLES.filter(([label]) => label !== 'nothing'))('%s: the size `zstd -3 < FILE` makes', async (label, sample) => {
    expectAgrees(await zstdSize(chunked(sample, 65_536)), zstdCommand(sample, 'stdin'), label);
  });

  it('is an oracle that would catch another level or no compression', () => {
    // The tolerance above is far smaller than what the level changes on a program.
    const level3 = zstdCommand(SH, 'file');
    for (const level of ['-1', '-19']) {
      const other = execFileSync('zstd', [level, '--no-check', '-q', '-c'], { input: SH, maxBuffer: 1 << 28 }).length;
      expect(Math.abs(other - level3), `zstd ${level}`).toBeGreaterThan(level3 * TOLERANCE + 16);
    }
    expect(SH.length - level3).toBeGreaterThan(SH.length * 0.2);
  });

  it('passes on an error of the stream it reads', async () => {
    const failing = new Readable({ read() { this.destroy(new Error('the pipe broke')); } });
    await expect(zstdSize(failing)).rejects.toThrow('the pipe broke');
  });
});
