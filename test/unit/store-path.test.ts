import { describe, expect, it } from 'vitest';
import { isStorePath, parseStorePathName, splitDrvName, toStorePath } from '../../src/core/store-path.js';
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
