// The NAR serialisation of a store path, read straight from the file system: the bytes
// `nix store dump-path` prints, without starting a process per path (hundreds of added paths
// cost seconds that way). Two writers of the same format: a stream, for paths of any size, and
// one buffer written at once, for the many small paths of an update (a generator's await per
// piece costs more than the piece). Nix's format: strings are a little-endian u64 length, the bytes, and
// zero padding to 8; directory entries in byte order of their names.

import { closeSync, lstatSync, openSync, readSync, readdirSync, readlinkSync } from 'node:fs';
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
    const names = byteOrder(await readdir(location));
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

/** Directory entries in the byte order of their names, as Nix writes them. */
function byteOrder(names: string[]): string[] {
  return names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** The NAR was not `narSize` bytes: the path changed, or Nix's record is not of this path. */
export class NarSizeMismatch extends Error {
  constructor(
    readonly storePath: string,
    readonly expected: number,
  ) {
    super(`${storePath} is not ${expected} bytes as a NAR`);
  }
}

/**
 * The NAR of `storePath` in one buffer of `narSize` bytes, written synchronously: for small
 * paths. NarSizeMismatch when it does not come to exactly `narSize`.
 */
export function narOfSync(storePath: string, narSize: number): Buffer {
  // Not zeroed: every byte is written below, padding included.
  const out = Buffer.allocUnsafe(narSize);
  let at = 0;
  const room = (bytes: number): void => {
    if (at + bytes > narSize) throw new NarSizeMismatch(storePath, narSize);
  };
  const u64 = (value: number): void => {
    room(8);
    out.writeBigUInt64LE(BigInt(value), at);
    at += 8;
  };
  const pad = (length: number): void => {
    const padding = (8 - (length % 8)) % 8;
    room(padding);
    out.fill(0, at, at + padding);
    at += padding;
  };
  const text = (value: string): void => {
    const length = Buffer.byteLength(value);
    u64(length);
    room(length);
    out.write(value, at, 'utf8');
    at += length;
    pad(length);
  };
  const node = (location: string): void => {
    const info = lstatSync(location);
    text('(');
    text('type');
    if (info.isSymbolicLink()) {
      text('symlink');
      text('target');
      text(readlinkSync(location));
    } else if (info.isFile()) {
      text('regular');
      // Nix records only the owner's execute bit.
      if (info.mode & 0o100) {
        text('executable');
        text('');
      }
      text('contents');
      u64(info.size);
      room(info.size);
      const handle = openSync(location, 'r');
      try {
        for (let done = 0; done < info.size; ) {
          const read = readSync(handle, out, at + done, info.size - done, done);
          if (read === 0) throw new Error(`${location} shrank while it was read`);
          done += read;
        }
      } finally {
        closeSync(handle);
      }
      at += info.size;
      pad(info.size);
    } else if (info.isDirectory()) {
      text('directory');
      for (const name of byteOrder(readdirSync(location))) {
        text('entry');
        text('(');
        text('name');
        text(name);
        text('node');
        node(path.join(location, name));
        text(')');
      }
    } else {
      throw new Error(`${location} is neither a file, a directory nor a symlink; Nix cannot archive it`);
    }
    text(')');
  };
  text('nix-archive-1');
  node(storePath);
  if (at !== narSize) throw new NarSizeMismatch(storePath, narSize);
  return out;
}
