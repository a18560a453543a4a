// Timing child processes: wall time from Node's monotonic clock around the child, peak
// resident memory from GNU time (`/usr/bin/time -f %M`, the largest RSS of the child and of
// every process it waited for). process.resourceUsage() cannot see children.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export function checkGnuTime() {
  if (!existsSync(GNU_TIME)) {
    throw new Error(`${GNU_TIME} is missing; install GNU time (Debian/Ubuntu: apt-get install time)`);
  }
  const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  if (probe.status !== 0 || !/^\d+\s*$/.test(probe.stderr.trim().split('\n').pop() ?? '')) {
    throw new Error(`${GNU_TIME} is not GNU time (it does not understand -f %M)`);
  }
}

/**
 * Runs `command args` once under GNU time. Returns { ms, rssKiB, status }. Throws when the
 * exit status is not one of `okStatus` (compare exits 1 when a rule breaks, as it does here).
 */
export function runOnce(command, args, { env = process.env, cwd, okStatus = [0] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'nsg-bench-'));
  const out = join(dir, 'time');
  try {
    const started = process.hrtime.bigint();
    const child = spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', out, command, ...args], {
      env, cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (child.error) throw child.error;
    if (!okStatus.includes(child.status)) {
      throw new Error(`${command} ${args.join(' ')} exited with ${child.status}:\n${child.stderr.toString().slice(-2000)}`);
    }
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    // The last line: GNU time prints "Command exited with non-zero status N" before it.
    const [rss, user, sys] = lines[lines.length - 1].trim().split(/\s+/).map(Number);
    // CPU time (user + system, of the process and its children): less sensitive than wall
    // time to other work on the machine.
    return { ms, rssKiB: rss, cpuMs: (user + sys) * 1000, status: child.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), values };
}

/**
 * One unmeasured warm-up run (page cache, Nix's database), then `runs` measured ones.
 * Returns { ms: {median, min, max, values}, rssKiB: {…}, runs }.
 */
export function measure(command, args, { runs = 5, warmup = 1, ...options } = {}) {
  for (let i = 0; i < warmup; i++) runOnce(command, args, options);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(runOnce(command, args, options));
  return { ms: summarize(samples.map((s) => s.ms)), cpuMs: summarize(samples.map((s) => s.cpuMs)), rssKiB: summarize(samples.map((s) => s.rssKiB)), runs };
}

/**
 * Several measurements interleaved: after one warm-up run of each, round i runs every spec
 * once, in order. Figures that are compared with each other (compare against the floor) then
 * see the same machine, even when other work comes and goes.
 * specs: [{ id, command, args, options }]; returns Map id → { ms, rssKiB, runs }.
 */
export function measureInterleaved(specs, { runs = 5, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) for (const s of specs) runOnce(s.command, s.args, s.options);
  const samples = new Map(specs.map((s) => [s.id, []]));
  for (let i = 0; i < runs; i++) for (const s of specs) samples.get(s.id).push(runOnce(s.command, s.args, s.options));
  return new Map([...samples].map(([id, list]) => [id, { ms: summarize(list.map((x) => x.ms)), cpuMs: summarize(list.map((x) => x.cpuMs)), rssKiB: summarize(list.map((x) => x.rssKiB)), runs }]));
}
