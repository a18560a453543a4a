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
//
// It needs Nix (run as root without a daemon, NIX_CONFIG is set as scripts/ensure-nix.sh sets
// it), GNU time at /usr/bin/time, and no network. The first run builds the 3 000-derivation
// pair (about 1.5 minutes) and generates the JSON pairs (about half a minute); later runs
// reuse them from .bench/.
//
// What is timed is the bundled CLI, dist/cli.js, as users run it: one process per run.

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jsonPair, nixPair } from './bench/fixtures.mjs';
import { checkGnuTime, measure } from './bench/measure.mjs';
import { phaseBreakdown } from './bench/phases.mjs';
import { cpuProfile, nixCalls } from './bench/profile.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workDir = join(repo, '.bench');
const cli = join(repo, 'dist', 'cli.js');
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
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing; run npm run bundle');
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
  };
}

// ---------------------------------------------------------------------------------------------
// Measurements.

const ms = (x) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const range = (s, f) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;

function compareArgs(base, head, out) {
  return [cli, 'compare', base, head, '--forbid', 'perl', '--json', out];
}

/** The node binary and the CLI under GNU time; exit 1 (a rule broke) is expected. */
function measureCompare(base, head, name) {
  const out = join(workDir, 'out', `${name}.json`);
  const result = measure(process.execPath, compareArgs(base, head, out), { runs, env, okStatus: [0, 1] });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return { ...result, report, out };
}

function nixArgs(...args) {
  return [...FEATURES, ...args];
}

/** `nix why-depends HEAD P`: the store paths of the chain it prints, root first. */
function whyDependsChain(head, path) {
  const text = sh('nix', nixArgs('why-depends', head, path)).replace(/\u001b\[[0-9;]*m/g, '');
  return text.split('\n').map((line) => /\/nix\/store\/[0-9a-z]{32}-[^\s:'"]+/.exec(line)?.[0]).filter(Boolean);
}

// TODO(e2e): end to end on the fixture repository (examples/appliance as a two-commit git
// repository): `nix-size-guard run --base …` cold (nothing of the head built yet: count the
// nix builds it starts) and warm (everything built: wall time), for both the CLI and the
// action. The lead is rewriting the build path; this hook is where that measurement goes.
// Return { rows: [{ label, ms, rssKiB, builds }] } and the report renders a table from it.
function endToEnd() {
  return null;
}

async function main() {
  preflight();
  mkdirSync(join(workDir, 'out'), { recursive: true });
  const info = machine();
  log(`${info.date}; ${info.nproc} CPUs (${info.cpu}), ${info.memoryGiB} GiB; Node ${info.node}; ${info.nix}; dist/cli.js ${info.distSha256}`);
  const results = { machine: info, runs, pairs: {}, compare: [], nix: [], why: null, targets: [], diagnostics: {}, e2e: null };

  // Pairs.
  let nixP = null;
  if (only.has('nix')) {
    nixP = nixPair(workDir, { rebuild: opts.rebuild, log });
    results.pairs.nix = { label: `${nixP.stats.basePaths} paths, built by Nix`, ...nixP.stats, buildSeconds: nixP.buildSeconds, jsonBytes: { base: readFileSync(nixP.baseJson).length, head: readFileSync(nixP.headJson).length } };
  }
  const jsonPairs = {};
  for (const size of [20000, 100000]) {
    if (!only.has(String(size))) continue;
    jsonPairs[size] = jsonPair(workDir, size, { rebuild: opts.rebuild, log });
    results.pairs[size] = { label: `${size} paths, generated JSON`, ...jsonPairs[size].stats, jsonBytes: jsonPairs[size].bytes };
  }

  // (b), (c), (a) and (d) on the pair built by Nix.
  if (nixP) {
    log('nix: the floor, two nix path-info --json --recursive calls…');
    const floorScript = `nix ${FEATURES[0]} '${FEATURES[1]}' path-info --json --recursive "$1" >/dev/null && nix ${FEATURES[0]} '${FEATURES[1]}' path-info --json --recursive "$2" >/dev/null`;
    const floor = measure('sh', ['-c', floorScript, 'sh', nixP.base, nixP.head], { runs, env });
    results.nix.push({ id: 'floor', label: 'floor: `nix path-info --json --recursive` of BASE, then of HEAD', ...floor });
    const one = measure('nix', nixArgs('path-info', '--json', '--recursive', nixP.head), { runs, env });
    results.nix.push({ id: 'path-info', label: 'one `nix path-info --json --recursive HEAD`', ...one });
    log('nix: nix store diff-closures…');
    const diff = measure('nix', nixArgs('store', 'diff-closures', nixP.base, nixP.head), { runs, env });
    results.nix.push({ id: 'diff-closures', label: '`nix store diff-closures BASE HEAD`', ...diff });

    log('compare: 3 000-path pair, store paths…');
    const store = measureCompare(nixP.base, nixP.head, 'nix-store');
    results.compare.push({ id: 'nix-store', pair: 'nix', input: 'store paths (runs its own nix calls)', ...store, report: undefined });
    log('compare: 3 000-path pair, JSON dumps…');
    const json = measureCompare(nixP.baseJson, nixP.headJson, 'nix-json');
    results.compare.push({ id: 'nix-json', pair: 'nix', input: 'JSON dumps of those store paths', ...json, report: undefined });

    // (d) One nix why-depends per new heavy path, against our one compare (which also finds
    // the chain of every forbidden path).
    const heavy = store.report.targets[0].heavy;
    const forbiddenCount = store.report.targets[0].forbidden.length;
    log(`why-chains: ${heavy.length} × nix why-depends…`);
    const whyScript = `h="$1"; shift; for p in "$@"; do nix ${FEATURES[0]} '${FEATURES[1]}' why-depends "$h" "$p" >/dev/null || exit 1; done`;
    const whyAll = measure('sh', ['-c', whyScript, 'sh', nixP.head, ...heavy.map((h) => h.path)], { runs, env });
    const whyOne = heavy.length > 0 ? measure('nix', nixArgs('why-depends', nixP.head, heavy[0].path), { runs, env }) : null;
    const sameChain = heavy.filter((h) => JSON.stringify(whyDependsChain(nixP.head, h.path)) === JSON.stringify(h.chain)).length;
    const chainLengths = heavy.map((h) => h.chain.length);
    results.why = { heavyPaths: heavy.length, forbiddenPaths: forbiddenCount, all: whyAll, one: whyOne, sameChain, chainLengths, compare: store.ms };
  }

  // (a) and (e) on the generated pairs.
  for (const [size, pair] of Object.entries(jsonPairs)) {
    log(`compare: ${size}-path pair, JSON dumps…`);
    const r = measureCompare(pair.baseJson, pair.headJson, `json-${size}`);
    results.compare.push({ id: `json-${size}`, pair: size, input: 'generated JSON dumps', ...r, report: undefined });
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
      results.diagnostics.nixCalls = nixCalls(workDir, cli, compareArgs(nixP.base, nixP.head, join(workDir, 'out', 'diag.json')), { env });
      results.diagnostics.nixCallsJson = nixCalls(workDir, cli, compareArgs(nixP.baseJson, nixP.headJson, join(workDir, 'out', 'diag.json')), { env });
    }
    if (big) {
      log('diagnostics: phases of compare on the 100 000-path pair…');
      try {
        results.diagnostics.phases = await phaseBreakdown(workDir, jsonPairs[100000].baseJson, jsonPairs[100000].headJson, { runs: 3 });
      } catch (error) {
        results.diagnostics.phasesError = String(error.message ?? error).split('\n')[0];
      }
      log('diagnostics: CPU profile of compare on the 100 000-path pair…');
      const profile = cpuProfile(workDir, cli, compareArgs(jsonPairs[100000].baseJson, jsonPairs[100000].headJson, join(workDir, 'out', 'diag.json')), { env });
      results.diagnostics.cpuProfile = { ...profile, file: relative(repo, profile.file) };
    }
  }

  results.e2e = endToEnd();
  const after = sha256(cli);
  if (after !== info.distSha256) results.machine.distChanged = `dist/cli.js changed during the run (${info.distSha256} → ${after}); rerun for clean figures`;

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
  out.push(`nix-size-guard ${m.toolVersion}, git ${m.git}; dist/cli.js sha256 ${m.distSha256}.${m.distChanged ? ` **${m.distChanged}.**` : ''}`);
  out.push(`Each figure: median (min–max) of ${r.runs} runs after one warm-up run; wall time from Node's clock around the process, peak RSS from GNU time (\`%M\`, the largest of the process and the children it waited for).`);
  out.push('');
  out.push('### The pairs');
  out.push('');
  out.push(table(['Pair', '-Base paths', '-Head paths', '-Added', '-Removed', '-New ≥ 1 MiB', '-References per path', '-JSON (base)'], Object.values(r.pairs).map((p) => [
    p.label, p.basePaths, p.headPaths, p.added, p.removed, p.newHeavy, p.meanReferences, `${(p.jsonBytes.base / 1048576).toFixed(1)} MiB`,
  ])));
  if (r.pairs.nix?.buildSeconds) out.push('', `Built by Nix in ${r.pairs.nix.buildSeconds.base} s (base) and ${r.pairs.nix.buildSeconds.head} s (head, reusing the unchanged paths) when first made; cached in \`.bench/\` since.`);
  out.push('');
  out.push('### (a) `nix-size-guard compare BASE HEAD --forbid perl --json F` (default heavy threshold, 1 MiB)');
  out.push('');
  const label = (c) => (c.pair === 'nix' ? r.pairs.nix.label : r.pairs[c.pair].label);
  out.push(table(['Pair', 'Input', '-Wall', '-Peak RSS'], r.compare.map((c) => [label(c), c.input, range(c.ms, ms), range(c.rssKiB, mib)])));
  out.push('');
  out.push(`For scale: \`node -e 0\` ${range(r.node.bare.ms, ms)}, ${range(r.node.bare.rssKiB, mib)}; \`node dist/cli.js --version\` (bundle load) ${range(r.node.version.ms, ms)}, ${range(r.node.version.rssKiB, mib)}.`);
  if (r.nix.length > 0) {
    out.push('');
    out.push(`### (b), (c) Nix on the ${r.pairs.nix.label.replace(', built by Nix', '')} pair`);
    out.push('');
    out.push(table(['Command', '-Wall', '-Peak RSS'], r.nix.map((n) => [n.label, range(n.ms, ms), range(n.rssKiB, mib)])));
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
    out.push(`${range(big.rssKiB, mib)} peak RSS (largest of the runs: ${mib(big.rssKiB.max)}), for two JSON dumps of ${(r.pairs[100000].jsonBytes.base / 1048576).toFixed(0)} MiB each.`);
  }
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push(table(['Target', 'Measured', 'Met'], r.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**'])));
  out.push('');
  out.push('### End to end on the fixture repository');
  out.push('');
  out.push(r.e2e ? table(['Run', '-Wall', '-Peak RSS', '-nix builds'], r.e2e.rows.map((x) => [x.label, ms(x.ms), mib(x.rssKiB), x.builds])) : 'Not measured yet (TODO in `scripts/bench.mjs`, `endToEnd()`: cold vs warm `run` on the fixture repository, waiting for the new build path).');
  const d = r.diagnostics;
  if (d.nixCalls || d.phases || d.cpuProfile) {
    out.push('');
    out.push('### Diagnostics (one run each)');
    for (const [key, title] of [['nixCalls', '3 000-path pair, store paths'], ['nixCallsJson', '3 000-path pair, JSON dumps']]) {
      const c = d[key];
      if (!c) continue;
      out.push('');
      out.push(`Nix calls of compare, ${title} (a logging \`nix\` wrapper first on PATH): the run took ${ms(c.wallMs)}, ${ms(c.nixUnionMs)} of it with at least one nix call running.`);
      out.push('');
      out.push(table(['nix call', '-Calls', '-Summed wall'], c.groups.map((g) => [`\`nix ${g.what}\``, g.count, ms(g.ms)])));
    }
    if (d.phases) {
      out.push('');
      out.push('Phases of compare on the 100 000-path pair, JSON dumps (the engine from src/, bundled and called step by step; median of 3; RSS after the step):');
      out.push('');
      out.push(table(['Phase', '-Time', '-RSS after'], d.phases.map((p) => [p.name.replace(/^ {2}/, '↳ '), p.error ? `failed: ${p.error}` : ms(p.ms), `${p.rssMiB.toFixed(0)} MiB`])));
    } else if (d.phasesError) {
      out.push('', `Phases: not measured (${d.phasesError}).`);
    }
    if (d.cpuProfile) {
      out.push('');
      out.push(`CPU profile of compare on the 100 000-path pair (\`node --cpu-prof dist/cli.js compare …\`, ${ms(d.cpuProfile.totalMs)} sampled; \`${d.cpuProfile.file}\`), inclusive time of the top functions:`);
      out.push('');
      out.push(table(['Function (dist/cli.js line)', '-Inclusive', '-Self'], d.cpuProfile.inclusive.map((f) => [
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

main().catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error}\n`);
  process.exitCode = 2;
});
