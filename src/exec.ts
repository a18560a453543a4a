// Running the tools we shell out to (nix, git): capture stdout, stream stderr to a log sink,
// keep stderr's tail for the error message. One place for how a failed child is reported.

import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
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

/** The command is not installed (spawn said ENOENT). */
export class ToolMissingError extends ToolError {
  override name = 'ToolMissingError';
}

/**
 * Whether `error` is a ToolMissingError, told by its name: the CLI's entry (dist/cli.js) starts
 * `nix --version` with its own copy of this module before the CLI itself (dist/cli-main.js) is
 * loaded, so the class of that run's error is not the CLI's.
 */
export const isToolMissing = (error: unknown): boolean => error instanceof Error && error.name === 'ToolMissingError';

interface Started {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** The exit code (1 for a signal) and all of stderr; ToolMissingError when there is no such command. */
  finished: Promise<{ exitCode: number; stderr: string }>;
}

/**
 * Starts `command args` with the caller's environment (options.env on top of it; undefined
 * removes a variable) and no stdin; stderr is kept, and passed to onStderr as it comes.
 * node:child_process itself: execa was 70 % of the CLI's bundle and ~30 ms of every start.
 */
function start(command: string, args: string[], options: Omit<RunOptions, 'bytes'>): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ? { ...process.env, ...options.env } : process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: Buffer[] = [];
  const { onStderr } = options;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(chunk);
    onStderr?.(chunk.toString());
  });
  const finished = new Promise<{ exitCode: number; stderr: string }>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new ToolMissingError(`${command} is not installed or not on PATH`) : error);
    });
    child.once('close', (code) => resolve({ exitCode: code ?? 1, stderr: Buffer.concat(stderr).toString('utf8') }));
  });
  return { child, finished };
}

async function collect(stdout: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdout) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Runs `command args` and resolves whatever its exit code; only a missing binary rejects
 * (ToolMissingError), since callers word their own message for a non-zero exit.
 */
export async function runTool(command: string, args: string[], options: RunOptions = {}): Promise<ToolRun> {
  const { value, stderr, exitCode } = await streamTool(command, args, collect, options);
  if (options.bytes) return { stdout: '', stdoutBytes: value, stderr, exitCode };
  return { stdout: value.toString('utf8'), stderr, exitCode };
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
  const { child, finished } = start(command, args, options);
  // A missing command fails `finished` at once; consume then sees an empty stream.
  finished.catch(() => undefined);
  let value: T;
  try {
    value = await consume(child.stdout);
  } catch (error) {
    child.kill();
    await finished.catch(() => undefined);
    throw error;
  }
  const { exitCode, stderr } = await finished;
  return { value, stderr, exitCode };
}
