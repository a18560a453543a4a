#!/usr/bin/env node
import { createRequire as __nsgCreateRequire } from 'node:module';
const require = __nsgCreateRequire(import.meta.url);

// src/cli.ts
import { spawn } from "node:child_process";
var [major = 0] = process.versions.node.split(".").map(Number);
if (major < 22) {
  process.stderr.write(
    `nix-size-guard: needs Node 22 or newer (this is ${process.version}); run it with Node 24, e.g. through 'npx' in this package, or install Node 24
`
  );
  process.exit(2);
}
function askNixVersion() {
  return new Promise((resolve, reject) => {
    const child = spawn("nix", ["--version"], { stdio: ["ignore", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve({ stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8"), exitCode: code ?? 1 }));
  });
}
var nixVersion = ["compare", "run"].includes(process.argv[2] ?? "") ? askNixVersion() : void 0;
nixVersion?.catch(() => void 0);
var cwd;
try {
  cwd = process.cwd();
} catch {
  process.stderr.write("nix-size-guard: the current folder no longer exists (it was deleted under this shell); cd into the repository again and rerun\n");
  process.exit(2);
}
var { main } = await import("./cli-main.js");
process.exitCode = await main(process.argv.slice(2), {
  cwd,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
  env: process.env,
  nixVersion
});
