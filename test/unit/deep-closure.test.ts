// Closures as a nixpkgs bump makes them: node i depends on node i-1, so the depth is close to
// the path count, and nearly every path is rebuilt. The report must stay linear: no RangeError,
// no chain per listed path, and the chains right. The oracle is a plain breadth-first search
// over the references, written here, not the code under test.
import { describe, expect, it } from 'vitest';
import { analyzeTarget, buildReport } from '../../src/core/analyze.js';
import { ChainReader, chainsOf } from '../../src/core/chains.js';
import { parseSettings } from '../../src/core/settings.js';
import type { Closure } from '../../src/core/types.js';
import { renderMarkdown, GITHUB_COMMENT_LIMIT } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { makeClosure, storePath } from '../helpers/store.js';

const N = 10_000;
const MiB = 1024 * 1024;

/**
 * `pkg0` … `pkg(n-1)`, each referring to the one before and to glibc; the root refers to the
 * top. Every 50th is heavy, every 500th a perl module, every 1000th a `tool` (one family in
 * many versions). `fresh` adds packages the base did not have: every 100th node of the spine
 * is renamed, and the root also refers to `side<i>` packages that bring `sidelib<i>`.
 */
function deep(n: number, version: string, salt: string, fresh = false): Closure {
  const rootName = 'nixos-system-deep-1.0';
  const spec: Record<string, [number, string[]]> = { [rootName]: [4096, []] };
  const names: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const name =
      fresh && i % 100 === 50 ? `fresh${i}-${version}`
      : i % 500 === 7 ? `perl5.38.2-mod${i}-${version}`
      : i % 1000 === 3 ? `tool-${i}.0-${version}`
      : `pkg${i}-${version}`;
    spec[name] = [i % 50 === 0 ? 2 * MiB : 1000 + i, []];
    names.push(name);
  }
  // names[k] is node n-1-k: it refers to node n-2-k (the next name) and to glibc.
  for (let k = 0; k < names.length; k++) {
    const refs = (spec[names[k] as string] as [number, string[]])[1];
    if (k + 1 < names.length) refs.push(names[k + 1] as string);
    refs.push('glibc-2.37-8');
  }
  const rootRefs = (spec[rootName] as [number, string[]])[1];
  rootRefs.push(names[0] as string);
  if (fresh) {
    for (let i = 5; i < n; i += 400) {
      spec[`side${i}-1.0`] = [5000, [`sidelib${i}-1.0`, names[n - 1 - i] as string]];
      spec[`sidelib${i}-1.0`] = [3000, ['glibc-2.37-8']];
      rootRefs.push(`side${i}-1.0`);
    }
  }
  spec['glibc-2.37-8'] = [30 * MiB, []];
  return makeClosure(spec, salt, ['glibc-2.37-8']);
}

/** The oracle: shortest chains by a plain BFS, references in path order (as Nix sorts them). */
function bfsChains(closure: Closure): (path: string) => string[] {
  const refs = new Map<string, string[]>();
  closure.paths.forEach((path, id) => {
    const own: string[] = [];
    for (let k = closure.refStart[id]!; k < closure.refStart[id + 1]!; k++) own.push(closure.paths[closure.refs[k]!]!);
    refs.set(path, own.sort());
  });
  const parent = new Map<string, string | null>([[closure.root, null]]);
  const queue = [closure.root];
  for (let i = 0; i < queue.length; i++) {
    for (const ref of refs.get(queue[i]!) ?? []) {
      if (!parent.has(ref)) {
        parent.set(ref, queue[i]!);
        queue.push(ref);
      }
    }
  }
  return (path) => {
    const chain: string[] = [];
    for (let at: string | null | undefined = path; at != null; at = parent.get(at)) chain.push(at);
    return chain.reverse();
  };
}

describe('a deep closure (10 000 paths, depth ~10 000, every package rebuilt)', () => {
  const base = deep(N, '1.0', 'base');
  const head = deep(N, '1.1', 'head');
  const settings = parseSettings({ forbid: ['perl'] });
  const target = analyzeTarget({ name: 'toplevel', base: { closure: base, image: null }, head: { closure: head, image: null } }, settings);
  const report = buildReport([target], settings, { version: '0.1.0', baseLabel: 'main', headLabel: 'pr' });
  const oracle = bfsChains(head);

  it('gives every listed path the shortest chain a plain BFS finds', () => {
    expect(target.heavy.length).toBe(N / 50);
    expect(target.forbidden.length).toBe(N / 500);
    const chains = chainsOf(target);
    for (const { path } of [...target.heavy, ...target.forbidden, ...target.duplicates.flatMap((d) => d.paths)]) {
      expect(chains.chain(path)).toEqual(oracle(path));
    }
    // The deepest path's chain is the whole closure but glibc.
    expect(chains.length(storePath('pkg0-1.1', 'head'))).toBe(N + 1);
    expect(target.duplicates.map((d) => [d.name, d.paths.length])).toEqual([['tool', N / 1000]]);
  });

  it("attributes growth as a walk of each added path's chain would", () => {
    // Smaller, as the oracle walks every added path's whole chain (paths × depth).
    const n = 2000;
    const small = { base: deep(n, '1.0', 'base'), head: deep(n, '1.1', 'head', true) };
    const grown = analyzeTarget({ name: 'toplevel', base: { closure: small.base, image: null }, head: { closure: small.head, image: null } }, settings);
    const chainOf = bfsChains(small.head);
    // The oracle: each added path under the first path on its BFS chain whose package name the
    // base lacks (names split at the first `-` before a non-letter, as Nix's DrvName).
    const pname = (p: string) => /^(.*?)(?:-[^A-Za-z].*)?$/.exec(p.replace(/^\/nix\/store\/[^-]+-/, ''))![1]!;
    const baseNames = new Set(small.base.paths.map(pname));
    const isNew = new Map(small.head.paths.map((p) => [p, !baseNames.has(pname(p))]));
    const inBase = new Set(small.base.paths);
    const expected = new Map<string, number>();
    for (const path of small.head.paths) {
      if (inBase.has(path)) continue;
      const via = chainOf(path).find((p, i) => i > 0 && isNew.get(p));
      if (via !== undefined) expected.set(via, (expected.get(via) ?? 0) + 1);
    }
    // fresh1950 (everything under it on the spine) and each side package with its library.
    expect(expected.size).toBe(6);
    expect(new Map(grown.growth.map((g) => [g.via, g.addedPaths]))).toEqual(expected);
    for (const g of grown.growth) expect(chainsOf(grown).chain(g.via)).toEqual(chainOf(g.via));
  });

  it('writes a JSON report of at most 2 KiB a path, with one table of parents', () => {
    const json = JSON.stringify(report);
    expect(json.length).toBeLessThan(2048 * head.paths.length);
    // One entry per path on a listed chain, never more than the closure has.
    expect(Object.keys(target.parents).length).toBeLessThanOrEqual(head.paths.length);
    const back = JSON.parse(json) as typeof report;
    const deepest = target.heavy.at(-1)!.path;
    expect(chainsOf(back.targets[0]!).chain(deepest)).toEqual(oracle(deepest));
  });

  it('renders a comment within GitHub\'s limit, chains shortened with the count between', () => {
    const markdown = renderMarkdown(report);
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const text = renderText(report, { color: false });
    // pkg49's chain: the root, pkg9999 … pkg51, then pkg50, pkg49 … : 9 951 links.
    expect(text).toMatch(/nixos-system-deep-1\.0 → pkg9999-1\.1 → ⋯ \d+ paths → /);
  });
});

describe('ChainReader', () => {
  // a → b → c → d → e, and b → x.
  const parents = { b: 'a', c: 'b', d: 'c', e: 'd', x: 'b' };
  const chains = new ChainReader('a', parents);
  it('reads whole chains and their lengths from the table of parents', () => {
    expect(chains.chain('e')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(chains.chain('x')).toEqual(['a', 'b', 'x']);
    expect(chains.chain('a')).toEqual(['a']);
    expect(chains.length('e')).toBe(5);
    // A path the table lacks is its own chain.
    expect(chains.chain('zzz')).toEqual(['zzz']);
  });
  it('shortens a long chain to its first and last links and the count between', () => {
    expect(chains.short('e', 1, 2)).toEqual({ first: ['a'], omitted: 2, last: ['d', 'e'] });
    expect(chains.short('e', 2, 1)).toEqual({ first: ['a', 'b'], omitted: 2, last: ['e'] });
    expect(chains.short('e', 3, 2)).toEqual({ first: ['a', 'b', 'c', 'd', 'e'], omitted: 0, last: [] });
  });
  it('ends a chain at a loop in a table read from elsewhere', () => {
    const looped = new ChainReader('a', { b: 'c', c: 'b' });
    expect(looped.chain('b').length).toBeLessThanOrEqual(2);
  });
});
