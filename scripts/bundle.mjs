// Bundles the action (dist/index.js) and the CLI (dist/cli.js, which loads dist/cli-main.js: see
// scripts/cli-split.mjs), self-contained ESM files.
// dist/ is committed: GitHub runs dist/index.js as it is, with no npm install.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { buildCli } from './cli-split.mjs';

// CommonJS dependencies (@actions/*) call require(); an ESM bundle has none unless we make one.
const banner = {
  js: "import { createRequire as __nsgCreateRequire } from 'node:module';\nconst require = __nsgCreateRequire(import.meta.url);",
};

await rm('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  // Deterministic output: check-dist compares a fresh bundle with the committed one.
  sourcemap: false,
};
await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist' });
await buildCli(common, 'dist');
await chmod('dist/cli.js', 0o755);
