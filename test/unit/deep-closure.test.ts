// Closures as a nixpkgs bump makes them: node i depends on node i-1, so the depth is close to
// the path count, and nearly every path is rebuilt. The report must stay linear: no RangeError,
// no chain per listed path, and the chains right. The oracle is a plain breadth-first search
// over the references, written here, not the code under test.
import { describe, expect, it } from 'vitest';
import { analyzeTarget, buildReport } from '../../src/core/analyze.js';
import { ChainReader, chainParents, chainsOf, indexChains } from '../../src/core/chains.js';
import { makeClosure as makeCoreClosure } from '../../src/core/closure.js';
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

/**
 * The deep bump, analysed and reported. Each test builds it in its own body (not at `describe`
 * level), so a mutation run sees which test runs which code of the core.
 */
function deepBump() {
  const base = deep(N, '1.0', 'base');
  const head = deep(N, '1.1', 'head');
  const settings = parseSettings({ forbid: ['perl'] });
  const target = analyzeTarget({ name: 'toplevel', base: { closure: base, image: null }, head: { closure: head, image: null } }, settings);
  const report = buildReport([target], settings, { version: '0.1.0', baseLabel: 'main', headLabel: 'pr' });
  return { head, settings, target, report, oracle: bfsChains(head) };
}

describe('a deep closure (10 000 paths, depth ~10 000, every package rebuilt)', () => {
  it('gives every listed path the shortest chain a plain BFS finds', () => {
    const { target, oracle } = deepBump();
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
    const settings = parseSettings({ forbid: ['perl'] });
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
    const { head, target, report, oracle } = deepBump();
    const json = JSON.stringify(report);
    expect(json.length).toBeLessThan(2048 * head.paths.length);
    // One entry per path on a listed chain, never more than the closure has.
    expect(Object.keys(target.parents).length).toBeLessThanOrEqual(head.paths.length);
    const back = JSON.parse(json) as typeof report;
    const deepest = target.heavy.at(-1)!.path;
    expect(chainsOf(back.targets[0]!).chain(deepest)).toEqual(oracle(deepest));
  });

  it('renders a comment within GitHub\'s limit, chains shortened with the count between', () => {
    const { report } = deepBump();
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
  it('reads whole chains and their lengths from the table of parents', () => {
    const chains = new ChainReader('a', parents);
    expect(chains.chain('e')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(chains.chain('x')).toEqual(['a', 'b', 'x']);
    expect(chains.chain('a')).toEqual(['a']);
    expect(chains.length('e')).toBe(5);
    // A path the table lacks is its own chain.
    expect(chains.chain('zzz')).toEqual(['zzz']);
  });
  it('shortens a long chain to its first and last links and the count between', () => {
    const chains = new ChainReader('a', parents);
    expect(chains.short('e', 1, 2)).toEqual({ first: ['a'], omitted: 2, last: ['d', 'e'] });
    expect(chains.short('e', 2, 1)).toEqual({ first: ['a', 'b'], omitted: 2, last: ['e'] });
    expect(chains.short('e', 3, 2)).toEqual({ first: ['a', 'b', 'c', 'd', 'e'], omitted: 0, last: [] });
  });
  it('ends a chain at a loop in a table read from elsewhere', () => {
    const looped = new ChainReader('a', { b: 'c', c: 'b' });
    expect(looped.chain('b').length).toBeLessThanOrEqual(2);
  });
});

// Rows the mutation run of chains.ts named (README, "Mutation score of the core"). Store paths
// with a hash of one repeated letter, so their ids (= path order) are known: r is id 0, p1 id 1, …
describe('indexChains and chainParents on a small closure', () => {
  const at = (letter: string, name: string) => `/nix/store/${letter.repeat(32)}-${name}`;
  const r = at('0', 'nixos-system-small-1.0');
  const p1 = at('1', 'bash-5.2-p15');
  const p2 = at('2', 'systemd-257.5');
  const p3 = at('3', 'dbus-1.14.10');
  const p4 = at('4', 'glibc-2.40-66');
  // r → p1, p2; p1 → p4; p2 → p3 → p4. Breadth first: p4 is reached from p1 (r → p1 → p4, two
  // links) before p3 is (r → p2 → p3 → p4 would be three); p3's parent is p2, id 2.
  const small = () =>
    makeCoreClosure(
      [
        { path: r, narSize: 1, references: [p1, p2] },
        { path: p1, narSize: 1, references: [p4] },
        { path: p2, narSize: 1, references: [p3] },
        { path: p3, narSize: 1, references: [p4] },
        { path: p4, narSize: 1, references: [] },
      ],
      r,
    );

  it('answers the shortest chain to every path, and null for a path not in the closure', () => {
    const closure = small();
    const index = indexChains(closure);
    expect([r, p1, p2, p3, p4].map((path) => index.chainTo(path))).toEqual([[r], [r, p1], [r, p2], [r, p2, p3], [r, p1, p4]]);
    expect(index.chainTo(at('5', 'absent'))).toBeNull();
    expect(Array.from(index.parent)).toEqual([-1, 0, 0, 2, 1]);
  });

  it('keeps the parents of the listed chains only, the root without one, in path order', () => {
    const closure = small();
    const index = indexChains(closure);
    // p3's chain is r → p2 → p3: p3's and p2's parents; p1 and p4 are on no listed chain.
    expect(Object.entries(chainParents(closure, index, [3]))).toEqual([[p2, r], [p3, p2]]);
    // p4 and p3: the chains r → p1 → p4 and r → p2 → p3 share only the root.
    expect(Object.entries(chainParents(closure, index, [4, 3]))).toEqual([[p1, r], [p2, r], [p3, p2], [p4, p1]]);
    // The root's chain is the root alone: no parents at all.
    expect(chainParents(closure, index, [0])).toStrictEqual({});
  });
});

describe('ChainReader on tables read from elsewhere', () => {
  // a → b → c → d → e, the table's keys in an order that numbers c second (ids d 0, c 1, b 2,
  // a 3, e 4): the last links of e's chain climb through id 1.
  const parents = { d: 'c', c: 'b', b: 'a', e: 'd' };

  it('shows the last links of a chain whatever ids they have', () => {
    const chains = new ChainReader('a', parents);
    // Five links, one shown first and three last: a, then b left out, then c, d, e.
    expect(chains.short('e', 1, 3)).toEqual({ first: ['a'], omitted: 1, last: ['c', 'd', 'e'] });
  });

  it('accounts for every link of a chain however it is shortened, also with no first links asked for', () => {
    const chains = new ChainReader('a', parents);
    const whole = ['a', 'b', 'c', 'd', 'e'];
    for (let first = 0; first <= 5; first++) {
      for (let last = 0; last <= 5; last++) {
        const { first: head, omitted, last: tail } = chains.short('e', first, last);
        // `first` is the chain's start, `last` its end, `omitted` what lies between.
        expect(head).toEqual(whole.slice(0, head.length));
        expect(tail).toEqual(whole.slice(whole.length - tail.length));
        expect(head.length + omitted + tail.length).toBe(whole.length);
      }
    }
  });

  it('ends a chain at a parent that is not a path', () => {
    // A table from elsewhere (an artifact) not validated: b's parent is null, c's is b.
    const chains = new ChainReader('a', { b: null, c: 'b' } as unknown as Record<string, string>);
    expect(chains.chain('b')).toEqual(['b']);
    expect(chains.length('b')).toBe(1);
    expect(chains.chain('c')).toEqual(['b', 'c']);
  });

  it('starts every chain at the root, also when the table gives the root a parent', () => {
    const chains = new ChainReader('a', { a: 'z', b: 'a' });
    expect(chains.chain('b')).toEqual(['a', 'b']);
    expect(chains.length('a')).toBe(1);
  });

  it('reads a chain through a loop the same whichever path is asked first', () => {
    // b and c are each other's parent, d's parent is c; none reaches the root a.
    const looped = { b: 'c', c: 'b', d: 'c' };
    const once = new ChainReader('a', looped);
    const lengths = [once.length('b'), once.length('d'), once.length('b'), once.length('c')];
    // Asked again, in another order, on the same reader: the same answers.
    expect([once.length('c'), once.length('b'), once.length('d')]).toEqual([lengths[3], lengths[0], lengths[1]]);
    // A chain through the loop never passes a path twice.
    for (const path of ['b', 'c', 'd']) {
      const chain = once.chain(path);
      expect(new Set(chain).size).toBe(chain.length);
      expect(chain.at(-1)).toBe(path);
    }
    // Shortening one with no first links asked for ends, at the path asked for.
    expect(once.short('d', 0, 1).last).toEqual(['d']);
  });
});
