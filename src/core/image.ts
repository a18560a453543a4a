// Disk images of store paths. NixOS's image builders (image/repart.nix, make-disk-image.nix,
// sd-image) copy a system's closure into a file system inside one file; Nix scans that file for
// store path hashes and finds every copied path, so the image's output references its whole
// closure directly. Read as it is, every chain would be one step (image → perl), the image's
// own NAR (the file) would count as a new heavy path, as growth and as download, and the system
// would be counted twice, as store paths and again inside the file.
//
// So the closure of such an output is read as what is inside it: the root's references are cut
// to the paths that nothing else inside refers to (the system's toplevel), so chains run
// image → nixos-system-… → system-path → …, and the root's own NAR is left out of every list
// and total: the report measures the file itself (apparent, allocated, zstd) instead.

import { idOf } from './closure.js';
import type { Closure, ImageInfo, PathSize } from './types.js';

/**
 * Whether `closure`'s root references every other path of its closure directly, and at least
 * one of those is referenced by another path too (a shortcut: the root lists a graph flat, as
 * an image's file system does). A toplevel never does (system-path stands between it and the
 * packages); neither does a script that refers to the one program it runs.
 */
export function referencesWholeClosure(closure: Closure): boolean {
  const { paths, refStart, refs, rootId } = closure;
  const others = paths.length - 1;
  // References are distinct ids without the root itself (closure.ts), so a count is enough.
  if (others <= 0 || (refStart[rootId + 1] as number) - (refStart[rootId] as number) !== others) return false;
  for (let id = 0; id < paths.length; id++) if (id !== rootId && (refStart[id + 1] as number) > (refStart[id] as number)) return true;
  return false;
}

/**
 * Whether a side's root is an image of store paths: its image file is the root's own (its NAR
 * holds the file, not another store path a link leads to), and the file is a disk image or a
 * compressed one by its first bytes (image/format.ts), or the root lists its whole closure
 * flat (referencesWholeClosure). An ISO's squashfs or a .img.zst compresses the store: Nix then
 * finds few or none of its paths in the file, and the root refers to the toplevel at most.
 */
export function isImageRoot(side: { closure: Closure; image: ImageInfo | null }): boolean {
  const { closure, image } = side;
  if (image === null) return false;
  // An image measured before the holder was recorded (an older saved baseline): its output's.
  const own = image.storePath === undefined ? image.file.startsWith(`${closure.root}/`) || image.file === closure.root : image.storePath === closure.root;
  return own && (image.format !== undefined || referencesWholeClosure(closure));
}

/**
 * The closure as the image holds it (see above): the same paths, with the root's references
 * cut to the paths no other path inside refers to, and marked `image`. O(paths + references).
 */
export function imageContents(closure: Closure): Closure {
  const { paths, refStart, refs, rootId } = closure;
  const n = paths.length;
  const referenced = new Uint8Array(n);
  for (let id = 0; id < n; id++) {
    if (id === rootId) continue;
    for (let k = refStart[id] as number, end = refStart[id + 1] as number; k < end; k++) referenced[refs[k] as number] = 1;
  }
  // References form no cycles (Nix refuses them, self-references aside), so some path inside is
  // referenced by no other: the tops are never empty.
  const tops: number[] = [];
  for (let k = refStart[rootId] as number, end = refStart[rootId + 1] as number; k < end; k++) {
    const ref = refs[k] as number;
    if (referenced[ref] === 0) tops.push(ref);
  }
  const removed = (refStart[rootId + 1] as number) - (refStart[rootId] as number) - tops.length;
  const newRefs = new Int32Array(refs.length - removed);
  const newStart = new Int32Array(n + 1);
  let at = 0;
  for (let id = 0; id < n; id++) {
    newStart[id] = at;
    if (id === rootId) {
      // Ascending, as they were: chains pick the same path on every run.
      for (const top of tops) newRefs[at++] = top;
      continue;
    }
    for (let k = refStart[id] as number, end = refStart[id + 1] as number; k < end; k++) newRefs[at++] = refs[k] as number;
  }
  newStart[n] = at;
  return { ...closure, refStart: newStart, refs: newRefs, image: true };
}

/**
 * A side's closure as the analysis reads it: the image's contents when its root is an image of
 * store paths (isImageRoot), or `asImage`; the closure itself otherwise.
 */
export function storeContents(side: { closure: Closure; image: ImageInfo | null }, asImage = isImageRoot(side)): Closure {
  if (side.closure.image || !asImage) return side.closure;
  // Closures never change once made: the analysis, the update and the trend share one reading.
  let contents = readings.get(side.closure);
  if (!contents) {
    contents = imageContents(side.closure);
    readings.set(side.closure, contents);
  }
  return contents;
}

const readings = new WeakMap<Closure, Closure>();

/**
 * A target's two sides' store contents, read alike: both sides are one installable, so when
 * either side's root is an image of store paths, both are read as images (a side read from a
 * binary cache has no file to look at; a baseline saved by an older version, no holder).
 */
export function targetContents(base: { closure: Closure; image: ImageInfo | null }, head: { closure: Closure; image: ImageInfo | null }): { base: Closure; head: Closure } {
  const image = isImageRoot(head) || isImageRoot(base);
  return { base: storeContents(base, image), head: storeContents(head, image) };
}

/** `image.raw`: the image's file name, as the report's lines name it. */
export const imageFileName = (image: ImageInfo): string => image.file.slice(image.file.lastIndexOf('/') + 1);

/**
 * The id of an image's own output in its contents (its NAR is the image file, not a store path
 * the system holds), or -1 for a closure that is no image: what every list and total leaves out.
 */
export function imageRootId(closure: Closure): number {
  return closure.image ? closure.rootId : -1;
}

/**
 * The system's story is told once: an image target whose contents hold another target's head
 * root (the toplevel inside the image) is that target's image. The store paths it holds beyond
 * that target's closure (a registration, a firmware package), biggest first.
 */
export function imageOf(image: Closure, system: Closure): { extra: PathSize[] } | null {
  if (!image.image) return null;
  // The system is one of the paths the image holds that nothing else inside refers to (its
  // toplevel), not any package inside it.
  const id = idOf(image, system.root);
  let top = false;
  for (let k = image.refStart[image.rootId] as number, end = image.refStart[image.rootId + 1] as number; k < end; k++) if (image.refs[k] === id) top = true;
  if (id === -1 || !top) return null;
  const extra: number[] = [];
  // Both lists are sorted: one merge.
  const a = image.paths;
  const b = system.paths;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (i === image.rootId) continue;
    const path = a[i] as string;
    while (j < b.length && (b[j] as string) < path) j++;
    if (j >= b.length || b[j] !== path) extra.push(i);
  }
  const sizes = image.narSizes;
  extra.sort((x, y) => (sizes[y] as number) - (sizes[x] as number) || x - y);
  return { extra: extra.map((id) => ({ path: a[id] as string, narSize: sizes[id] as number })) };
}
