// Running the tools we shell out to (nix, git): capture stdout, stream stderr to a log sink,
// keep stderr's tail for the error message. One place for how a failed child is reported.

import type { Readable } from 'node:stream';
import { execa } from 'execa';
import { ToolError } from './core/errors.js';

export interface ToolRun {
  /** Empty when stdoutBytes was asked for. */
  stdout: string;
  /** Stdout as bytes, with `bytes: true`: a 100 MiB JSON dump is read where it lies. */
  stdoutBytes?: Uint8Array;
  stderr: string;
  exitCode: number;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Receives stderr as it comes (nix's build progress); the caller decides where it goes. */
  onStderr?: (text: string) => void;
  /** Keep stdout as bytes (ToolRun.stdoutBytes) rather than decode it. */
  bytes?: boolean;
}

/** The last lines of a tool's stderr, for an error message a user can act on. */
export function tail(text: string, lines = 15): string {
  const kept = text.trimEnd().split('\n').slice(-lines);
  return kept.map((line) => `  ${line}`).join('\n');
}

export class ToolMissingError extends ToolError {}

/** What every child gets: the caller's environment, no stdin, its exit code judged by the caller. */
const CHILD = { extendEnv: true, reject: false, stdin: 'ignore', stripFinalNewline: false } as const;

/**
 * Runs `command args` and resolves whatever its exit code; only a missing binary rejects
 * (ToolMissingError), since callers word their own message for a non-zero exit.
 */
export async function runTool(command: string, args: string[], options: RunOptions = {}): Promise<ToolRun> {
  if (options.bytes) {
    // Chunks kept as they come and joined once: execa's own buffering copies as it grows,
    // ~40 ms for a 3 000-path closure's JSON.
    const { value, stderr, exitCode } = await streamTool(command, args, collect, options);
    return { stdout: '', stdoutBytes: value, stderr, exitCode };
  }
  const child = execa(command, args, {
    ...CHILD,
    cwd: options.cwd,
    env: options.env,
    // A 100 000-path closure as JSON is tens of MB.
    maxBuffer: 1024 ** 3,
  });
  if (options.onStderr) forwardStderr(child, options.onStderr);
  const result = await child;
  throwIfMissing(command, result);
  return { stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? ''), exitCode: result.exitCode ?? 1 };
}

async function collect(stdout: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdout) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function forwardStderr(child: { stderr: Readable | null }, onStderr: (text: string) => void): void {
  child.stderr?.on('data', (chunk: Buffer) => onStderr(chunk.toString()));
}

function throwIfMissing(command: string, result: { failed: boolean; exitCode?: number; message?: string }): void {
  const code = (result as { code?: string }).code;
  if (code === 'ENOENT' || (result.failed && result.exitCode === undefined && /ENOENT/.test(String(result.message)))) {
    throw new ToolMissingError(`${command} is not installed or not on PATH`);
  }
}

/**
 * Runs `command args` and hands its stdout to `consume` as a stream, for output too big to hold
 * (a NAR is as big as the path). Resolves, whatever the exit code, with what `consume` made of
 * the output and stderr; the caller judges a non-zero exit (the output is then cut short).
 */
export async function streamTool<T>(
  command: string,
  args: string[],
  consume: (stdout: Readable) => Promise<T>,
  options: Omit<RunOptions, 'bytes'> = {},
): Promise<{ value: T; stderr: string; exitCode: number }> {
  const child = execa(command, args, {
    ...CHILD,
    cwd: options.cwd,
    env: options.env,
    buffer: { stdout: false, stderr: true },
  });
  if (options.onStderr) forwardStderr(child, options.onStderr);
  let value: T;
  try {
    value = await consume(child.stdout);
  } catch (error) {
    child.kill();
    await child;
    throw error;
  }
  const result = await child;
  throwIfMissing(command, result);
  return { value, stderr: String(result.stderr ?? ''), exitCode: result.exitCode ?? 1 };
}
