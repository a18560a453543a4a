// parseStorePathName against Nix itself: the names of a real NixOS 25.05 system closure
// (../shared/data/oyster-nixos-25.05-du.tsv: `du` of every path of it, with the real store
// names), built here as tiny stand-in store paths with exactly those names, then compared in
// pairs by `nix store diff-closures`. Its lines `name: old versions → new versions` are how Nix
// splits each name into a package name, a version and an output; the same lines made from our
// split must be the same lines. The names include what trips a splitter: `unit--.slice`,
// `dbus-1` beside `dbus-1.14.10-lib`, `nss-cacert-3.111-p11kit` (an output-like suffix with a
// digit, which Nix keeps in the version), `systemd` beside `systemd-257.5`, two paths named
// `gmp-with-cxx-6.3.0`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseStorePathName } from '../../src/core/store-path.js';
import { oysterPaths } from '../helpers/nixos-data.js';

const NAMES = oysterPaths().map((p) => p.path.replace(/^\/nix\/store\/[0-9a-z]{32}-/, ''));

// The names test/unit/store-path.test.ts spells out by hand, checked by Nix here too.
const UNIT_TABLE = ['python3-3.11.4', 'perl-5.38.2-man', 'util-linux-2.39-bin', 'util-linux-minimal-2.39-lib', 'glibc-2.37-8', 'glibc-2.37-8-bin', 'bash-5.2-p15', 'gcc-12.3.0-lib', 'linux-6.1.69-modules', 'nixos-system-appliance-24.05.20240101.abcdef0', 'python3.11-requests-2.31.0', 'systemd-minimal-254.6', 'db-4.8.30', 'gcc-12.3.0-lib64', 'system-path', 'unit-script-sshd-start', 'etc', 'source'];

// Stand-ins: one store path per line of the table (distinct contents, so two lines of one name
// are two paths), and a root per side that refers to the chosen ones.
const EXPR = `
{ namesFile, base, head }:
let
  names = builtins.filter (s: builtins.isString s && s != "") (builtins.split "\\n" (builtins.readFile namesFile));
  standIn = i: derivation {
    name = builtins.elemAt names i;
    system = builtins.currentSystem;
    builder = "/bin/sh";
    args = [ "-c" "echo \${toString i} > $out" ];
  };
  root = version: picked: derivation {
    name = "nsg-names-root-\${version}";
    system = builtins.currentSystem;
    builder = "/bin/sh";
    args = [ "-c" "echo \${builtins.concatStringsSep " " (map standIn picked)} > $out" ];
  };
in { base = root "1" base; head = root "2" head; }
`;

let dir: string;
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/** The base and head roots with the table's lines at those indices, built by Nix. */
function buildPair(base: number[], head: number[]): { base: string; head: string } {
  const list = (xs: number[]): string => `[ ${xs.join(' ')} ]`;
  const out = execFileSync(
    'nix-build',
    ['--no-out-link', path.join(dir, 'pair.nix'), '--arg', 'namesFile', path.join(dir, 'names.txt'), '--arg', 'base', list(base), '--arg', 'head', list(head)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const [basePath, headPath] = out.trim().split('\n');
  return { base: basePath as string, head: headPath as string };
}

/** `nix store diff-closures` lines without colours and without the size deltas (checked elsewhere). */
function nixLines(pair: { base: string; head: string }): string[] {
  const out = execFileSync('nix', ['store', 'diff-closures', pair.base, pair.head], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return out
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/, [+-]\d+(?:\.\d+)? KiB$/, ''));
}

/** The lines diff-closures would print, made from our split (its format: src/nix/diff-closures.cc). */
function ourLines(pair: { base: string; head: string }): string[] {
  const closure = (root: string): string[] => execFileSync('nix-store', ['-qR', root], { encoding: 'utf8' }).trim().split('\n');
  const versions = new Map<string, [Set<string>, Set<string>]>();
  for (const [side, root] of [pair.base, pair.head].entries()) {
    for (const storePath of closure(root)) {
      const { name, version } = parseStorePathName(storePath);
      if (!versions.has(name)) versions.set(name, [new Set(), new Set()]);
      versions.get(name)?.[side]?.add(version);
    }
  }
  // Empty versions as ε, each set sorted as a std::set<std::string> sorts (by bytes).
  const show = (set: Set<string>): string =>
    set.size === 0 ? '∅' : [...set].map((v) => (v === '' ? 'ε' : v)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).join(', ');
  // Nix shows, for each name, the versions only before and the versions only after, when there
  // are any (or the size changed by 8 KiB or more, which no stand-in does; the roots' versions
  // always change).
  const minus = (a: Set<string>, b: Set<string>): Set<string> => new Set([...a].filter((v) => !b.has(v)));
  return [...versions.entries()]
    .map(([name, [before, after]]) => [name, [minus(before, after), minus(after, before)]] as const)
    .filter(([, [removed, added]]) => removed.size > 0 || added.size > 0)
    .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map(([name, [removed, added]]) => `${name}: ${show(removed)} → ${show(added)}`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nsg-names-'));
  await writeFile(path.join(dir, 'names.txt'), `${[...NAMES, ...UNIT_TABLE].join('\n')}\n`);
  await writeFile(path.join(dir, 'pair.nix'), EXPR);
}, 300_000);

describe("store names split as nix store diff-closures splits them, on a real system's names", () => {
  it('the table holds the names that trip a splitter', () => {
    expect(NAMES.length).toBeGreaterThan(300);
    expect(NAMES).toEqual(expect.arrayContaining(['unit--.slice', 'dbus-1', 'nss-cacert-3.111-p11kit', 'systemd', 'systemd-257.5', 'glibc-2.40-66-bin']));
  });

  it('every name removed: the whole closure against an empty one', () => {
    const pair = buildPair(range(0, NAMES.length), []);
    const lines = nixLines(pair);
    expect(lines.length).toBeGreaterThan(200);
    expect(ourLines(pair)).toEqual(lines);
  }, 300_000);

  it("the unit test's hand-written names, each removed, and beside the real ones", () => {
    const all = NAMES.length + UNIT_TABLE.length;
    const pair = buildPair(range(NAMES.length, all), range(0, NAMES.length));
    expect(ourLines(pair)).toEqual(nixLines(pair));
  }, 300_000);

  it('overlapping closures: names in both, in one, and with versions on both sides', () => {
    const pair = buildPair(range(0, 200), range(120, NAMES.length));
    const lines = nixLines(pair);
    expect(lines.some((line) => / → ∅$/.test(line)) && lines.some((line) => /: ∅ → /.test(line))).toBe(true);
    expect(ourLines(pair)).toEqual(lines);
  }, 300_000);

  it('every other name: versions of one package split between the sides', () => {
    const pair = buildPair(range(0, NAMES.length).filter((i) => i % 2 === 0), range(0, NAMES.length).filter((i) => i % 2 === 1));
    expect(ourLines(pair)).toEqual(nixLines(pair));
  }, 300_000);
});
