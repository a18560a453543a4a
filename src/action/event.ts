// What to compare, from the event that started the workflow. Pure: the event name and payload in.

import { UsageError } from '../core/errors.js';

export interface Comparison {
  /** The commit (or ref) to compare with; null when there is none (a new branch). */
  base: string | null;
  /** Why there is no base, for the log. */
  noBaseReason?: string;
  /** The pull request to comment on, if any. */
  pullRequest: number | null;
  /** The event runs with a write token and secrets while building the PR's code. */
  untrusted: boolean;
}

const ZERO_SHA = /^0+$/;

type Payload = Record<string, unknown>;

/**
 * The value at `dotted` in the payload: a string, or null when it is absent. Any other type means
 * the event file is not what GitHub writes: an error naming the field, never a guess.
 */
export function stringAt(payload: Payload, dotted: string): string | null {
  let value: unknown = payload;
  for (const key of dotted.split('.')) {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'object' || Array.isArray(value)) throw badField(dotted, value);
    value = (value as Record<string, unknown>)[key];
  }
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') throw badField(dotted, value);
  return value;
}

function badField(dotted: string, value: unknown): UsageError {
  const shown = JSON.stringify(value);
  return new UsageError(
    `the event's ${dotted} is ${Array.isArray(value) ? 'an array' : typeof value === 'string' ? 'an empty string' : `${typeof value} ${shown === undefined ? '' : shown.slice(0, 40)}`.trim()}, not a commit or a ref; the event file (GITHUB_EVENT_PATH) is not one GitHub wrote`,
  );
}

/** The base an event must name: its absence means the event file is not one GitHub wrote. */
function required(payload: Payload, dotted: string, eventName: string, hint: string): string {
  const value = stringAt(payload, dotted);
  if (value === null) throw new UsageError(`the ${eventName} event has no ${dotted}; ${hint}`);
  return value;
}

export function comparisonFor(eventName: string, payload: Payload, baseRefOverride: string): Comparison {
  const pullRequest = pullRequestOf(payload);
  const untrusted = eventName === 'pull_request_target';
  const withBase = (base: string | null, noBaseReason?: string): Comparison => ({
    base: baseRefOverride || base,
    ...(baseRefOverride || base ? {} : { noBaseReason }),
    pullRequest,
    untrusted,
  });
  const hint = 'the event file (GITHUB_EVENT_PATH) is not one GitHub wrote; set base-ref to say what to compare with';
  // base-ref names the base: the event's own is then not needed (but still checked when present).
  const base = (dotted: string) => (baseRefOverride ? stringAt(payload, dotted) : required(payload, dotted, eventName, hint));
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return withBase(base('pull_request.base.sha'));
    case 'push': {
      const before = baseRefOverride ? stringAt(payload, 'before') : required(payload, 'before', eventName, hint);
      if (!before || ZERO_SHA.test(before)) {
        return withBase(null, 'this push created the branch, so there is no previous commit to compare with; set base-ref to compare with another branch');
      }
      return withBase(before);
    }
    case 'merge_group':
      return withBase(base('merge_group.base_sha'));
    case 'workflow_dispatch':
    case 'schedule': {
      const branch = base('repository.default_branch');
      return withBase(branch ? `origin/${branch}` : null);
    }
    default:
      if (baseRefOverride) return withBase(null);
      throw new UsageError(
        `event '${eventName}' is not supported; run on pull_request, push, merge_group or workflow_dispatch, or set base-ref`,
      );
  }
}

/** The pull request an event is about: its own, or the first of a workflow_run's. */
export function pullRequestOf(payload: Payload): number | null {
  const own = (payload.pull_request as { number?: unknown } | undefined)?.number;
  const run = payload.workflow_run as { pull_requests?: unknown } | undefined;
  const first = Array.isArray(run?.pull_requests) ? (run.pull_requests[0] as { number?: unknown } | undefined)?.number : undefined;
  const number = own ?? first ?? null;
  if (number === null) return null;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`the event's ${own !== undefined ? 'pull_request.number' : 'workflow_run.pull_requests[0].number'} is ${JSON.stringify(number)?.slice(0, 40)}, not a pull request number; the event file (GITHUB_EVENT_PATH) is not one GitHub wrote`);
  }
  return number;
}
