import { describe, expect, it } from 'vitest';
import { makeClosure as closureOfObjects } from '../../src/core/closure.js';
import { analyzeTarget } from '../../src/core/analyze.js';
import { chainsOf } from '../../src/core/chains.js';
import { parseSettings } from '../../src/core/settings.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { duplicateVariants, findDuplicates, packageFamily, variantOf } from '../../src/core/duplicates.js';
import { parseStorePathName } from '../../src/core/store-path.js';
import { imageContents } from '../../src/core/image.js';
import type { Closure } from '../../src/core/types.js';
import { hasOyster, oysterPaths } from '../helpers/nixos-data.js';
import { makeClosure, storePath } from '../helpers/store.js';

const KiB = 1024;
const ROOT_DIR = path.resolve(import.meta.dirname, '../..');
// Names of the real NixOS 25.05 closure (../shared/data, checked below where it is present).
const REAL_FALSE_ALARMS = ['unit--.slice', 'unit-99-ethernet-default-dhcp.network', 'unit-99-wireless-client-dhcp.network', 'unit-user-.service', 'unit-dbus.service', 'dbus-1', 'dbus-1.14.10', 'dbus-1.14.10-lib', 'etc', 'etc-lowerdir', 'systemd'];
const REAL_OUTPUTS = ['nss-cacert-3.111', 'nss-cacert-3.111-p11kit'];
const ROOT = 'nixos-system-appliance-24.05';

/** A system whose system-path refers to every one of `names`, each `narSize` big. */
function system(names: string[], narSize = 100 * KiB, salt = ''): Closure {
  return makeClosure(
    {
      [ROOT]: [8 * KiB, ['system-path', 'etc']],
      'system-path': [40 * KiB, names],
      etc: [12 * KiB, []],
      ...Object.fromEntries(names.map((name) => [name, [narSize, []] as [number, string[]]])),
    },
    salt,
  );
}

/** The duplicates of a head with `names` over an empty base: family → its variants. */
function duplicatesOf(names: string[]): Record<string, string[]> {
  const head = system(names);
  const found = findDuplicates(system([]), head);
  return Object.fromEntries(found.map((d) => [d.name, duplicateVariants(d)]));
}

describe('packageFamily', () => {
  it.each([
    ['util-linux-minimal', 'util-linux'],
    ['systemd-minimal', 'systemd'],
    ['emacs-nox', 'emacs'],
    ['openjdk-headless', 'openjdk'],
    ['openssh-small', 'openssh'],
    ['vim-tiny', 'vim'],
    ['ffmpeg-slim', 'ffmpeg'],
    ['pipewire-lite', 'pipewire'],
    ['gtk-nox-headless', 'gtk'],
    // Not variant suffixes: a wrapper and what it wraps, a libraries-only split, a plain name.
    ['firefox-unwrapped', 'firefox-unwrapped'],
    ['python3-wrapped', 'python3-wrapped'],
    ['systemd-minimal-libs', 'systemd-minimal-libs'],
    ['util-linux', 'util-linux'],
    ['minimal', 'minimal'],
    // A one-letter name (its first dash at index 1) folds as any other; a name that is the
    // suffix alone has no family left to be a variant of, and stays.
    ['x-minimal', 'x'],
    ['-minimal', '-minimal'],
  ])('%s → %s', (name, family) => {
    expect(packageFamily(name)).toBe(family);
  });

  // The README is the oracle: the suffixes it documents fold, and a family is what they leave.
  const documented = [...(/the suffixes ((?:`-[a-z]+`,? ?(?:and )?)+)/.exec(readFileSync(path.join(ROOT_DIR, 'README.md'), 'utf8').replace(/\s+/g, ' '))?.[1] ?? '').matchAll(/`(-[a-z]+)`/g)].map((m) => m[1]!);

  it.each(documented)('folds the suffix the README documents: util-linux%s is util-linux', (suffix) => {
    expect(packageFamily(`util-linux${suffix}`)).toBe('util-linux');
    expect(packageFamily(`util-linux${suffix}${suffix}`)).toBe('util-linux');
  });

  it('folds nothing else: every suffix a real NixOS name ends in that the README does not name stays', () => {
    expect(documented.length).toBeGreaterThan(3);
    // The last word of every real name of the NixOS 25.05 closure (or a stand-in list where it is absent).
    const names = hasOyster() ? oysterPaths().map((p) => parseStorePathName(p.path).name) : ['systemd-minimal-libs', 'firefox-unwrapped', 'python3-wrapped'];
    for (const name of names) {
      const last = name.slice(name.lastIndexOf('-'));
      if (name.includes('-') && !documented.includes(last)) expect(packageFamily(name), name).toBe(name);
    }
    // And the real ones it does fold: systemd-minimal, util-linux-minimal, dejavu-fonts-minimal.
    if (hasOyster()) expect(names.filter((n) => packageFamily(n) !== n).sort()).toEqual(['dejavu-fonts-minimal', 'systemd-minimal', ...Array(5).fill('util-linux-minimal')]);
  });
});

describe('variantOf', () => {
  it.each([
    ['glibc-2.37-8', { name: 'glibc', version: '2.37-8' }],
    ['glibc-2.37-8-bin', { name: 'glibc', version: '2.37-8' }],
    ['util-linux-minimal-2.39-lib', { name: 'util-linux-minimal', version: '2.39' }],
    ['bash-5.2-p15', { name: 'bash', version: '5.2-p15' }],
    // A patch level ending in 0 or 9 ends in a digit all the same: no output word to drop.
    ['bash-5.2-p20', { name: 'bash', version: '5.2-p20' }],
    ['bash-5.2-p19', { name: 'bash', version: '5.2-p19' }],
    // An output word that only ends like a version word (udev: …dev) is an output word.
    ['libfoo-1.0-udev-lib', { name: 'libfoo', version: '1.0' }],
    // And one that only starts like one (devdoc: dev…).
    ['libfoo-1.0-devdoc-lib', { name: 'libfoo', version: '1.0' }],
    // Only the trailing word goes, then the next: p11kit is dropped, the rc1 before it stays.
    ['nss-cacert-3.112-rc1-p11kit', { name: 'nss-cacert', version: '3.112-rc1' }],
    // diff-closures leaves a second output-like word in the version; it is the same kernel.
    ['linux-6.1.55-modules-shrunk', { name: 'linux', version: '6.1.55' }],
    ['system-path', { name: 'system', version: '' }],
    ['unit-systemd-journald.service', { name: 'unit-systemd-journald.service', version: '' }],
  ])('%s', (name, variant) => {
    expect(variantOf(storePath(name))).toEqual(variant);
  });
});

describe('findDuplicates: which packages count', () => {
  it.each([
    ['two glibc versions', ['glibc-2.37-8', 'glibc-2.38-27', 'glibc-2.38-27-bin'], { glibc: ['glibc-2.37-8', 'glibc-2.38-27'] }],
    ['systemd beside systemd-minimal', ['systemd-254.6', 'systemd-minimal-254.6'], { systemd: ['systemd-254.6', 'systemd-minimal-254.6'] }],
    [
      'util-linux beside util-linux-minimal',
      ['util-linux-2.39-bin', 'util-linux-2.39-lib', 'util-linux-minimal-2.39-lib'],
      { 'util-linux': ['util-linux-2.39', 'util-linux-minimal-2.39'] },
    ],
    ['db-4.8 beside db-5.3', ['db-4.8.30', 'db-5.3.28'], { db: ['db-4.8.30', 'db-5.3.28'] }],
    ['OpenSSL 1.1 kept for one old daemon', ['openssl-3.0.13', 'openssl-3.0.13-bin', 'openssl-1.1.1w'], { openssl: ['openssl-1.1.1w', 'openssl-3.0.13'] }],
    ['emacs and emacs-nox', ['emacs-29.1', 'emacs-nox-29.1'], { emacs: ['emacs-29.1', 'emacs-nox-29.1'] }],
    ['openjdk and openjdk-headless', ['openjdk-17.0.8', 'openjdk-headless-17.0.8'], { openjdk: ['openjdk-17.0.8', 'openjdk-headless-17.0.8'] }],
    // dbus-1 is NixOS's configuration; two dbus packages are two dbus packages.
    ['two dbus packages', ['dbus-1.14.10', 'dbus-1.16.2'], { dbus: ['dbus-1.14.10', 'dbus-1.16.2'] }],
    // Only dbus-1 is NixOS's D-Bus configuration: another package at version 1 is a package.
    ['a package at versions 1 and 2', ['libfoo-1', 'libfoo-2'], { libfoo: ['libfoo-1', 'libfoo-2'] }],
    // Versions starting with the smallest and the largest digit ('0', '9') are versions.
    ['two speech-dispatchers of 0.x', ['speech-dispatcher-0.11.5', 'speech-dispatcher-0.12.0'], { 'speech-dispatcher': ['speech-dispatcher-0.11.5', 'speech-dispatcher-0.12.0'] }],
    ['two libjpegs of 9x', ['libjpeg-9e', 'libjpeg-9f'], { libjpeg: ['libjpeg-9e', 'libjpeg-9f'] }],
    // Not duplicates:
    ['the outputs of one package', ['glibc-2.37-8', 'glibc-2.37-8-bin', 'glibc-2.37-8-dev', 'perl-5.38.2', 'perl-5.38.2-man'], {}],
    ['the kernel, its modules and the shrunk ones', ['linux-6.1.55', 'linux-6.1.55-modules', 'linux-6.1.55-modules-shrunk', 'initrd-linux-6.1.55'], {}],
    // The false alarms of the real NixOS 25.05 closure (issue 10): systemd units whose names read
    // as `unit` with a version, NixOS's D-Bus configuration `dbus-1` beside the dbus package, and
    // nss-cacert's own p11kit output; with names without any version.
    [
      'the files NixOS generates, and names without a version',
      REAL_FALSE_ALARMS,
      {},
    ],
    ['a package beside its own output with a digit in its name', REAL_OUTPUTS, {}],
    // NixOS names a unit's file unit-NAME: a unit whose name has a digit after a dash reads as
    // a versioned `unit-backup` (DrvName), but it is configuration.
    ['two units of one service', ['unit-backup-2fa.service', 'unit-backup-2nd.timer'], {}],
    // A version starts with a digit; what DrvName splits off at a dash before a dot is none.
    ['names whose rest starts with a dot', ['hook-.pre', 'hook-.post'], {}],
    // Nor one that starts with '_' (a non-letter, so DrvName splits there too).
    ['names whose rest starts with an underscore', ['hook-_pre', 'hook-_post'], {}],
    ['a wrapper beside what it wraps', ['firefox-120.0', 'firefox-unwrapped-120.0'], {}],
    ['two programs sharing a prefix', ['bash-5.2-p15', 'bash-interactive-5.2-p15', 'glibc-locales-2.37-8', 'glibc-2.37-8'], {}],
    ['a libraries-only split', ['systemd-254.6', 'systemd-minimal-libs-254.6'], {}],
    ['a python environment and its interpreter', ['python3-3.11.4', 'python3-3.11.4-env'], {}],
  ])('%s', (_what, names, expected) => {
    expect(duplicatesOf(names)).toEqual(expected);
  });
});

describe('findDuplicates: what it says about each', () => {
  const base = makeClosure({
    [ROOT]: [8 * KiB, ['system-path']],
    'system-path': [40 * KiB, ['util-linux-2.39-bin', 'glibc-2.37-8', 'db-4.8.30', 'db-5.3.28']],
    'util-linux-2.39-bin': [64 * KiB, ['util-linux-2.39-lib']],
    'util-linux-2.39-lib': [96 * KiB, ['glibc-2.37-8']],
    'glibc-2.37-8': [320 * KiB, []],
    'db-4.8.30': [1200 * KiB, []],
    'db-5.3.28': [1800 * KiB, []],
  });
  const head = makeClosure({
    [ROOT]: [8 * KiB, ['system-path']],
    'system-path': [40 * KiB, ['util-linux-2.39-bin', 'e2fsprogs-1.47.0', 'glibc-2.37-8', 'db-4.8.30', 'db-5.3.28']],
    'util-linux-2.39-bin': [64 * KiB, ['util-linux-2.39-lib']],
    'util-linux-2.39-lib': [96 * KiB, ['glibc-2.37-8']],
    'e2fsprogs-1.47.0': [72 * KiB, ['util-linux-minimal-2.39-lib', 'glibc-2.37-8']],
    'util-linux-minimal-2.39-lib': [48 * KiB, ['glibc-2.37-8']],
    'glibc-2.37-8': [320 * KiB, []],
    'db-4.8.30': [1200 * KiB, []],
    'db-5.3.28': [1800 * KiB, []],
  });
  // Found inside each test, where a mutation run sees the test reach the code.
  const found = () => findDuplicates(base, head);

  it('lists new duplicates first, then the biggest', () => {
    expect(found().map((d) => [d.name, d.new])).toEqual([
      ['util-linux', true],
      ['db', false],
    ]);
  });

  it('gives every path of every variant with its NAR size, and their combined size', () => {
    const [utilLinux] = found();
    expect(utilLinux).toEqual({
      name: 'util-linux',
      variants: ['util-linux-2.39', 'util-linux-minimal-2.39'],
      new: true,
      size: (64 + 96 + 48) * KiB,
      paths: [
        { path: storePath('util-linux-2.39-bin'), narSize: 64 * KiB },
        { path: storePath('util-linux-2.39-lib'), narSize: 96 * KiB },
        { path: storePath('util-linux-minimal-2.39-lib'), narSize: 48 * KiB },
      ],
    });
  });

  it("puts the chain to each duplicated path in the report's table of parents", () => {
    const report = analyzeTarget({ name: 'toplevel', base: { closure: base, image: null }, head: { closure: head, image: null } }, parseSettings({}));
    const chains = chainsOf(report);
    expect(chains.chain(storePath('util-linux-2.39-lib'))).toEqual([ROOT, 'system-path', 'util-linux-2.39-bin', 'util-linux-2.39-lib'].map((n) => storePath(n)));
    expect(chains.chain(storePath('util-linux-minimal-2.39-lib'))).toEqual([ROOT, 'system-path', 'e2fsprogs-1.47.0', 'util-linux-minimal-2.39-lib'].map((n) => storePath(n)));
  });

  it('calls a duplicate the base already had not new, even when its paths changed', () => {
    const rebuilt = makeClosure(
      { [ROOT]: [8 * KiB, ['system-path']], 'system-path': [40 * KiB, ['db-4.8.30', 'db-5.3.29']], 'db-4.8.30': [1200 * KiB, []], 'db-5.3.29': [1800 * KiB, []] },
      'rebuilt',
    );
    expect(findDuplicates(base, rebuilt).map((d) => [d.name, d.new])).toEqual([['db', false]]);
  });

  it('counts the root of a closure that is not an image among its packages', () => {
    // A target that is a package (db 5.3) holding db 4.8: both closures hold both, so not new.
    const db = makeClosure({ 'db-5.3.28': [1800 * KiB, ['db-4.8.30']], 'db-4.8.30': [1200 * KiB, []] });
    expect(findDuplicates(db, db).map((d) => [d.name, d.variants, d.new])).toEqual([['db', ['db-4.8.30', 'db-5.3.28'], false]]);
  });

  it('finds nothing in a closure whose packages each come in one version', () => {
    expect(findDuplicates(base, base).map((d) => d.name)).toEqual(['db']);
    const clean = system(['glibc-2.37-8', 'glibc-2.37-8-bin', 'systemd-254.6', 'util-linux-2.39-bin', 'util-linux-2.39-lib']);
    expect(findDuplicates(clean, clean)).toEqual([]);
  });
});

describe('findDuplicates: in which order', () => {
  it('puts new duplicates first, then the biggest, then by name', () => {
    // All three new; aaa and bbb the same size (2 × 100 KiB), ccc bigger (2 × 300 KiB).
    const head = makeClosure({
      [ROOT]: [8 * KiB, ['system-path']],
      'system-path': [40 * KiB, ['bbb-1.0', 'bbb-2.0', 'ccc-1.0', 'ccc-2.0', 'aaa-1.0', 'aaa-2.0']],
      'bbb-1.0': [100 * KiB, []],
      'bbb-2.0': [100 * KiB, []],
      'ccc-1.0': [300 * KiB, []],
      'ccc-2.0': [300 * KiB, []],
      'aaa-1.0': [100 * KiB, []],
      'aaa-2.0': [100 * KiB, []],
    });
    expect(findDuplicates(system([]), head).map((d) => d.name)).toEqual(['ccc', 'aaa', 'bbb']);
    // An old duplicate (in the base already), bigger and first by name, after a smaller new one.
    const base = system(['aaa-1.0', 'aaa-2.0'], 300 * KiB);
    const both = makeClosure({
      [ROOT]: [8 * KiB, ['system-path', 'etc']],
      'system-path': [40 * KiB, ['aaa-1.0', 'aaa-2.0', 'zzz-1.0', 'zzz-2.0']],
      etc: [12 * KiB, []],
      'aaa-1.0': [300 * KiB, []],
      'aaa-2.0': [300 * KiB, []],
      'zzz-1.0': [10 * KiB, []],
      'zzz-2.0': [10 * KiB, []],
    });
    expect(findDuplicates(base, both).map((d) => [d.name, d.new])).toEqual([['zzz', true], ['aaa', false]]);
  });

  it('lists two builds of one name by hash', () => {
    // foo-1.0 built twice (other inputs, other hashes), beside foo-2.0: one name, so by hash.
    const [first, second, other] = ['0', '1', '2'].map((h, i) => `/nix/store/${h.repeat(32)}-foo-${i < 2 ? '1.0' : '2.0'}`) as [string, string, string];
    const root = storePath(ROOT);
    const head = closureOfObjects(
      [{ path: root, narSize: 1, references: [first, second, other] }, ...[first, second, other].map((path) => ({ path, narSize: 2, references: [] }))],
      root,
      'test closure',
    );
    expect(findDuplicates(system([]), head)[0]?.paths.map((p) => p.path)).toEqual([first, second, other]);
  });

  it("lists a variant's paths by store name, whatever their hashes' order", () => {
    // The lib output's hash sorts first, so it comes first among the closure's paths.
    const bin = '/nix/store/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz-util-linux-2.39-bin';
    const lib = '/nix/store/00000000000000000000000000000000-util-linux-2.39-lib';
    const minimal = '/nix/store/11111111111111111111111111111111-util-linux-minimal-2.39-lib';
    const root = storePath(ROOT);
    const head = closureOfObjects(
      [
        { path: root, narSize: 1, references: [bin, lib, minimal] },
        { path: bin, narSize: 2, references: [] },
        { path: lib, narSize: 3, references: [] },
        { path: minimal, narSize: 4, references: [] },
      ],
      root,
      'test closure',
    );
    expect(findDuplicates(system([]), head)[0]?.paths.map((p) => p.path)).toEqual([bin, lib, minimal]);
  });
});

describe('duplicateVariants', () => {
  it('reads the variants of a report written before they were kept from its paths', () => {
    // An old report's duplicate: paths only. Their names without the output are the variants.
    const paths = ['util-linux-2.39-bin', 'util-linux-2.39-lib', 'util-linux-minimal-2.39-lib'].map((n) => ({ path: storePath(n), narSize: KiB }));
    expect(duplicateVariants({ name: 'util-linux', paths, size: 3 * KiB, new: true })).toEqual(['util-linux-2.39', 'util-linux-minimal-2.39']);
  });
});

describe('findDuplicates: an image', () => {
  it("never counts the image's own output as a variant of a package inside it", () => {
    // The image's name reads as hello 2.0, beside the hello 1.0 it holds.
    const image = storePath('hello-2.0');
    const hello = storePath('hello-1.0');
    const objects = [
      { path: image, narSize: 50 * KiB, references: [hello] },
      { path: hello, narSize: 10 * KiB, references: [] },
    ];
    const read = imageContents(closureOfObjects(objects, image, 'test closure'));
    expect(findDuplicates(read, read)).toEqual([]);
    // A base image named like a package inside it does not make the head's duplicate an old one.
    const two = [storePath('hello-1.0', 'head'), storePath('hello-1.1', 'head')];
    const headImage = storePath('hello-2.0', 'head');
    const head = imageContents(
      closureOfObjects([{ path: headImage, narSize: 50 * KiB, references: two }, ...two.map((path) => ({ path, narSize: 10 * KiB, references: [] }))], headImage, 'test closure'),
    );
    expect(findDuplicates(read, head).map((d) => [d.name, d.new])).toEqual([['hello', true]]);
    // Read as a plain closure, the two names are two variants.
    const plain = closureOfObjects(objects, image, 'test closure');
    expect(findDuplicates(plain, plain).map((d) => d.name)).toEqual(['hello']);
  });
});

// Derivers as `nix path-info` gives them (test/integration/derivers.test.ts checks these on real Nix):
// a path's variant is its derivation's name, so outputs whose names diff-closures splits apart
// are one variant. Worked out by hand with DrvName (the version starts at the first `-` before a
// non-letter) and diff-closures' one output word: `hello-1.0-beta` reads as hello 1.0 (output
// `beta`), `hello-1.0-beta-lib` as hello 1.0-beta (output `lib`); their deriver
// `hello-1.0-beta.drv` is hello 1.0-beta for both.
describe('findDuplicates: a variant is its deriver', () => {
  const drv = (name: string) => storePath(`${name}.drv`, 'drv');
  /** A head whose system-path refers to each [output path name, deriver name or null]. */
  function built(outputs: [string, string | null][]): Closure {
    const root = storePath(ROOT);
    const paths = outputs.map(([name, deriver]) => ({ path: storePath(name), narSize: 10 * KiB, references: [], ...(deriver ? { deriver: drv(deriver) } : {}) }));
    return closureOfObjects([{ path: root, narSize: KiB, references: paths.map((p) => p.path) }, ...paths], root, 'test closure');
  }
  const duplicatesIn = (head: Closure) => Object.fromEntries(findDuplicates(system([]), head).map((d) => [d.name, duplicateVariants(d)]));

  it('takes the outputs of one derivation for one variant, where their names alone read as two', () => {
    expect(duplicatesIn(built([['hello-1.0-beta', 'hello-1.0-beta'], ['hello-1.0-beta-lib', 'hello-1.0-beta']]))).toEqual({});
    // Without derivers the names are all there is: two versions of hello.
    expect(duplicatesIn(built([['hello-1.0-beta', null], ['hello-1.0-beta-lib', null]]))).toEqual({ hello: ['hello-1.0', 'hello-1.0-beta'] });
  });

  it("names each variant after its derivation, '.drv' and the hash cut off", () => {
    const head = built([
      ['hello-1.0-beta', 'hello-1.0-beta'],
      ['hello-1.0-beta-lib', 'hello-1.0-beta'],
      ['hello-1.1-beta', 'hello-1.1-beta'],
      ['hello-1.1-beta-lib', 'hello-1.1-beta'],
      // A path Nix knows no deriver of, beside them: its name is split as before.
      ['glibc-2.40-66', null],
    ]);
    const [hello] = findDuplicates(system([]), head);
    expect(hello?.variants).toEqual(['hello-1.0-beta', 'hello-1.1-beta']);
    expect(hello?.paths.map((p) => p.path)).toEqual(['hello-1.0-beta', 'hello-1.0-beta-lib', 'hello-1.1-beta', 'hello-1.1-beta-lib'].map((n) => storePath(n)));
    expect(findDuplicates(system([]), head)).toHaveLength(1);
  });
});

// The real closure of a minimal NixOS 25.05 appliance (../shared/data/PROVENANCE.md): its
// store path names and du sizes. Which groups are real is what a NixOS user reads in them
// (issue 10): two systemd builds, two util-linux builds, db 4.8 beside 5.3, fuse 2 beside 3;
// systemd unit files, NixOS's dbus-1 configuration and nss-cacert's own p11kit output are not.
describe.skipIf(!hasOyster())('on the real NixOS 25.05 appliance closure', () => {
  const paths = oysterPaths().map((p) => ({ path: p.path, narSize: p.size }));
  const root = '/nix/store/00000000000000000000000000000000-nixos-system-oyster-25.05';
  const head = closureOfObjects(
    [{ path: root, narSize: 4096, references: paths.map((p) => p.path) }, ...paths.map((p) => ({ ...p, references: [] }))],
    root,
    'test closure',
  );
  const empty = closureOfObjects([{ path: root, narSize: 4096, references: [] }], root, 'test closure');
  // Found inside each test, where a mutation run sees the test reach the code.
  const found = () => findDuplicates(empty, head);

  it('holds the names the tables above take from it', () => {
    const names = new Set(paths.map((p) => p.path.replace(/^\/nix\/store\/[0-9a-z]{32}-/, '')));
    expect([...REAL_FALSE_ALARMS, ...REAL_OUTPUTS].filter((n) => !names.has(n))).toEqual([]);
  });

  it('reports exactly the real variants', () => {
    expect(Object.fromEntries(found().map((d) => [d.name, duplicateVariants(d)]))).toEqual({
      systemd: ['systemd-257.5', 'systemd-minimal-257.5'],
      'util-linux': ['util-linux-2.41', 'util-linux-minimal-2.41'],
      db: ['db-4.8.30', 'db-5.3.28'],
      fuse: ['fuse-2.9.9', 'fuse-3.16.2'],
    });
  });

  it('counts every path of every variant, outputs included', () => {
    const utilLinux = found().find((d) => d.name === 'util-linux');
    expect(utilLinux?.paths).toHaveLength(10);
    const expected = paths.filter((p) => /-util-linux(-minimal)?-2\.41-/.test(p.path)).reduce((sum, p) => sum + p.narSize, 0);
    expect(utilLinux?.size).toBe(expected);
  });
});
