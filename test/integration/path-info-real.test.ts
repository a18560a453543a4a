// Both readers of `nix path-info --json --recursive` (JSON.parse + parsePathInfoJson, and the byte
// scan for big dumps) on what this Nix really prints, with every field it prints: from the local
// store, with --closure-size, and from a binary cache (the narinfo's fields). The closure they make
// is held against Nix's answers one path at a time: `nix-store --query --requisites`,
// `--references`, `--deriver`, the NAR `nix-store --dump` writes, `nix path-info -S`.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closureOfGraph, closureSize, deriverOfPath, graphOfObjects, makeClosure, pathCount, referencesOf } from '../../src/core/closure.js';
import type { Closure } from '../../src/core/types.js';
import { parsePathInfoJson } from '../../src/nix/path-info.js';
import { scanPathInfo } from '../../src/nix/path-info-scan.js';
import { nixClosureSize, nixRequisites } from '../helpers/nix-facts.js';

// A library with two outputs (`bin` refers to `out` and to itself, as a wrapper script does), a
// program using it, and a file no derivation made (no deriver).
const EXPR = `
let
  sh = name: attrs: script: derivation ({
    inherit name;
    system = builtins.currentSystem;
    builder = "/bin/sh";
    args = [ "-c" ("export PATH=/usr/bin:/bin\\n" + script) ];
  } // attrs);
  notes = builtins.toFile "motd-1.0" "welcome";
  libfoo = sh "libfoo-2.1" { outputs = [ "bin" "out" ]; } ''
    mkdir -p $out/lib $bin/bin
    head -c 3000 /dev/urandom > $out/lib/libfoo.so
    printf '#!/bin/sh\\n# %s %s\\n' "$bin" "$out" > $bin/bin/foo
  '';
in sh "app-1.0" { } ''
  mkdir -p $out
  echo \${libfoo.bin} \${libfoo} \${notes} > $out/deps
''
`;

const FEATURES = ['--extra-experimental-features', 'nix-command'];
const nix = (args: string[]): string => execFileSync('nix', [...FEATURES, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const nixStore = (args: string[]): string => execFileSync('nix-store', args, { encoding: 'utf8', maxBuffer: 1 << 26 }).trim();

let root: string;
let cache: string;
let printed: [string, string][];

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'nsg-path-info-'));
  await writeFile(path.join(dir, 'app.nix'), EXPR);
  const drv = execFileSync('nix-instantiate', [path.join(dir, 'app.nix')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  root = nixStore(['--realise', drv]);
  cache = `file://${dir}/cache`;
  nix(['copy', '--to', cache, root]);
  printed = [
    ['the local store', nix(['path-info', '--json', '--recursive', root])],
    ['the local store, with --closure-size', nix(['path-info', '--json', '--recursive', '--closure-size', root])],
    ['a binary cache (file://)', nix(['path-info', '--json', '--recursive', '--store', cache, root])],
  ];
}, 300_000);

/** What Nix says of every path of the closure, one question per path. */
function nixFacts(paths: string[]) {
  return paths.map((p) => ({
    path: p,
    references: nixStore(['--query', '--references', p]).split('\n').filter((r) => r !== '' && r !== p).sort(),
    deriver: ((d) => (d === 'unknown-deriver' ? null : d))(nixStore(['--query', '--deriver', p])),
    narSize: Number(execFileSync('sh', ['-c', `nix-store --dump '${p}' | wc -c`], { encoding: 'utf8' }).trim()),
  }));
}

const facts = (closure: Closure) =>
  closure.paths.map((p, id) => ({ path: p, references: referencesOf(closure, id).sort(), deriver: deriverOfPath(closure, id), narSize: closure.narSizes[id] }));

describe('nix path-info --json --recursive as this Nix prints it', () => {
  it('prints the fields the readers skip, so they are read past for real', () => {
    const local = printed[0]![1];
    for (const field of ['narHash', 'registrationTime', 'ultimate', 'deriver']) expect(local).toContain(`"${field}"`);
    expect(printed[1]![1]).toContain('"closureSize"');
    for (const field of ['url', 'downloadHash', 'downloadSize']) expect(printed[2]![1]).toContain(`"${field}"`);
  });

  it.each([0, 1, 2])('%#: JSON.parse and the byte scan each read the closure Nix describes path by path', (which) => {
    const [, json] = printed[which]!;
    const parsed = parsePathInfoJson(JSON.parse(json));
    expect(parsed.invalid).toEqual([]);
    const scanned = scanPathInfo(new TextEncoder().encode(json));
    expect(scanned).not.toBeNull();
    expect(scanned!.invalid).toEqual([]);
    const expected = nixFacts(nixRequisites(root).sort());
    // Each reader on its own against Nix, not one against the other.
    for (const [reader, closure] of [
      ['JSON.parse, its root found', makeClosure(parsed.objects, null, 'nix path-info')],
      ['JSON.parse, its root given', closureOfGraph(graphOfObjects(parsed.objects), root)],
      ['the byte scan', closureOfGraph(scanned!, null)],
    ] as const) {
      expect(closure.root, reader).toBe(root);
      expect(facts(closure), reader).toEqual(expected);
      expect(closureSize(closure), reader).toBe(nixClosureSize(root));
      expect(pathCount(closure), reader).toBe(expected.length);
    }
  });

  it('reads the self-reference Nix lists, and drops it', () => {
    const bin = nixRequisites(root).find((p) => p.endsWith('-libfoo-2.1-bin'))!;
    expect(nixStore(['--query', '--references', bin]).split('\n')).toContain(bin);
    const closure = makeClosure(parsePathInfoJson(JSON.parse(printed[0]![1])).objects, root);
    expect(referencesOf(closure, closure.paths.indexOf(bin))).not.toContain(bin);
  });
});
