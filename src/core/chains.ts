// Why is this path here? One breadth-first parent tree per closure answers it for every path
// (not one `nix why-depends` per path); a chain is made only for what a report shows, and a
// report holds the tree's parents of what it lists, not a chain per listed path.

import { idOf } from './closure.js';
import type { Chain, ChainParents, Closure } from './types.js';

export interface ChainIndex {
  /** The shortest chain from the root to `path`, or null when `path` is not in the closure. */
  chainTo(path: string): Chain | null;
  /** The same, for the path with this id in the closure the index was made of. */
  chainToId(id: number): Chain;
  /** Each path's parent in the tree by id: -1 for the root (every path of a closure is reached). */
  readonly parent: Int32Array;
  /** The ids in breadth-first order: a path comes after its parent. */
  readonly order: Int32Array;
}

/**
 * Breadth first from the root, references in ascending id order (= sorted by path): among
 * chains of equal length the same one is picked on every run. O(paths + references).
 */
export function indexChains(closure: Closure): ChainIndex {
  const { paths, refStart, refs, rootId } = closure;
  const n = paths.length;
  const parent = new Int32Array(n).fill(-2);
  const queue = new Int32Array(n);
  parent[rootId] = -1;
  queue[0] = rootId;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const id = queue[head] as number;
    for (let k = refStart[id] as number, end = refStart[id + 1] as number; k < end; k++) {
      const ref = refs[k] as number;
      if (parent[ref] === -2) {
        parent[ref] = id;
        queue[tail++] = ref;
      }
    }
  }
  const chainToId = (id: number): Chain => {
    const chain: string[] = [];
    for (let at = id; at >= 0; at = parent[at] as number) chain.push(paths[at] as string);
    return chain.reverse();
  };
  return {
    parent,
    order: tail === n ? queue : queue.subarray(0, tail),
    chainToId,
    chainTo(path) {
      const id = idOf(closure, path);
      return id === -1 || parent[id] === -2 ? null : chainToId(id);
    },
  };
}

/**
 * The parents of every path on the chains to `ids` (the root has none): what a report holds
 * instead of a chain per listed path. Each path of the tree is visited once however many
 * chains pass through it, so this costs O(paths) at most, not listed paths × chain length.
 */
export function chainParents(closure: Closure, index: ChainIndex, ids: Iterable<number>): ChainParents {
  const { paths } = closure;
  const { parent } = index;
  const on = new Uint8Array(paths.length);
  for (const id of ids) {
    for (let at = id; on[at] === 0 && (parent[at] as number) >= 0; at = parent[at] as number) on[at] = 1;
  }
  // In id order (= by path), so the same closures give the same report byte for byte.
  const parents: ChainParents = {};
  for (let id = 0; id < paths.length; id++) if (on[id] === 1) parents[paths[id] as string] = paths[parent[id] as number] as string;
  return parents;
}

/** A chain as it is shown: its first links, how many are left out, its last links. */
export interface ShortChain {
  first: string[];
  /** Links left out between `first` and `last`; 0 when `last` is empty and `first` is the whole chain. */
  omitted: number;
  last: string[];
}

/**
 * The chains of a report's target, read from its table of parents (`parents`, rooted at
 * `root`). Lengths are found once per path of the table, so showing any number of shortened
 * chains costs O(table + shown links).
 */
export class ChainReader {
  private readonly lengths = new Map<string, number>();
  /** For each `first` asked for: a path → its ancestor whose chain is `first` paths long. */
  private readonly tops = new Map<number, Map<string, string>>();

  constructor(
    private readonly root: string,
    private readonly parents: ChainParents,
  ) {}

  /** The path before `path` on its chain; undefined for the root or a path the table lacks. */
  parentOf(path: string): string | undefined {
    return Object.hasOwn(this.parents, path) ? this.parents[path] : undefined;
  }

  /** How many paths the chain to `path` holds (1 for the root, or for a path the table lacks). */
  length(path: string): number {
    const known = this.lengths.get(path);
    if (known !== undefined) return known;
    // Up to the first path whose length is known (or the top), then down again: no recursion,
    // a chain may be 100 000 links long.
    const climb: string[] = [];
    let at: string | undefined = path;
    let base = 0;
    const seen = new Set<string>();
    while (at !== undefined) {
      const have = this.lengths.get(at);
      if (have !== undefined) {
        base = have;
        break;
      }
      // A table from elsewhere (an artifact) may loop; a loop ends the chain.
      if (seen.has(at)) break;
      seen.add(at);
      climb.push(at);
      at = at === this.root ? undefined : this.parentOf(at);
    }
    for (let i = climb.length - 1; i >= 0; i--) this.lengths.set(climb[i] as string, base + climb.length - i);
    return this.lengths.get(path) as number;
  }

  /** The path on the chain to `path` whose own chain is `first` paths long (or `path` if shorter). */
  private ancestor(path: string, first: number): string {
    let tops = this.tops.get(first);
    if (!tops) {
      tops = new Map();
      this.tops.set(first, tops);
    }
    // Climb to a path whose answer is known, or short enough to be its own; then write the
    // answer into every path passed, so each path of the table is climbed through once.
    const climb: string[] = [];
    let at = path;
    let top: string | undefined;
    // At most the chain's length in steps, even through a table that loops.
    for (let steps = this.length(path); ; steps--) {
      top = tops.get(at);
      if (top !== undefined) break;
      const parent = this.parentOf(at);
      if (this.length(at) <= first || parent === undefined || steps <= 0) {
        top = at;
        break;
      }
      climb.push(at);
      at = parent;
    }
    for (const passed of climb) tops.set(passed, top);
    tops.set(at, top);
    return top;
  }

  /** The whole chain from the root to `path`. */
  chain(path: string): Chain {
    const length = this.length(path);
    const chain = new Array<string>(length);
    let at: string | undefined = path;
    for (let i = length - 1; i >= 0 && at !== undefined; i--) {
      chain[i] = at;
      at = this.parentOf(at);
    }
    return chain;
  }

  /**
   * The chain to `path` with at most `first` + `last` links shown: the first ones from the
   * root, the last ones ending at `path`, and how many are left out between them.
   */
  short(path: string, first: number, last: number): ShortChain {
    const length = this.length(path);
    if (length <= first + last) return { first: this.chain(path), omitted: 0, last: [] };
    const tail: string[] = [];
    let at: string | undefined = path;
    for (let i = 0; i < last && at !== undefined; i++) {
      tail.push(at);
      at = this.parentOf(at);
    }
    const head = this.chain(this.ancestor(at as string, first));
    return { first: head, omitted: length - last - head.length, last: tail.reverse() };
  }
}

// A target's reader, made once however many renderers ask.
const readers = new WeakMap<ChainParents, ChainReader>();

/** The chain reader of a report's target. */
export function chainsOf(target: { head: { root: string }; parents: ChainParents }): ChainReader {
  // A report read back from a file may have lost its table; its chains are then the paths alone.
  const parents = target.parents ?? {};
  let reader = readers.get(parents);
  if (!reader) {
    reader = new ChainReader(target.head.root, parents);
    readers.set(parents, reader);
  }
  return reader;
}
