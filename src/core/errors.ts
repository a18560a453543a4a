// Errors the user can act on. Front doors print `message` as one line (no stack):
// the CLI exits 2, the action calls setFailed.

/** Bad input: an option, an argument, a file. The message names it and says how to fix it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A tool we run (nix, git) failed; `detail` is the tail of what it printed. */
export class ToolError extends Error {
  override name = 'ToolError';
  constructor(
    message: string,
    readonly detail: string = '',
  ) {
    super(detail ? `${message}\n${detail}` : message);
  }
}

/** True for errors whose message is meant for the user as it is. */
export function isUserFacing(error: unknown): error is UsageError | ToolError {
  return error instanceof UsageError || error instanceof ToolError;
}

/**
 * A bug of ours as one line: `nix-size-guard: internal error: RangeError: Invalid string length
 * (HINT; please report it)`. The message's first line only: the stack is for --debug.
 */
export function internalErrorLine(error: unknown, hint: string): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const first = (text.split(/\r?\n/, 1)[0] ?? '').slice(0, 500);
  return `nix-size-guard: internal error: ${first} (${hint ? `${hint}; ` : ''}please report it)`;
}
