// Big path-info dumps given to the bundled CLI: read through the byte scan (dumps from
// SCAN_MIN_BYTES on), and every figure of the report held against an oracle that shares no code
// with src/: the dump read here in plain JS (JSON.parse, a walk from the root), and grep -E for
// the forbid pattern.
import { execFileSync } from 'node:child_process';
import { execa } from 'execa';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCAN_MIN_BYTES, scanPathInfo } from '../../src/nix/path-info-scan.js';
import type { Report } from '../../src/core/types.js';
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

interface PlainEntry {
  narSize: number;
  references: string[];
}

/**
 * The oracle: a dump read in plain JS, either shape Nix prints, cut to what its root reaches
 * (the root: the one path nothing refers to), with each path's distance from the root.
 */
function plainRead(text: string) {
  const printed = JSON.parse(text) as unknown;
  const entries = new Map<string, PlainEntry>(
    Array.isArray(printed)
      ? (printed as ({ path: string } & PlainEntry)[]).map((e) => [e.path, e])
      : Object.entries(printed as Record<string, PlainEntry>),
  );
  const referenced = new Set([...entries].flatMap(([p, e]) => e.references.filter((r) => r !== p)));
  const roots = [...entries.keys()].filter((p) => !referenced.has(p));
  expect(roots).toHaveLength(1);
  const root = roots[0]!;
  const depth = new Map([[root, 0]]);
  for (let queue = [root]; queue.length > 0; ) {
    const next: string[] = [];
    for (const p of queue) for (const r of entries.get(p)!.references) if (!depth.has(r)) (depth.set(r, depth.get(p)! + 1), next.push(r));
    queue = next;
  }
  const size = [...depth.keys()].reduce((sum, p) => sum + entries.get(p)!.narSize, 0);
  return { root, entries, depth, size };
}

const byPath = <T extends { path: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.path < b.path ? -1 : 1));

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
  it('reports what the dumps say, path for path', async () => {
    // Both dumps are big enough that the scan, not JSON.parse, reads them.
    expect((await stat(path.join(dir, 'base.json'))).size).toBeGreaterThan(SCAN_MIN_BYTES);
    expect(Buffer.byteLength(headText)).toBeGreaterThan(SCAN_MIN_BYTES);
    expect(scanPathInfo(Buffer.from(baseText))).not.toBeNull();
    expect(scanPathInfo(Buffer.from(headText))).not.toBeNull();

    const out = path.join(dir, 'report.json');
    const run = await cli(['compare', path.join(dir, 'base.json'), path.join(dir, 'head.json'), '--forbid', 'pkg2[0-9]-', '--json', out]);
    expect(run.stderr).toBe('');
    const report = JSON.parse(await readFile(out, 'utf8')) as Report;
    const target = report.targets[0]!;
    const base = plainRead(baseText);
    const head = plainRead(headText);

    expect([target.base.root, target.head.root]).toEqual([base.root, head.root]);
    expect([target.base.closureSize, target.base.pathCount]).toEqual([base.size, base.depth.size]);
    expect([target.head.closureSize, target.head.pathCount]).toEqual([head.size, head.depth.size]);
    expect([target.closureSizeDelta, target.pathCountDelta]).toEqual([head.size - base.size, head.depth.size - base.depth.size]);

    const only = (from: typeof head, other: typeof base) =>
      [...from.depth.keys()].filter((p) => !other.depth.has(p)).map((p) => ({ path: p, narSize: from.entries.get(p)!.narSize }));
    const added = only(head, base);
    expect(added.length).toBeGreaterThan(100);
    expect(byPath(target.added)).toEqual(byPath(added));
    expect(byPath(target.removed)).toEqual(byPath(only(base, head)));
    // Biggest first.
    expect(target.added.every((p, i) => i === 0 || target.added[i - 1]!.narSize >= p.narSize)).toBe(true);
    expect(target.update).toEqual({ narSize: added.reduce((sum, p) => sum + p.narSize, 0), compressedSize: null });
    expect(byPath(target.heavy)).toEqual(byPath(added.filter((p) => p.narSize >= report.settings.heavyThreshold)));

    // Forbidden: what grep -E finds among the head's paths, new when the base lacks it; exit 1.
    const grep = execFileSync('grep', ['-E', '--', 'pkg2[0-9]-'], { input: `${[...head.depth.keys()].join('\n')}\n`, encoding: 'utf8' });
    const forbidden = grep.trim().split('\n').map((p) => ({ path: p, pattern: 'pkg2[0-9]-', new: !base.depth.has(p) }));
    expect(forbidden.length).toBeGreaterThanOrEqual(10);
    expect(byPath(target.forbidden)).toEqual(byPath(forbidden));
    expect(target.ok).toBe(false);
    expect(run.exitCode).toBe(1);

    // Every chain link is a reference in the dump, and every chain is a shortest one.
    const links = Object.entries(target.parents);
    expect(links.length).toBeGreaterThan(forbidden.length);
    for (const [child, parent] of links) {
      expect(head.entries.get(parent)?.references).toContain(child);
      expect(head.depth.get(child)).toBe(head.depth.get(parent)! + 1);
    }
    for (const f of forbidden) expect(f.path === head.root || target.parents[f.path] !== undefined).toBe(true);
  });

  // Test data's hash parts often repeat (Nix's own: `g1w7hy3qg1w7hy3q…`), and a dump can be
  // written so that every base name looks alike to a hash of its first bytes. Here all 60 000
  // are the same length and the same up to their last 6 digits: a table keyed by their first 16
  // bytes made one cluster of them (10 000 such paths took 2.4 s to read, growing as the square:
  // ~90 s for each of the three reads here), so this test would outlast vitest's timeout. The
  // figures are held against the dump read in plain JS.
  it('reads a dump whose base names all begin alike in time linear in it', async () => {
    const count = 60_000;
    const name = (i: number, hash = 'g1w7hy3q'.repeat(4)) => `/nix/store/${hash}-p${String(i).padStart(6, '0')}`;
    const dump = (renamed: number) => {
      const pathOf = (i: number) => (i === renamed ? name(i, `${'g1w7hy3q'.repeat(3)}zzzzzzzz`) : name(i));
      const entries = Array.from({ length: count }, (_, i) => ({
        path: pathOf(i),
        narHash: 'sha256-x',
        narSize: 1000 + i,
        // A chain (each path refers to the one before it) with a few longer references.
        references: [...(i > 0 ? [pathOf(i - 1)] : []), ...(i > 7 && i % 3 === 0 ? [pathOf(i - 7)] : [])].sort(),
        deriver: `${pathOf(i)}.drv`,
      }));
      return JSON.stringify(entries.sort((a, b) => (a.path < b.path ? -1 : 1)));
    };
    // The head renames a path near the root: it alone is added, and the one before it removed.
    const [baseDump, headDump] = [dump(-1), dump(count - 2)];
    expect(Buffer.byteLength(baseDump)).toBeGreaterThan(SCAN_MIN_BYTES);
    expect(scanPathInfo(Buffer.from(baseDump))).not.toBeNull();
    await writeFile(path.join(dir, 'alike-base.json'), baseDump);
    await writeFile(path.join(dir, 'alike-head.json'), headDump);
    const out = path.join(dir, 'alike.json');
    const run = await cli(['compare', path.join(dir, 'alike-base.json'), path.join(dir, 'alike-head.json'), '--json', out]);
    expect(run.stderr).toBe('');
    const target = (JSON.parse(await readFile(out, 'utf8')) as Report).targets[0]!;
    const base = plainRead(baseDump);
    const head = plainRead(headDump);
    expect([target.base.pathCount, target.base.closureSize]).toEqual([base.depth.size, base.size]);
    expect([target.head.pathCount, target.head.closureSize]).toEqual([head.depth.size, head.size]);
    expect(target.added.map((p) => p.path)).toEqual([name(count - 2, `${'g1w7hy3q'.repeat(3)}zzzzzzzz`)]);
    expect(target.removed.map((p) => p.path)).toEqual([name(count - 2)]);
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
