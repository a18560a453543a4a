// The sticky pull-request comment: one comment per comment-key, found by its hidden marker and
// edited in place on every run. GitHub only: the Octokit it uses comes in as an argument, so tests
// hand in one pointed at a loopback server.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { GITHUB_COMMENT_LIMIT } from '../render/markdown.js';
import { VERSION } from '../version.js';
import { carriesMarker } from './marker.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubLog {
  debug(message: string): void;
  warn(message: string): void;
}

export interface CreateOctokitOptions {
  /** The REST API root, e.g. GITHUB_API_URL on GitHub Enterprise Server; default api.github.com. */
  baseUrl?: string;
  log?: GitHubLog;
  /** GitHub's pace by default; tests shrink it. */
  timing?: {
    /**
     * Milliseconds per second of back-off (default 1000). Server errors wait (n+1)² seconds before
     * retry n, rate limits the seconds GitHub names in `retry-after` or `x-ratelimit-reset`.
     */
    retryAfterBaseValue?: number;
    /** Milliseconds between writes; default the throttling plugin's 1 s (3 s for writes that notify). */
    writeSpacing?: number;
  };
}

/** The login a workflow's GITHUB_TOKEN writes as. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

// Rate limits: retry twice, and only when the wait is short; a primary limit that resets in
// 40 minutes is not worth holding a runner for, the report is in the job summary anyway.
const RATE_LIMIT_RETRIES = 2;
const LONGEST_RATE_LIMIT_WAIT_S = 60;
// 5xx: plugin-retry's count, waiting 1, 4 and 9 s.
const SERVER_ERROR_RETRIES = 3;
// plugin-retry's default list plus 429, which is a rate limit: the throttling plugin owns those,
// honours retry-after and counts them against RATE_LIMIT_RETRIES.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

const silent: GitHubLog = { debug: () => {}, warn: () => {} };

/**
 * An Octokit for `token` that retries server errors and waits out short rate limits, warning
 * through `log`. The token goes to Octokit only: nothing here logs it, and Octokit's errors
 * redact it.
 */
export function createOctokit(token: string, options: CreateOctokitOptions = {}): GitHubClient {
  const log = options.log ?? silent;
  const retryAfterBaseValue = options.timing?.retryAfterBaseValue ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const retrying = retryCount < RATE_LIMIT_RETRIES && retryAfter <= LONGEST_RATE_LIMIT_WAIT_S;
      const next = retrying ? `retrying in ${retryAfter} s (${retryCount + 1} of ${RATE_LIMIT_RETRIES})` : 'giving up';
      log.warn(`GitHub's ${kind} rate limit stopped ${request.method} ${request.url}; ${next}`);
      return retrying;
    };
  const spacing = options.timing?.writeSpacing;
  const writeGroups =
    spacing === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
        };
  return getOctokit(
    token,
    {
      // Only when given: an explicit `undefined` would replace @actions/github's default.
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      // GitHub asks API clients to name themselves; Octokit appends its own name.
      userAgent: `nix-size-guard/${VERSION}`,
      log: {
        debug: (message: string) => log.debug(message),
        info: (message: string) => log.debug(message),
        warn: (message: string) => log.warn(message),
        error: (message: string) => log.warn(message),
      },
      retry: { retries: SERVER_ERROR_RETRIES, retryAfterBaseValue, doNotRetry: DO_NOT_RETRY },
      throttle: {
        retryAfterBaseValue,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...writeGroups,
      },
    },
    retry,
    throttling,
  );
}

/** The token may read the pull request but not write to it: a fork's pull request, or missing permissions. */
export class CommentPermissionError extends Error {
  override name = 'CommentPermissionError';
  constructor(
    readonly where: string,
    readonly githubMessage: string,
  ) {
    super(
      `the token cannot write comments on ${where} (GitHub: 403 ${githubMessage}); ` +
        "a fork's pull request gets a read-only token, so the report is in the job summary — see README 'Fork pull requests'. " +
        'In a pull request from this repository, give the job `permissions: pull-requests: write`',
    );
  }
}

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** From `commentMarker(key)`; put on the first line of `body` when the body lacks it. */
  marker: string;
  body: string;
  /** When false, an existing comment is kept current but none is added. Default true. */
  createIfMissing?: boolean;
  /**
   * The login the token writes as (default github-actions[bot]): its comment wins over others that
   * carry the marker. Set it for a personal access token, whose user is no bot.
   */
  author?: string;
}

export type StickyCommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  | { action: 'skipped'; id: null; url: null };

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type: string } | null;
}

/**
 * Creates the comment marked `marker` on the pull request, or edits the one already there (on any
 * page of its comments), skipping the write when the text is the same. Never leaves two: if
 * concurrent runs both created one, the oldest stays and the newer go.
 *
 * Throws CommentPermissionError when the token may not write (a fork's pull request).
 */
export async function upsertStickyComment(octokit: GitHubClient, target: StickyCommentTarget): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, marker } = target;
  const body = carriesMarker(target.body, marker) ? target.body : `${marker}\n${target.body}`;
  const where = `${owner}/${repo}#${issueNumber}`;
  if (body.length > GITHUB_COMMENT_LIMIT) {
    throw new Error(`the comment for ${where} has ${body.length} characters; GitHub takes at most ${GITHUB_COMMENT_LIMIT}`);
  }
  const author = target.author ?? GITHUB_ACTIONS_BOT;
  const update = (comment: IssueComment) => octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body });

  try {
    const found = await markedComments(octokit, target);
    const existing = preferred(found, author);
    if (existing) {
      const action = sameText(existing.body, body) ? 'unchanged' : 'updated';
      if (action === 'updated') await update(existing);
      await deleteDuplicates(octokit, target, found, existing);
      return { action, id: existing.id, url: existing.html_url };
    }
    if (target.createIfMissing === false) return { action: 'skipped', id: null, url: null };

    const { data: created } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    // Two runs can both find nothing and both create (a rerun racing a new push), and a create that
    // GitHub applied but answered 502 for is repeated by the retry. Read again: of this author's
    // comments the oldest stays, and it carries this run's text.
    const after = (await markedComments(octokit, target)).filter((c) => c.user?.login === created.user?.login);
    if (!after.some((c) => c.id === created.id)) after.push(created);
    after.sort((a, b) => a.id - b.id);
    const keep = after[0] ?? created;
    if (keep.id !== created.id && !sameText(keep.body, body)) await update(keep);
    await deleteDuplicates(octokit, target, after, keep);
    // There was no comment before this run and now there is one: created, whichever run's it is.
    return { action: 'created', id: keep.id, url: keep.html_url };
  } catch (error) {
    throw explain(error, where);
  }
}

/** Every comment on the pull request that carries the marker, oldest first. */
async function markedComments(octokit: GitHubClient, target: StickyCommentTarget): Promise<IssueComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments.filter((c) => carriesMarker(c.body, target.marker)).sort((a, b) => a.id - b.id);
}

/**
 * The comment to edit: the token's own first, then any bot's (the workflow switched to an app's
 * token); the oldest of equals. A person's comment that carries the marker (pasted, quoted) is
 * never overwritten.
 */
function preferred(comments: IssueComment[], author: string): IssueComment | undefined {
  const rank = (c: IssueComment): number => (c.user?.login === author ? 0 : c.user?.type === 'Bot' ? 1 : 2);
  return comments.filter((c) => rank(c) < 2).sort((a, b) => rank(a) - rank(b) || a.id - b.id)[0];
}

/** Removes the other marked comments by the kept one's author; one already gone is fine (a racing run removed it). */
async function deleteDuplicates(
  octokit: GitHubClient,
  target: StickyCommentTarget,
  comments: IssueComment[],
  keep: IssueComment,
): Promise<void> {
  for (const c of comments) {
    if (c.id === keep.id || c.user?.login !== keep.user?.login) continue;
    try {
      await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: c.id });
    } catch (error) {
      if (!(isRequestError(error) && error.status === 404)) throw error;
    }
  }
}

function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.replaceAll('\r\n', '\n') === b.replaceAll('\r\n', '\n');
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined> };
  request?: { method?: string; url?: string };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/** One line the front door can print: a permission problem as its own type, any other answer with its status. */
function explain(error: unknown, where: string): unknown {
  if (!isRequestError(error)) return error;
  const githubMessage = oneLine(error.message.split(' - https://')[0] ?? '');
  const rateLimited = /rate limit/i.test(error.message) || String(error.response?.headers?.['x-ratelimit-remaining']) === '0';
  if (error.status === 403 && !rateLimited) return new CommentPermissionError(where, githubMessage);
  const request = error.request ? ` to ${error.request.method} ${error.request.url}` : '';
  return new Error(`GitHub answered ${error.status}${request} (comment on ${where}): ${githubMessage}`, { cause: error });
}

/** GitHub's message as one short line; a 502 comes as an HTML page. */
function oneLine(message: string): string {
  const text = message.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
