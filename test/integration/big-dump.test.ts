// Big path-info dumps given to the bundled CLI: read through the byte scan (dumps from
// SCAN_MIN_BYTES on), and the report the same as the one made the plain way (JSON.parse,
// parsePathInfoJson), down to every path.
import { execa } from 'execa';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTarget, buildReport } from '../../src/core/analyze.js';
import { makeClosure } from '../../src/core/closure.js';
import { parsePathInfoJson } from '../../src/nix/path-info.js';
import { SCAN_MIN_BYTES } from '../../src/nix/path-info-scan.js';
import { parseSettings } from '../../src/core/settings.js';
import type { Report, StoreObject } from '../../src/core/types.js';
import { ROOT } from '../helpers/action-runner.js';
import { generateClosure, pathInfoArrayJson, pathInfoKeyedJson } from '../helpers/dump-generator.js';
import { assertReportFileValid } from '../helpers/report-schema.js';

const CLI = path.join(ROOT, 'dist/cli.js');

async function cli(args: string[]) {
  const result = await execa(process.execPath, [CLI, ...args], { cwd: ROOT, env: { NO_COLOR: '1' }, reject: false, stdin: 'ignore' });
  const json = args.indexOf('--json');
  if (json >= 0) assertReportFileValid(args[json + 1]);
  return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** The plain way: JSON.parse and the store objects, no scan. */
function plainClosure(text: string) {
  return makeClosure(parsePathInfoJson(JSON.parse(text)).objects, null, 'plain');
}

let dir: string;
let baseText: string;
let headText: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nsg-big-'));
  // 16 000 paths: ~10 MiB as Nix ≤ 2.18 prints them (base), ~6 MiB keyed as 2.19+ does (head).
  baseText = pathInfoArrayJson(generateClosure(16_000, 11));
  headText = pathInfoKeyedJson(generateClosure(16_000, 11, 1));
  await writeFile(path.join(dir, 'base.json'), baseText);
  await writeFile(path.join(dir, 'head.json'), headText);
});

describe('compare of big dumps', () => {
  it('is big enough for the scan', async () => {
    expect((await stat(path.join(dir, 'base.json'))).size).toBeGreaterThan(SCAN_MIN_BYTES);
    expect(Buffer.byteLength(headText)).toBeGreaterThan(SCAN_MIN_BYTES);
  });

  it('reports what the plain way reports, path for path', async () => {
    const out = path.join(dir, 'report.json');
    const run = await cli(['compare', path.join(dir, 'base.json'), path.join(dir, 'head.json'), '--forbid', 'pkg2[0-9]-', '--json', out]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(await readFile(out, 'utf8')) as Report;
    const settings = parseSettings({ forbid: ['pkg2[0-9]-'] });
    const base = plainClosure(baseText);
    const head = plainClosure(headText);
    const target = analyzeTarget({ name: report.targets[0]!.name, base: { closure: base, image: null }, head: { closure: head, image: null } }, settings);
    const expected = buildReport([target], settings, { version: report.tool.version, baseLabel: report.base.label, headLabel: report.head.label });
    // The update's zstd size is measured from the store; these paths are not in it.
    expect(report.targets[0]!.update.compressedSize).toBeNull();
    expect({ ...report, targets: [{ ...report.targets[0], notes: [] }] }).toEqual({ ...expected, targets: [{ ...expected.targets[0], notes: [] }] });
    // And the plain way's totals are the generator's.
    const sum = (objects: StoreObject[]) => objects.reduce((total, o) => total + o.narSize, 0);
    expect(report.targets[0]!.base.closureSize).toBe(sum(generateClosure(16_000, 11).objects));
    expect(report.targets[0]!.head.pathCount).toBe(16_000);
    expect(report.targets[0]!.added.length).toBeGreaterThan(100);
  });

  it('words a problem in a scanned dump as one line, exit 2', async () => {
    const broken = path.join(dir, 'broken.json');
    // The head without its first entry: a path every other one may refer to.
    const entries = JSON.parse(baseText) as { path: string }[];
    const missing = entries.find((e) => baseText.includes(`"references":["${e.path}"`))!.path;
    await writeFile(broken, JSON.stringify(entries.filter((e) => e.path !== missing)));
    expect((await stat(broken)).size).toBeGreaterThan(SCAN_MIN_BYTES);
    const run = await cli(['compare', path.join(dir, 'base.json'), broken]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `nix-size-guard: HEAD: '${broken}': ${missing} is referenced but missing (was --recursive given?); expected the output of 'nix path-info --json --recursive PATH'`,
    ]);
  });
});
