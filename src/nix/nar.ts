// The NAR serialisation of a store path, read straight from the file system: the bytes
// `nix store dump-path` prints, without starting a process per path (hundreds of added paths
// cost seconds that way). Nix's format: strings are a little-endian u64 length, the bytes, and
// zero padding to 8; directory entries in byte order of their names. File names and symlink
// targets are bytes, not text: a name that is not UTF-8 is archived as it is on disk (a string
// would turn it into U+FFFD and the NAR into one Nix never wrote), so paths are Buffers here.
//
// One walk of the tree (narPieces) gives the framing and where each file's contents go; two
// writers fill them in: a stream, for paths of any size, and one buffer written at once, for the
// many small paths of an update (an await per piece costs more than the piece).

import { closeSync, lstatSync, openSync, read, readSync, readdirSync, readlinkSync } from 'node:fs';
import { open } from 'node:fs/promises';

const PADDING = Buffer.alloc(8);
const CHUNK = 1024 * 1024;

const padding = (length: number): Buffer => PADDING.subarray(0, (8 - (length % 8)) % 8);

function u64(value: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(value));
  return bytes;
}

function str(value: string | Buffer): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  return Buffer.concat([u64(bytes.length), bytes, padding(bytes.length)]);
}

const strs = (...values: (string | Buffer)[]): Buffer => Buffer.concat(values.map(str));
const SLASH = Buffer.from('/');

/** A regular file's contents, `size` bytes, between the framing before and after it. */
interface FileContents {
  location: Buffer;
  size: number;
}

/** Directory entries in the byte order of their names, as Nix writes them. */
function byteOrder(names: Buffer[]): Buffer[] {
  return names.sort(Buffer.compare);
}

function* node(location: Buffer): Generator<Buffer | FileContents> {
  const info = lstatSync(location);
  if (info.isSymbolicLink()) {
    yield strs('(', 'type', 'symlink', 'target', readlinkSync(location, { encoding: 'buffer' }), ')');
  } else if (info.isFile()) {
    // Nix records only the owner's execute bit.
    const kind = info.mode & 0o100 ? strs('(', 'type', 'regular', 'executable', '', 'contents') : strs('(', 'type', 'regular', 'contents');
    yield Buffer.concat([kind, u64(info.size)]);
    yield { location, size: info.size };
    yield Buffer.concat([padding(info.size), str(')')]);
  } else if (info.isDirectory()) {
    yield strs('(', 'type', 'directory');
    for (const name of byteOrder(readdirSync(location, { encoding: 'buffer' }))) {
      yield strs('entry', '(', 'name', name, 'node');
      yield* node(Buffer.concat([location, SLASH, name]));
      yield str(')');
    }
    yield str(')');
  } else {
    throw new Error(`${location.toString()} is neither a file, a directory nor a symlink; Nix cannot archive it`);
  }
}

/** The NAR of `storePath` as its framing bytes and the files whose contents go between them, in order. */
function* narPieces(storePath: string): Generator<Buffer | FileContents> {
  yield str('nix-archive-1');
  yield* node(Buffer.from(storePath));
}

/** The NAR of `storePath`, as `nix store dump-path` writes it, a file's contents a MiB at a time. */
export async function* narOf(storePath: string): AsyncGenerator<Buffer> {
  for (const piece of narPieces(storePath)) {
    if (Buffer.isBuffer(piece)) {
      yield piece;
      continue;
    }
    const handle = await open(piece.location, 'r');
    try {
      for (let done = 0; done < piece.size; ) {
        const buffer = Buffer.allocUnsafe(Math.min(CHUNK, piece.size - done));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
        if (bytesRead === 0) throw new Error(`${piece.location.toString()} shrank while it was read`);
        done += bytesRead;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  }
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

// The framing of every node, written once (an update's thousands of small NARs are mostly framing).
const NAR_MAGIC = str('nix-archive-1');
const SYMLINK_OPEN = strs('(', 'type', 'symlink', 'target');
const REGULAR_OPEN = strs('(', 'type', 'regular', 'contents');
const EXECUTABLE_OPEN = strs('(', 'type', 'regular', 'executable', '', 'contents');
const DIRECTORY_OPEN = strs('(', 'type', 'directory');
const ENTRY_OPEN = strs('entry', '(', 'name');
const NODE = str('node');
const CLOSE = str(')');

/** Writes a NAR into a buffer of the size it must come to; NarSizeMismatch as soon as it cannot. */
class NarWriter {
  at = 0;
  constructor(
    readonly out: Buffer,
    readonly storePath: string,
    /** When given, files' contents are left here to read later, each where it goes. */
    readonly later?: { location: Buffer; at: number; size: number }[],
  ) {}

  private room(length: number): void {
    if (this.at + length > this.out.length) throw new NarSizeMismatch(this.storePath, this.out.length);
  }

  bytes(bytes: Buffer): void {
    this.room(bytes.length);
    bytes.copy(this.out, this.at);
    this.at += bytes.length;
  }

  /** A little-endian u64; sizes stay below 2^53. */
  u64(value: number): void {
    this.room(8);
    this.out.writeUInt32LE(value % 0x100000000, this.at);
    this.out.writeUInt32LE(Math.floor(value / 0x100000000), this.at + 4);
    this.at += 8;
  }

  /** Zeros up to the next multiple of 8 after `length` bytes. */
  pad(length: number): void {
    const pad = (8 - (length % 8)) % 8;
    this.room(pad);
    this.out.fill(0, this.at, this.at + pad);
    this.at += pad;
  }

  string(bytes: Buffer): void {
    this.u64(bytes.length);
    this.bytes(bytes);
    this.pad(bytes.length);
  }

  /** `size` bytes of the file at `location`, read straight into place. */
  contents(location: Buffer, size: number): void {
    this.u64(size);
    this.room(size);
    // An empty file has nothing to read (a NAR holds no owner or permissions but the x bit).
    if (size > 0) {
      if (this.later) this.later.push({ location, at: this.at, size });
      else this.read(location, size);
    }
    this.at += size;
    this.pad(size);
  }

  private read(location: Buffer, size: number): void {
    const handle = openSync(location, 'r');
    try {
      for (let done = 0; done < size; ) {
        const read = readSync(handle, this.out, this.at + done, size - done, done);
        if (read === 0) throw new Error(`${location.toString()} shrank while it was read`);
        done += read;
      }
    } finally {
      closeSync(handle);
    }
  }

  /** The node at `location`, as node() frames it (the same bytes, without a piece per string). */
  node(location: Buffer): void {
    const info = lstatSync(location);
    if (info.isSymbolicLink()) {
      this.bytes(SYMLINK_OPEN);
      this.string(readlinkSync(location, { encoding: 'buffer' }));
      this.bytes(CLOSE);
    } else if (info.isFile()) {
      // Nix records only the owner's execute bit.
      this.bytes(info.mode & 0o100 ? EXECUTABLE_OPEN : REGULAR_OPEN);
      this.contents(location, info.size);
      this.bytes(CLOSE);
    } else if (info.isDirectory()) {
      this.bytes(DIRECTORY_OPEN);
      for (const name of byteOrder(readdirSync(location, { encoding: 'buffer' }))) {
        this.bytes(ENTRY_OPEN);
        this.string(name);
        this.bytes(NODE);
        this.node(Buffer.concat([location, SLASH, name]));
        this.bytes(CLOSE);
      }
      this.bytes(CLOSE);
    } else {
      throw new Error(`${location.toString()} is neither a file, a directory nor a symlink; Nix cannot archive it`);
    }
  }
}

/**
 * The NAR of `storePath` in one buffer of `narSize` bytes, written synchronously: for small
 * paths. NarSizeMismatch when it does not come to exactly `narSize`.
 */
export function narOfSync(storePath: string, narSize: number): Buffer {
  // Not zeroed: every byte is written below, padding included.
  const writer = new NarWriter(Buffer.allocUnsafe(narSize), storePath);
  writer.bytes(NAR_MAGIC);
  writer.node(Buffer.from(storePath));
  if (writer.at !== narSize) throw new NarSizeMismatch(storePath, narSize);
  return writer.out;
}

/**
 * narOfSync's NAR, its files' contents read in Node's thread pool: the framing is written here
 * at once, then every file's read is started, each straight into its place, before this
 * returns. For the big NARs of an update, which are then read on another core while this thread
 * goes on with the analysis.
 */
export async function narOfBeside(storePath: string, narSize: number): Promise<Buffer> {
  const later: { location: Buffer; at: number; size: number }[] = [];
  const writer = new NarWriter(Buffer.allocUnsafe(narSize), storePath, later);
  writer.bytes(NAR_MAGIC);
  writer.node(Buffer.from(storePath));
  if (writer.at !== narSize) throw new NarSizeMismatch(storePath, narSize);
  await Promise.all(later.map(({ location, at, size }) => readInto(location, writer.out, at, size)));
  return writer.out;
}

/** `size` bytes of the file at `location` into out[at…]: opened here, read in the thread pool. */
function readInto(location: Buffer, out: Buffer, at: number, size: number): Promise<void> {
  const handle = openSync(location, 'r');
  return new Promise((resolve, reject) => {
    const step = (done: number): void => {
      read(handle, out, at + done, size - done, done, (error, bytesRead) => {
        const failure = error ?? (bytesRead === 0 ? new Error(`${location.toString()} shrank while it was read`) : null);
        if (!failure && done + bytesRead < size) return step(done + bytesRead);
        closeSync(handle);
        if (failure) reject(failure);
        else resolve();
      });
    };
    step(0);
  });
}
