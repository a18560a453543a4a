// The image formats told by their first bytes (src/image/format.ts), on files the real tools
// make: systemd-repart, mkfs.*, mksquashfs, xorriso, qemu-img and the compressors
// (scripts/test.sh installs them from Debian's packages).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageFormat } from '../../src/image/format.js';

const dir = mkdtempSync(path.join(tmpdir(), 'nsg-format-'));
const tree = path.join(dir, 'tree');
mkdirSync(path.join(tree, 'nix/store/00000000000000000000000000000000-hello-2.12.1/bin'), { recursive: true });
writeFileSync(path.join(tree, 'nix/store/00000000000000000000000000000000-hello-2.12.1/bin/hello'), '#!/bin/sh\necho hello\n');
// mkfs.* live in /usr/sbin, which a non-root PATH may lack.
const env = { ...process.env, PATH: `${process.env.PATH ?? '/usr/bin:/bin'}:/usr/sbin:/sbin` };
const sh = (command: string) => execFileSync('sh', ['-c', command], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });

/** Each file made by the tool named, and the format that tool makes. */
const made: [format: string, file: string, make: string][] = [
  ['gpt', 'disk.raw', 'mkdir -p repart.d && printf "[Partition]\\nType=root\\nFormat=ext4\\nSizeMinBytes=8M\\n" > repart.d/10-root.conf && systemd-repart --no-pager --empty=create --size=auto --definitions=repart.d --dry-run=no disk.raw'],
  ['iso9660', 'cd.iso', 'xorriso -as mkisofs -quiet -o cd.iso tree'],
  ['squashfs', 'store.sqfs', 'mksquashfs tree store.sqfs -quiet -no-progress'],
  ['erofs', 'store.erofs', 'mkfs.erofs -d0 store.erofs tree'],
  ['ext', 'root.ext4', 'mkfs.ext4 -q -d tree root.ext4 8M'],
  ['btrfs', 'root.btrfs', 'truncate -s 128M root.btrfs && mkfs.btrfs -q root.btrfs'],
  ['mbr', 'esp.vfat', 'mkfs.vfat -C esp.vfat 4096 >/dev/null'],
  ['qcow2', 'disk.qcow2', 'qemu-img create -q -f qcow2 disk.qcow2 16M'],
  ['vhdx', 'disk.vhdx', 'qemu-img create -q -f vhdx disk.vhdx 16M'],
  ['vmdk', 'disk.vmdk', 'qemu-img create -q -f vmdk disk.vmdk 16M'],
  ['vdi', 'disk.vdi', 'qemu-img create -q -f vdi disk.vdi 16M'],
  ['zstd', 'disk.raw.zst', 'zstd -q -f disk.raw -o disk.raw.zst'],
  ['xz', 'disk.raw.xz', 'xz -kc disk.raw > disk.raw.xz'],
  ['gzip', 'disk.raw.gz', 'gzip -kc disk.raw > disk.raw.gz'],
  ['bzip2', 'disk.raw.bz2', 'bzip2 -kc disk.raw > disk.raw.bz2'],
  ['lz4', 'disk.raw.lz4', 'lz4 -q -f disk.raw disk.raw.lz4'],
];

describe('imageFormat', () => {
  // In order: the compressed ones compress the GPT disk made first.
  for (const [, , make] of made) sh(make);

  it.each(made)('tells %s from the file %s that the tool makes', async (format, file) => {
    expect(await imageFormat(path.join(dir, file))).toBe(format);
  });

  it.each([
    ['a shell script', '#!/bin/sh\nexec /nix/store/00000000000000000000000000000000-hello-2.12.1/bin/hello\n'],
    ['a closure listing', '/nix/store/00000000000000000000000000000000-hello-2.12.1\n'],
    ['an empty file', ''],
  ])('finds no image in %s', async (_what, text) => {
    const file = path.join(dir, 'plain');
    writeFileSync(file, text);
    expect(await imageFormat(file)).toBeNull();
  });
});
