// The loopback GitHub itself: it must page, refuse and answer as GitHub does, or the comment
// tests prove nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/github/comment.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

const TOKEN = 'ghs_server0self0test0token00000000000000';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ token: TOKEN });
  server.addPullRequest(7, { labels: ['size-ok', 'nixos'], headSha: 'c'.repeat(40), baseRef: 'release-25.05' });
});

afterEach(async () => {
  await server.close();
});

/** A raw request, to send what Octokit never would. */
async function call(method: string, path: string, options: { body?: unknown; auth?: string | null } = {}) {
  const headers: Record<string, string> = { 'user-agent': 'github-server-test', accept: 'application/vnd.github+json' };
  if (options.auth !== null) headers['authorization'] = options.auth ?? `token ${TOKEN}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, link: response.headers.get('link'), body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('the loopback GitHub server', () => {
  it('pages lists 30 at a time by default and at most 100, with Link headers', async () => {
    server.seedComments(7, Array.from({ length: 250 }, (_, i) => `comment ${i}`));
    const comments = '/repos/acme/fleet/issues/7/comments';

    const first = await call('GET', comments);
    expect(first.body).toHaveLength(30);
    expect(first.link).toBe(
      `<${server.url}${comments}?page=2>; rel="next", <${server.url}${comments}?page=9>; rel="last"`,
    );

    const capped = await call('GET', `${comments}?per_page=500`);
    expect(capped.body).toHaveLength(100);
    expect(capped.link).toContain('per_page=500&page=3>; rel="last"');

    const last = await call('GET', `${comments}?per_page=100&page=3`);
    expect((last.body as Array<{ body: string }>).map((c) => c.body)).toEqual(
      Array.from({ length: 50 }, (_, i) => `comment ${i + 200}`),
    );
    expect(last.link).toBe(
      `<${server.url}${comments}?per_page=100&page=2>; rel="prev", <${server.url}${comments}?per_page=100&page=1>; rel="first"`,
    );
    expect(server.violations).toEqual([]);
  });

  it('refuses what the OpenAPI description does not allow, and records each', async () => {
    const [comment] = server.seedComments(7, ['hello']);
    const cases: Array<[string, string, unknown, number, string]> = [
      ['GET', '/repos/acme/fleet/issue/7/comments', undefined, 404, 'route'],
      ['PUT', `/repos/acme/fleet/issues/comments/${comment?.id}`, { body: 'x' }, 404, 'route'],
      ['GET', '/repos/acme/fleet/issues/seven/comments', undefined, 404, 'parameters'],
      ['GET', '/repos/acme/fleet/issues/7/comments?sort=created', undefined, 422, 'parameters'],
      ['GET', '/repos/acme/fleet/issues/7/comments?per_page=lots', undefined, 422, 'parameters'],
      ['PATCH', `/repos/acme/fleet/issues/comments/${comment?.id}`, { body: 5 }, 422, 'body'],
      ['POST', '/repos/acme/fleet/issues/7/comments', {}, 422, 'body'],
    ];
    for (const [method, path, body, status, kind] of cases) {
      const answer = await call(method, path, { body });
      expect({ method, path, status: answer.status }).toEqual({ method, path, status });
      expect(server.violations.at(-1)).toMatchObject({ request: `${method} ${path}`, kind });
    }
    expect(server.violations).toHaveLength(cases.length);
    expect(server.violations.find((v) => v.request.startsWith('PATCH'))?.problems).toEqual([
      "For 'body', value is not a string.",
    ]);
    expect(server.comments(7).map((c) => c.body)).toEqual(['hello']);
  });

  it('answers a missing or wrong token with 401 and records it; takes token and Bearer alike', async () => {
    expect((await call('GET', '/repos/acme/fleet/pulls/7', { auth: null })).status).toBe(401);
    expect((await call('GET', '/repos/acme/fleet/pulls/7', { auth: 'token ghs_other' })).status).toBe(401);
    expect(server.violations.map((v) => v.kind)).toEqual(['auth', 'auth']);
    server.violations.length = 0;

    expect((await call('GET', '/repos/acme/fleet/pulls/7', { auth: `Bearer ${TOKEN}` })).status).toBe(200);
    expect(server.violations).toEqual([]);
  });

  it('answers a pull request and its labels in the shapes GitHub documents', async () => {
    const octokit = createOctokit(TOKEN, { baseUrl: server.url, timing: { retryAfterBaseValue: 1, writeSpacing: 0 } });

    const { data: pr } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'fleet', pull_number: 7 });
    const { data: labels } = await octokit.rest.issues.listLabelsOnIssue({ owner: 'acme', repo: 'fleet', issue_number: 7 });

    expect(pr.number).toBe(7);
    expect(pr.head.sha).toBe('c'.repeat(40));
    expect(pr.base.ref).toBe('release-25.05');
    expect(pr.labels.map((l) => l.name)).toEqual(['size-ok', 'nixos']);
    expect(labels.map((l) => l.name)).toEqual(['size-ok', 'nixos']);
    // Every answer was checked against the description's response schema.
    expect(server.violations).toEqual([]);
  });

  it("answers GitHub's refusals that are not mistakes without a violation: gone comments, too-long bodies", async () => {
    const octokit = createOctokit(TOKEN, { baseUrl: server.url, timing: { retryAfterBaseValue: 1, writeSpacing: 0 } });

    await expect(octokit.rest.issues.deleteComment({ owner: 'acme', repo: 'fleet', comment_id: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.issues.createComment({ owner: 'acme', repo: 'fleet', issue_number: 7, body: 'x'.repeat(65_537) }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Body is too long') });
    await expect(octokit.rest.issues.createComment({ owner: 'acme', repo: 'fleet', issue_number: 8, body: 'x' })).rejects.toMatchObject({ status: 404 });

    expect(server.comments(7)).toEqual([]);
    expect(server.violations).toEqual([]);
  });
});
