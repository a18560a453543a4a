// The benchmark's closure pairs, made once and cached under .bench/:
// - a pair built by real Nix (`closure.nix` over a generated graph), as store paths and as
//   the `nix path-info --json --recursive` dumps Nix prints for them;
// - larger pairs as generated `nix path-info --json --recursive` dumps (array shape, the
//   shape of Nix ≤ 2.18), since building that many derivations is too slow.
// A stamp file holds a digest of the generator and its options: a pair is remade only when
// they change (or with --rebuild).

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeName, topoOrder } from './graph.mjs';
import { shapePair } from './shapes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FEATURES = ['--extra-experimental-features', 'nix-command flakes'];

/** What a pair is made from: the generator files and its options. */
function digest(files, ...parts) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(join(here, file)));
  hash.update(JSON.stringify(parts));
  return hash.digest('hex').slice(0, 16);
}

function readStamp(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'stamp.json'), 'utf8'));
  } catch {
    return null;
  }
}

export function nix(args, options = {}) {
  return execFileSync('nix', [...FEATURES, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function storePathValid(path) {
  try {
    nix(['path-info', path]);
    return true;
  } catch {
    return false;
  }
}

/** What changed between two closures given as path → {narSize, references}. */
function pairStats(base, head) {
  let added = 0;
  let removed = 0;
  let newHeavy = 0;
  for (const [path, info] of head) {
    if (!base.has(path)) {
      added++;
      if (info.narSize >= 1024 * 1024) newHeavy++;
    }
  }
  for (const path of base.keys()) if (!head.has(path)) removed++;
  let refs = 0;
  for (const info of head.values()) refs += info.references.length;
  return { basePaths: base.size, headPaths: head.size, added, removed, newHeavy, meanReferences: Number((refs / head.size).toFixed(1)) };
}

function pathInfoMap(jsonText) {
  const map = new Map();
  for (const entry of JSON.parse(jsonText)) map.set(entry.path, entry);
  return map;
}

// ---------------------------------------------------------------------------------------------
// The pair built by real Nix.

export const NIX_PAIR = {
  paths: 3000, seed: 3000,
  layered: { base: { chains: 2, chainLength: 40 }, mutation: { bumpLeafFraction: 0.05, newGroups: 5, removeTarget: 30 } },
};

/**
 * Builds (or finds) the Nix pair of `shape`. Returns the two store paths, their path-info
 * dumps and what changed. `log` gets progress lines.
 */
export function nixPair(workDir, shape, { rebuild = false, log = () => {} } = {}) {
  const dir = join(workDir, `nix-${shape}-${NIX_PAIR.paths}`);
  const key = digest(['graph.mjs', 'shapes.mjs', 'closure.nix'], 'nix', shape, NIX_PAIR);
  const stamp = readStamp(dir);
  if (!rebuild && stamp?.key === key && storePathValid(stamp.base) && storePathValid(stamp.head)
      && existsSync(join(dir, 'base.json')) && existsSync(join(dir, 'head.json'))) {
    log(`nix pair ${shape}: cached in ${dir} (${stamp.stats.basePaths} / ${stamp.stats.headPaths} paths)`);
    return { ...stamp, dir, baseJson: join(dir, 'base.json'), headJson: join(dir, 'head.json') };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const { base, head, mutation = null } = shapePair(shape, { paths: NIX_PAIR.paths, seed: NIX_PAIR.seed, sizes: 'nix', layered: NIX_PAIR.layered });
  const writeGraph = (graph, file) => {
    const nodes = topoOrder(graph).map((id) => {
      const n = graph.nodes.get(id);
      return { id, name: nodeName(n), deps: n.deps, size: n.size };
    });
    writeFileSync(join(dir, file), JSON.stringify({ root: graph.root, nodes }));
  };
  writeGraph(base, 'graph-base.json');
  writeGraph(head, 'graph-head.json');

  const build = (side) => {
    const args = ['-f', join(here, 'closure.nix'), '--arg', 'graph', join(dir, `graph-${side}.json`)];
    // How many derivations this build runs (Nix 2.8 says it on stderr with --dry-run).
    const dry = spawnSync('nix', [...FEATURES, 'build', '--dry-run', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const derivations = Number(/these (\d+) derivations will be built/i.exec(dry.stderr)?.[1] ?? (/this derivation will be built/i.test(dry.stderr) ? 1 : 0));
    log(`nix pair ${shape}: building the ${side}: ${derivations} derivations…`);
    const started = process.hrtime.bigint();
    let stdout;
    try {
      stdout = nix(['build', '--json', ...args, '-o', join(dir, `result-${side}`)]);
    } catch (error) {
      throw new Error(`nix build of the ${side} failed:\n${String(error.stderr ?? error).slice(-3000)}`);
    }
    const out = JSON.parse(stdout)[0].outputs.out;
    const seconds = Number((Number(process.hrtime.bigint() - started) / 1e9).toFixed(1));
    log(`nix pair ${shape}: ${side} built in ${seconds} s: ${out}`);
    return { out, seconds, derivations };
  };
  const builtBase = build('base');
  const builtHead = build('head');
  const baseText = nix(['path-info', '--json', '--recursive', builtBase.out]);
  const headText = nix(['path-info', '--json', '--recursive', builtHead.out]);
  writeFileSync(join(dir, 'base.json'), baseText);
  writeFileSync(join(dir, 'head.json'), headText);
  const stats = { ...pairStats(pathInfoMap(baseText), pathInfoMap(headText)), mutation };
  const result = {
    key, base: builtBase.out, head: builtHead.out, stats,
    builds: {
      base: { derivations: builtBase.derivations, seconds: builtBase.seconds },
      head: { derivations: builtHead.derivations, seconds: builtHead.seconds },
    },
  };
  writeFileSync(join(dir, 'stamp.json'), JSON.stringify(result, null, 2));
  return { ...result, dir, baseJson: join(dir, 'base.json'), headJson: join(dir, 'head.json') };
}

// ---------------------------------------------------------------------------------------------
// Generated path-info dumps.

const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz';

/** Nix's base-32 (src/libutil/hash.cc printHash32): 20 bytes → 32 characters. */
export function nixBase32(bytes) {
  const length = Math.ceil((bytes.length * 8) / 5);
  let out = '';
  for (let n = length - 1; n >= 0; n--) {
    const b = n * 5;
    const i = Math.floor(b / 8);
    const j = b % 8;
    const c = (bytes[i] >> j) | (i + 1 < bytes.length ? bytes[i + 1] << (8 - j) : 0);
    out += NIX32[c & 0x1f];
  }
  return out;
}

export const JSON_PAIRS = {
  20000: { paths: 20000, seed: 20000, layered: { base: { chains: 4, chainLength: 150 }, mutation: { changedFraction: 0.005, newGroups: 5, removeTarget: 30 } } },
  100000: { paths: 100000, seed: 100000, layered: { base: { chains: 5, chainLength: 200 }, mutation: { changedFraction: 0.008, newGroups: 5, removeTarget: 30 } } },
};

/**
 * `nix path-info --json --recursive` of a graph, as Nix 2.8 prints it for substituted
 * paths: sorted by path, with narHash, deriver, registrationTime and a signature; about a
 * third of the paths refer to themselves, as real outputs often do.
 */
function pathInfoDump(graph) {
  const order = topoOrder(graph);
  const storePath = new Map();
  for (const id of order) {
    const n = graph.nodes.get(id);
    const hash = createHash('sha256').update(`${nodeName(n)}\0${n.size}\0${n.deps.map((d) => storePath.get(d)).sort().join('\0')}`).digest();
    storePath.set(id, `/nix/store/${nixBase32(hash.subarray(0, 20))}-${nodeName(n)}`);
  }
  const entries = order.map((id) => {
    const n = graph.nodes.get(id);
    const path = storePath.get(id);
    const digestBytes = createHash('sha256').update(path).digest();
    const references = n.deps.map((d) => storePath.get(d));
    // Deterministic per path, so that an unchanged path is printed the same on both sides.
    if (digestBytes[0] % 3 === 0) references.push(path);
    references.sort();
    const drvHash = nixBase32(createHash('sha256').update(`drv:${path}`).digest().subarray(0, 20));
    const sig = createHash('sha512').update(`sig:${path}`).digest('base64');
    return {
      path,
      narHash: `sha256-${digestBytes.toString('base64')}`,
      narSize: n.size,
      references,
      deriver: `/nix/store/${drvHash}-${nodeName(n)}.drv`,
      registrationTime: 1700000000 + (digestBytes.readUInt32BE(4) % 10000000),
      signatures: [`cache.nixos.org-1:${sig}`],
    };
  });
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return entries;
}

/** Generates (or finds) the JSON pair of `shape` with `paths` paths. */
export function jsonPair(workDir, shape, paths, { rebuild = false, log = () => {} } = {}) {
  const options = JSON_PAIRS[paths];
  if (!options) throw new Error(`no JSON pair of ${paths} paths (have ${Object.keys(JSON_PAIRS).join(', ')})`);
  const dir = join(workDir, `json-${shape}-${paths}`);
  const key = digest(['graph.mjs', 'shapes.mjs', 'fixtures.mjs'], 'json', shape, options);
  const stamp = readStamp(dir);
  const files = { baseJson: join(dir, 'base.json'), headJson: join(dir, 'head.json') };
  if (!rebuild && stamp?.key === key && existsSync(files.baseJson) && existsSync(files.headJson)) {
    log(`json pair ${shape} ${paths}: cached in ${dir}`);
    return { ...stamp, dir, ...files };
  }
  log(`json pair ${shape} ${paths}: generating…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { base, head, mutation = null } = shapePair(shape, { paths: options.paths, seed: options.seed, sizes: 'json', layered: options.layered });
  const baseEntries = pathInfoDump(base);
  const headEntries = pathInfoDump(head);
  writeFileSync(files.baseJson, JSON.stringify(baseEntries));
  writeFileSync(files.headJson, JSON.stringify(headEntries));
  const toMap = (entries) => new Map(entries.map((e) => [e.path, e]));
  const stats = { ...pairStats(toMap(baseEntries), toMap(headEntries)), mutation };
  const result = { key, stats, bytes: { base: readFileSync(files.baseJson).length, head: readFileSync(files.headJson).length } };
  writeFileSync(join(dir, 'stamp.json'), JSON.stringify(result, null, 2));
  log(`json pair ${shape} ${paths}: ${stats.basePaths} → ${stats.headPaths} paths, +${stats.added} −${stats.removed}`);
  return { ...result, dir, ...files };
}
