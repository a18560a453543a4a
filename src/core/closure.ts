// The closure model: store objects (path, narSize, references, deriver) as a graph, and the totals Nix
// itself would print. Which Nix printed them, and in which shape, is src/nix/path-info.ts's business.

import { UsageError } from './errors.js';
import { toStorePath } from './store-path.js';
import type { Closure, StoreObject } from './types.js';

/** One line naming what is wrong with a closure's input, and what was expected. */
export function closureInputError(source: string, what: string): never {
  throw new UsageError(
    `${source}: ${what}; expected the output of 'nix path-info --json --recursive PATH'`,
  );
}

/**
 * Store objects with their references as indices into `paths`: what a parse produces before the
 * closure is made. Paths in any order, possibly twice (references then point at the first);
 * self-references allowed.
 */
export interface PathGraph {
  paths: string[];
  narSizes: ArrayLike<number>;
  /** Entry i's references are refs[refStart[i]] up to refs[refStart[i + 1]]; n + 1 long. */
  refStart: Int32Array;
  refs: Int32Array;
  /** Entry i's deriver is derivers[deriverOf[i]] (-1: unknown); both absent when none is known. */
  deriverOf?: Int32Array;
  derivers?: string[];
}

/** Store objects as a PathGraph; an error naming the first reference that is not among them. */
export function graphOfObjects(objects: readonly StoreObject[], source = 'nix path-info'): PathGraph {
  const n = objects.length;
  const paths = new Array<string>(n);
  const narSizes = new Float64Array(n);
  const ids = new Map<string, number>();
  let referenceCount = 0;
  // Made at the first deriver: a closure read from names and sizes alone carries none.
  let deriverOf: Int32Array | undefined;
  const derivers: string[] = [];
  const deriverIds = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const object = objects[i] as StoreObject;
    paths[i] = object.path;
    narSizes[i] = object.narSize;
    if (!ids.has(object.path)) ids.set(object.path, i);
    referenceCount += object.references.length;
    const deriver = object.deriver;
    if (typeof deriver === 'string') {
      deriverOf ??= new Int32Array(n).fill(-1);
      let d = deriverIds.get(deriver);
      if (d === undefined) {
        d = derivers.push(deriver) - 1;
        deriverIds.set(deriver, d);
      }
      deriverOf[i] = d;
    }
  }
  const refStart = new Int32Array(n + 1);
  const refs = new Int32Array(referenceCount);
  let at = 0;
  // A plain loop: this runs for every reference of every path (a million at 100 000 paths).
  for (let i = 0; i < n; i++) {
    refStart[i] = at;
    for (const reference of (objects[i] as StoreObject).references) {
      const id = ids.get(reference);
      if (id === undefined) {
        if (toStorePath(reference) !== reference) closureInputError(source, `the entry for ${(objects[i] as StoreObject).path} references '${reference}', which is not a store path`);
        closureInputError(source, `${reference} is referenced but missing (was --recursive given?)`);
      }
      refs[at++] = id;
    }
  }
  refStart[n] = at;
  return deriverOf ? { paths, narSizes, refStart, refs, deriverOf, derivers } : { paths, narSizes, refStart, refs };
}

/**
 * The closure of `root` (null: of the one path no other refers to) among `objects`, as arrays
 * (see Closure). Every reference must be among the objects: a dump without `--recursive`, or
 * cut short, would silently under-count, so it is an error instead. The same path given twice
 * counts once. Paths outside the root's closure are left out.
 */
export function makeClosure(objects: readonly StoreObject[], root: string | null, source = 'nix path-info'): Closure {
  return closureOfGraph(graphOfObjects(objects, source), root, source);
}

/** The entries to keep, in path order and each path once; null when `paths` are so already. */
function sortedEntries(paths: readonly string[]): number[] | null {
  let sortedAndUnique = true;
  for (let i = 1; i < paths.length; i++) {
    if ((paths[i - 1] as string) >= (paths[i] as string)) {
      sortedAndUnique = false;
      break;
    }
  }
  // Nix prints paths sorted; then this was a check, not a sort.
  if (sortedAndUnique) return null;
  const order = paths.map((_, i) => i).sort((a, b) => {
    const x = paths[a] as string;
    const y = paths[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  // The first of equal paths stays: references point at it.
  return order.filter((entry, k) => k === 0 || paths[order[k - 1] as number] !== paths[entry]);
}

/** The closure of `root` (null: of the one path no other refers to) in a PathGraph; see makeClosure. */
export function closureOfGraph(graph: PathGraph, root: string | null, source = 'nix path-info'): Closure {
  return closureIn(indexGraph(graph, source), root, source);
}

/**
 * A PathGraph in a Closure's order, not yet cut to one root: paths sorted and each once,
 * references as ascending ids without the path itself. One `nix path-info` of several roots is
 * indexed once and cut once per root (closureIn).
 */
export type IndexedGraph = Omit<Closure, 'root' | 'rootId'>;

export function indexGraph(graph: PathGraph, source = 'nix path-info'): IndexedGraph {
  const order = sortedEntries(graph.paths);
  const n = order ? order.length : graph.paths.length;
  if (n === 0) closureInputError(source, 'it holds no store paths');
  const entryOf = (id: number): number => (order ? (order[id] as number) : id);
  let newId: Int32Array | null = null;
  if (order) {
    newId = new Int32Array(graph.paths.length).fill(-1);
    for (let id = 0; id < n; id++) newId[order[id] as number] = id;
  }
  const paths = order ? order.map((entry) => graph.paths[entry] as string) : graph.paths;
  const narSizes = new Float64Array(n);
  const refStart = new Int32Array(n + 1);
  const refs = new Int32Array(graph.refs.length);
  const fromDerivers = graph.deriverOf;
  const deriverOf = fromDerivers ? new Int32Array(n) : undefined;
  let at = 0;
  for (let id = 0; id < n; id++) {
    const entry = entryOf(id);
    narSizes[id] = graph.narSizes[entry] as number;
    if (deriverOf) deriverOf[id] = (fromDerivers as Int32Array)[entry] as number;
    refStart[id] = at;
    let ascending = true;
    for (let k = graph.refStart[entry] as number, end = graph.refStart[entry + 1] as number; k < end; k++) {
      const ref = newId ? (newId[graph.refs[k] as number] as number) : (graph.refs[k] as number);
      // Nix lists a self-reference among the references; it adds nothing to a chain or a closure.
      if (ref === id) continue;
      if (at > (refStart[id] as number) && (refs[at - 1] as number) >= ref) ascending = false;
      refs[at++] = ref;
    }
    if (!ascending) {
      // Ascending ids are references sorted by path: chains pick the same path on every run.
      const own = refs.subarray(refStart[id], at).sort();
      let kept = refStart[id] as number;
      for (let k = 0; k < own.length; k++) if (k === 0 || own[k] !== own[k - 1]) refs[kept++] = own[k] as number;
      at = kept;
    }
  }
  refStart[n] = at;
  const indexed = { paths, narSizes, refStart, refs: at === refs.length ? refs : refs.slice(0, at) };
  return deriverOf ? { ...indexed, deriverOf, derivers: graph.derivers ?? [] } : indexed;
}

/** The closure of `root` (null: of the one path no other refers to) in an indexed graph. */
export function closureIn(graph: IndexedGraph, root: string | null, source = 'nix path-info'): Closure {
  const { paths, refs } = graph;
  const n = paths.length;
  let rootId: number;
  if (root === null) {
    const referenced = new Uint8Array(n);
    for (let k = 0; k < refs.length; k++) referenced[refs[k] as number] = 1;
    const roots: number[] = [];
    for (let i = 0; i < n; i++) if (referenced[i] === 0) roots.push(i);
    if (roots.length === 0) closureInputError(source, 'it has no root (every path is referenced by another)');
    if (roots.length > 1) {
      const named = roots.slice(0, 3).map((id) => paths[id] as string);
      throw new UsageError(
        `${source}: holds ${roots.length} closures (${named.join(', ')}${roots.length > 3 ? ', …' : ''}); dump one root per file with 'nix path-info --json --recursive ROOT'`,
      );
    }
    rootId = roots[0] as number;
  } else {
    rootId = binarySearch(paths, root);
    if (rootId === -1) closureInputError(source, `it does not describe ${root}`);
  }
  return onlyReachable({ ...graph, root: paths[rootId] as string, rootId });
}

/** The closure without the paths its root does not reach (a dump may hold more than one closure). */
function onlyReachable(closure: Closure): Closure {
  const { paths, narSizes, refStart, refs, rootId } = closure;
  const n = paths.length;
  const reached = new Uint8Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  let count = 0;
  stack[top++] = rootId;
  reached[rootId] = 1;
  while (top > 0) {
    const id = stack[--top] as number;
    count++;
    for (let k = refStart[id] as number, end = refStart[id + 1] as number; k < end; k++) {
      const ref = refs[k] as number;
      if (reached[ref] === 0) {
        reached[ref] = 1;
        stack[top++] = ref;
      }
    }
  }
  if (count === n) return closure;
  // Renumber what is reached, in the same order, so ids still sort like paths.
  const newId = new Int32Array(n).fill(-1);
  const keptPaths: string[] = [];
  for (let i = 0; i < n; i++) if (reached[i] === 1) newId[i] = keptPaths.push(paths[i] as string) - 1;
  const keptSizes = new Float64Array(count);
  const keptStart = new Int32Array(count + 1);
  let total = 0;
  for (let i = 0; i < n; i++) if (reached[i] === 1) total += (refStart[i + 1] as number) - (refStart[i] as number);
  const keptRefs = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const id = newId[i] as number;
    if (id === -1) continue;
    keptSizes[id] = narSizes[i] as number;
    keptStart[id] = at;
    // Everything a reached path refers to is reached.
    for (let k = refStart[i] as number, end = refStart[i + 1] as number; k < end; k++) keptRefs[at++] = newId[refs[k] as number] as number;
  }
  keptStart[count] = at;
  const kept: Closure = { root: closure.root, rootId: newId[rootId] as number, paths: keptPaths, narSizes: keptSizes, refStart: keptStart, refs: keptRefs };
  const { deriverOf, derivers } = closure;
  if (!deriverOf) return kept;
  const keptDerivers = new Int32Array(count);
  for (let i = 0; i < n; i++) if (reached[i] === 1) keptDerivers[newId[i] as number] = deriverOf[i] as number;
  // The table of derivers stays whole: an entry no kept path names is harmless, and no pass renumbers it.
  return { ...kept, deriverOf: keptDerivers, derivers: derivers ?? [] };
}

/** The id of `path` in `closure`, or -1: a binary search, since paths are sorted. */
export function idOf(closure: Closure, path: string): number {
  return binarySearch(closure.paths, path);
}

function binarySearch(paths: readonly string[], path: string): number {
  let low = 0;
  let high = paths.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = paths[middle] as string;
    if (at === path) return middle;
    if (at < path) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Path `id`'s direct references, as paths. */
export function referencesOf(closure: Closure, id: number): string[] {
  const result: string[] = [];
  for (let k = closure.refStart[id] as number, end = closure.refStart[id + 1] as number; k < end; k++) {
    result.push(closure.paths[closure.refs[k] as number] as string);
  }
  return result;
}

/** Path `id`'s deriver (`/nix/store/…-name.drv`), or null when Nix did not say. */
export function deriverOfPath(closure: Closure, id: number): string | null {
  const d = closure.deriverOf ? (closure.deriverOf[id] as number) : -1;
  return d === -1 ? null : ((closure.derivers as string[])[d] as string);
}

/** The closure as store objects again: what a saved baseline holds (a deriver only where known). */
export function storeObjects(closure: Closure): StoreObject[] {
  return closure.paths.map((path, id) => {
    const object: StoreObject = { path, narSize: closure.narSizes[id] as number, references: referencesOf(closure, id) };
    const deriver = deriverOfPath(closure, id);
    if (deriver !== null) object.deriver = deriver;
    return object;
  });
}

/**
 * What `nix path-info -S ROOT` prints: the sum of the NAR sizes of the closure. For an image
 * (core/image.ts) the store paths inside it: `nix path-info -S IMAGE` less the image's own NAR.
 */
export function closureSize(closure: Closure): number {
  let total = 0;
  for (const size of closure.narSizes) total += size;
  return closure.image ? total - (closure.narSizes[closure.rootId] as number) : total;
}

/** What `nix-store -qR ROOT | wc -l` prints; for an image, without the image itself. */
export function pathCount(closure: Closure): number {
  return closure.image ? closure.paths.length - 1 : closure.paths.length;
}
