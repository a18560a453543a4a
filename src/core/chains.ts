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
 * `root`). The table is numbered once (a path → an id, its parent → an id), so a climb steps
 * through integers; lengths are found once per path of the table, so showing any number of
 * shortened chains costs O(table + shown links).
 */
export class ChainReader {
  /** Each path met (the table's keys and values, and paths asked about) → its id. */
  private readonly ids = new Map<string, number>();
  private readonly paths: string[] = [];
  /** Each id's parent's id; -1: none (the table lacks the path). */
  private readonly parentIds: number[] = [];
  /** How many paths the chain to each id holds; 0 until found. */
  private readonly lengths: number[] = [];
  /** For each `first` asked for: an id → its ancestor whose chain is `first` paths long; -1 until found. */
  private readonly tops = new Map<number, number[]>();
  private readonly rootId: number;

  constructor(
    private readonly root: string,
    private readonly parents: ChainParents,
  ) {
    for (const path of Object.keys(parents)) {
      const id = this.idOf(path);
      const parent = parents[path];
      // A table from elsewhere is validated against the schema first; anything else ends a chain.
      if (typeof parent === 'string') this.parentIds[id] = this.idOf(parent);
    }
    this.rootId = this.idOf(root);
  }

  /** The id of `path`, numbered when first met (without a parent, unless the table gives one). */
  private idOf(path: string): number {
    let id = this.ids.get(path);
    if (id === undefined) {
      id = this.paths.push(path) - 1;
      this.ids.set(path, id);
      this.parentIds.push(-1);
      this.lengths.push(0);
    }
    return id;
  }

  /** The path before `path` on its chain; undefined for the root or a path the table lacks. */
  parentOf(path: string): string | undefined {
    return Object.hasOwn(this.parents, path) ? this.parents[path] : undefined;
  }

  /** How many paths the chain to `path` holds (1 for the root, or for a path the table lacks). */
  length(path: string): number {
    return this.lengthOf(this.idOf(path));
  }

  private lengthOf(id: number): number {
    const known = this.lengths[id] as number;
    if (known !== 0) return known;
    // Up to the first path whose length is known (or the top), then down again: no recursion,
    // a chain may be 100 000 links long.
    const climb: number[] = [];
    const seen = new Set<number>();
    let at = id;
    let base = 0;
    while (at !== -1) {
      const have = this.lengths[at] as number;
      if (have !== 0) {
        base = have;
        break;
      }
      // A table from elsewhere (an artifact) may loop; a loop ends the chain.
      if (seen.has(at)) break;
      seen.add(at);
      climb.push(at);
      at = at === this.rootId ? -1 : (this.parentIds[at] as number);
    }
    for (let i = climb.length - 1; i >= 0; i--) this.lengths[climb[i] as number] = base + climb.length - i;
    return this.lengths[id] as number;
  }

  /** The path on the chain to `id` whose own chain is `first` paths long (or `id` if shorter). */
  private ancestor(id: number, first: number): number {
    let tops = this.tops.get(first);
    if (!tops) {
      tops = [];
      this.tops.set(first, tops);
    }
    // Packed, -1 for not found yet: ids are dense.
    while (tops.length < this.paths.length) tops.push(-1);
    // Climb to a path whose answer is known, or short enough to be its own; then write the
    // answer into every path passed, so each path of the table is climbed through once.
    const climb: number[] = [];
    let at = id;
    let top: number;
    // At most the chain's length in steps, even through a table that loops.
    for (let steps = this.lengthOf(id); ; steps--) {
      top = tops[at] as number;
      if (top !== -1) break;
      const parent = this.parentIds[at] as number;
      if (this.lengthOf(at) <= first || parent === -1 || steps <= 0) {
        top = at;
        break;
      }
      climb.push(at);
      at = parent;
    }
    for (const passed of climb) tops[passed] = top;
    tops[at] = top;
    return top;
  }

  /** The whole chain from the root to `path`. */
  chain(path: string): Chain {
    return this.chainOf(this.idOf(path));
  }

  private chainOf(id: number): Chain {
    const length = this.lengthOf(id);
    const chain = new Array<string>(length);
    let at = id;
    for (let i = length - 1; i >= 0 && at !== -1; i--) {
      chain[i] = this.paths[at] as string;
      at = this.parentIds[at] as number;
    }
    return chain;
  }

  /**
   * The chain to `path` with at most `first` + `last` links shown: the first ones from the
   * root, the last ones ending at `path`, and how many are left out between them.
   */
  short(path: string, first: number, last: number): ShortChain {
    const id = this.idOf(path);
    const length = this.lengthOf(id);
    if (length <= first + last) return { first: this.chainOf(id), omitted: 0, last: [] };
    const tail: string[] = [];
    let at = id;
    for (let i = 0; i < last && at !== -1; i++) {
      tail.push(this.paths[at] as string);
      at = this.parentIds[at] as number;
    }
    const head = this.chainOf(this.ancestor(at, first));
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
