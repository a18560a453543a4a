// A bug of ours (an exception nobody expected) at each front door: one line, exit 2; the stack
// only with --debug (CLI) or step debug logging (action).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { main } from '../../src/cli/main.js';
import { actionDefaults } from '../helpers/action-runner.js';

// What a deep closure once gave (a string grown past V8's limit), thrown from deep inside a call.
function deepBug(): never {
  const error = new RangeError('Invalid string length');
  throw error;
}

describe('CLI', () => {
  async function cli(argv: string[]) {
    const stderr: string[] = [];
    const code = await main(argv, {
      cwd: process.cwd(),
      stdout: () => deepBug(),
      stderr: (text) => stderr.push(text),
      stdoutIsTty: false,
      env: {},
    });
    return { code, stderr: stderr.join('') };
  }

  it('an unexpected exception is one line on stderr and exit 2', async () => {
    const { code, stderr } = await cli(['--version']);
    expect(code).toBe(2);
    expect(stderr).toBe('nix-size-guard: internal error: RangeError: Invalid string length (rerun with --debug for the stack trace; please report it)\n');
  });

  it('--debug adds the stack trace', async () => {
    const { code, stderr } = await cli(['--version', '--debug']);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('nix-size-guard: internal error: RangeError: Invalid string length (please report it)');
    expect(lines[1]).toBe('RangeError: Invalid string length');
    expect(lines.slice(2).some((l) => /^\s+at deepBug /.test(l))).toBe(true);
  });
});

describe('action', () => {
  let written: string[];
  const saved = { ...process.env };

  beforeEach(async () => {
    written = [];
    for (const [name, value] of Object.entries(await actionDefaults())) process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    process.env.INPUT_TARGETS = 'toplevel=.#toplevel';
    delete process.env.RUNNER_DEBUG;
    delete process.env.ACTIONS_STEP_DEBUG;
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  // The runner's environment, whose event name cannot be read: an exception from inside run().
  const brokenEnv = new Proxy({} as NodeJS.ProcessEnv, {
    get: (_target, key) => (key === 'GITHUB_EVENT_NAME' ? deepBug() : undefined),
  });

  it('an unexpected exception is one ::error:: line and exit 2', async () => {
    await run(brokenEnv);
    expect(process.exitCode).toBe(2);
    expect(written.join('')).toBe(
      '::error::nix-size-guard: internal error: RangeError: Invalid string length (re-run with debug logging for the stack trace; please report it)\n',
    );
  });

  it.each([
    ['RUNNER_DEBUG', '1'],
    ['ACTIONS_STEP_DEBUG', 'true'],
  ])('with step debug logging (%s) the stack follows', async (name, value) => {
    process.env[name] = value;
    await run(brokenEnv);
    expect(process.exitCode).toBe(2);
    const [error, ...rest] = written.join('').trimEnd().split('\n');
    expect(error).toBe('::error::nix-size-guard: internal error: RangeError: Invalid string length (please report it)');
    expect(rest[0]).toBe('RangeError: Invalid string length');
    expect(rest.some((l) => /^\s+at deepBug /.test(l))).toBe(true);
  });
});
