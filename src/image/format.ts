// What kind of file an image is, by its first bytes: the signatures of disk images, file
// systems and the compressors image builders use. A disk image is told from a script or a text
// file this way (an output that is one file is no image for being a file), and an image whose
// store is compressed (an ISO's squashfs, a .img.zst) is still known as an image although Nix
// sees few or none of the store paths inside it.

import { open } from 'node:fs/promises';

interface Signature {
  format: string;
  offset: number;
  bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

// Offsets and magic numbers as each format's specification puts them (and file(1)'s magic).
// More specific ones first: an ISO hybrid image also carries an MBR, a GPT disk a protective MBR.
const SIGNATURES: readonly Signature[] = [
  { format: 'gpt', offset: 512, bytes: ascii('EFI PART') }, // UEFI spec, LBA 1 at 512-byte sectors
  { format: 'gpt', offset: 4096, bytes: ascii('EFI PART') }, // LBA 1 at 4096-byte sectors
  { format: 'iso9660', offset: 0x8001, bytes: ascii('CD001') }, // ECMA-119 volume descriptor at sector 16
  { format: 'qcow2', offset: 0, bytes: [0x51, 0x46, 0x49, 0xfb] }, // "QFI\xfb"
  { format: 'vhdx', offset: 0, bytes: ascii('vhdxfile') },
  { format: 'vmdk', offset: 0, bytes: ascii('KDMV') },
  { format: 'vdi', offset: 0x40, bytes: [0x7f, 0x10, 0xda, 0xbe] },
  { format: 'squashfs', offset: 0, bytes: ascii('hsqs') },
  { format: 'erofs', offset: 1024, bytes: [0xe2, 0xe1, 0xf5, 0xe0] }, // EROFS_SUPER_MAGIC_V1, little endian
  { format: 'ext', offset: 1080, bytes: [0x53, 0xef] }, // ext2/3/4 s_magic
  { format: 'btrfs', offset: 0x10040, bytes: ascii('_BHRfS_M') },
  { format: 'zstd', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { format: 'xz', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: 'gzip', offset: 0, bytes: [0x1f, 0x8b] },
  { format: 'bzip2', offset: 0, bytes: ascii('BZh') },
  { format: 'lz4', offset: 0, bytes: [0x04, 0x22, 0x4d, 0x18] },
  { format: 'mbr', offset: 510, bytes: [0x55, 0xaa] }, // a boot sector: MBR disks, FAT file systems
];

const HEADER = Math.max(...SIGNATURES.map((s) => s.offset + s.bytes.length));

/** The format the first bytes of `header` say, or null for none of SIGNATURES. */
export function formatOfHeader(header: Uint8Array): string | null {
  for (const { format, offset, bytes } of SIGNATURES) {
    if (offset + bytes.length > header.length) continue;
    if (bytes.every((byte, i) => header[offset + i] === byte)) return format;
  }
  return null;
}

/** The image format of `file` by its first bytes, or null. */
export async function imageFormat(file: string): Promise<string | null> {
  const handle = await open(file, 'r');
  try {
    const header = new Uint8Array(HEADER);
    const { bytesRead } = await handle.read(header, 0, HEADER, 0);
    return formatOfHeader(header.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
