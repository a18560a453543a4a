import { defineConfig } from 'vitest/config';

// The integration tests run real Nix, once per Nix version users meet: Debian's Nix 2.8 (the array
// shape of `nix path-info --json`, no `--print-out-paths`) and Nix 2.30.5 (the keyed shape, `drv^out`),
// both on the same store. test/helpers/nix-env.ts puts the project's Nix first on PATH, so the product
// and the helpers that ask Nix for the facts it is checked against run the same one. The pure tests
// (unit, and the loopback GitHub) use no Nix and run once.
const INTEGRATION = ['test/integration/**/*.test.ts'];

function nixProject(name: string, bin: string, version: string, install: string) {
  return {
    extends: true,
    test: {
      name,
      include: INTEGRATION,
      env: { NSG_TEST_NIX_BIN: bin, NSG_TEST_NIX_VERSION: version, NSG_TEST_NIX_INSTALL: install },
    },
  } as const;
}

export default defineConfig({
  test: {
    setupFiles: ['test/helpers/nix-env.ts'],
    // Real Nix builds and real git repos: give them time, and do not run more than two files at
    // once on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/github/**/*.test.ts'] } },
      nixProject('nix-2.8', '/usr/bin', '2.8', "Debian's nix-bin (apt-get install nix-bin, as scripts/ensure-nix.sh does)"),
      nixProject('nix-2.30', '/opt/nix-modern/bin', '2.30.5', 'bash ../shared/tools/nix-2.30.5/install.sh (scripts/test.sh does)'),
    ],
  },
});
