// A commit's closures, saved so that the next run against the same base need not build it.

import type { ImageInfo, StoreObject, TrendPoint } from '../core/types.js';

/** One target's closure at one commit, as saved: plain JSON. */
export interface SavedClosure {
  /** Bumped when the saved shape changes; part of every key. */
  formatVersion: 1;
  root: string;
  objects: StoreObject[];
  image: ImageInfo | null;
  /** The default branch's totals up to this commit, oldest first (saved on pushes to it). */
  trend?: TrendPoint[];
}

/** Where saved closures live: GitHub's Actions cache in the action, nowhere in the CLI. */
export interface BaselineCache {
  /** The saved closure, or null on a miss. Never throws: a cache fault is a miss with a warning. */
  restore(key: string): Promise<SavedClosure | null>;
  /** Saves it; false (with a warning) when the cache refused. Never throws. */
  save(key: string, value: SavedClosure): Promise<boolean>;
}
