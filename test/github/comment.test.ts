// The sticky comment against a loopback GitHub that checks every request against GitHub's OpenAPI
// description: each test ends with no violations (see afterEach) and no token in what was logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import {
  CommentPermissionError,
  createOctokit,
  upsertStickyComment,
  type GitHubClient,
  type StickyCommentTarget,
} from '../../src/github/comment.js';
import { commentMarker } from '../../src/github/marker.js';
import { startGitHubServer, type Fault, type GitHubServer } from '../helpers/github-server.js';

const TOKEN = 'ghs_sticky0comment0test0token0000000000';
const PR = 7;
const CREATE = { operationId: 'issues/create-comment' };

let server: GitHubServer;
let logs: string[];

beforeEach(async () => {
  server = await startGitHubServer({ token: TOKEN, owner: 'acme', repo: 'fleet' });
  server.addPullRequest(PR);
  logs = [];
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  expect(logs.join('\n')).not.toContain(TOKEN);
  await server.close();
});

/** One run's Octokit: GitHub's retry and rate-limit logic, with milliseconds for its seconds. */
function octokit(): GitHubClient {
  return createOctokit(TOKEN, {
    baseUrl: server.url,
    log: { debug: (m) => logs.push(m), warn: (m) => logs.push(`warning: ${m}`) },
    timing: { retryAfterBaseValue: 1, writeSpacing: 0 },
  });
}

function target(body: string, key = 'default'): StickyCommentTarget {
  return { owner: 'acme', repo: 'fleet', issueNumber: PR, marker: commentMarker(key), body };
}

describe('upsertStickyComment', () => {
  it('first run creates the comment, marker on the first line', async () => {
    const result = await upsertStickyComment(octokit(), target('### ✅ No closure grew'));

    const [comment, ...rest] = server.comments(PR);
    expect(rest).toEqual([]);
    expect(comment?.body).toBe('<!-- nix-size-guard:default -->\n### ✅ No closure grew');
    expect(comment?.login).toBe('github-actions[bot]');
    expect(result).toEqual({
      action: 'created',
      id: comment?.id,
      url: `https://github.com/acme/fleet/pull/${PR}#issuecomment-${comment?.id}`,
    });
  });

  it('rerun edits the existing comment instead of adding one', async () => {
    const first = await upsertStickyComment(octokit(), target('+12 MiB'));
    const second = await upsertStickyComment(octokit(), target('+3 MiB'));

    expect(second).toEqual({ ...first, action: 'updated' });
    expect(server.comments(PR).map((c) => c.body)).toEqual(['<!-- nix-size-guard:default -->\n+3 MiB']);
    expect(server.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(server.requestsFor('issues/update-comment')).toHaveLength(1);
  });

  it('rerun with the same text writes nothing', async () => {
    await upsertStickyComment(octokit(), target('+12 MiB'));
    const writesBefore = server.requests.filter((r) => r.method !== 'GET').length;

    const result = await upsertStickyComment(octokit(), target('+12 MiB'));

    expect(result.action).toBe('unchanged');
    expect(server.requests.filter((r) => r.method !== 'GET')).toHaveLength(writesBefore);
  });

  it('finds its comment on the second page of more than 100 and edits it', async () => {
    const marker = commentMarker('default');
    const seeded = server.seedComments(
      PR,
      Array.from({ length: 130 }, (_, i) => (i === 111 ? { body: `${marker}\nold report`, login: 'github-actions[bot]' } : `comment ${i}`)),
    );

    const result = await upsertStickyComment(octokit(), target('new report'));

    expect(result).toMatchObject({ action: 'updated', id: seeded[111]?.id });
    expect(server.comments(PR)).toHaveLength(130);
    expect(server.comments(PR)[111]?.body).toBe(`${marker}\nnew report`);
    const pages = server.requestsFor('issues/list-comments').map((r) => r.query);
    expect(pages).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }]);
  });

  it('a different comment-key keeps its own comment', async () => {
    await upsertStickyComment(octokit(), target('hosts report', 'hosts'));
    await upsertStickyComment(octokit(), target('images report', 'images'));
    await upsertStickyComment(octokit(), target('hosts report, again', 'hosts'));

    expect(server.comments(PR).map((c) => c.body)).toEqual([
      '<!-- nix-size-guard:hosts -->\nhosts report, again',
      '<!-- nix-size-guard:images -->\nimages report',
    ]);
  });

  it("edits its own comment, not a person's that carries the marker, and removes its own duplicates", async () => {
    const marker = commentMarker('default');
    const [person, own, duplicate] = server.seedComments(PR, [
      { body: `I saw this:\n${marker}\n+40 MiB?`, login: 'alice' },
      { body: `${marker}\nold`, login: 'github-actions[bot]' },
      { body: `${marker}\nold, left by a crashed run`, login: 'github-actions[bot]' },
    ]);

    const result = await upsertStickyComment(octokit(), target('new'));

    expect(result).toMatchObject({ action: 'updated', id: own?.id });
    expect(server.comments(PR).map((c) => [c.id, c.body])).toEqual([
      [person?.id, person?.body],
      [own?.id, `${marker}\nnew`],
    ]);
    expect(server.requestsFor('issues/delete-comment').map((r) => r.path)).toEqual([
      `/repos/acme/fleet/issues/comments/${duplicate?.id}`,
    ]);
  });

  it("adds its own comment when only a person's comment carries the marker", async () => {
    const marker = commentMarker('default');
    const [person] = server.seedComments(PR, [{ body: `> ${marker}\n> old report\n\nWhy did it grow?`, login: 'alice' }]);

    const result = await upsertStickyComment(octokit(), target('new'));

    expect(result.action).toBe('created');
    expect(server.comments(PR).map((c) => [c.login, c.body])).toEqual([
      ['alice', person?.body],
      ['github-actions[bot]', `${marker}\nnew`],
    ]);
  });

  it('with createIfMissing false, adds nothing but keeps an existing comment current', async () => {
    const skipped = await upsertStickyComment(octokit(), { ...target('no change'), createIfMissing: false });
    expect(skipped).toEqual({ action: 'skipped', id: null, url: null });
    expect(server.comments(PR)).toEqual([]);

    await upsertStickyComment(octokit(), target('grew'));
    const kept = await upsertStickyComment(octokit(), { ...target('no change'), createIfMissing: false });
    expect(kept.action).toBe('updated');
    expect(server.comments(PR).map((c) => c.body)).toEqual(['<!-- nix-size-guard:default -->\nno change']);
  });

  it("a fork's read-only token gives CommentPermissionError and no comment", async () => {
    server.readOnly = true;

    const error = await upsertStickyComment(octokit(), target('report')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CommentPermissionError);
    expect((error as Error).message).toMatch(/cannot write comments on acme\/fleet#7 .*Resource not accessible by integration/);
    expect((error as Error).message).toContain("see README 'Fork pull requests'");
    expect((error as Error).message).not.toContain(TOKEN);
    expect(server.comments(PR)).toEqual([]);
    // A 403 is an answer, not a hiccup: asked once.
    expect(server.requestsFor('issues/create-comment')).toHaveLength(1);
  });

  it('a read-only token still edits nothing when the comment exists: the error is the same', async () => {
    server.seedComments(PR, [{ body: `${commentMarker('default')}\nold`, login: 'github-actions[bot]' }]);
    server.readOnly = true;

    await expect(upsertStickyComment(octokit(), target('new'))).rejects.toBeInstanceOf(CommentPermissionError);
    expect(server.comments(PR).map((c) => c.body)).toEqual([`${commentMarker('default')}\nold`]);
  });

  it('500 and 502 before success still end with one comment', async () => {
    server.failNext(CREATE, 500, 502);

    const result = await upsertStickyComment(octokit(), target('report'));

    expect(result.action).toBe('created');
    expect(server.comments(PR)).toHaveLength(1);
    expect(server.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([500, 502, 201]);
  });

  it('a create that GitHub applied but answered 502 for leaves no duplicate after the retry', async () => {
    server.failNext(CREATE, 'applied-then-502');

    const result = await upsertStickyComment(octokit(), target('report'));

    const comments = server.comments(PR);
    expect(comments).toHaveLength(1);
    expect(result).toMatchObject({ id: comments[0]?.id, action: 'created' });
    expect(server.requestsFor('issues/delete-comment')).toHaveLength(1);
  });

  it.each<[Fault, string]>([
    [503, 'Service Unavailable'],
    [502, '502 Bad Gateway Unicorn!'],
  ])('%s that does not stop fails after three retries, in one line', async (status, said) => {
    server.failNext(CREATE, status, status, status, status);

    const error = await upsertStickyComment(octokit(), target('report')).catch((e: unknown) => e);

    expect(error).not.toBeInstanceOf(CommentPermissionError);
    expect((error as Error).message).toBe(
      `GitHub answered ${status} to POST ${server.url}/repos/acme/fleet/issues/7/comments (comment on acme/fleet#7): ${said}`,
    );
    expect(server.requestsFor('issues/create-comment')).toHaveLength(4);
    expect(server.comments(PR)).toEqual([]);
  });

  it.each<[string, Fault]>([
    ['a secondary rate limit (403, retry-after)', 'secondary-rate-limit'],
    ['a secondary rate limit (429, retry-after)', 'secondary-rate-limit-429'],
    ['the primary rate limit (x-ratelimit-remaining: 0)', 'rate-limit'],
  ])('%s is waited out with a warning', async (_, fault) => {
    server.failNext(CREATE, fault);

    const result = await upsertStickyComment(octokit(), target('report'));

    expect(result.action).toBe('created');
    expect(server.comments(PR)).toHaveLength(1);
    expect(server.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([fault === 'secondary-rate-limit-429' ? 429 : 403, 201]);
    expect(logs).toContainEqual(expect.stringMatching(/^warning: GitHub's (primary|secondary) rate limit stopped POST .* retrying in \d+ s \(1 of 2\)$/));
  });

  it('a rate limit that does not lift gives up after two retries, not as a permission error', async () => {
    server.failNext(CREATE, 'secondary-rate-limit', 'secondary-rate-limit', 'secondary-rate-limit');

    const error = await upsertStickyComment(octokit(), target('report')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(CommentPermissionError);
    expect((error as Error).message).toMatch(/^GitHub answered 403 .*secondary rate limit/);
    expect(server.requestsFor('issues/create-comment')).toHaveLength(3);
    expect(logs.at(-1)).toMatch(/giving up$/);
  });

  it('racing runs that both found no comment end with one', async () => {
    // Both runs list the comments before either creates one.
    server.barrier({ operationId: 'issues/list-comments' }, 2);

    const [a, b] = await Promise.all([
      upsertStickyComment(octokit(), target('run A')),
      upsertStickyComment(octokit(), target('run B')),
    ]);

    const comments = server.comments(PR);
    expect(comments).toHaveLength(1);
    expect(server.requestsFor('issues/create-comment')).toHaveLength(2);
    expect([a.action, b.action]).toEqual(['created', 'created']);
    expect(a.id).toBe(comments[0]?.id);
    expect(b.id).toBe(comments[0]?.id);
    expect(comments[0]?.body).toMatch(/^<!-- nix-size-guard:default -->\nrun [AB]$/);
  });

  it('sends the token in the Authorization header and nowhere else', async () => {
    await upsertStickyComment(octokit(), target('report'));

    // The server refuses (and records a violation for) a missing or different token.
    expect(server.requests.length).toBeGreaterThan(0);
    expect(JSON.stringify(server.requests)).not.toContain(TOKEN);
    expect(server.requests.every((r) => r.headers['user-agent']?.startsWith('nix-size-guard/'))).toBe(true);
  });

  it('the server refuses a request GitHub would refuse: a comment without a body', async () => {
    const error = await octokit()
      .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'acme',
        repo: 'fleet',
        issue_number: PR,
        text: 'the field is called body',
      } as never)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 422 });
    expect(server.violations).toEqual([
      {
        request: `POST /repos/acme/fleet/issues/${PR}/comments`,
        kind: 'body',
        problems: [`"body" wasn't supplied.`, `"text" is not a permitted key.`],
      },
    ]);
    expect(server.comments(PR)).toEqual([]);
    server.violations.length = 0;
  });
});

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the key', () => {
    expect(commentMarker('hosts')).toBe('<!-- nix-size-guard:hosts -->');
  });

  it('refuses a key that could end the HTML comment or break the line, naming the input', () => {
    expect(() => commentMarker('a -->')).toThrow(/^comment-key: 'a -->' may hold only/);
    expect(() => commentMarker('two\nlines')).toThrow(UsageError);
    expect(() => commentMarker('')).toThrow(UsageError);
  });
});
