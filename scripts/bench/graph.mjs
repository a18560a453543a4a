// Synthetic closures for the benchmarks: a dependency DAG shaped like a NixOS system closure
// (a root, system-path, layers of packages with a few very popular libraries and a long tail,
// split outputs like `glibc-2.37-8-bin`, a few long chains, some big paths), and a "head"
// variant of it: version bumps of leaves (which rebuild every dependent, as in Nix), new
// packages that bring in new paths (some heavy), and removed packages.
//
// Deterministic: the same options give the same graph, byte for byte.

/** A small seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.normal = () => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return next;
}

// The most referenced packages of a real NixOS closure get real names.
const FAMOUS = [
  ['glibc', '2.37-8'], ['gcc', '12.3.0-lib'], ['zlib', '1.3'], ['openssl', '3.0.12'], ['bash', '5.2-p15'],
  ['coreutils', '9.3'], ['ncurses', '6.4'], ['libxcrypt', '4.4.36'], ['xz', '5.4.4'], ['bzip2', '1.0.8'],
  ['attr', '2.5.1'], ['acl', '2.3.1'], ['util-linux', '2.39.2-lib'], ['systemd', '254.6'], ['libcap', '2.69-lib'],
  ['expat', '2.5.0'], ['libffi', '3.4.4'], ['pcre2', '10.42'], ['gmp', '6.3.0'], ['readline', '8.2p1'],
  ['sqlite', '3.43.1'], ['libidn2', '2.3.4'], ['libunistring', '1.1'], ['zstd', '1.5.5'], ['lz4', '1.9.4'],
  ['dbus', '1.14.10-lib'], ['glib', '2.78.1'], ['libseccomp', '2.5.4-lib'], ['kmod', '31-lib'], ['libgcrypt', '1.10.2'],
  ['libgpg-error', '1.47'], ['curl', '8.4.0'], ['nghttp2', '1.57.0-lib'], ['brotli', '1.1.0-lib'], ['icu4c', '73.2'],
  ['libxml2', '2.11.5'], ['python3', '3.11.6'], ['tzdata', '2023c'], ['iana-etc', '20230316'], ['shadow', '4.14.2'],
];

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'vo', 'lu', 'sar', 'dex', 'qui', 'bel', 'nor', 'fi', 'gra', 'ux', 'pol',
  'zen', 'har', 'mo', 'ti', 'wex', 'cal', 'dor', 'ny', 'ep', 'sil', 'ma', 'rok', 'vin', 'ja', 'ber'];

const PREFIXES = [
  ['', 40], ['lib', 22], ['python3.11-', 14], ['xorg-', 6], ['rust-', 4], ['go-', 4], ['font-', 2],
  ['haskell-', 5], ['perl5.38.2-', 1], ['gst-plugins-', 1], ['qt6-', 1],
];
const PREFIX_TOTAL = PREFIXES.reduce((s, [, w]) => s + w, 0);

function makeNamer(random) {
  const used = new Set(FAMOUS.map(([n]) => n));
  return () => {
    let roll = random() * PREFIX_TOTAL;
    let prefix = '';
    for (const [p, w] of PREFIXES) {
      if ((roll -= w) < 0) {
        prefix = p;
        break;
      }
    }
    for (;;) {
      const parts = random.int(2, 3);
      let word = '';
      for (let i = 0; i < parts; i++) word += random.pick(SYLLABLES);
      if (random() < 0.05) word += `-${random.pick(['utils', 'tools', 'data', 'daemon'])}`;
      const name = prefix + word;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

function makeVersion(random) {
  const r = random();
  if (r < 0.05) return `unstable-2023-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  if (r < 0.1) return String(random.int(1, 300));
  if (r < 0.4) return `${random.int(0, 9)}.${random.int(0, 40)}`;
  return `${random.int(0, 9)}.${random.int(0, 40)}.${random.int(0, 20)}`;
}

/** `1.2.3` → `1.2.4`; anything else gets `-p1` style bumps. */
export function bumpVersion(version) {
  const m = /^(.*?)(\d+)$/.exec(version);
  return m ? `${m[1]}${Number(m[2]) + 1}` : `${version}.1`;
}

/** Name of a node as it appears in its store path: `pname-version[-output]`. */
export function nodeName(node) {
  return [node.pname, node.version, node.output].filter((s) => s !== '').join('-');
}

/** Weighted sampling over a fixed list (cumulative weights + binary search). */
function sampler(random, items, weight) {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  items.forEach((item, i) => {
    total += weight(item);
    cumulative[i] = total;
  });
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

/**
 * The base graph.
 * @param {object} o
 * @param {number} o.paths       total number of nodes (store paths)
 * @param {number} o.seed
 * @param {'nix'|'json'} o.sizes  'nix': tiny outputs (bytes actually written by a builder), a few
 *                                1–3 MiB leaves; 'json': log-normal NAR sizes like a real closure
 * @param {number} o.chains       number of long chains
 * @param {number} o.chainLength
 */
export function generateBase({ paths, seed, sizes, chains, chainLength, layers = 6 }) {
  const random = rng(seed);
  const newName = makeNamer(random);
  const nodes = new Map();
  let counter = 0;
  const add = (fields) => {
    const node = { id: `n${counter++}`, output: '', deps: [], size: 0, layer: 0, companionOf: null, ...fields };
    nodes.set(node.id, node);
    return node;
  };
  const size = (big) => {
    if (sizes === 'nix') {
      if (big) return random.int(1, 3) * 1024 * 1024 + random.int(0, 65535);
      return random() < 0.3 ? random.int(1, 64) * 512 : 0;
    }
    const s = Math.exp(Math.log(60 * 1024) + 2.2 * random.normal());
    return Math.max(200, Math.min(Math.round(s / 8) * 8, 300 * 1024 * 1024));
  };

  const topCount = 3; // root, system-path, etc
  const chainNodes = chains * chainLength;
  const rest = paths - topCount - chainNodes;
  const leafCount = Math.round(rest * 0.2);
  const perLayer = Math.floor((rest - leafCount) / layers);
  const layerSizes = [leafCount, ...Array.from({ length: layers }, (_, i) => (i === layers - 1 ? rest - leafCount - perLayer * (layers - 1) : perLayer))];

  // Popularity: Zipf over a random rank, so a few packages are referenced by almost
  // everything (glibc) and most by one or two.
  const weight = new Map();
  const byLayer = [];
  let famous = 0;
  for (let layer = 0; layer <= layers; layer++) {
    const list = [];
    for (let i = 0; i < layerSizes[layer]; i++) {
      const rank = i + 1;
      let pname;
      let version;
      if (layer <= 1 && famous < FAMOUS.length && i < 20) [pname, version] = FAMOUS[famous++];
      else [pname, version] = [newName(), makeVersion(random)];
      const big = sizes === 'nix' && layer === 0 && i >= 40 && i < 40 + Math.max(4, Math.round(paths / 300));
      const node = add({ pname, version, layer, size: size(big), big });
      weight.set(node.id, 1 / rank ** 1.15);
      list.push(node);
    }
    byLayer.push(list);
  }

  // References: 5–20 per package, mostly to popular ones, half of them from the layer just below.
  const all = byLayer.flat();
  const lowerSamplers = [];
  const belowSamplers = [];
  for (let layer = 1; layer <= layers; layer++) {
    const lower = byLayer.slice(0, layer).flat();
    lowerSamplers[layer] = sampler(random, lower, (n) => weight.get(n.id));
    belowSamplers[layer] = sampler(random, byLayer[layer - 1], (n) => weight.get(n.id));
  }
  for (let layer = 1; layer <= layers; layer++) {
    const available = byLayer.slice(0, layer).reduce((s, l) => s + l.length, 0);
    for (const node of byLayer[layer]) {
      const want = Math.min(random.int(5, 20), available);
      const deps = new Set();
      for (let tries = 0; deps.size < want && tries < want * 20; tries++) {
        const pick = random() < 0.5 ? belowSamplers[layer]() : lowerSamplers[layer]();
        deps.add(pick.id);
      }
      node.deps = [...deps];
    }
  }

  // Split outputs: ~12% of packages are the `-bin`/`-lib`/`-dev`/`-man` output of one of their deps.
  const suffixes = ['bin', 'lib', 'dev', 'man'];
  const taken = new Set();
  for (let layer = 1; layer <= layers; layer++) {
    for (const node of byLayer[layer]) {
      if (random() >= 0.12) continue;
      const owner = nodes.get(node.deps[0]);
      if (owner.output !== '' || owner.pname === 'gcc') continue;
      const suffix = random.pick(suffixes);
      const key = `${owner.id}/${suffix}`;
      if (taken.has(key)) continue;
      taken.add(key);
      node.pname = owner.pname;
      node.version = owner.version;
      node.output = suffix;
      node.companionOf = owner.id;
    }
  }

  // Long chains (bootstrap stages, deep language package sets): each link refers to the
  // previous one and to a few popular libraries; the bottom one to a private leaf.
  const chainTops = [];
  const core = byLayer[0].slice(0, 8);
  for (let c = 0; c < chains; c++) {
    let previous = add({ pname: `bootstrap-stage${c}-seed`, version: '1.0', layer: 0, size: size(false) });
    weight.set(previous.id, 0);
    for (let i = 1; i < chainLength; i++) {
      const link = add({ pname: `${['ghc', 'stdenv', 'rustc', 'guile', 'ocaml'][c % 5]}-boot${c}-stage${i}`, version: `${c}.${i}`, layer: 1, size: size(false) });
      link.deps = [previous.id, ...core.slice(0, random.int(1, 4)).map((n) => n.id)];
      link.chain = c;
      previous = link;
    }
    chainTops.push(previous);
  }

  // The top: system-path refers to top-layer packages, etc to a few more; the root to both
  // and to the kernel and the chains' top packages.
  const top = byLayer[layers];
  const systemPath = add({ pname: 'system', version: '', output: 'path', layer: layers + 1, size: size(false) });
  const etc = add({ pname: 'etc', version: '', layer: layers + 1, size: size(false) });
  const root = add({ pname: 'nixos-system-bench', version: '1.0', layer: layers + 2, size: size(false) });
  systemPath.pname = 'system';
  const spDeps = new Set(top.slice(0, Math.max(50, Math.round(top.length * 0.5))).map((n) => n.id));
  const etcDeps = new Set(top.slice(Math.round(top.length * 0.5), Math.round(top.length * 0.6)).map((n) => n.id));
  root.deps = [systemPath.id, etc.id];
  chainTops.forEach((t, i) => {
    // Held by unpopular packages, so that the chain is the only way down.
    const holder = byLayer[layers - 1][byLayer[layers - 1].length - 1 - i];
    holder.deps.push(t.id);
  });

  // Every package must be reachable: a package nothing refers to is given to a random
  // package of a higher layer (the top layer's go to system-path or etc).
  const referenced = new Set();
  for (const n of nodes.values()) for (const d of n.deps) referenced.add(d);
  for (const s of [...spDeps, ...etcDeps]) referenced.add(s);
  for (const node of all) {
    if (referenced.has(node.id)) continue;
    if (node.layer === layers) {
      (random() < 0.8 ? spDeps : etcDeps).add(node.id);
    } else {
      const higher = byLayer[random.int(node.layer + 1, layers)];
      random.pick(higher).deps.push(node.id);
    }
  }
  systemPath.deps = [...spDeps];
  etc.deps = [...etcDeps];
  return { nodes, root: root.id, systemPath: systemPath.id, layers, byLayer: byLayer.map((l) => l.map((n) => n.id)), chainBottoms: [], random };
}

/** Every node reachable from the root, dependencies before dependents (post-order). */
export function topoOrder(graph) {
  const order = [];
  const state = new Map(); // 1 = on stack, 2 = done
  const stack = [[graph.root, 0]];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const node = graph.nodes.get(frame[0]);
    if (frame[1] === 0) {
      if (state.get(node.id) === 2) {
        stack.pop();
        continue;
      }
      state.set(node.id, 1);
    }
    if (frame[1] < node.deps.length) {
      const dep = node.deps[frame[1]++];
      const s = state.get(dep);
      if (s === 1) throw new Error(`cycle through ${dep}`);
      if (s !== 2) stack.push([dep, 0]);
    } else {
      state.set(node.id, 2);
      order.push(node.id);
      stack.pop();
    }
  }
  return order;
}

/** id → ids of the nodes that refer to it. */
function dependents(graph) {
  const up = new Map();
  for (const node of graph.nodes.values()) {
    for (const dep of node.deps) {
      let list = up.get(dep);
      if (!list) up.set(dep, (list = []));
      list.push(node.id);
    }
  }
  return up;
}

/**
 * The node and everything that depends on it, up to the root: what a change of it rebuilds.
 * null when that is more than `cap` nodes (a mass rebuild).
 */
function rebuiltBy(id, up, cap = Number.POSITIVE_INFINITY) {
  const seen = new Set([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const parent of up.get(stack.pop()) ?? []) {
      if (!seen.has(parent)) {
        seen.add(parent);
        if (seen.size > cap) return null;
        stack.push(parent);
      }
    }
  }
  return seen;
}

function reachable(graph) {
  return new Set(topoOrder(graph));
}

const NEW_GROUPS = [
  { via: ['python3', '3.11.4'], names: [['libffi', '3.4.4'], ['mpdecimal', '2.5.1'], 'python3.11-setuptools', 'tzdata-full', 'libxcrypt-legacy', 'python3.11-pip', 'gdbm', 'python3.11-wheel', 'sqlite-analyzer'] },
  { via: ['xdg-utils', '1.1.3'], names: [['perl', '5.38.2'], ['perl5.38.2-XML-Parser', '2.46'], ['perl5.38.2-File-MimeInfo', '0.33'], ['perl5.38.2-URI', '5.21'], 'desktop-file-utils', 'file', 'xprop', 'xset', 'perl5.38.2-IPC-System-Simple'] },
  { via: ['nodejs', '20.8.0'], names: ['libuv', 'c-ares', 'icu4c-full', 'nodejs-headers', 'corepack', 'npm-bundled', 'llhttp', 'simdutf', 'ada-url'] },
  { via: ['qemu', '8.1.2'], names: ['qemu-firmware', 'libslirp', 'virglrenderer', 'spice', 'usbredir', 'libiscsi', 'vde2', 'capstone', 'dtc'] },
  { via: ['llvm', '16.0.6', 'lib'], names: ['libllvm-targets', 'libxml2-full', 'z3', 'libedit', 'libclang', 'compiler-rt', 'lld', 'libcxx', 'mlir'] },
];

/**
 * The head: a pull request's worth of change.
 * @param {object} base        from generateBase
 * @param {object} o
 * @param {number} [o.bumpLeafFraction]   bump this fraction of the leaves (3 000-path pair: 0.05)
 * @param {number} [o.changedFraction]    or bump leaves until this fraction of the closure is rebuilt
 * @param {number} o.newGroups           each brings 10 new paths, 2 of them heavy
 * @param {number} o.removeTarget        remove top-level packages until about this many paths go
 * @param {'nix'|'json'} o.sizes
 */
export function mutate(base, { seed, bumpLeafFraction, changedFraction, newGroups = 5, removeTarget = 30, sizes }) {
  const random = rng(seed);
  const nodes = new Map([...base.nodes].map(([id, n]) => [id, { ...n, deps: [...n.deps] }]));
  const head = { ...base, nodes };
  const up = dependents(head);
  const stats = { bumpedLeaves: 0, newPaths: 0, newHeavy: 0, removedPackages: 0 };

  // 1. Version bumps of leaves (not the big data leaves, not the chain seeds).
  const leaves = base.byLayer[0].filter((id) => !nodes.get(id).big);
  const order = leaves.map((id) => [random(), id]).sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  // A mass rebuild (glibc) is not a typical pull request: leaves whose bump would rebuild
  // more than `cap` paths are skipped.
  const rebuilt = new Set();
  const bumped = [];
  const total = base.nodes.size;
  const cap = bumpLeafFraction !== undefined ? Math.max(20, Math.round(total * 0.01)) : Math.max(20, Math.round(changedFraction * total * 0.3));
  const want = bumpLeafFraction !== undefined ? Math.round(leaves.length * bumpLeafFraction) : Number.POSITIVE_INFINITY;
  const limit = changedFraction !== undefined ? changedFraction * total : Number.POSITIVE_INFINITY;
  for (const id of order) {
    if (bumped.length >= want || rebuilt.size >= limit) break;
    const set = rebuiltBy(id, up, cap);
    if (!set) continue;
    bumped.push(id);
    for (const x of set) rebuilt.add(x);
  }
  const companions = new Map();
  for (const n of nodes.values()) if (n.companionOf) companions.set(n.companionOf, [...(companions.get(n.companionOf) ?? []), n.id]);
  for (const id of bumped) {
    const leaf = nodes.get(id);
    leaf.version = bumpVersion(leaf.version);
    if (sizes === 'json') leaf.size = Math.round((leaf.size * (0.95 + random() * 0.1)) / 8) * 8;
    for (const c of companions.get(id) ?? []) nodes.get(c).version = leaf.version;
  }
  stats.bumpedLeaves = bumped.length;

  // 2. New packages, each pulled in by an existing package of the upper layers, bringing
  //    10 new paths: the package, 4 direct deps, 5 below those; 2 of the 10 are heavy.
  //    The first group hangs below the deepest link of the first long chain.
  const core = base.byLayer[0].slice(0, 6);
  let counter = 0;
  const newNode = (pname, version, output, heavy) => {
    const node = {
      id: `a${counter++}`, pname, version, output, deps: [...core.slice(0, random.int(1, 4))], layer: -1, companionOf: null,
      size: heavy ? (sizes === 'nix' ? random.int(1, 3) * 1024 * 1024 + random.int(0, 65535) : random.int(2, 40) * 1024 * 1024 + random.int(0, 99999) * 8)
        : sizes === 'nix' ? random.int(0, 16) * 512 : random.int(1, 400) * 1024,
    };
    nodes.set(node.id, node);
    stats.newPaths++;
    if (heavy) stats.newHeavy++;
    return node;
  };
  const upper = [...base.byLayer[base.layers - 1], ...base.byLayer[base.layers]];
  const holders = new Set();
  for (let g = 0; g < newGroups; g++) {
    const spec = NEW_GROUPS[g % NEW_GROUPS.length];
    const round = Math.floor(g / NEW_GROUPS.length);
    const suffix = round === 0 ? '' : `${round}`;
    const via = newNode(spec.via[0] + suffix, spec.via[1], spec.via[2] ?? '', false);
    const sub = spec.names.map((entry, i) => {
      const [name, version] = Array.isArray(entry) ? entry : [entry, makeVersion(random)];
      return newNode(name + suffix, version, '', i === 0 || i === 6);
    });
    via.deps.push(sub[0].id, sub[1].id, sub[2].id, sub[3].id);
    sub[0].deps.push(sub[4].id, sub[5].id);
    sub[1].deps.push(sub[6].id);
    sub[2].deps.push(sub[7].id, sub[8].id);
    let holder;
    if (g === 0) {
      holder = [...nodes.values()].filter((n) => n.chain === 0).sort((a, b) => Number(a.version.split('.')[1]) - Number(b.version.split('.')[1]))[0];
    } else {
      // A package whose change rebuilds little (as most top-level packages).
      for (let tries = 0; tries < 1000 && !holder; tries++) {
        const candidate = upper[Math.floor(random() * upper.length)];
        if (!holders.has(candidate) && rebuiltBy(candidate, up, Math.max(10, total * 0.0005))) holder = nodes.get(candidate);
      }
      holder ??= nodes.get(upper[0]);
    }
    holder.deps.push(via.id);
    holders.add(holder.id);
  }

  // 3. Removed packages: drop top-level packages from system-path (with what only they
  //    needed) until about `removeTarget` paths are gone. Reference counting finds what a
  //    removal frees (the graph is acyclic).
  const systemPath = nodes.get(base.systemPath);
  const live = reachable(head);
  const refcount = new Map();
  for (const id of live) for (const dep of nodes.get(id).deps) refcount.set(dep, (refcount.get(dep) ?? 0) + 1);
  const freedBy = (id, limit) => {
    const delta = new Map([[id, 1]]);
    const freed = [];
    const stack = [id];
    while (stack.length > 0) {
      const at = stack.pop();
      if (refcount.get(at) - delta.get(at) > 0) continue;
      freed.push(at);
      if (freed.length > limit) return null;
      for (const dep of nodes.get(at).deps) {
        delta.set(dep, (delta.get(dep) ?? 0) + 1);
        stack.push(dep);
      }
    }
    return freed;
  };
  let removed = 0;
  const candidates = systemPath.deps.map((id) => [random(), id]).sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  for (const id of candidates) {
    if (removed >= removeTarget) break;
    if (holders.has(id)) continue;
    const freed = freedBy(id, removeTarget - removed + 10);
    if (!freed) continue;
    systemPath.deps = systemPath.deps.filter((d) => d !== id);
    for (const f of freed) {
      live.delete(f);
      for (const dep of nodes.get(f).deps) refcount.set(dep, refcount.get(dep) - 1);
    }
    removed += freed.length;
    stats.removedPackages++;
  }
  stats.removedPaths = removed;
  // Forget what is no longer reachable.
  for (const id of [...nodes.keys()]) if (!live.has(id)) nodes.delete(id);
  return { head, stats };
}
