import { describe, expect, it } from 'vitest';
import { isStorePath, parseStorePathName, splitDrvName, storePathName, toStorePath } from '../../src/core/store-path.js';
import { storePath } from '../helpers/store.js';

// The same names are split by Nix itself in test/integration/store-path-names.test.ts.
describe('parseStorePathName splits names as nix store diff-closures does', () => {
  it.each([
    ['python3-3.11.4', 'python3', '3.11.4', ''],
    ['perl-5.38.2-man', 'perl', '5.38.2', 'man'],
    ['util-linux-2.39-bin', 'util-linux', '2.39', 'bin'],
    ['util-linux-minimal-2.39-lib', 'util-linux-minimal', '2.39', 'lib'],
    ['glibc-2.37-8', 'glibc', '2.37-8', ''],
    ['glibc-2.37-8-bin', 'glibc', '2.37-8', 'bin'],
    ['bash-5.2-p15', 'bash', '5.2-p15', ''],
    ['gcc-12.3.0-lib', 'gcc', '12.3.0', 'lib'],
    ['linux-6.1.69-modules', 'linux', '6.1.69', 'modules'],
    ['nixos-system-appliance-24.05.20240101.abcdef0', 'nixos-system-appliance', '24.05.20240101.abcdef0', ''],
    ['python3.11-requests-2.31.0', 'python3.11-requests', '2.31.0', ''],
    ['systemd-minimal-254.6', 'systemd-minimal', '254.6', ''],
    ['db-4.8.30', 'db', '4.8.30', ''],
    ['gcc-12.3.0-lib64', 'gcc', '12.3.0', 'lib64'],
    // Nix's own ambiguity, kept on purpose so both tools name the same packages:
    ['system-path', 'system', '', 'path'],
    ['unit-script-sshd-start', 'unit-script-sshd', '', 'start'],
    ['etc', 'etc', '', ''],
    ['source', 'source', '', ''],
  ])('%s → name %s, version %j, output %j', (name, pname, version, output) => {
    expect(parseStorePathName(storePath(name))).toEqual({ name: pname, version, output });
  });

  it('splits the version at the first dash before a non-letter', () => {
    expect(splitDrvName('xdg-utils-1.1.3')).toEqual({ name: 'xdg-utils', version: '1.1.3' });
    expect(splitDrvName('hello')).toEqual({ name: 'hello', version: '' });
    expect(splitDrvName('foo-')).toEqual({ name: 'foo-', version: '' });
  });
});

describe('toStorePath', () => {
  const path = storePath('image');
  it('finds the store path holding a file', () => {
    expect(toStorePath(`${path}/image.raw`)).toBe(path);
    expect(toStorePath(path)).toBe(path);
  });
  it.each(['/tmp/result', '/nix/store', '/nix/store/short-name', '/nix/storeX/abc', '/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x'])('refuses %s', (p) => {
    expect(isStorePath(p)).toBe(false);
  });
});

// Rows the mutation run named (README, "Mutation score of the core"). Each split follows Nix's
// DrvName rule by hand: the version starts at the first `-` followed by a character that is not
// a letter (A–Z, a–z).
describe('store path names, the edges', () => {
  const HASH = '0c1yq2x6mvl5dbrj5bgh3g4ndpqnjfmv';
  it.each([
    ['e2fsprogs-1.47.0', 'e2fsprogs', '1.47.0'], // a digit second in the name is no version start: only a `-` starts one
    ['font-Awesome-6.5', 'font-Awesome', '6.5'], // A is a letter
    ['font-Zzz-1', 'font-Zzz', '1'], // Z is a letter
    ['x-zlib-2', 'x-zlib', '2'], // z is a letter
    ['foo-_bar-1', 'foo', '_bar-1'], // _ (between Z and a) is not
    ['foo-@x', 'foo', '@x'], // @ (just before A) is not
    ['foo-`x', 'foo', '`x'], // ` (just before a) is not
    ['foo-{x', 'foo', '{x'], // { (just after z) is not (Nix 2.8's builtins.parseDrvName "foo-{x": name foo, version {x)
  ])('%s is %s, version %s', (full, name, version) => {
    expect(splitDrvName(full)).toEqual({ name, version });
  });
  it('takes the name after the last / and the first -', () => {
    expect(storePathName(`/my-store/${HASH}-hello-2.12`)).toBe('hello-2.12');
    expect(storePathName('/x/a-b')).toBe('b');
    expect(storePathName(`/nix/store/${HASH}`)).toBe(HASH);
  });
  it.each([
    [`/nix/store/${HASH}-hello-2.12`, true],
    [`/nix/store/${HASH}-hello-2.12/bin/hello`, true],
    [`/opt/store/${HASH}-hello-2.12`, false], // another directory of the same length
    [`/nix/store/xx${HASH}-hello`, false], // 34 characters before the -
    [`/nix/store/${HASH}-hello world`, false], // a space is no store name character
  ])('isStorePath(%s) is %s', (path, is) => {
    expect(isStorePath(path)).toBe(is);
  });
});
