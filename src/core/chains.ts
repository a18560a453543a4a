// Why is this path here? The shortest reference chain from the root to every path of a
// closure, found in one breadth-first pass (not one `nix why-depends` per path).

import type { Chain, Closure } from './types.js';

export interface ChainIndex {
  /** The shortest chain from the root to `path`, or null when `path` is not in the closure. */
  chainTo(path: string): Chain | null;
}

function sortedReferences(refs: string[]): string[] {
  for (let i = 1; i < refs.length; i++) if ((refs[i - 1] as string) > (refs[i] as string)) return [...refs].sort();
  return refs;
}

export function indexChains(closure: Closure): ChainIndex {
  const parent = new Map<string, string | null>([[closure.root, null]]);
  let frontier = [closure.root];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const path of frontier) {
      const object = closure.objects.get(path);
      if (!object) continue;
      // Sorted, so that among chains of equal length the same one is picked on every run
      // (parsePathInfoJson sorts them already; then this is only a check).
      for (const ref of sortedReferences(object.references)) {
        if (!parent.has(ref)) {
          parent.set(ref, path);
          next.push(ref);
        }
      }
    }
    frontier = next;
  }
  return {
    chainTo(path) {
      if (!parent.has(path)) return null;
      const chain: string[] = [];
      for (let at: string | null | undefined = path; at != null; at = parent.get(at)) chain.push(at);
      return chain.reverse();
    },
  };
}
