// The closure shapes the benchmark measures, as base/head graph pairs in graph.mjs's format
// (nodes: id → { id, pname, version, output, deps, size }, root):
// - layered: shaped like a NixOS system, a pull request's worth of change (graph.mjs);
// - deep: node i depends on node i-1, as a nixpkgs bump makes a closure look to a chain walk:
//   depth ≈ paths; the bottom node is bumped, so every path is rebuilt; package families in
//   several versions, every 1 000th path a perl module;
// - wide: a root with every other path as a direct reference; 1 % of them bumped, 50 new
//   (10 heavy), 30 removed;
// - all-changed: the layered base, every package's version bumped (every path differs).
// Deterministic: the same options give the same graphs.

import { bumpVersion, generateBase, mutate, rng } from './graph.mjs';

export const SHAPES = ['layered', 'deep', 'wide', 'all-changed'];

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'vo', 'lu', 'sar', 'dex', 'qui', 'bel', 'nor', 'fi', 'gra', 'ux', 'pol',
  'zen', 'har', 'mo', 'ti', 'wex', 'cal', 'dor', 'ny', 'ep', 'sil', 'ma', 'rok', 'vin', 'ja', 'ber'];

/** The i-th of a list of distinct names: `kadex`, `romi`, … (base 30, at least two syllables). */
function word(i) {
  let out = '';
  let x = i + SYLLABLES.length;
  while (x > 0) {
    out += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  return out;
}

/** NAR sizes: tiny outputs for real Nix (a few 1–3 MiB), log-normal like a real closure for JSON. */
function sizer(random, sizes, paths) {
  const heavyEvery = Math.max(1, Math.round(paths / Math.max(4, paths / 300)));
  return (i) => {
    if (sizes === 'nix') {
      if (i % heavyEvery === heavyEvery - 1) return random.int(1, 3) * 1024 * 1024 + random.int(0, 65535);
      return random() < 0.3 ? random.int(1, 64) * 512 : 0;
    }
    const s = Math.exp(Math.log(60 * 1024) + 2.2 * random.normal());
    return Math.max(200, Math.min(Math.round(s / 8) * 8, 300 * 1024 * 1024));
  };
}

/**
 * The package node i is: every 10th one of a few hundred families, each in several versions
 * (paths / 10 / families of them); every 1 000th a perl module; the rest packages of their own.
 */
function packageOf(i, paths) {
  const families = Math.max(10, Math.min(300, Math.floor(paths / 30)));
  if (i % 1000 === 500) return { pname: `perl5.38.2-${word(i)}`, version: '1.0' };
  if (i % 10 === 0) {
    const k = i / 10;
    return { pname: `lib${word(k % families)}`, version: `${1 + Math.floor(k / families)}.0` };
  }
  return { pname: word(100000 + i), version: `${1 + (i % 7)}.${i % 13}` };
}

function graphOf(list, root) {
  return { nodes: new Map(list.map((n) => [n.id, n])), root };
}

function deep({ paths, seed, sizes }) {
  const random = rng(seed);
  const size = sizer(random, sizes, paths);
  const base = [];
  for (let i = 0; i < paths - 1; i++) {
    base.push({ id: `d${i}`, ...packageOf(i, paths), output: '', deps: i > 0 ? [`d${i - 1}`] : [], size: size(i) });
  }
  base.push({ id: 'root', pname: 'nixos-system-deep', version: '1.0', output: '', deps: [`d${paths - 2}`], size: 4096 });
  // The head: the bottom package bumped, so every path above it (all of them) is rebuilt.
  const head = base.map((n) => ({ ...n, deps: [...n.deps] }));
  head[0].version = bumpVersion(head[0].version);
  return { base: graphOf(base, 'root'), head: graphOf(head, 'root') };
}

function wide({ paths, seed, sizes }) {
  const random = rng(seed);
  const size = sizer(random, sizes, paths);
  const leaves = [];
  for (let i = 0; i < paths - 1; i++) leaves.push({ id: `w${i}`, ...packageOf(i, paths), output: '', deps: [], size: size(i) });
  const root = (deps) => ({ id: 'root', pname: 'nixos-system-wide', version: '1.0', output: '', deps, size: 4096 });
  const base = [...leaves, root(leaves.map((n) => n.id))];
  // The head: 1 % bumped, 30 removed, 50 new (10 of them heavy).
  const removed = new Set();
  while (removed.size < 30) removed.add(`w${random.int(0, paths - 2)}`);
  const headLeaves = leaves.filter((n) => !removed.has(n.id)).map((n) => (random() < 0.01 ? { ...n, version: bumpVersion(n.version) } : { ...n }));
  for (let j = 0; j < 50; j++) {
    headLeaves.push({ id: `new${j}`, pname: `fresh${word(j)}`, version: '0.1', output: '', deps: [], size: j < 10 ? 1024 * 1024 + random.int(0, 2 * 1024 * 1024) : size(j) });
  }
  return { base: graphOf(base, 'root'), head: graphOf([...headLeaves, root(headLeaves.map((n) => n.id))], 'root') };
}

function allChanged(layeredOptions) {
  const base = generateBase(layeredOptions);
  const nodes = new Map([...base.nodes].map(([id, n]) => [id, { ...n, deps: [...n.deps], version: n.version === '' ? '' : bumpVersion(n.version) }]));
  // Names without a version (system-path, etc) change through their references.
  return { base, head: { ...base, nodes } };
}

/**
 * The base and head graphs of `shape` with `paths` paths. `layered` takes graph.mjs's options
 * (`base` for generateBase, `mutation` for mutate); `all-changed` its base options.
 */
export function shapePair(shape, { paths, seed, sizes, layered }) {
  switch (shape) {
    case 'layered': {
      const base = generateBase({ paths, seed, sizes, ...layered.base });
      const { head, stats } = mutate(base, { seed: seed + 1, sizes, ...layered.mutation });
      return { base, head, mutation: stats };
    }
    case 'deep':
      return deep({ paths, seed, sizes });
    case 'wide':
      return wide({ paths, seed, sizes });
    case 'all-changed':
      return allChanged({ paths, seed, sizes, ...layered.base });
    default:
      throw new Error(`no shape '${shape}' (have ${SHAPES.join(', ')})`);
  }
}
