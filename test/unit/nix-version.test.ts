import { describe, expect, it } from 'vitest';
import { parseNixVersion, pathInfoJsonArgs } from '../../src/nix/version.js';

describe('parseNixVersion', () => {
  it.each([
    ['nix (Nix) 2.8.0\n', 'nix', 2, 8],
    ['nix (Nix) 2.24.10', 'nix', 2, 24],
    ['nix (Lix, like Nix) 2.91.1\nSystem type: x86_64-linux\n', 'lix', 2, 91],
    ['nix (Determinate Nix 3.21.0) 2.34.6', 'determinate', 2, 34],
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
