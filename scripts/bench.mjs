#!/usr/bin/env node
// Benchmarks of nix-size-guard (issues "Benchmarks" and "Linear in the closure, whatever its
// shape"): `npm run bench`.
//
//   node scripts/bench.mjs [--runs N] [--shapes LIST] [--sizes LIST] [--rebuild] [--write] [--profile] [--machinery]
//
// --runs N       measured runs per figure (default 5), after one unmeasured warm-up run
// --shapes LIST  which closure shapes: layered, deep, wide, all-changed (default: all four)
// --sizes LIST   which sizes: 3000 (built by Nix), 20000, 100000 (generated JSON); default all
// --rebuild      remake the cached pairs under .bench/
// --write        put the results into BENCHMARKS.md (between its bench markers)
// --profile      run the diagnostics (nix calls, phases, CPU profile) even when every target is met
// --machinery    A/B the speed machinery (the byte scanner) against a bundle without it, and the update's cost
// --no-e2e       skip the end-to-end run on the fixture repository
// --wait-idle M  first wait up to M minutes for the 1-minute load average to drop below 0.5
// --render-only  measure nothing: print (and with --write, write) the last results again
//
// It needs Nix (run as root without a daemon, NIX_CONFIG is set as scripts/ensure-nix.sh sets
// it), GNU time at /usr/bin/time, and no network. The first run builds the 3 000-derivation
// pairs (a few minutes for the four shapes) and generates the JSON pairs (about a minute);
// later runs reuse them from .bench/.
//
// What is timed is the bundled CLI, dist/cli.js, as users run it: one process per run.

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jsonPair, nixPair } from './bench/fixtures.mjs';
import { SHAPES } from './bench/shapes.mjs';
import { VARIANTS, buildVariant } from './bench/variants.mjs';
import { checkGnuTime, measure, measureInterleaved, runOnce } from './bench/measure.mjs';
import { phaseBreakdown } from './bench/phases.mjs';
import { cpuProfile, nixCalls } from './bench/profile.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workDir = join(repo, '.bench');
const distCli = join(repo, 'dist', 'cli.js');
// The bundle is self-contained; it is copied at the start so that a rebundle during the run
// (dist/ is rebuilt often while developing) cannot mix two versions in one set of figures.
const cli = join(repo, '.bench', 'snapshot', 'cli.js');
const FEATURES = ['--extra-experimental-features', 'nix-command flakes'];

// The issue's targets.
const TARGETS = {
  floorFactor: 1.5, // compare of the 3 000-path pair, chains included, within 1.5× the two path-info calls
  bigMs: 3000, // the 100 000-path pair under 3 s
  bigRssKiB: 1024 * 1024, // and under 1 GiB
  reportBytesPerPath: 2048, // a JSON report under 2 KiB per path
  exponent: 1.2, // time grows close to linearly with the path count
};
const SIZES = [3000, 20000, 100000];

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    shapes: { type: 'string', default: SHAPES.join(',') },
    sizes: { type: 'string', default: SIZES.join(',') },
    machinery: { type: 'boolean', default: false },
    'no-e2e': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'wait-idle': { type: 'string' },
    'render-only': { type: 'boolean', default: false },
  },
});
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: '${opts.runs}' is not a positive whole number`);
const shapes = opts.shapes.split(',').map((x) => x.trim());
for (const shape of shapes) if (!SHAPES.includes(shape)) throw new Error(`--shapes: no shape '${shape}' (have ${SHAPES.join(', ')})`);
const sizes = opts.sizes.split(',').map(Number);
for (const size of sizes) if (!SIZES.includes(size)) throw new Error(`--sizes: ${size} is not one of ${SIZES.join(', ')}`);

const log = (line) => process.stderr.write(`bench: ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Environment: as scripts/ensure-nix.sh, single-user Nix as root without a daemon, offline.

const env = { ...process.env };
if (!env.NIX_CONFIG && process.getuid?.() === 0 && !existsSync('/nix/var/nix/daemon-socket/socket')) {
  env.NIX_CONFIG = ['experimental-features = nix-command flakes', 'build-users-group =', 'sandbox = false', 'substituters =', 'max-jobs = 2'].join('\n');
}
if (env.NIX_CONFIG) process.env.NIX_CONFIG = env.NIX_CONFIG; // for the fixtures' nix calls

function sh(command, args) {
  return execFileSync(command, args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function preflight() {
  try {
    sh('nix', ['--version']);
  } catch {
    throw new Error("nix is not on PATH; install it first ('. scripts/ensure-nix.sh' installs Debian's nix-bin)");
  }
  checkGnuTime();
  if (!existsSync(distCli)) throw new Error('dist/cli.js is missing; run npm run bundle');
  mkdirSync(dirname(cli), { recursive: true });
  // The whole of dist/, as it ships.
  for (const file of readdirSync(dirname(distCli))) copyFileSync(join(dirname(distCli), file), join(dirname(cli), file));
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 22) throw new Error(`Node ${process.version} is too old for dist/cli.js; run through npm (npm run bench), which uses this package's Node 24`);
}

/** The CLI's bundle: dist/cli.js and the dist/cli-main.js it loads (scripts/cli-split.mjs). */
function sha256(file) {
  const hash = createHash('sha256');
  for (const part of [file, join(dirname(file), 'cli-main.js')]) hash.update(readFileSync(part));
  return hash.digest('hex').slice(0, 12);
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? /^Model\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let git = 'not a git checkout';
  try {
    const commit = sh('git', ['-C', repo, 'rev-parse', '--short=12', 'HEAD']);
    const dirty = sh('git', ['-C', repo, 'status', '--porcelain', '--', 'src', 'dist']) !== '';
    git = `${commit}${dirty ? ' with uncommitted changes in src/ or dist/' : ''}`;
  } catch {
    // keep the default
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc: os.availableParallelism(),
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    cpu: model,
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    nix: sh('nix', ['--version']),
    toolVersion: JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version,
    git,
    distSha256: sha256(cli),
    loadStart: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

// ---------------------------------------------------------------------------------------------
// Measurements.

const ms = (x) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x < 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(0)} ms`);
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const range = (s, f) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;

function compareArgs(base, head, out) {
  return ['compare', base, head, '--forbid', 'perl', '--json', out];
}

function nixArgs(...args) {
  return [...FEATURES, ...args];
}

/** `nix why-depends HEAD P`: the store paths of the chain it prints, root first. */
function whyDependsChain(head, path) {
  const text = sh('nix', nixArgs('why-depends', head, path)).replace(/\u001b\[[0-9;]*m/g, '');
  return text.split('\n').map((line) => /\/nix\/store\/[0-9a-z]{32}-[^\s:'"]+/.exec(line)?.[0]).filter(Boolean);
}

// End to end on the fixture repository (scripts/bench/e2e.mjs): the action's cold run (nothing
// built, empty Actions cache) against its warm rerun, counting the nix builds each starts.
async function endToEnd() {
  return (await import('./bench/e2e.mjs')).endToEnd({ runs: Math.min(runs, 3), log });
}

async function waitIdle(minutes) {
  const until = Date.now() + minutes * 60_000;
  while (os.loadavg()[0] >= 0.5 && Date.now() < until) {
    log(`waiting for the machine to settle (load ${os.loadavg()[0].toFixed(2)})…`);
    await new Promise((r) => setTimeout(r, 15_000));
  }
}

/** A listed path's chain in a report's target: the walk through its table of parents. */
function chainOf(target, path) {
  const chain = [path];
  const seen = new Set(chain);
  for (let at = target.parents[path]; at !== undefined && !seen.has(at); at = target.parents[at]) {
    seen.add(at);
    chain.push(at);
  }
  return chain.reverse();
}

/** What a compare wrote: the JSON report's bytes, per head path, and what it lists. */
function reportStats(file) {
  const bytes = statSync(file).size;
  const t = JSON.parse(readFileSync(file, 'utf8')).targets[0];
  return {
    bytes, headPaths: t.head.pathCount, bytesPerPath: bytes / t.head.pathCount,
    heavy: t.heavy.length, forbidden: t.forbidden.length, growth: t.growth.length,
    duplicatePaths: t.duplicates.reduce((n, d) => n + d.paths.length, 0), parents: Object.keys(t.parents ?? {}).length,
  };
}

/** The least-squares slope of log(y) against log(x): y grows like x^slope. */
function exponent(points) {
  const usable = points.filter((p) => p.x > 0 && p.y > 0);
  if (usable.length < 2) return null;
  const xs = usable.map((p) => Math.log(p.x));
  const ys = usable.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

const sizeLabel = (n) => n.toLocaleString('en').replace(/,/g, ' ');

/** The 3 000-path pair of `shape`, built by Nix: compare against the floor, interleaved. */
function measureNixPair(shape, r) {
  const p = nixPair(workDir, shape, { rebuild: opts.rebuild, log });
  r.pairs[3000] = { label: `${sizeLabel(p.stats.basePaths)} paths, built by Nix`, ...p.stats, builds: p.builds, jsonBytes: { base: statSync(p.baseJson).size, head: statSync(p.headJson).size } };
  const storeOut = join(workDir, 'out', `${shape}-3000-store.json`);
  const jsonOut = join(workDir, 'out', `${shape}-3000-json.json`);
  runOnce(process.execPath, [cli, ...compareArgs(p.base, p.head, storeOut)], { env, okStatus: [0, 1] });
  const report = JSON.parse(readFileSync(storeOut, 'utf8')).targets[0];
  const heavy = report.heavy;
  const floorScript = `nix ${FEATURES[0]} '${FEATURES[1]}' path-info --json --recursive "$1" >/dev/null && nix ${FEATURES[0]} '${FEATURES[1]}' path-info --json --recursive "$2" >/dev/null`;
  const whyScript = `h="$1"; shift; for p in "$@"; do nix ${FEATURES[0]} '${FEATURES[1]}' why-depends "$h" "$p" >/dev/null || exit 1; done`;
  const withWhy = shape === 'layered' && heavy.length > 0;
  const specs = [
    { id: 'floor', command: 'sh', args: ['-c', floorScript, 'sh', p.base, p.head], options: { env } },
    { id: 'store', command: process.execPath, args: [cli, ...compareArgs(p.base, p.head, storeOut)], options: { env, okStatus: [0, 1] } },
    { id: 'json', command: process.execPath, args: [cli, ...compareArgs(p.baseJson, p.headJson, jsonOut)], options: { env, okStatus: [0, 1] } },
    { id: 'diff-closures', command: 'nix', args: nixArgs('store', 'diff-closures', p.base, p.head), options: { env } },
    ...(withWhy ? [
      { id: 'why-all', command: 'sh', args: ['-c', whyScript, 'sh', p.head, ...heavy.map((h) => h.path)], options: { env } },
      { id: 'why-one', command: 'nix', args: nixArgs('why-depends', p.head, heavy[0].path), options: { env } },
    ] : []),
  ];
  log(`${shape} 3 000: ${specs.length} measurements, interleaved, ${runs} rounds…`);
  const m = measureInterleaved(specs, { runs });
  r.nix = { floor: m.get('floor'), diffClosures: m.get('diff-closures') };
  r.compare[3000] = {
    store: { ...m.get('store'), report: reportStats(storeOut), input: 'store paths (runs its own nix calls)' },
    json: { ...m.get('json'), report: reportStats(jsonOut), input: 'JSON dumps of those store paths (in the store: the update size is measured too)' },
  };
  r.nix3000 = p;
  if (withWhy) {
    const sameChain = heavy.filter((h) => JSON.stringify(whyDependsChain(p.head, h.path)) === JSON.stringify(chainOf(report, h.path))).length;
    results.why = {
      shape, heavyPaths: heavy.length, forbiddenPaths: report.forbidden.length, all: m.get('why-all'), one: m.get('why-one'),
      sameChain, chainLengths: heavy.map((h) => chainOf(report, h.path).length), compare: m.get('store').ms,
    };
  }
}

let results;

async function main() {
  preflight();
  if (opts['wait-idle']) await waitIdle(Number(opts['wait-idle']));
  mkdirSync(join(workDir, 'out'), { recursive: true });
  const info = machine();
  log(`${info.date}; ${info.nproc} CPUs (${info.cpu}), ${info.memoryGiB} GiB; Node ${info.node}; ${info.nix}; dist/cli.js ${info.distSha256}; load ${info.loadStart.join(', ')}`);
  results = { machine: info, runs, shapes: {}, why: null, targets: [], diagnostics: {}, machinery: null, e2e: null };

  // Process start and bundle load, for scale (and subtracted for the growth exponent).
  results.node = {
    bare: measure(process.execPath, ['-e', '0'], { runs, env }),
    version: measure(process.execPath, [cli, '--version'], { runs, env }),
  };
  const startup = results.node.version.ms.median;

  for (const shape of shapes) {
    const r = { pairs: {}, compare: {}, nix: null };
    results.shapes[shape] = r;
    if (sizes.includes(3000)) measureNixPair(shape, r);
    for (const size of sizes.filter((n) => n !== 3000)) {
      const pair = jsonPair(workDir, shape, size, { rebuild: opts.rebuild, log });
      r.pairs[size] = { label: `${sizeLabel(size)} paths, generated JSON`, ...pair.stats, jsonBytes: pair.bytes };
      log(`${shape} ${size}: compare of the JSON dumps…`);
      const out = join(workDir, 'out', `${shape}-${size}-json.json`);
      const m = measure(process.execPath, [cli, ...compareArgs(pair.baseJson, pair.headJson, out)], { runs, env, okStatus: [0, 1] });
      r.compare[size] = { json: { ...m, report: reportStats(out), input: 'generated JSON dumps' } };
      r.jsonPairs = { ...r.jsonPairs, [size]: pair };
    }
    // How time grows with the path count: JSON dumps at every size (the 3 000 ones made by Nix).
    const points = Object.entries(r.compare).map(([size, c]) => ({ paths: Number(size), ms: c.json.ms.median }));
    r.growth = {
      points,
      exponent: exponent(points.map((p) => ({ x: p.paths, y: p.ms }))),
      aboveStartup: exponent(points.map((p) => ({ x: p.paths, y: p.ms - startup }))),
      cpuExponent: exponent(Object.entries(r.compare).map(([size, c]) => ({ x: Number(size), y: c.json.cpuMs.median }))),
    };

    // Targets.
    const store = r.compare[3000]?.store;
    if (store && r.nix) {
      const ratio = store.ms.median / r.nix.floor.ms.median;
      results.targets.push({ shape, target: `3 000 paths (store, chains included) within ${TARGETS.floorFactor}× the floor`, measured: `${ms(store.ms.median)} vs ${ms(r.nix.floor.ms.median)}: ${ratio.toFixed(2)}×`, met: ratio <= TARGETS.floorFactor });
    }
    const big = r.compare[100000]?.json;
    if (big) {
      results.targets.push({ shape, target: '100 000 paths under 3 s', measured: `${ms(big.ms.median)} (median)`, met: big.ms.median < TARGETS.bigMs });
      results.targets.push({ shape, target: '100 000 paths under 1 GiB', measured: `${mib(big.rssKiB.max)} peak RSS (largest of the runs)`, met: big.rssKiB.max < TARGETS.bigRssKiB });
    }
    const reports = Object.values(r.compare).flatMap((c) => Object.values(c).map((x) => x.report));
    const worst = reports.reduce((a, b) => (b.bytesPerPath > a.bytesPerPath ? b : a));
    results.targets.push({ shape, target: 'JSON report under 2 KiB per path', measured: `${worst.bytesPerPath.toFixed(0)} B per path at most (${(worst.bytes / 1048576).toFixed(1)} MiB for ${sizeLabel(worst.headPaths)})`, met: worst.bytesPerPath < TARGETS.reportBytesPerPath });
    if (r.growth.aboveStartup !== null) {
      results.targets.push({ shape, target: `time grows close to linearly (exponent ≤ ${TARGETS.exponent})`, measured: `n^${r.growth.aboveStartup.toFixed(2)} above the bundle's start (n^${r.growth.exponent.toFixed(2)} wall)`, met: r.growth.aboveStartup <= TARGETS.exponent });
    }
  }

  if (opts.machinery) await machinery();
  await diagnostics();

  if (!opts['no-e2e']) {
    results.e2e = await endToEnd();
    const warm = results.e2e.rows[1];
    results.targets.push({
      shape: '—', target: 'the warm pull-request run starts zero base builds',
      measured: `${warm.builds} nix builds, ${warm.baseCalls} evaluations of the base`,
      met: warm.builds === '0' && warm.baseCalls === '0',
    });
  }
  results.machine.loadEnd = os.loadavg().map((x) => Number(x.toFixed(2)));
  const after = sha256(distCli);
  if (after !== info.distSha256) results.machine.distChanged = `dist/cli.js was rebundled during the run (now ${after}); these figures are of ${info.distSha256}, copied at the start`;

  for (const r of Object.values(results.shapes)) {
    delete r.nix3000;
    delete r.jsonPairs;
  }
  writeFileSync(join(workDir, 'results.json'), JSON.stringify(results, null, 2));
  const markdown = render(results);
  process.stdout.write(markdown);
  if (opts.write) writeBenchmarks(markdown);
  log(`results in ${relative(repo, join(workDir, 'results.json'))}${opts.write ? ' and BENCHMARKS.md' : ''}`);
}

/**
 * The speed machinery, A/B: the bundle against bundles without one piece of it, paired
 * (interleaved rounds) on the sizes users have (the 3 000-path pairs) and on the biggest.
 */
async function machinery() {
  const names = ['no-scan', 'no-update-size'];
  const clis = { bundle: cli };
  for (const name of names) {
    log(`machinery: bundling the ${name} variant…`);
    clis[name] = await buildVariant(repo, join(workDir, 'variants', name), name);
  }
  const cases = [];
  for (const shape of ['layered', 'deep', 'all-changed']) {
    const r = results.shapes[shape];
    if (r?.nix3000) {
      cases.push({ label: `${shape}, 3 000 paths, store paths`, base: r.nix3000.base, head: r.nix3000.head });
      if (shape === 'layered') cases.push({ label: `${shape}, 3 000 paths, JSON dumps`, base: r.nix3000.baseJson, head: r.nix3000.headJson });
    }
  }
  const bigPair = results.shapes.layered?.jsonPairs?.[100000];
  if (bigPair) cases.push({ label: 'layered, 100 000 paths, JSON dumps', base: bigPair.baseJson, head: bigPair.headJson });
  const rows = [];
  for (const c of cases) {
    log(`machinery: ${c.label}, ${names.length + 1} bundles interleaved…`);
    const out = join(workDir, 'out', 'machinery.json');
    const specs = Object.entries(clis).map(([id, file]) => ({ id, command: process.execPath, args: [file, ...compareArgs(c.base, c.head, out)], options: { env, okStatus: [0, 1] } }));
    const m = measureInterleaved(specs, { runs });
    rows.push({ label: c.label, results: Object.fromEntries([...m]) });
  }
  results.machinery = { variants: Object.fromEntries(names.map((n) => [n, VARIANTS[n].what])), rows };
}

/** Where the time goes, when a target is missed (or with --profile): on the first shape that missed one. */
async function diagnostics() {
  const missed = results.targets.find((t) => !t.met);
  if (!missed && !opts.profile) return;
  const shape = missed?.shape && results.shapes[missed.shape] ? missed.shape : shapes[0];
  const r = results.shapes[shape];
  const d = results.diagnostics;
  d.shape = shape;
  const p = r.nix3000;
  if (p) {
    log(`diagnostics: nix calls and CPU profile of compare on the ${shape} 3 000-path pair…`);
    const diagOut = join(workDir, 'out', 'diag.json');
    d.nixCalls = nixCalls(workDir, cli, compareArgs(p.base, p.head, diagOut), { env });
    const smallProfile = cpuProfile(workDir, cli, compareArgs(p.base, p.head, diagOut), { env, top: 40 });
    d.cpuProfileSmall = { ...smallProfile, file: relative(repo, smallProfile.file) };
    try {
      d.phasesSmall = await phaseBreakdown(workDir, p.baseJson, p.headJson, { runs: 3 });
    } catch (error) {
      d.phasesError = String(error.message ?? error).split('\n')[0];
    }
  }
  const big = r.jsonPairs?.[100000];
  if (big) {
    log(`diagnostics: phases and CPU profile of compare on the ${shape} 100 000-path pair…`);
    try {
      d.phases = await phaseBreakdown(workDir, big.baseJson, big.headJson, { runs: 3 });
    } catch (error) {
      d.phasesError = String(error.message ?? error).split('\n')[0];
    }
    const profile = cpuProfile(workDir, cli, compareArgs(big.baseJson, big.headJson, join(workDir, 'out', 'diag.json')), { env, top: 25 });
    d.cpuProfile = { ...profile, file: relative(repo, profile.file) };
  }
}

// ---------------------------------------------------------------------------------------------
// The report.

function table(head, rows) {
  const align = head.map((h) => (h.startsWith('-') ? '-:' : ':-'));
  const names = head.map((h) => h.replace(/^-/, ''));
  return [`| ${names.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function render(r) {
  const m = r.machine;
  const out = [];
  const cpu = (x) => (x.cpuMs ? range(x.cpuMs, ms) : '—');
  out.push(`Measured ${m.date} on ${m.nproc} CPUs (${m.cpu}), ${m.memoryGiB} GiB of memory, ${m.kernel}; Node ${m.node}; ${m.nix}.`);
  out.push(`nix-size-guard ${m.toolVersion}, git ${m.git}; dist/cli.js + cli-main.js sha256 ${m.distSha256}.${m.distChanged ? ` (${m.distChanged}.)` : ''}`);
  out.push(`Load average (1, 5, 15 min) at the start ${m.loadStart.join(', ')}, at the end ${m.loadEnd.join(', ')}${Math.max(m.loadStart[0], m.loadEnd[0]) > 0.5 * m.nproc ? ': other work was running; the medians of interleaved (paired) runs and the CPU times are the figures to trust' : ''}.`);
  out.push(`Each figure: median (min–max) of ${r.runs} runs after one warm-up run (on the 3 000-path pairs the measurements are interleaved, one of each per round); wall time from Node's clock around the process; CPU time (\`%U + %S\`) and peak RSS (\`%M\`, the largest of the process and the children it waited for) from GNU time.`);
  out.push('');
  out.push('### The pairs');
  out.push('');
  const pairRows = [];
  for (const [shape, s] of Object.entries(r.shapes)) {
    for (const p of Object.values(s.pairs)) {
      pairRows.push([shape, p.label, p.basePaths, p.headPaths, p.added, p.removed, p.newHeavy, p.meanReferences, `${(p.jsonBytes.base / 1048576).toFixed(1)} MiB`]);
    }
  }
  out.push(table(['Shape', 'Pair', '-Base paths', '-Head paths', '-Added', '-Removed', '-New ≥ 1 MiB', '-References per path', '-JSON (base)'], pairRows));
  const built = Object.entries(r.shapes).filter(([, s]) => s.pairs[3000]?.builds).map(([shape, s]) => {
    const b = s.pairs[3000].builds;
    return `${shape}: the base built ${b.base.derivations} derivations in ${b.base.seconds} s, the head ${b.head.derivations} in ${b.head.seconds} s`;
  });
  if (built.length > 0) out.push('', `The Nix pairs, when made (${built.join('; ')}); cached in \`.bench/\` since.`);
  out.push('');
  out.push('### `nix-size-guard compare BASE HEAD --forbid perl --json F` (default heavy threshold, 1 MiB)');
  out.push('');
  const compareRows = [];
  for (const [shape, s] of Object.entries(r.shapes)) {
    for (const [size, c] of Object.entries(s.compare)) {
      for (const x of Object.values(c)) {
        const rep = x.report;
        compareRows.push([shape, sizeLabel(Number(size)), x.input, range(x.ms, ms), cpu(x), range(x.rssKiB, mib),
          `${(rep.bytes / 1024).toFixed(0)} KiB (${rep.bytesPerPath.toFixed(0)} B/path)`,
          `${rep.heavy} / ${rep.forbidden} / ${rep.growth} / ${rep.duplicatePaths} / ${rep.parents}`]);
      }
    }
  }
  out.push(table(['Shape', '-Paths', 'Input', '-Wall', '-CPU (user + sys)', '-Peak RSS', '-JSON report', '-Heavy / forbidden / growth / duplicate paths / parents'], compareRows));
  out.push('');
  out.push(`For scale: \`node -e 0\` ${range(r.node.bare.ms, ms)}, ${range(r.node.bare.rssKiB, mib)}; \`node dist/cli.js --version\` (bundle load) ${range(r.node.version.ms, ms)}, ${range(r.node.version.rssKiB, mib)}.`);
  out.push('');
  out.push('### How time grows with the path count');
  out.push('');
  out.push('Median wall time of compare on the JSON dumps of each size (the 3 000-path ones are the Nix pair\'s), and the exponent k of a least-squares fit of time ∝ n^k: over the wall time, over the wall time less the bundle\'s start (`node dist/cli.js --version`), and over the CPU time.');
  out.push('');
  const shown = [...new Set(Object.values(r.shapes).flatMap((s) => s.growth.points.map((p) => p.paths)))].sort((a, b) => a - b);
  const k = (x) => (x === null ? '—' : x.toFixed(2));
  out.push(table(['Shape', ...shown.map((n) => `-${sizeLabel(n)}`), '-k (wall)', '-k (above start)', '-k (CPU)'], Object.entries(r.shapes).map(([shape, s]) => [
    shape, ...shown.map((n) => { const p = s.growth.points.find((x) => x.paths === n); return p ? ms(p.ms) : '—'; }), k(s.growth.exponent), k(s.growth.aboveStartup), k(s.growth.cpuExponent),
  ])));
  const withNix = Object.entries(r.shapes).filter(([, s]) => s.nix);
  if (withNix.length > 0) {
    out.push('');
    out.push('### Nix on the 3 000-path pairs (interleaved with compare)');
    out.push('');
    // On N cores a run cannot take less wall time than its CPU time (its own and its children's,
    // the nix calls) over N: the least compare can take here, whatever is parallel.
    out.push(table(['Shape', '-floor: `nix path-info --json --recursive` of BASE, then HEAD', '-compare (store paths)', '-compare / floor', `-compare's CPU (with its nix calls) / ${r.machine.nproc} cores: the least its wall time can be`, '-that / floor', '-`nix store diff-closures BASE HEAD`'], withNix.map(([shape, s]) => {
      const store = s.compare[3000].store;
      const least = store.cpuMs ? store.cpuMs.median / r.machine.nproc : null;
      return [
        shape, range(s.nix.floor.ms, ms), range(store.ms, ms), `${(store.ms.median / s.nix.floor.ms.median).toFixed(2)}×`,
        least === null ? '—' : ms(least), least === null ? '—' : `${(least / s.nix.floor.ms.median).toFixed(2)}×`, range(s.nix.diffClosures.ms, ms),
      ];
    })));
  }
  if (r.why) {
    const w = r.why;
    out.push('');
    out.push(`### Why-chains: \`nix why-depends HEAD P\` per new heavy path vs one compare (${w.shape}, 3 000 paths)`);
    out.push('');
    out.push(table(['What', '-Wall'], [
      [`${w.heavyPaths} × \`nix why-depends HEAD P\`, one per new heavy path, in sequence`, range(w.all.ms, ms)],
      ['one `nix why-depends HEAD P`', range(w.one.ms, ms)],
      [`one compare (store paths): all ${w.heavyPaths} heavy chains and the chains of all ${w.forbiddenPaths} forbidden paths`, range(w.compare, ms)],
    ]));
    out.push('');
    out.push(`Chains of ${w.chainLengths.join(', ')} paths; \`nix why-depends\` printed the same chain as compare's table of parents gives for ${w.sameChain} of ${w.heavyPaths}.`);
  }
  if (r.machinery) {
    out.push('');
    out.push('### The speed machinery, A/B (paired: the bundles interleaved, one run of each per round)');
    out.push('');
    const ids = ['bundle', ...Object.keys(r.machinery.variants)];
    out.push(Object.entries(r.machinery.variants).map(([id, what]) => `- \`${id}\`: ${what}`).join('\n'));
    out.push('');
    out.push(table(['Case', ...ids.map((id) => `-\`${id}\``)], r.machinery.rows.map((row) => [row.label, ...ids.map((id) => {
      const x = row.results[id];
      return `${ms(x.ms.median)} (CPU ${ms(x.cpuMs.median)}, ${mib(x.rssKiB.max)})`;
    })])));
  }
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push(table(['Shape', 'Target', 'Measured', 'Met'], r.targets.map((t) => [t.shape, t.target, t.measured, t.met ? 'yes' : '**no**'])));
  if (r.e2e) {
    out.push('');
    out.push('### End to end on the fixture repository');
    out.push('');
    out.push(table(['Run', '-Wall', '-nix builds', '-Base evaluations', '-nix calls'], r.e2e.rows.map((x) => [x.label, range(x.ms, ms), x.builds, x.baseCalls ?? '', x.nixCalls ?? ''])));
  }
  const d = r.diagnostics;
  if (d.nixCalls || d.phases || d.phasesSmall || d.cpuProfile) {
    out.push('');
    out.push(`### Diagnostics (${d.shape}, one run each)`);
    const c = d.nixCalls;
    if (c) {
      out.push('');
      out.push(`Nix calls of compare, 3 000-path pair, store paths (a logging \`nix\` wrapper first on PATH): the run took ${ms(c.wallMs)}, ${ms(c.nixUnionMs)} of it with at least one nix call running.`);
      if (c.groups.length > 0) {
        out.push('');
        out.push(table(['nix call', '-Calls', '-Summed wall'], c.groups.map((g) => [`\`nix ${g.what}\``, g.count, ms(g.ms)])));
      }
    }
    for (const [key, title] of [['phasesSmall', '3 000-path pair, JSON dumps'], ['phases', '100 000-path pair, JSON dumps']]) {
      if (!d[key]) continue;
      out.push('');
      out.push(`Phases of compare on the ${title} (the engine from src/, bundled and called step by step; median of 3; RSS after the step):`);
      out.push('');
      out.push(table(['Phase', '-Time', '-RSS after'], d[key].map((p) => [p.name.replace(/^ {2}/, '↳ '), p.error ? `failed: ${p.error}` : ms(p.ms), `${p.rssMiB.toFixed(0)} MiB`])));
    }
    if (d.phasesError) out.push('', `Phases: not all measured (${d.phasesError}).`);
    const noise = /^\((root|program|idle)\)|^processTicksAndRejections|^runMicrotasks/;
    for (const [key, title] of [['cpuProfileSmall', '3 000-path pair, store paths'], ['cpuProfile', '100 000-path pair']]) {
      const prof = d[key];
      if (!prof) continue;
      out.push('');
      out.push(`CPU profile of compare on the ${title} (\`node --cpu-prof\`, ${ms(prof.totalMs)} sampled; \`${prof.file}\`), inclusive time of the top functions:`);
      out.push('');
      out.push(table(['Function (dist/cli.js line)', '-Inclusive', '-Self'], prof.inclusive.filter((f) => !noise.test(f.name)).slice(0, 20).map((f) => [
        `\`${f.name}\``, ms(f.ms), ms(prof.self.find((x) => x.name === f.name)?.ms ?? 0),
      ])));
    }
  }
  return `${out.join('\n')}\n`;
}

const BEGIN = '<!-- bench:begin (written by npm run bench -- --write) -->';
const END = '<!-- bench:end -->';

function writeBenchmarks(markdown) {
  const file = join(repo, 'BENCHMARKS.md');
  const block = `${BEGIN}\n${markdown}${END}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\nReproduce with \`npm run bench\`.\n\n## Results\n\n${BEGIN}\n${END}\n`;
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  text = start !== -1 && end > start ? text.slice(0, start) + block + text.slice(end + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
}

function renderOnly() {
  const results = JSON.parse(readFileSync(join(workDir, 'results.json'), 'utf8'));
  const markdown = render(results);
  process.stdout.write(markdown);
  if (opts.write) writeBenchmarks(markdown);
}

(opts['render-only'] ? Promise.resolve().then(renderOnly) : main()).catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error}\n`);
  process.exitCode = 2;
});
