import { defineConfig } from 'vitest/config';
// The pure core's own unit tests, for `npx stryker run` (stryker.config.json).
export default defineConfig({
  test: {
    include: [
      'test/unit/aggregate.test.ts', 'test/unit/analyze.test.ts', 'test/unit/closure.test.ts', 'test/unit/deep-closure.test.ts', 'test/unit/diff.test.ts', 'test/unit/duplicates.test.ts',
      'test/unit/ere.test.ts', 'test/unit/errors.test.ts', 'test/unit/examples.test.ts', 'test/unit/image.test.ts', 'test/unit/options.test.ts', 'test/unit/path-info-json-format.test.ts',
      'test/unit/path-info-scan.test.ts', 'test/unit/policy.test.ts', 'test/unit/settings.test.ts', 'test/unit/size.test.ts',
      'test/unit/store-path.test.ts', 'test/unit/suggest.test.ts', 'test/unit/waiver.test.ts',
    ],
    setupFiles: ['test/helpers/nix-env.ts'],
    testTimeout: 60_000,
  },
});
