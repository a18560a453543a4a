// The system in the baseline cache key is the one Nix builds for, as Nix's own configuration
// says it, and nix-args' --system changes it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Nix } from '../../src/nix/nix.js';

describe('Nix.currentSystem', () => {
  it("is the system setting of Nix's configuration (nix show-config)", async () => {
    const config = JSON.parse(execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'show-config', '--json'], { encoding: 'utf8' })) as { system: { value: string } };
    expect(await new Nix().currentSystem()).toBe(config.system.value);
  });

  it('follows --system in nix-args, as nix show-config does with it', async () => {
    const config = JSON.parse(execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'show-config', '--json', '--system', 'aarch64-linux'], { encoding: 'utf8' })) as { system: { value: string } };
    expect(config.system.value).not.toBe(JSON.parse(execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'show-config', '--json'], { encoding: 'utf8' })).system.value);
    expect(await new Nix({ nixArgs: ['--system', 'aarch64-linux'] }).currentSystem()).toBe(config.system.value);
  });
});
