// The read stage: each output's closure (each side's local outputs in one `nix path-info`) and its
// image, or a closure from a binary cache's narinfo files without downloading it.

import { realpath } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import type { GuardSettings } from '../core/settings.js';
import { toStorePath } from '../core/store-path.js';
import type { Target } from '../core/targets.js';
import type { Closure, ImageInfo, SideSource, TrendPoint } from '../core/types.js';
import { findImage } from '../image/measure.js';
import type { Evaluated, Nix } from '../nix/nix.js';

/** One side of one target, as read. */
export interface Side {
  closure: Closure;
  image: ImageInfo | null;
  source: SideSource;
  notes: string[];
  /** The default branch's totals up to this side's commit, when a saved baseline carried them. */
  trend?: TrendPoint[];
}

/** Where an output is: the local store (built or found there), or the binary cache `store`. */
export interface Location {
  source: SideSource;
  store?: string;
}

/** Closures already asked for, by root: several outputs are read with one `nix path-info`. */
export type ClosureReads = Map<string, Promise<Closure>>;

/**
 * Starts one `nix path-info` per group of `roots` (local store paths), all at once; each
 * root's closure by root. The groups are the two sides: a side's outputs (a toplevel and its
 * image) share most of their closure, so one call walks it once, while the base's call and the
 * head's run side by side (a nixpkgs bump shares nothing between them: one call for both took
 * as long as the two in a row).
 */
export function readClosures(nix: Nix, groups: string[][]): ClosureReads {
  const reads: ClosureReads = new Map();
  for (const group of groups) {
    const unique = [...new Set(group)].filter((root) => !reads.has(root));
    if (unique.length === 0) continue;
    const all = nix.closures(unique);
    unique.forEach((root, i) => {
      const closure = all.then((closures) => closures[i] as Closure);
      // Awaited by its reader, maybe only after the batch failed: marked handled until then.
      closure.catch(() => undefined);
      reads.set(root, closure);
    });
  }
  return reads;
}

/** Reads the closure and measures the image of one output; the same output is read once. */
export async function readOutput(
  nix: Nix,
  output: string,
  settings: GuardSettings,
  cache: Map<string, Promise<Side>>,
  from: Location = { source: 'built' },
  reads: ClosureReads = new Map(),
): Promise<Side> {
  let side = cache.get(`${from.store ?? ''} ${output}`);
  if (!side) {
    side = (async () => {
      if (from.store) {
        // Read from the binary cache without downloading: the closure is in its narinfo files,
        // the image is not here to measure.
        const closure = await nix.closure(output, from.store);
        return { closure, image: null, source: from.source, notes: [`read from ${from.store} without building; its image (if any) was not measured`] };
      }
      const real = await realpath(output);
      const root = toStorePath(real) ?? real;
      const [closure, found] = await Promise.all([reads.get(root) ?? nix.closure(root), findImage(real, settings.imageGlob)]);
      return { closure, image: found.image, source: from.source, notes: found.note ? [found.note] : [] };
    })();
    cache.set(`${from.store ?? ''} ${output}`, side);
  }
  return side;
}

/**
 * A reader of evaluated outputs where `located` says they are: the local ones of each side's
 * `outputs` are read with one `nix path-info` per side, both started now.
 */
export function outputReader(nix: Nix, settings: GuardSettings, outputs: { base: Evaluated[]; head: Evaluated[] }, located: Map<string, Location>): (evaluated: Evaluated) => Promise<Side> {
  const cache = new Map<string, Promise<Side>>();
  const local = (side: Evaluated[]) => side.map((e) => e.outPath).filter((outPath) => !located.get(outPath)?.store);
  const reads = readClosures(nix, [local(outputs.base), local(outputs.head)]);
  return (evaluated) => readOutput(nix, evaluated.outPath, settings, cache, located.get(evaluated.outPath), reads);
}

/** The user set an image glob: finding no image in any target's output at all is their error. */
export function requireAnImage(sides: { base: { image: ImageInfo | null }; head: { image: ImageInfo | null } }[], imageGlob: string, targets: Target[]): void {
  if (sides.every(({ base, head }) => !base.image && !head.image)) {
    throw new UsageError(
      `image-glob: '${imageGlob}' matched no file in the output of any target (${targets.map((t) => t.name).join(', ')}); set it to the image's file name, e.g. '*.img' or 'sd-image/*.img'`,
    );
  }
}
