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
 * Whether `closure`'s root is an image of its store paths: it references every other path of
 * its closure directly, and there is at least one. A toplevel never does (system-path stands
 * between it and the packages); an image file whose contents Nix cannot see (a compressed
 * sd-image) references nothing, and is then just a file.
 */
export function referencesWholeClosure(closure: Closure): boolean {
  const { paths, refStart, rootId } = closure;
  const others = paths.length - 1;
  // References are distinct ids without the root itself (closure.ts), so a count is enough.
  return others > 0 && (refStart[rootId + 1] as number) - (refStart[rootId] as number) === others;
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
 * A side's closure as the analysis reads it: the image's contents when the side has an image
 * and its output references its whole closure directly; the closure itself otherwise.
 */
export function storeContents(side: { closure: Closure; image: ImageInfo | null }): Closure {
  if (side.closure.image || side.image === null || !referencesWholeClosure(side.closure)) return side.closure;
  // Closures never change once made: the analysis, the update and the trend share one reading.
  let contents = readings.get(side.closure);
  if (!contents) {
    contents = imageContents(side.closure);
    readings.set(side.closure, contents);
  }
  return contents;
}

const readings = new WeakMap<Closure, Closure>();

/** A target's two sides' store contents, the same reading at both. */
export function targetContents(base: { closure: Closure; image: ImageInfo | null }, head: { closure: Closure; image: ImageInfo | null }): { base: Closure; head: Closure } {
  const read = { base: storeContents(base), head: storeContents(head) };
  // A side read from a binary cache has no image file to show (it was not downloaded): when the
  // other side is an image of store paths, this one, referencing its whole closure too, is one.
  if (read.head.image && !read.base.image && base.image === null) read.base = storeContents({ closure: base.closure, image: head.image });
  if (read.base.image && !read.head.image && head.image === null) read.head = storeContents({ closure: head.closure, image: base.image });
  return read;
}

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
  if (!image.image || idOf(image, system.root) === -1) return null;
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
