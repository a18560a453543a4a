import { describe, expect, it } from 'vitest';
import { buildInstallable, parseNixVersion, pathInfoJsonArgs } from '../../src/nix/version.js';

describe('parseNixVersion', () => {
  it.each([
    ['nix (Nix) 2.8.0\n', 'nix', 2, 8],
    ['nix (Nix) 2.24.10', 'nix', 2, 24],
    ['nix (Lix, like Nix) 2.91.1\nSystem type: x86_64-linux\n', 'lix', 2, 91],
    ['nix (Determinate Nix 3.21.0) 2.34.6', 'determinate', 2, 34],
    ['nix (Determinate Nix 3.8.2) 2.30.1\n', 'determinate', 2, 30],
    ['nix (Nix) 2.30.5', 'nix', 2, 30],
    ['nix (Lix, like Nix) 2.93.3', 'lix', 2, 93],
    ['nix (Nix) 2.33.0pre20251201_abc', 'nix', 2, 33],
  ])('%j', (text, implementation, major, minor) => {
    expect(parseNixVersion(text)).toMatchObject({ implementation, major, minor });
  });
  it('returns null for output without a version', () => {
    expect(parseNixVersion('command not found')).toBeNull();
  });
});

describe('pathInfoJsonArgs picks flags the running Nix accepts', () => {
  const args = (text: string) => pathInfoJsonArgs(parseNixVersion(text)!);
  it('plain --json before 2.33 and on Lix', () => {
    expect(args('nix (Nix) 2.8.0')).toEqual(['--json']);
    expect(args('nix (Nix) 2.32.4')).toEqual(['--json']);
    expect(args('nix (Lix, like Nix) 2.93.0')).toEqual(['--json']);
  });
  it('--json-format 2 from Nix 2.33 on (bare --json is deprecated there)', () => {
    expect(args('nix (Nix) 2.33.0')).toEqual(['--json', '--json-format', '2']);
    expect(args('nix (Determinate Nix 3.21.0) 2.34.6')).toEqual(['--json', '--json-format', '2']);
  });
});

describe('buildInstallable names an output the way the running Nix reads it', () => {
  const drv = '/nix/store/g1w7hy3qg1w7hy3qg1w7hy3qg1w7hy3q-bar.drv';
  const build = (text: string) => buildInstallable(parseNixVersion(text)!, drv, 'out');
  it('DRV^out from Nix 2.13 on, on Lix and on Determinate Nix', () => {
    for (const text of ['nix (Nix) 2.13.0', 'nix (Nix) 2.30.5', 'nix (Lix, like Nix) 2.91.1', 'nix (Determinate Nix 3.8.2) 2.30.1']) {
      expect(build(text), text).toBe(`${drv}^out`);
    }
  });
  it('the bare .drv before 2.13 (Debian 12\'s Nix 2.8), where it built the outputs', () => {
    expect(build('nix (Nix) 2.8.0')).toBe(drv);
    expect(build('nix (Nix) 2.12.1')).toBe(drv);
  });
});

describe('the version that picks flags is the Nix one, not Determinate\'s own', () => {
  it('Determinate Nix 3.x on Nix 2.30 gets a plain --json, on 2.33+ --json-format 2', () => {
    expect(pathInfoJsonArgs(parseNixVersion('nix (Determinate Nix 3.8.2) 2.30.1')!)).toEqual(['--json']);
    expect(pathInfoJsonArgs(parseNixVersion('nix (Determinate Nix 3.33.0) 2.33.0')!)).toEqual(['--json', '--json-format', '2']);
  });
});
