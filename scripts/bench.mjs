#!/usr/bin/env node
// Benchmarks of nix-size-guard (issue "Benchmarks"): `npm run bench`.
//
//   node scripts/bench.mjs [--runs N] [--only nix,20000,100000] [--rebuild] [--write] [--profile]
//
// --runs N     measured runs per figure (default 5), after one unmeasured warm-up run
// --only LIST  which pairs: nix (the 3 000-path pair built by Nix), 20000, 100000
// --rebuild    remake the cached pairs under .bench/
// --write      put the results into BENCHMARKS.md (between its bench markers)
// --profile    run the diagnostics (nix calls, phases, CPU profile) even when every target is met
// --wait-idle M  first wait up to M minutes for the 1-minute load average to drop below 0.5
// --render-only  measure nothing: print (and with --write, write) the last results again
//
// It needs Nix (run as root without a daemon, NIX_CONFIG is set as scripts/ensure-nix.sh sets
// it), GNU time at /usr/bin/time, and no network. The first run builds the 3 000-derivation
// pair (about 1.5 minutes) and generates the JSON pairs (about half a minute); later runs
// reuse them from .bench/.
//
// What is timed is the bundled CLI, dist/cli.js, as users run it: one process per run.

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jsonPair, nixPair } from './bench/fixtures.mjs';
import { checkGnuTime, measure, measureInterleaved, runOnce } from './bench/measure.mjs';
import { phaseBreakdown } from './bench/phases.mjs';
import { cpuProfile, nixCalls, nixShim } from './bench/profile.mjs';

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
};

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string', default: 'nix,20000,100000' },
    rebuild: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'wait-idle': { type: 'string' },
    'render-only': { type: 'boolean', default: false },
  },
});
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: '${opts.runs}' is not a positive whole number`);
const only = new Set(opts.only.split(',').map((s) => s.trim()));

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
  // The whole bundle: the CLI loads its dump reader (dump-worker.js) from beside it.
  for (const file of readdirSync(dirname(distCli))) copyFileSync(join(dirname(distCli), file), join(dirname(cli), file));
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 22) throw new Error(`Node ${process.version} is too old for dist/cli.js; run through npm (npm run bench), which uses this package's Node 24`);
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
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

/** The node binary and the CLI under GNU time; exit 1 (a rule broke) is expected. */
function measureCompare(base, head, name) {
  const out = join(workDir, 'out', `${name}.json`);
  return measure(process.execPath, [cli, ...compareArgs(base, head, out)], { runs, env, okStatus: [0, 1] });
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

async function main() {
  preflight();
  if (opts['wait-idle']) await waitIdle(Number(opts['wait-idle']));
  mkdirSync(join(workDir, 'out'), { recursive: true });
  const info = machine();
  log(`${info.date}; ${info.nproc} CPUs (${info.cpu}), ${info.memoryGiB} GiB; Node ${info.node}; ${info.nix}; dist/cli.js ${info.distSha256}`);
  const results = { machine: info, runs, pairs: {}, compare: [], nix: [], why: null, targets: [], diagnostics: {}, e2e: null };

  // Pairs.
  let nixP = null;
  if (only.has('nix')) {
    nixP = nixPair(workDir, { rebuild: opts.rebuild, log });
    results.pairs.nix = { label: `${nixP.stats.basePaths.toLocaleString('en').replace(/,/g, ' ')} paths, built by Nix`, ...nixP.stats, builds: nixP.builds, jsonBytes: { base: readFileSync(nixP.baseJson).length, head: readFileSync(nixP.headJson).length } };
  }
  const jsonPairs = {};
  for (const size of [20000, 100000]) {
    if (!only.has(String(size))) continue;
    jsonPairs[size] = jsonPair(workDir, size, { rebuild: opts.rebuild, log });
    results.pairs[`json-${size}`] = { label: `${size.toLocaleString('en').replace(/,/g, ' ')} paths, generated JSON`, ...jsonPairs[size].stats, jsonBytes: jsonPairs[size].bytes };
  }

  // (a), (b), (c) and (d) on the pair built by Nix, interleaved: round i runs each once, so
  // that compare and the floor it is held against see the same machine.
  if (nixP) {
    const storeOut = join(workDir, 'out', 'nix-store.json');
    const jsonOut = join(workDir, 'out', 'nix-json.json');
    // One compare first, for the new heavy paths that why-depends is asked about.
    runOnce(process.execPath, [cli, ...compareArgs(nixP.base, nixP.head, storeOut)], { env, okStatus: [0, 1] });
    const report = JSON.parse(readFileSync(storeOut, 'utf8')).targets[0];
    const heavy = report.heavy;
    const floorScript = `nix ${FEATURES[0]} '${FEATURES[1]}' path-info --json --recursive "$1" >/dev/null && nix ${FEATURES[0]} '${FEATURES[1]}' path-info --json --recursive "$2" >/dev/null`;
    const whyScript = `h="$1"; shift; for p in "$@"; do nix ${FEATURES[0]} '${FEATURES[1]}' why-depends "$h" "$p" >/dev/null || exit 1; done`;
    const specs = [
      { id: 'floor', command: 'sh', args: ['-c', floorScript, 'sh', nixP.base, nixP.head], options: { env } },
      { id: 'nix-store', command: process.execPath, args: [cli, ...compareArgs(nixP.base, nixP.head, storeOut)], options: { env, okStatus: [0, 1] } },
      { id: 'nix-json', command: process.execPath, args: [cli, ...compareArgs(nixP.baseJson, nixP.headJson, jsonOut)], options: { env, okStatus: [0, 1] } },
      { id: 'path-info', command: 'nix', args: nixArgs('path-info', '--json', '--recursive', nixP.head), options: { env } },
      { id: 'diff-closures', command: 'nix', args: nixArgs('store', 'diff-closures', nixP.base, nixP.head), options: { env } },
      { id: 'why-all', command: 'sh', args: ['-c', whyScript, 'sh', nixP.head, ...heavy.map((h) => h.path)], options: { env } },
      ...(heavy.length > 0 ? [{ id: 'why-one', command: 'nix', args: nixArgs('why-depends', nixP.head, heavy[0].path), options: { env } }] : []),
    ];
    log(`3 000-path pair: ${specs.length} measurements, interleaved, ${runs} rounds (compare with store paths, with JSON dumps, the floor, path-info, diff-closures, why-depends)…`);
    const m = measureInterleaved(specs, { runs });
    results.nix.push({ id: 'floor', label: 'floor: `nix path-info --json --recursive` of BASE, then of HEAD', ...m.get('floor') });
    results.nix.push({ id: 'path-info', label: 'one `nix path-info --json --recursive HEAD`', ...m.get('path-info') });
    results.nix.push({ id: 'diff-closures', label: '`nix store diff-closures BASE HEAD`', ...m.get('diff-closures') });
    results.compare.push({ id: 'nix-store', pair: 'nix', input: 'store paths (runs its own nix calls)', ...m.get('nix-store') });
    results.compare.push({ id: 'nix-json', pair: 'nix', input: 'JSON dumps of those store paths (still in the store: the update size is measured too)', ...m.get('nix-json') });

    // (d) One nix why-depends per new heavy path, against our one compare (which also finds
    // the chain of every forbidden path).
    const sameChain = heavy.filter((h) => JSON.stringify(whyDependsChain(nixP.head, h.path)) === JSON.stringify(h.chain)).length;
    results.why = {
      heavyPaths: heavy.length, forbiddenPaths: report.forbidden.length, all: m.get('why-all'), one: m.get('why-one') ?? null,
      sameChain, chainLengths: heavy.map((h) => h.chain.length), compare: m.get('nix-store').ms,
    };
  }

  // (a) and (e) on the generated pairs.
  for (const [size, pair] of Object.entries(jsonPairs)) {
    log(`compare: ${size}-path pair, JSON dumps…`);
    const r = measureCompare(pair.baseJson, pair.headJson, `json-${size}`);
    results.compare.push({ id: `json-${size}`, pair: size, input: 'generated JSON dumps', ...r });
  }

  // Process start and bundle load, for scale.
  results.node = {
    bare: measure(process.execPath, ['-e', '0'], { runs, env }),
    version: measure(process.execPath, [cli, '--version'], { runs, env }),
  };

  // Targets.
  const find = (id, list = results.compare) => list.find((r) => r.id === id);
  const storeRun = find('nix-store');
  const floorRun = find('floor', results.nix);
  if (storeRun && floorRun) {
    const ratio = storeRun.ms.median / floorRun.ms.median;
    results.targets.push({
      target: `compare of the 3 000-path pair (store paths, chains included) within ${TARGETS.floorFactor}× the floor`,
      measured: `${ms(storeRun.ms.median)} vs ${ms(floorRun.ms.median)}: ${ratio.toFixed(2)}×`,
      met: ratio <= TARGETS.floorFactor,
    });
  }
  const big = find('json-100000');
  if (big) {
    results.targets.push({ target: 'compare of the 100 000-path pair under 3 s', measured: `${ms(big.ms.median)} (median)`, met: big.ms.median < TARGETS.bigMs });
    results.targets.push({ target: 'compare of the 100 000-path pair under 1 GiB', measured: `${mib(big.rssKiB.max)} peak RSS (largest of the runs)`, met: big.rssKiB.max < TARGETS.bigRssKiB });
  }

  // Diagnostics, when a target is missed (or asked for).
  const missed = results.targets.some((t) => !t.met);
  if (missed || opts.profile) {
    if (storeRun) {
      log('diagnostics: nix calls of compare on the 3 000-path pair…');
      const diagOut = join(workDir, 'out', 'diag.json');
      results.diagnostics.nixCalls = nixCalls(workDir, cli, compareArgs(nixP.base, nixP.head, diagOut), { env });
      results.diagnostics.nixCallsJson = nixCalls(workDir, cli, compareArgs(nixP.baseJson, nixP.headJson, diagOut), { env });
      // What-if: the same compare with `nix store dump-path` answered at once (no update size).
      const stubEnv = nixShim(join(workDir, 'nix-stub'), { stubDumpPath: true, env });
      results.diagnostics.stubbed = measure(process.execPath, [cli, ...compareArgs(nixP.base, nixP.head, diagOut)], { runs, env: stubEnv, okStatus: [0, 1] });
      const added = JSON.parse(readFileSync(join(workDir, 'out', 'nix-store.json'), 'utf8')).targets[0].added;
      const small = added[added.length - 1];
      results.diagnostics.dumpPath = {
        path: small.path, narSize: small.narSize,
        ...measure('sh', ['-c', `nix ${FEATURES[0]} '${FEATURES[1]}' store dump-path "$1" >/dev/null`, 'sh', small.path], { runs, env }),
      };
      const smallProfile = cpuProfile(workDir, cli, compareArgs(nixP.base, nixP.head, diagOut), { env, top: 40 });
      results.diagnostics.cpuProfileSmall = { ...smallProfile, file: relative(repo, smallProfile.file) };
      try {
        results.diagnostics.phasesSmall = await phaseBreakdown(workDir, nixP.baseJson, nixP.headJson, { runs: 3 });
      } catch (error) {
        results.diagnostics.phasesError = String(error.message ?? error).split('\n')[0];
      }
    }
    if (big) {
      log('diagnostics: phases of compare on the 100 000-path pair…');
      try {
        results.diagnostics.phases = await phaseBreakdown(workDir, jsonPairs[100000].baseJson, jsonPairs[100000].headJson, { runs: 3 });
      } catch (error) {
        results.diagnostics.phasesError = String(error.message ?? error).split('\n')[0];
      }
      log('diagnostics: CPU profile of compare on the 100 000-path pair…');
      const profile = cpuProfile(workDir, cli, compareArgs(jsonPairs[100000].baseJson, jsonPairs[100000].headJson, join(workDir, 'out', 'diag.json')), { env, top: 25 });
      results.diagnostics.cpuProfile = { ...profile, file: relative(repo, profile.file) };
    }
  }

  results.e2e = await endToEnd();
  const warm = results.e2e.rows[1];
  results.targets.push({
    target: 'the warm pull-request run starts zero base builds',
    measured: `${warm.builds} nix builds, ${warm.baseCalls} evaluations of the base`,
    met: warm.builds === '0' && warm.baseCalls === '0',
  });
  results.machine.loadEnd = os.loadavg().map((x) => Number(x.toFixed(2)));
  const after = sha256(distCli);
  if (after !== info.distSha256) results.machine.distChanged = `dist/cli.js was rebundled during the run (now ${after}); these figures are of ${info.distSha256}, copied at the start`;

  writeFileSync(join(workDir, 'results.json'), JSON.stringify(results, null, 2));
  const markdown = render(results);
  process.stdout.write(markdown);
  if (opts.write) writeBenchmarks(markdown);
  log(`results in ${relative(repo, join(workDir, 'results.json'))}${opts.write ? ' and BENCHMARKS.md' : ''}`);
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
  out.push(`Measured ${m.date} on ${m.nproc} CPUs (${m.cpu}), ${m.memoryGiB} GiB of memory, ${m.kernel}; Node ${m.node}; ${m.nix}.`);
  out.push(`nix-size-guard ${m.toolVersion}, git ${m.git}; dist/cli.js sha256 ${m.distSha256}.${m.distChanged ? ` (${m.distChanged}.)` : ''}`);
  out.push(`Load average (1, 5, 15 min) at the start ${m.loadStart.join(', ')}, at the end ${m.loadEnd.join(', ')}${Math.max(m.loadStart[0], m.loadEnd[0]) > 0.5 * m.nproc ? ': other work was running; medians and minimums are the figures to trust' : ''}.`);
  out.push(`Each figure: median (min–max) of ${r.runs} runs after one warm-up run (on the 3 000-path pair the measurements are interleaved, one of each per round); wall time from Node's clock around the process; CPU time (\`%U + %S\`) and peak RSS (\`%M\`, the largest of the process and the children it waited for) from GNU time. This machine is shared: when the load average below is high, trust the CPU times and the minimums more than the wall medians.`);
  out.push('');
  out.push('### The pairs');
  out.push('');
  out.push(table(['Pair', '-Base paths', '-Head paths', '-Added', '-Removed', '-New ≥ 1 MiB', '-References per path', '-JSON (base)'], Object.values(r.pairs).map((p) => [
    p.label, p.basePaths, p.headPaths, p.added, p.removed, p.newHeavy, p.meanReferences, `${(p.jsonBytes.base / 1048576).toFixed(1)} MiB`,
  ])));
  if (r.pairs.nix?.builds) {
    const b = r.pairs.nix.builds;
    out.push('', `The Nix pair, when made: the base built ${b.base.derivations} derivations in ${b.base.seconds} s, the head ${b.head.derivations} in ${b.head.seconds} s (it reuses the unchanged paths); cached in \`.bench/\` since.`);
  }
  out.push('');
  out.push('### (a) `nix-size-guard compare BASE HEAD --forbid perl --json F` (default heavy threshold, 1 MiB)');
  out.push('');
  const label = (c) => (c.pair === 'nix' ? r.pairs.nix.label : r.pairs[`json-${c.pair}`].label);
  const cpu = (x) => (x.cpuMs ? range(x.cpuMs, ms) : '—');
  out.push(table(['Pair', 'Input', '-Wall', '-CPU (user + sys)', '-Peak RSS'], r.compare.map((c) => [label(c), c.input, range(c.ms, ms), cpu(c), range(c.rssKiB, mib)])));
  out.push('');
  out.push(`For scale: \`node -e 0\` ${range(r.node.bare.ms, ms)}, ${range(r.node.bare.rssKiB, mib)}; \`node dist/cli.js --version\` (bundle load) ${range(r.node.version.ms, ms)}, ${range(r.node.version.rssKiB, mib)}.`);
  if (r.nix.length > 0) {
    out.push('');
    out.push('### (b), (c) Nix on the 3 000-path pair');
    out.push('');
    out.push(table(['Command', '-Wall', '-CPU (user + sys)', '-Peak RSS'], r.nix.map((n) => [n.label, range(n.ms, ms), cpu(n), range(n.rssKiB, mib)])));
  }
  if (r.why) {
    const w = r.why;
    out.push('');
    out.push('### (d) Why-chains: `nix why-depends HEAD P` per new heavy path vs one compare');
    out.push('');
    out.push(table(['What', '-Wall'], [
      [`${w.heavyPaths} × \`nix why-depends HEAD P\`, one per new heavy path, in sequence`, range(w.all.ms, ms)],
      ...(w.one ? [['one `nix why-depends HEAD P`', range(w.one.ms, ms)]] : []),
      [`one compare (store paths): all ${w.heavyPaths} heavy chains and the chains of all ${w.forbiddenPaths} forbidden paths`, range(w.compare, ms)],
    ]));
    out.push('');
    out.push(`Chains of ${w.chainLengths.join(', ')} paths; \`nix why-depends\` printed the same chain as compare for ${w.sameChain} of ${w.heavyPaths}.`);
  }
  const big = r.compare.find((c) => c.id === 'json-100000');
  if (big) {
    out.push('');
    out.push('### (e) Peak memory of compare on the 100 000-path pair');
    out.push('');
    out.push(`${range(big.rssKiB, mib)} peak RSS (largest of the runs: ${mib(big.rssKiB.max)}), for two JSON dumps of ${(r.pairs['json-100000'].jsonBytes.base / 1048576).toFixed(0)} MiB each.`);
  }
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push(table(['Target', 'Measured', 'Met'], r.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**'])));
  out.push('');
  out.push('### End to end on the fixture repository');
  out.push('');
  out.push(r.e2e
    ? table(['Run', '-Wall', '-nix builds', '-Base evaluations', '-nix calls'], r.e2e.rows.map((x) => [x.label, range(x.ms, ms), x.builds, x.baseCalls ?? '', x.nixCalls ?? '']))
    : 'Not measured yet (TODO in `scripts/bench.mjs`, `endToEnd()`: cold vs warm run on the fixture repository, waiting for the new build path).');
  const d = r.diagnostics;
  if (d.nixCalls || d.phases || d.phasesSmall || d.cpuProfile) {
    out.push('');
    out.push('### Diagnostics (one run each)');
    for (const [key, title] of [['nixCalls', '3 000-path pair, store paths'], ['nixCallsJson', '3 000-path pair, JSON dumps']]) {
      const c = d[key];
      if (!c) continue;
      out.push('');
      if (c.groups.length === 0) {
        out.push(`Nix calls of compare, ${title} (a logging \`nix\` wrapper first on PATH): none; the run took ${ms(c.wallMs)}.`);
        continue;
      }
      out.push(`Nix calls of compare, ${title} (a logging \`nix\` wrapper first on PATH): the run took ${ms(c.wallMs)}, ${ms(c.nixUnionMs)} of it with at least one nix call running.`);
      out.push('');
      out.push(table(['nix call', '-Calls', '-Summed wall'], c.groups.map((g) => [`\`nix ${g.what}\``, g.count, ms(g.ms)])));
    }
    // The what-if matters only when compare runs one `nix store dump-path` per added path.
    if (d.stubbed && d.nixCalls?.groups.some((g) => g.what === 'store dump-path')) {
      out.push('');
      out.push(`What-if: compare of the 3 000-path pair (store paths) with \`nix store dump-path\` answered at once by the wrapper (so no update size): ${range(d.stubbed.ms, ms)}, ${range(d.stubbed.rssKiB, mib)}. One real \`nix store dump-path\` of a ${d.dumpPath.narSize}-byte path: ${range(d.dumpPath.ms, ms)}.`);
    }
    if (d.phasesSmall) {
      out.push('');
      out.push('Phases of compare on the 3 000-path pair, JSON dumps (the engine from src/, bundled and called step by step; median of 3; RSS after the step):');
      out.push('');
      out.push(table(['Phase', '-Time', '-RSS after'], d.phasesSmall.map((p) => [p.name.replace(/^ {2}/, '↳ '), p.error ? `failed: ${p.error}` : ms(p.ms), `${p.rssMiB.toFixed(0)} MiB`])));
    }
    if (d.phases) {
      out.push('');
      out.push('Phases of compare on the 100 000-path pair, JSON dumps (the engine from src/, bundled and called step by step; median of 3; RSS after the step):');
      out.push('');
      out.push(table(['Phase', '-Time', '-RSS after'], d.phases.map((p) => [p.name.replace(/^ {2}/, '↳ '), p.error ? `failed: ${p.error}` : ms(p.ms), `${p.rssMiB.toFixed(0)} MiB`])));
    } else if (d.phasesError) {
      out.push('', `Phases: not measured (${d.phasesError}).`);
    }
    const profileTable = (p, noise, rows) => table(['Function (dist/cli.js line)', '-Inclusive', '-Self'], p.inclusive.filter((f) => !noise.test(f.name)).slice(0, rows).map((f) => [
      `\`${f.name}\``, ms(f.ms), ms(p.self.find((x) => x.name === f.name)?.ms ?? 0),
    ]));
    if (d.cpuProfileSmall) {
      out.push('');
      out.push(`CPU profile of compare on the 3 000-path pair, store paths (\`node --cpu-prof\`, ${ms(d.cpuProfileSmall.totalMs)} sampled; \`(idle)\` is the time spent waiting, mostly for the nix calls; \`${d.cpuProfileSmall.file}\`), inclusive time of the top functions:`);
      out.push('');
      out.push(profileTable(d.cpuProfileSmall, /^\((root|program)\)|^processTicksAndRejections|^runMicrotasks|^(Writable|Transform|ZlibBase|writeOrBuffer|_write|import|tracePromise|getOrCreateModuleJob|#|afterResolve|loadAndTranslate|asyncRunEntryPointWithESMLoader|runEntryPointWithESMLoader|afterLoad|executeUserEntryPoint|callBoundExeca|boundExeca)|^\(anonymous\) (run_main|loader)/, 20));
    }
    if (d.cpuProfile) {
      out.push('');
      out.push(`CPU profile of compare on the 100 000-path pair (\`node --cpu-prof dist/cli.js compare …\`, ${ms(d.cpuProfile.totalMs)} sampled; \`${d.cpuProfile.file}\`), inclusive time of the top functions:`);
      out.push('');
      const noise = /^\((root|program|idle)\)|^processTicksAndRejections|^runMicrotasks/;
      out.push(table(['Function (dist/cli.js line)', '-Inclusive', '-Self'], d.cpuProfile.inclusive.filter((f) => !noise.test(f.name)).map((f) => [
        `\`${f.name}\``, ms(f.ms), ms(d.cpuProfile.self.find((s) => s.name === f.name)?.ms ?? 0),
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
