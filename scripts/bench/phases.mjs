// Where compare's time goes, phase by phase, on JSON dumps: bundles a small harness from src/
// with esbuild (into .bench/) and runs it. It calls the engine's functions one at a time, as
// guardCompare and analyzeTarget do, timing each with performance.now() and reading the RSS
// after it. A diagnostic: when src/ renames or reshapes a function, the phase reads "failed"
// and the rest still runs.

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const HARNESS = `
import { readFileSync } from 'node:fs';
import { parsePathInfoJson, closureFromDump } from './src/core/closure.ts';
import { indexChains } from './src/core/chains.ts';
import { addedPaths, removedPaths, packageChanges, attributeGrowth } from './src/core/diff.ts';
import { findForbidden } from './src/core/policy.ts';
import { parseSettings } from './src/core/settings.ts';
import { analyzeTarget, buildReport } from './src/core/analyze.ts';
import { renderText } from './src/render/text.ts';
import { renderMarkdown } from './src/render/markdown.ts';
import { reportJson } from './src/report-files.ts';
import * as duplicates from './src/core/duplicates.ts';

const [baseFile, headFile] = process.argv.slice(2);
const phases = [];
let last = performance.now();
const mark = (name, fn) => {
  const start = performance.now();
  let value;
  let error;
  try { value = fn(); } catch (e) { error = String(e && e.message || e).split('\\n')[0]; }
  const end = performance.now();
  phases.push({ name, ms: end - start, rssMiB: process.memoryUsage().rss / 1048576, heapMiB: process.memoryUsage().heapUsed / 1048576, error });
  last = end;
  return value;
};
const bootMs = performance.now();
// closureFromDump took the Map of objects, and later the whole parse result: either works.
const closureFrom = (p, source) => {
  try { return closureFromDump(p, source); } catch (error) { if (p && p.objects) return closureFromDump(p.objects, source); throw error; }
};
const need = (value, what) => { if (value === undefined) throw new Error(what + ' failed; later phases skipped'); return value; };
try {
  const text = need(mark('read files (utf8)', () => [readFileSync(baseFile, 'utf8'), readFileSync(headFile, 'utf8')]), 'reading');
  const json = need(mark('JSON.parse', () => text.map((t) => JSON.parse(t))), 'JSON.parse');
  text.length = 0;
  const parsed = need(mark('parsePathInfoJson (Maps of StoreObjects)', () => json.map((j, i) => parsePathInfoJson(j, i ? 'HEAD' : 'BASE'))), 'parsePathInfoJson');
  json.length = 0;
  const [base, head] = need(mark('closureFromDump (roots and closure)', () => parsed.map((p, i) => closureFrom(p, i ? 'HEAD' : 'BASE'))), 'closureFromDump');
  const settings = parseSettings({ forbid: ['perl'] });
  const chains = mark('  indexChains (BFS over the head)', () => indexChains(head));
  const added = mark('  addedPaths', () => addedPaths(base, head)) ?? [];
  mark('  removedPaths', () => removedPaths(base, head));
  mark('  heavy chains (chainTo)', () => added.filter((p) => p.narSize >= settings.heavyThreshold).map((p) => chains.chainTo(p.path)));
  mark('  packageChanges', () => packageChanges(base, head));
  mark('  findForbidden', () => findForbidden(base, head, chains, settings.forbid, settings.allow));
  mark('  attributeGrowth', () => attributeGrowth(base, added, chains));
  mark('  findDuplicates', () => duplicates.findDuplicates(base, head, chains));
  const target = need(mark('analyzeTarget (all of the above, once more, as compare runs it)', () =>
    analyzeTarget({ name: 'bench', base: { closure: base, image: null }, head: { closure: head, image: null }, updateCompressedSize: null }, settings)), 'analyzeTarget');
  const report = need(mark('buildReport', () => buildReport([target], settings, { version: 'bench', baseLabel: 'base', headLabel: 'head' })), 'buildReport');
  mark('renderText', () => renderText(report, { color: false }));
  mark('reportJson', () => reportJson(report));
  mark('renderMarkdown (not run by compare without --markdown)', () => renderMarkdown(report, { maxLength: Infinity }));
} catch (error) {
  phases.push({ name: '(stopped)', ms: 0, rssMiB: 0, heapMiB: 0, error: String(error.message) });
}
process.stdout.write(JSON.stringify({ bootMs, phases }));
`;

/** Bundles the harness from src/ (esbuild, a devDependency) into `workDir`; returns its path. */
async function bundle(workDir) {
  const { build } = await import('esbuild');
  const out = join(workDir, 'phases-harness.mjs');
  mkdirSync(workDir, { recursive: true });
  await build({
    stdin: { contents: HARNESS, resolveDir: repo, sourcefile: 'phases-harness.js', loader: 'js' },
    bundle: true, platform: 'node', format: 'esm', target: 'node22', outfile: out, logLevel: 'error',
    banner: { js: "import { createRequire as __nsgCreateRequire } from 'node:module';\nconst require = __nsgCreateRequire(import.meta.url);" },
  });
  return out;
}

/**
 * Runs the harness `runs` times on a pair of JSON dumps; returns per phase the median ms and
 * the RSS after it (of the median run).
 */
export async function phaseBreakdown(workDir, baseJson, headJson, { runs = 3 } = {}) {
  const harness = await bundle(workDir);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [harness, baseJson, headJson], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`phase harness failed: ${child.stderr.slice(-2000)}`);
    results.push(JSON.parse(child.stdout));
  }
  return results[0].phases.map((phase, index) => {
    const times = results.map((r) => r.phases[index].ms).sort((a, b) => a - b);
    return { name: phase.name, ms: times[times.length >> 1], rssMiB: phase.rssMiB, heapMiB: phase.heapMiB, error: phase.error };
  });
}
