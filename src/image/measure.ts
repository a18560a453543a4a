// Disk images: apparent size (what must fit the flash), allocated size (sparse images hold
// holes), and zstd-compressed size (what an over-the-air download costs).

import { createReadStream } from 'node:fs';
// A namespace import: fs.glob is Node ≥ 22, and a named import would stop the CLI before it can
// say which Node it needs.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { ToolError } from '../core/errors.js';
import { toStorePath } from '../core/store-path.js';
import type { ImageInfo } from '../core/types.js';
import { zstdAvailable, zstdSize } from '../zstd.js';
import { imageFormat } from './format.js';

/** The number of bytes zstd (level 3) turns the file into, streamed: images are GBs. */
export async function zstdCompressedSize(file: string): Promise<number> {
  if (!zstdAvailable()) {
    throw new ToolError(`measuring ${file} needs zstd in Node's zlib: run nix-size-guard with Node 24 or newer (this is ${process.version})`);
  }
  return zstdSize(createReadStream(file, { highWaterMark: 1024 * 1024 }));
}

export async function measureFile(file: string, format?: string | null): Promise<ImageInfo> {
  const info = await fsp.stat(file);
  const real = await fsp.realpath(file);
  const holder = toStorePath(real);
  const kind = format === undefined ? await imageFormat(real) : format;
  return {
    file,
    apparentSize: info.size,
    // st_blocks counts 512-byte units whatever the filesystem's block size.
    allocatedSize: info.blocks * 512,
    compressedSize: await zstdCompressedSize(file),
    ...(kind ? { format: kind } : {}),
    ...(holder ? { storePath: holder } : {}),
  };
}

/**
 * The image of a target's output: the output itself when it is a file, else the file the glob
 * matches inside it (the largest, if several; a note says so). Null when nothing matches:
 * a toplevel has no image.
 */
export async function findImage(output: string, imageGlob: string): Promise<{ image: ImageInfo | null; note?: string }> {
  const info = await fsp.stat(output);
  if (info.isFile()) {
    // An output that is one file is an image when its first bytes say so, not for being a
    // file: a script or a closure listing is none.
    const format = await imageFormat(output);
    return { image: format ? await measureFile(output, format) : null };
  }
  const matches: { file: string; size: number }[] = [];
  // The glob was checked to stay below the output (no `..`, not absolute); a symbolic link inside
  // the output could still lead out of it (to /etc/hosts): only files really inside it count, or,
  // for a store path, inside another store path (which is then in its closure).
  const inside = await fsp.realpath(output);
  const inStore = toStorePath(inside) !== null;
  for await (const relative of fsp.glob(imageGlob, { cwd: output })) {
    const file = path.join(output, relative);
    const real = await fsp.realpath(file).catch(() => null);
    if (real === null) continue; // a dangling link
    const below = path.relative(inside, real);
    if ((below.startsWith('..') || path.isAbsolute(below)) && !(inStore && toStorePath(real) !== null)) continue;
    const fileInfo = await fsp.stat(real);
    if (fileInfo.isFile()) matches.push({ file, size: fileInfo.size });
  }
  if (matches.length === 0) return { image: null };
  matches.sort((a, b) => b.size - a.size || a.file.localeCompare(b.file));
  const chosen = matches[0] as { file: string };
  const note =
    matches.length > 1
      ? `image glob '${imageGlob}' matched ${matches.length} files; measured the largest, ${path.basename(chosen.file)}`
      : undefined;
  return { image: await measureFile(chosen.file), note };
}
