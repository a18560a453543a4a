import { createRequire as __nsgCreateRequire } from 'node:module';
const require = __nsgCreateRequire(import.meta.url);

// src/worker.ts
import { parentPort } from "node:worker_threads";

// src/core/errors.ts
var ToolError = class extends Error {
  constructor(message, detail = "") {
    super(detail ? `${message}
${detail}` : message);
    this.detail = detail;
  }
  detail;
  name = "ToolError";
};

// src/core/store-path.ts
function storePathName(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dash = base.indexOf("-");
  return dash === -1 ? base : base.slice(dash + 1);
}

// src/zstd.ts
import { isMainThread } from "node:worker_threads";
import zlib from "node:zlib";
var ZSTD_LEVEL = 3;
async function zstdSize(source, pledgedSrcSize) {
  const compress = zlib.createZstdCompress(zstdOptions(pledgedSrcSize));
  let size = 0;
  compress.on("data", (chunk) => {
    size += chunk.length;
  });
  const finished = new Promise((resolve, reject) => {
    compress.on("end", resolve);
    compress.on("error", reject);
  });
  finished.catch(() => void 0);
  try {
    for await (const chunk of source) {
      await new Promise((resolve, reject) => compress.write(chunk, (error) => error ? reject(error) : resolve()));
    }
  } catch (error) {
    compress.destroy();
    throw error;
  }
  compress.end();
  await finished;
  return size;
}
var AT_ONCE_MAX = 1024 * 1024;
async function zstdSizeOf(bytes) {
  if (bytes.length < AT_ONCE_MAX || !isMainThread) return zlib.zstdCompressSync(bytes, zstdOptions(bytes.length)).length;
  return zstdSize([bytes], bytes.length);
}
function zstdOptions(pledgedSrcSize) {
  const params = { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL };
  return pledgedSrcSize === void 0 ? { params } : { params, pledgedSrcSize };
}

// src/nix/nar.ts
import { closeSync, lstatSync, openSync, readSync, readdirSync, readlinkSync } from "node:fs";
import { open } from "node:fs/promises";
var PADDING = Buffer.alloc(8);
var CHUNK = 1024 * 1024;
var padding = (length) => PADDING.subarray(0, (8 - length % 8) % 8);
function u64(value) {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(value));
  return bytes;
}
function str(value) {
  const bytes = typeof value === "string" ? Buffer.from(value) : value;
  return Buffer.concat([u64(bytes.length), bytes, padding(bytes.length)]);
}
var strs = (...values) => Buffer.concat(values.map(str));
var SLASH = Buffer.from("/");
function byteOrder(names) {
  return names.sort(Buffer.compare);
}
function* node(location) {
  const info = lstatSync(location);
  if (info.isSymbolicLink()) {
    yield strs("(", "type", "symlink", "target", readlinkSync(location, { encoding: "buffer" }), ")");
  } else if (info.isFile()) {
    const kind = info.mode & 64 ? strs("(", "type", "regular", "executable", "", "contents") : strs("(", "type", "regular", "contents");
    yield Buffer.concat([kind, u64(info.size)]);
    yield { location, size: info.size };
    yield Buffer.concat([padding(info.size), str(")")]);
  } else if (info.isDirectory()) {
    yield strs("(", "type", "directory");
    for (const name of byteOrder(readdirSync(location, { encoding: "buffer" }))) {
      yield strs("entry", "(", "name", name, "node");
      yield* node(Buffer.concat([location, SLASH, name]));
      yield str(")");
    }
    yield str(")");
  } else {
    throw new Error(`${location.toString()} is neither a file, a directory nor a symlink; Nix cannot archive it`);
  }
}
function* narPieces(storePath) {
  yield str("nix-archive-1");
  yield* node(Buffer.from(storePath));
}
async function* narOf(storePath) {
  for (const piece of narPieces(storePath)) {
    if (Buffer.isBuffer(piece)) {
      yield piece;
      continue;
    }
    const handle = await open(piece.location, "r");
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
var NarSizeMismatch = class extends Error {
  constructor(storePath, expected) {
    super(`${storePath} is not ${expected} bytes as a NAR`);
    this.storePath = storePath;
    this.expected = expected;
  }
  storePath;
  expected;
};
var NAR_MAGIC = str("nix-archive-1");
var SYMLINK_OPEN = strs("(", "type", "symlink", "target");
var REGULAR_OPEN = strs("(", "type", "regular", "contents");
var EXECUTABLE_OPEN = strs("(", "type", "regular", "executable", "", "contents");
var DIRECTORY_OPEN = strs("(", "type", "directory");
var ENTRY_OPEN = strs("entry", "(", "name");
var NODE = str("node");
var CLOSE = str(")");
var NarWriter = class {
  constructor(out, storePath) {
    this.out = out;
    this.storePath = storePath;
  }
  out;
  storePath;
  at = 0;
  room(length) {
    if (this.at + length > this.out.length) throw new NarSizeMismatch(this.storePath, this.out.length);
  }
  bytes(bytes) {
    this.room(bytes.length);
    bytes.copy(this.out, this.at);
    this.at += bytes.length;
  }
  /** A little-endian u64; sizes stay below 2^53. */
  u64(value) {
    this.room(8);
    this.out.writeUInt32LE(value % 4294967296, this.at);
    this.out.writeUInt32LE(Math.floor(value / 4294967296), this.at + 4);
    this.at += 8;
  }
  /** Zeros up to the next multiple of 8 after `length` bytes. */
  pad(length) {
    const pad = (8 - length % 8) % 8;
    this.room(pad);
    this.out.fill(0, this.at, this.at + pad);
    this.at += pad;
  }
  string(bytes) {
    this.u64(bytes.length);
    this.bytes(bytes);
    this.pad(bytes.length);
  }
  /** `size` bytes of the file at `location`, read straight into place. */
  contents(location, size) {
    this.u64(size);
    this.room(size);
    if (size > 0) this.read(location, size);
    this.at += size;
    this.pad(size);
  }
  read(location, size) {
    const handle = openSync(location, "r");
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
  node(location) {
    const info = lstatSync(location);
    if (info.isSymbolicLink()) {
      this.bytes(SYMLINK_OPEN);
      this.string(readlinkSync(location, { encoding: "buffer" }));
      this.bytes(CLOSE);
    } else if (info.isFile()) {
      this.bytes(info.mode & 64 ? EXECUTABLE_OPEN : REGULAR_OPEN);
      this.contents(location, info.size);
      this.bytes(CLOSE);
    } else if (info.isDirectory()) {
      this.bytes(DIRECTORY_OPEN);
      for (const name of byteOrder(readdirSync(location, { encoding: "buffer" }))) {
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
};
function narOfSync(storePath, narSize) {
  const writer = new NarWriter(Buffer.allocUnsafe(narSize), storePath);
  writer.bytes(NAR_MAGIC);
  writer.node(Buffer.from(storePath));
  if (writer.at !== narSize) throw new NarSizeMismatch(storePath, narSize);
  return writer.out;
}

// src/threads/pool.ts
var WORKER = new URL("./worker.js", import.meta.url);

// src/nix/nar-size.ts
var IN_MEMORY_MAX = 16 * 1024 * 1024;
async function measureOne(nix, { path, narSize }) {
  try {
    const nar = narSize <= IN_MEMORY_MAX ? narInMemory(path, narSize) : null;
    return nar ? await zstdSizeOf(nar) : await measureStreamed(path, narSize);
  } catch (error) {
    if (error.code !== "EACCES") throw error;
    return nix.dumpPath(path, zstdSize);
  }
}
function narInMemory(path, narSize) {
  try {
    return narOfSync(path, narSize);
  } catch (error) {
    if (error instanceof NarSizeMismatch) return null;
    throw error;
  }
}
async function measureStreamed(path, narSize) {
  let bytes = 0;
  const size = await zstdSize(
    (async function* counted() {
      for await (const chunk of narOf(path)) {
        bytes += chunk.length;
        yield chunk;
      }
    })()
  );
  if (bytes !== narSize) throw new NotMeasured(`${storePathName(path)} on disk is ${bytes} bytes as a NAR, Nix records ${narSize}`);
  return size;
}
var NotMeasured = class extends Error {
};
function whyNotMeasured(error) {
  if (error instanceof NotMeasured) return error.message;
  if (!(error instanceof ToolError) && error.code === void 0) return null;
  const lines = error.message.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  return lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : lines[0] ?? "";
}
async function claimAndMeasure(paths, next, sizes, measure) {
  for (let i = Atomics.add(next, 0, 1); i < paths.length; i = Atomics.add(next, 0, 1)) {
    sizes[i] = await measure(paths[i]);
  }
}

// src/worker.ts
var NeedsNix = class extends Error {
};
var noNix = {
  dumpPath() {
    throw new NeedsNix();
  }
};
async function answer({ paths, next, sizes }) {
  await claimAndMeasure(paths, next, sizes, async (entry) => {
    try {
      return await measureOne(noNix, entry);
    } catch (error) {
      if (error instanceof NeedsNix) return -1;
      throw error;
    }
  });
  return { done: true };
}
function failure(task, error) {
  Atomics.store(task.next, 0, task.paths.length);
  const why = whyNotMeasured(error);
  if (why !== null) return { notMeasured: why };
  return { error: { message: error instanceof Error ? error.message : String(error) } };
}
var port = parentPort;
port?.on("message", ({ id, task }) => {
  answer(task).then(
    (reply) => port.postMessage({ id, reply }),
    (error) => port.postMessage({ id, reply: failure(task, error) })
  );
});
