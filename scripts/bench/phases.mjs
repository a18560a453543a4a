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
import { closureOfGraph } from './src/core/closure.ts';
import { readPathInfo } from './src/nix/path-info-scan.ts';
import { indexChains } from './src/core/chains.ts';
import { addedPaths, removedPaths, packageChanges, attributeGrowth, pairClosures, pairNames } from './src/core/diff.ts';
import { findForbidden } from './src/core/policy.ts';
import { parseSettings } from './src/core/settings.ts';
import { analyzeTarget, buildReport } from './src/core/analyze.ts';
import { renderText } from './src/render/text.ts';
import { renderMarkdown } from './src/render/markdown.ts';
import { reportJson } from './src/report-files.ts';
import * as duplicates from './src/core/duplicates.ts';

const [baseFile, headFile] = process.argv.slice(2);
const phases = [];
const mark = (name, fn) => {
  const start = performance.now();
  let value;
  let error;
  try { value = fn(); } catch (e) { error = String(e && e.message || e).split('\\n')[0]; }
  const end = performance.now();
  phases.push({ name, ms: end - start, rssMiB: process.memoryUsage().rss / 1048576, heapMiB: process.memoryUsage().heapUsed / 1048576, error });
  return value;
};
const bootMs = performance.now();
const need = (value, what) => { if (value === undefined) throw new Error(what + ' failed; later phases skipped'); return value; };
try {
  const bytes = need(mark('read files (bytes)', () => [readFileSync(baseFile), readFileSync(headFile)]), 'reading');
  // As compare reads them (in one thread here; compare reads big dumps in two at once).
  const graphs = need(mark('parse: byte scan (from 4 MiB) or JSON.parse + parsePathInfoJson', () => bytes.map((b, i) =>
    readPathInfo(b, i ? 'HEAD' : 'BASE', JSON.parse))), 'parse');
  bytes.length = 0;
  const [base, head] = need(mark('closureOfGraph (sort check, ids, roots, reachability)', () => graphs.map((g, i) => closureOfGraph(g, null, i ? 'HEAD' : 'BASE'))), 'closureOfGraph');
  graphs.length = 0;
  const settings = parseSettings({ forbid: ['perl'] });
  mark('  pairClosures (one merge of the sorted paths)', () => pairClosures(base, head));
  mark('  pairNames (every distinct path split as diff-closures splits it)', () => pairNames(base, head));
  const chains = mark('  indexChains (BFS over the head)', () => indexChains(head));
  const added = mark('  addedPaths', () => addedPaths(base, head)) ?? [];
  mark('  removedPaths', () => removedPaths(base, head));
  mark('  packageChanges', () => packageChanges(base, head));
  mark('  findForbidden', () => findForbidden(base, head, settings.forbid, settings.allow));
  mark('  attributeGrowth', () => attributeGrowth(base, head, chains));
  mark('  findDuplicates', () => duplicates.findDuplicates(base, head));
  const target = need(mark('analyzeTarget (all of the above, once more, as compare runs it; pairs and names are cached)', () =>
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
