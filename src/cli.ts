#!/usr/bin/env node
// The CLI entry: check the runtime, then hand argv to the CLI front door.

import { runTool } from './exec.js';

const [major = 0] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `nix-size-guard: needs Node 22 or newer (this is ${process.version}); run it with Node 24, e.g. through 'npx' in this package, or install Node 24\n`,
  );
  process.exit(2);
}

// Every nix call's flags depend on Nix's version: ask now, before the CLI itself is even parsed
// (dist/cli-main.js, loaded below: see scripts/cli-split.mjs), and Nix answers while it loads.
// Nix takes the answer, a missing nix included (exec.ts's isToolMissing); unasked, it is dropped.
const nixVersion = ['compare', 'run'].includes(process.argv[2] ?? '') ? runTool('nix', ['--version']) : undefined;
nixVersion?.catch(() => undefined);

// process.cwd() throws when the folder was deleted under the shell: one line and exit 2, not
// Node's uncaught error and exit 1 (which means "a rule broke").
let cwd: string;
try {
  cwd = process.cwd();
} catch {
  process.stderr.write('nix-size-guard: the current folder no longer exists (it was deleted under this shell); cd into the repository again and rerun\n');
  process.exit(2);
}

const { main } = await import('./cli/main.js');
process.exitCode = await main(process.argv.slice(2), {
  cwd,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
  env: process.env,
  nixVersion,
});
