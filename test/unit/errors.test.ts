// The errors a user reads: what each front door prints is the message as it is, one line for a
// bug of ours. Expected lines are written out by hand.
import { describe, expect, it } from 'vitest';
import { ToolError, UsageError, internalErrorLine, isUserFacing } from '../../src/core/errors.js';

describe('UsageError and ToolError', () => {
  it('name themselves, so a --debug stack says which', () => {
    expect(new UsageError('x').name).toBe('UsageError');
    expect(new ToolError('x').name).toBe('ToolError');
  });
  it("a tool's error carries the tail of what it printed on the lines after the message", () => {
    const error = new ToolError("nix build failed for '.#image'", 'error: builder failed\n       exit code 1');
    expect(error.message).toBe("nix build failed for '.#image'\nerror: builder failed\n       exit code 1");
    expect(error.detail).toBe('error: builder failed\n       exit code 1');
    // Without a tail: the message alone, no trailing newline.
    expect(new ToolError('git failed').message).toBe('git failed');
    expect(new ToolError('git failed').detail).toBe('');
  });
  it('only these two are meant for the user as they are', () => {
    expect(isUserFacing(new UsageError('x'))).toBe(true);
    expect(isUserFacing(new ToolError('x'))).toBe(true);
    expect(isUserFacing(new RangeError('x'))).toBe(false);
    expect(isUserFacing('a string')).toBe(false);
  });
});

describe('internalErrorLine', () => {
  it('is one line: the name, the first line of the message, the hint', () => {
    expect(internalErrorLine(new RangeError('Invalid string length\n    at deep()'), 'rerun with --debug'))
      .toBe('nix-size-guard: internal error: RangeError: Invalid string length (rerun with --debug; please report it)');
    // A Windows line end ends the first line too.
    expect(internalErrorLine(new TypeError('a\r\nb'), '')).toBe('nix-size-guard: internal error: TypeError: a (please report it)');
  });
  it('prints what was thrown when it is not an Error', () => {
    expect(internalErrorLine('boom', 'h')).toBe('nix-size-guard: internal error: boom (h; please report it)');
    expect(internalErrorLine(undefined, '')).toBe('nix-size-guard: internal error: undefined (please report it)');
  });
  it('cuts a first line of a megabyte to 500 characters', () => {
    const line = internalErrorLine(new Error('x'.repeat(1_000_000)), '');
    // "Error: " (7) + 493 x's = 500.
    expect(line).toBe(`nix-size-guard: internal error: Error: ${'x'.repeat(493)} (please report it)`);
  });
});
