// The event file the runner writes (GITHUB_EVENT_PATH), read and checked. Its own module, with
// nothing of @actions/github: the entry checks the file before that package loads, since
// @actions/github parses the file as it loads (`new Context()`) and a truncated one would crash
// the action before its one try/catch could say so.

import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';

/**
 * The event payload the runner wrote. Every event the action runs on has one: a missing, unreadable
 * or truncated file, or one that is not a JSON object, is an error, never "nothing to compare with".
 */
export async function readEventFile(eventPath: string): Promise<Record<string, unknown>> {
  if (!eventPath) {
    throw new UsageError('GITHUB_EVENT_PATH is not set, so there is no event to read; run the action as a step of a GitHub Actions workflow (or use the CLI: nix-size-guard run --base REV)');
  }
  let text: string;
  try {
    text = await readFile(eventPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`GITHUB_EVENT_PATH: cannot read the event file '${eventPath}' (${code === 'ENOENT' ? 'it does not exist' : (code ?? String(error))}); the runner writes it for every workflow run`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`GITHUB_EVENT_PATH: the event file '${eventPath}' is not valid JSON (${error instanceof Error ? error.message : String(error)}); it may be truncated`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new UsageError(`GITHUB_EVENT_PATH: the event file '${eventPath}' holds ${Array.isArray(payload) ? 'an array' : payload === null ? 'null' : `a ${typeof payload}`}, not an event object`);
  }
  return payload as Record<string, unknown>;
}

