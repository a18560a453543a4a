// Derivers on real Nix: multi-output derivations built here, read back through the product's own
// `nix path-info --json --recursive` call, each path's deriver checked against
// `nix-store --query --deriver`, and the variants findDuplicates reports from them. The
// derivations are stand-ins (builder /bin/sh) named and split into outputs as nixpkgs builds
// them for a real NixOS 25.05 appliance: every output's name is a line of
// ../shared/data/oyster-nixos-25.05-du.tsv, so what Nix prints is what it prints for that system.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closureOfGraph, deriverOfPath, idOf, makeClosure, storeObjects } from '../../src/core/closure.js';
import { duplicateVariants, findDuplicates } from '../../src/core/duplicates.js';
import { storePathName } from '../../src/core/store-path.js';
import type { Closure } from '../../src/core/types.js';
import { Nix } from '../../src/nix/nix.js';
import { parsePathInfoJson } from '../../src/nix/path-info.js';
import { scanPathInfo } from '../../src/nix/path-info-scan.js';
import { checkSavedClosure } from '../../src/schema/validate.js';
import { nixPathInfoJson, nixRequisites } from '../helpers/nix-facts.js';
import { oysterPaths } from '../helpers/nixos-data.js';

/**
 * Derivations of the real closure: its name, and the outputs of it the closure holds (`out` is
 * the bare name). Two builds of one package (systemd and systemd-minimal, util-linux and
 * util-linux-minimal, db 4.8 and 5.3, fuse 2 and 3) are two derivations, as in nixpkgs; the
 * shrunk kernel modules are a derivation of their own (nixos/modules/system/boot/kernel.nix).
 */
const REAL: [string, string[]][] = [
  ['nss-cacert-3.111', ['out', 'p11kit']],
  ['util-linux-2.41', ['bin', 'lib', 'login', 'mount', 'swap']],
  ['util-linux-minimal-2.41', ['bin', 'lib', 'login', 'mount', 'swap']],
  ['systemd-257.5', ['out']],
  ['systemd-minimal-257.5', ['out']],
  ['systemd-minimal-libs-257.5', ['out']],
  ['glibc-2.40-66', ['out', 'bin', 'getent']],
  ['gcc-14.2.1.20250322', ['lib', 'libgcc']],
  ['linux-6.12.32', ['out', 'modules']],
  ['linux-6.12.32-modules-shrunk', ['out']],
  ['dbus-1.14.10', ['out', 'lib']],
  ['curl-8.13.0', ['out', 'bin']],
  ['kmod-31', ['out', 'lib']],
  ['shadow-4.17.4', ['out', 'su']],
  ['db-4.8.30', ['out']],
  ['db-5.3.28', ['out']],
  ['fuse-2.9.9', ['bin']],
  ['fuse-3.16.2', ['out', 'bin']],
];

/**
 * What only the deriver can tell: a version that ends in a word diff-closures takes for an
 * output (`-beta`), so the `out` path reads as hello 1.0 and the `lib` path as hello 1.0-beta.
 */
const BETA: [string, string[]] = ['hello-1.0-beta', ['out', 'lib']];

const outputPathName = (drv: string, output: string): string => (output === 'out' ? drv : `${drv}-${output}`);

function expression(derivations: [string, string[]][], rootName: string): string {
  // Each output holds a line naming it; the root refers to the outputs the closure holds.
  const script = "''\n      export PATH=/usr/bin:/bin\n      for o in $outputs; do eval \"p=\\$$o\"; echo \"$name $o\" > \"$p\"; done\n    ''";
  const drvs = derivations.map(
    ([name, outputs], i) =>
      `d${i} = derivation {\n    name = "${name}";\n    system = builtins.currentSystem;\n    builder = "/bin/sh";\n` +
      `    outputs = [ ${[...new Set(['out', ...outputs])].map((o) => `"${o}"`).join(' ')} ];\n    args = [ "-c" ${script} ];\n  };`,
  );
  const picked = derivations.flatMap(([, outputs], i) => outputs.map((o) => '${d' + i + '.' + o + '}'));
  return [
    'let',
    `  ${drvs.join('\n  ')}`,
    '  # A file added to the store as it is: no derivation made it, Nix knows no deriver.',
    '  notes = builtins.toFile "release-notes-1.0" "no deriver";',
    'in derivation {',
    `  name = "${rootName}";`,
    '  system = builtins.currentSystem;',
    '  builder = "/bin/sh";',
    `  args = [ "-c" "echo ${picked.join(' ')} \${notes} > $out" ];`,
    '}',
    '',
  ].join('\n');
}

let dir: string;
let root: string;
let closure: Closure;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nsg-derivers-'));
  const file = path.join(dir, 'system.nix');
  await writeFile(file, expression([...REAL, BETA], 'nixos-system-oyster-25.05'));
  root = execFileSync('nix-build', ['--no-out-link', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  // The product's own reading: one nix path-info --json --recursive, whichever shape this Nix prints.
  closure = await new Nix().closure(root);
}, 300_000);

const asked = new Map<string, string | null>();

/** `nix-store --query --deriver PATH`: the .drv, or null for Nix's `unknown-deriver`. */
function nixDeriver(storePath: string): string | null {
  if (!asked.has(storePath)) {
    const printed = execFileSync('nix-store', ['--query', '--deriver', storePath], { encoding: 'utf8' }).trim();
    asked.set(storePath, printed === 'unknown-deriver' ? null : printed);
  }
  return asked.get(storePath) as string | null;
}

describe('derivers as Nix records them', () => {
  it('the stand-ins carry the real system names', () => {
    const real = new Set(oysterPaths().map((p) => storePathName(p.path)));
    const names = REAL.flatMap(([drv, outputs]) => outputs.map((o) => outputPathName(drv, o)));
    expect(names.filter((name) => !real.has(name))).toEqual([]);
    expect(names.length).toBeGreaterThan(30);
  });

  it('every path of the closure has the deriver nix-store --query --deriver names', () => {
    expect([...closure.paths].sort()).toEqual(nixRequisites(root).sort());
    const derivers = closure.paths.map((p, id) => [p, deriverOfPath(closure, id)]);
    expect(derivers).toEqual(closure.paths.map((p) => [p, nixDeriver(p)]));
    // The file builtins.toFile added has none, and Nix says so.
    const notes = closure.paths.find((p) => p.endsWith('-release-notes-1.0'));
    expect(notes && deriverOfPath(closure, idOf(closure, notes))).toBeNull();
  });

  it('the outputs of one derivation share one entry of the table, and each reader of the JSON reads what nix-store --query --deriver names', () => {
    expect(closure.derivers).toHaveLength(new Set(closure.paths.map(nixDeriver).filter((d) => d !== null)).size);
    const json = nixPathInfoJson(root);
    const scanned = scanPathInfo(new TextEncoder().encode(json));
    expect(scanned).not.toBeNull();
    const readers: [string, Closure][] = [
      ['JSON.parse', makeClosure(parsePathInfoJson(JSON.parse(json)).objects, root)],
      ['the byte scan', closureOfGraph(scanned!, root)],
      ['its own store objects again', makeClosure(storeObjects(closure), root)],
    ];
    const expected = nixRequisites(root).sort().map((p) => [p, nixDeriver(p)]);
    for (const [reader, read] of readers) expect(read.paths.map((p, id) => [p, deriverOfPath(read, id)]), reader).toEqual(expected);
  });

  it('a saved baseline keeps them, and its schema accepts them', () => {
    const saved = { formatVersion: 1, root, objects: storeObjects(closure), image: null };
    const checked = checkSavedClosure(JSON.parse(JSON.stringify(saved)));
    expect(checked.ok).toBe(true);
    const again = makeClosure(saved.objects, root, 'the saved baseline');
    expect(again.paths.map((_, id) => deriverOfPath(again, id))).toEqual(closure.paths.map(nixDeriver));
    const broken = { ...saved, objects: saved.objects.map((o) => ({ ...o, deriver: o.deriver?.replace(/\.drv$/, '') })) };
    expect(checkSavedClosure(JSON.parse(JSON.stringify(broken))).ok).toBe(false);
  });
});

describe('findDuplicates with the derivers Nix printed', () => {
  const empty = (): Closure => makeClosure([{ path: root, narSize: 1, references: [] }], root);
  const variantsOf = (head: Closure) => Object.fromEntries(findDuplicates(empty(), head).map((d) => [d.name, duplicateVariants(d)]));

  it('reports the real variants of the NixOS closure, and only them', () => {
    expect(variantsOf(closure)).toEqual({
      systemd: ['systemd-257.5', 'systemd-minimal-257.5'],
      'util-linux': ['util-linux-2.41', 'util-linux-minimal-2.41'],
      db: ['db-4.8.30', 'db-5.3.28'],
      fuse: ['fuse-2.9.9', 'fuse-3.16.2'],
    });
  });

  it('without derivers (an old dump, a narinfo without Deriver) the output-name rule decides, the same on these names except one', () => {
    const objects = storeObjects(closure).map(({ deriver: _, ...rest }) => rest);
    const nameOnly = variantsOf(makeClosure(objects, root));
    // hello-1.0-beta's `out` reads as hello 1.0 by its name alone: only the deriver tells.
    expect(nameOnly).toEqual({
      systemd: ['systemd-257.5', 'systemd-minimal-257.5'],
      'util-linux': ['util-linux-2.41', 'util-linux-minimal-2.41'],
      db: ['db-4.8.30', 'db-5.3.28'],
      fuse: ['fuse-2.9.9', 'fuse-3.16.2'],
      hello: ['hello-1.0', 'hello-1.0-beta'],
    });
  });
});
