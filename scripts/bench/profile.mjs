// Diagnostics for a slow compare:
// - cpuProfile(): runs the bundled CLI under `node --cpu-prof` and sums the samples per
//   function, self time and inclusive time (each function counted once per stack);
// - nixCalls(): runs the CLI with a `nix` wrapper first on PATH that logs every nix call and
//   its wall time, so the time spent waiting for Nix is told apart from our own.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Self and inclusive milliseconds per function of a .cpuprofile, biggest first. */
export function summarizeCpuProfile(file, { top = 20 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) => {
    const f = n.callFrame;
    const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const k = key(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = key(byId.get(at));
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  });
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms }));
  return { totalMs: total, self: sorted(self), inclusive: sorted(inclusive) };
}

/** Runs `node --cpu-prof CLI args` and summarizes the profile. */
export function cpuProfile(workDir, cli, args, { env = process.env, top = 20 } = {}) {
  const dir = join(workDir, 'profiles', `p${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const child = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, cli, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (child.status !== 0 && child.status !== 1) throw new Error(`profiled run failed: ${child.stderr}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  return { file: join(dir, file), ...summarizeCpuProfile(join(dir, file), { top }) };
}

/**
 * A directory holding a `nix` wrapper that logs every call (start, end, argv) to `log`, for
 * the front of PATH. With `stubDumpPath`, `nix store dump-path` prints nothing and succeeds
 * at once: a what-if run without the update-size measurement.
 */
export function nixShim(dir, { log, stubDumpPath = false, env = process.env }) {
  const real = spawnSync('sh', ['-c', 'command -v nix'], { encoding: 'utf8', env }).stdout.trim();
  if (!real) throw new Error('nix is not on PATH');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const stub = stubDumpPath ? 'case " $* " in *" store dump-path "*) exit 0;; esac\n' : '';
  // bash's EPOCHREALTIME: no fork per timestamp.
  writeFileSync(join(dir, 'nix'), `#!/usr/bin/env bash
${stub}${log ? `s=$EPOCHREALTIME
${JSON.stringify(real)} "$@"
rc=$?
printf '%s %s %s\\n' "$s" "$EPOCHREALTIME" "$*" >> ${JSON.stringify(log)}
exit $rc` : `exec ${JSON.stringify(real)} "$@"`}
`);
  chmodSync(join(dir, 'nix'), 0o755);
  if (log) writeFileSync(log, '');
  return { ...env, PATH: `${dir}${delimiter}${env.PATH}` };
}

/**
 * Runs the CLI with a logging `nix` wrapper first on PATH; returns the nix calls grouped by
 * subcommand (count, summed wall ms), the whole run's wall ms, and the calls' union on the
 * timeline (concurrent calls counted once).
 */
export function nixCalls(workDir, cli, args, { env = process.env } = {}) {
  const log = join(workDir, 'nix-shim-calls.log');
  const shimEnv = nixShim(join(workDir, 'nix-shim'), { log, env });
  const started = Date.now() / 1000;
  const child = spawnSync(process.execPath, [cli, ...args], { env: shimEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  const ended = Date.now() / 1000;
  if (child.status !== 0 && child.status !== 1) throw new Error(`run with the nix wrapper failed: ${child.stderr}`);
  const calls = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((line) => {
    const [s, e, ...rest] = line.split(' ');
    const argv = rest.join(' ');
    const words = argv.split(' ').filter((w) => !w.startsWith('-') && w !== 'nix-command' && w !== 'flakes');
    const sub = words[0] === 'store' ? `store ${words[1]}` : (words[0] ?? '');
    const what = argv.includes('--recursive') ? `${sub} --recursive` : argv.includes('--version') ? '--version' : sub;
    return { start: Number(s), end: Number(e), what };
  });
  const groups = new Map();
  for (const c of calls) {
    const g = groups.get(c.what) ?? { what: c.what, count: 0, ms: 0 };
    g.count++;
    g.ms += (c.end - c.start) * 1000;
    groups.set(c.what, g);
  }
  // Union of the intervals: wall time during which at least one nix call ran.
  const sorted = [...calls].sort((a, b) => a.start - b.start);
  let union = 0;
  let curStart = null;
  let curEnd = null;
  for (const c of sorted) {
    if (curEnd === null || c.start > curEnd) {
      if (curEnd !== null) union += curEnd - curStart;
      curStart = c.start;
      curEnd = c.end;
    } else curEnd = Math.max(curEnd, c.end);
  }
  if (curEnd !== null) union += curEnd - curStart;
  return { wallMs: (ended - started) * 1000, nixUnionMs: union * 1000, groups: [...groups.values()] };
}
