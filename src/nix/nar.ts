// The NAR serialisation of a store path, read straight from the file system: the bytes
// `nix store dump-path` prints, without starting a process per path (hundreds of added paths
// cost seconds that way). Nix's format: strings are a little-endian u64 length, the bytes, and
// zero padding to 8; directory entries in byte order of their names.

import { lstat, open, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';

const PADDING = Buffer.alloc(8);
const CHUNK = 1024 * 1024;

function str(value: string | Buffer): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(bytes.length));
  const pad = (8 - (bytes.length % 8)) % 8;
  return Buffer.concat([length, bytes, PADDING.subarray(0, pad)]);
}

const strs = (...values: string[]): Buffer => Buffer.concat(values.map((v) => str(v)));

async function* file(location: string, size: number): AsyncGenerator<Buffer> {
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(size));
  yield length;
  const handle = await open(location, 'r');
  try {
    let done = 0;
    while (done < size) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, size - done));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
      if (bytesRead === 0) throw new Error(`${location} shrank while it was read`);
      done += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
  const pad = (8 - (size % 8)) % 8;
  if (pad > 0) yield PADDING.subarray(0, pad);
}

async function* node(location: string): AsyncGenerator<Buffer> {
  const info = await lstat(location);
  if (info.isSymbolicLink()) {
    yield strs('(', 'type', 'symlink', 'target', await readlink(location), ')');
  } else if (info.isFile()) {
    // Nix records only the owner's execute bit.
    yield info.mode & 0o100 ? strs('(', 'type', 'regular', 'executable', '', 'contents') : strs('(', 'type', 'regular', 'contents');
    yield* file(location, info.size);
    yield str(')');
  } else if (info.isDirectory()) {
    yield strs('(', 'type', 'directory');
    const names = (await readdir(location)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const name of names) {
      yield strs('entry', '(', 'name', name, 'node');
      yield* node(path.join(location, name));
      yield str(')');
    }
    yield str(')');
  } else {
    throw new Error(`${location} is neither a file, a directory nor a symlink; Nix cannot archive it`);
  }
}

/** The NAR of `storePath`, as `nix store dump-path` writes it. */
export async function* narOf(storePath: string): AsyncGenerator<Buffer> {
  yield str('nix-archive-1');
  yield* node(storePath);
}
