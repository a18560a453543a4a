// Why is this path here? The shortest reference chain from the root to every path of a
// closure, found in one breadth-first pass (not one `nix why-depends` per path).

import { idOf } from './closure.js';
import type { Chain, Closure } from './types.js';

export interface ChainIndex {
  /** The shortest chain from the root to `path`, or null when `path` is not in the closure. */
  chainTo(path: string): Chain | null;
  /** The same, for the path with this id in the closure the index was made of. */
  chainToId(id: number): Chain;
}

/**
 * Breadth first from the root, references in ascending id order (= sorted by path): among
 * chains of equal length the same one is picked on every run.
 */
export function indexChains(closure: Closure): ChainIndex {
  const { paths, refStart, refs, rootId } = closure;
  const n = paths.length;
  const parent = new Int32Array(n).fill(-2);
  const queue = new Int32Array(n);
  parent[rootId] = -1;
  queue[0] = rootId;
  for (let head = 0, tail = 1; head < tail; head++) {
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
    chainToId,
    chainTo(path) {
      const id = idOf(closure, path);
      return id === -1 || parent[id] === -2 ? null : chainToId(id);
    },
  };
}
