// The CLI as two files: dist/cli.js, a small launcher that starts `nix --version` before the
// rest is even parsed, and dist/cli-main.js, the CLI itself (src/cli/main.ts and all it
// imports). Parsing and running the one big file took ~20 ms of every run, and every nix call
// waits for the version; split, Nix answers while the CLI loads.
import { build } from 'esbuild';
import { join } from 'node:path';

/** The launcher's import of './cli/main.js' is left for Node to load from './cli-main.js'. */
const mainApart = {
  name: 'cli-main-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/cli\/main\.js$/ }, () => ({ path: './cli-main.js', external: true }));
  },
};

/** Bundles src/cli.ts into OUTDIR/cli.js and src/cli/main.ts into OUTDIR/cli-main.js. */
export async function buildCli(common, outdir, plugins = []) {
  await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir, plugins: [mainApart, ...plugins] });
  await build({ ...common, plugins, entryPoints: { 'cli-main': 'src/cli/main.ts' }, outdir });
  return join(outdir, 'cli.js');
}
