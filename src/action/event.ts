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

interface Payload {
  pull_request?: { number?: number; base?: { sha?: string } };
  before?: string;
  merge_group?: { base_sha?: string };
  repository?: { default_branch?: string };
  number?: number;
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
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return withBase(payload.pull_request?.base?.sha ?? null, 'the pull_request event has no base commit');
    case 'push':
      if (!payload.before || ZERO_SHA.test(payload.before)) {
        return withBase(null, 'this push created the branch, so there is no previous commit to compare with; set base-ref to compare with another branch');
      }
      return withBase(payload.before);
    case 'merge_group':
      return withBase(payload.merge_group?.base_sha ?? null, 'the merge_group event has no base commit');
    case 'workflow_dispatch':
    case 'schedule':
      return withBase(
        payload.repository?.default_branch ? `origin/${payload.repository.default_branch}` : null,
        'set base-ref to the branch or commit to compare with',
      );
    default:
      if (baseRefOverride) return withBase(null);
      throw new UsageError(
        `event '${eventName}' is not supported; run on pull_request, push, merge_group or workflow_dispatch, or set base-ref`,
      );
  }
}

/** The pull request an event is about: its own, or the first of a workflow_run's. */
export function pullRequestOf(payload: { pull_request?: { number?: number }; workflow_run?: { pull_requests?: { number?: number }[] } }): number | null {
  return payload.pull_request?.number ?? payload.workflow_run?.pull_requests?.[0]?.number ?? null;
}
