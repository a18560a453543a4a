#!/usr/bin/env node
import { createRequire as __nsgCreateRequire } from 'node:module';
const require = __nsgCreateRequire(import.meta.url);

// src/exec.ts
import { spawn } from "node:child_process";

// src/core/errors.ts
var ToolError = class extends Error {
  constructor(message, detail = "") {
    super(detail ? `${message}
${detail}` : message);
    this.detail = detail;
  }
  detail;
  name = "ToolError";
};

// src/exec.ts
var ToolMissingError = class extends ToolError {
  name = "ToolMissingError";
};
function start(command, args, options) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ? { ...process.env, ...options.env } : process.env,
    stdio: ["ignore", "pipe", "pipe"]
  });
  const stderr = [];
  const { onStderr } = options;
  child.stderr.on("data", (chunk) => {
    stderr.push(chunk);
    onStderr?.(chunk.toString());
  });
  const finished = new Promise((resolve, reject) => {
    child.once("error", (error) => {
      reject(error.code === "ENOENT" ? new ToolMissingError(`${command} is not installed or not on PATH`) : error);
    });
    child.once("close", (code) => resolve({ exitCode: code ?? 1, stderr: Buffer.concat(stderr).toString("utf8") }));
  });
  return { child, finished };
}
async function collect(stdout) {
  const chunks = [];
  for await (const chunk of stdout) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function runTool(command, args, options = {}) {
  const { value, stderr, exitCode } = await streamTool(command, args, collect, options);
  if (options.bytes) return { stdout: "", stdoutBytes: value, stderr, exitCode };
  return { stdout: value.toString("utf8"), stderr, exitCode };
}
async function streamTool(command, args, consume, options = {}) {
  const { child, finished } = start(command, args, options);
  finished.catch(() => void 0);
  let value;
  try {
    value = await consume(child.stdout);
  } catch (error) {
    child.kill();
    await finished.catch(() => void 0);
    throw error;
  }
  const { exitCode, stderr } = await finished;
  return { value, stderr, exitCode };
}

// src/cli.ts
var [major = 0] = process.versions.node.split(".").map(Number);
if (major < 22) {
  process.stderr.write(
    `nix-size-guard: needs Node 22 or newer (this is ${process.version}); run it with Node 24, e.g. through 'npx' in this package, or install Node 24
`
  );
  process.exit(2);
}
var nixVersion = ["compare", "run"].includes(process.argv[2] ?? "") ? runTool("nix", ["--version"]) : void 0;
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
