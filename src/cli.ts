#!/usr/bin/env node
// The CLI entry: check the runtime, then hand argv to the CLI front door.

import { spawn } from 'node:child_process';

const [major = 0] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `nix-size-guard: needs Node 22 or newer (this is ${process.version}); run it with Node 24, e.g. through 'npx' in this package, or install Node 24\n`,
  );
  process.exit(2);
}

/**
 * `nix --version`, asked at once: every nix call's flags depend on it, and Nix answers while
 * the CLI loads (dist/cli-main.js, parsed only after this has started: see
 * scripts/cli-split.mjs). Written here with node:child_process alone, so this file stays a few
 * lines: Nix turns a missing nix into its own error.
 */
function askNixVersion(): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('nix', ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), exitCode: code ?? 1 }));
  });
}
// Unasked (another command, or a failure before any nix call), the answer is dropped.
const nixVersion = ['compare', 'run'].includes(process.argv[2] ?? '') ? askNixVersion() : undefined;
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
