// A GitHub REST API on loopback for the publish shell's tests: a real HTTP server that keeps issue
// comments, pull requests and labels in memory, refuses what GitHub would refuse, and checks every
// request against GitHub's OpenAPI description. A request that breaks the description is answered
// with GitHub's 4xx AND recorded in `violations`, which every test asserts is empty. Faults (a fork's
// read-only token, 5xx, rate limits) are injected per request; `requests` records what was sent.
//
//   const server = await startGitHubServer({ token: 'ghs_x' });
//   server.addPullRequest(7, { labels: ['size-ok'] });
//   server.failNext({ operationId: 'issues/create-comment' }, 500, 502);
//   const octokit = createOctokit('ghs_x', { baseUrl: server.url });
//   …
//   expect(server.violations).toEqual([]);
//   await server.close();
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.js';
import { githubApiDescription, type Operation } from './github-openapi.js';

export interface GitHubServerOptions {
  /** The token requests must carry, as `token …` or `Bearer …`. */
  token?: string;
  /** Who the token writes as: `github-actions[bot]` for a workflow's GITHUB_TOKEN. */
  login?: string;
  owner?: string;
  repo?: string;
}

export type ViolationKind = 'route' | 'auth' | 'headers' | 'parameters' | 'body' | 'response' | 'not-implemented';

/** A request GitHub's description does not allow (or a response of this fake that drifted from it). */
export interface Violation {
  /** `POST /repos/acme/fleet/issues/7/comments` */
  request: string;
  kind: ViolationKind;
  problems: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | undefined;
  /** Lower-cased; `authorization` is left out. */
  headers: Record<string, string>;
  body: unknown;
  status: number;
  fault: Fault | undefined;
}

/**
 * What to answer instead of the real thing:
 * - 500/502/503/504: a server error (502 with GitHub's HTML page, the others JSON);
 * - 'read-only-token': 403 "Resource not accessible by integration", as a fork's pull request gets;
 * - 'secondary-rate-limit' (403) / 'secondary-rate-limit-429': with `retry-after: 1`;
 * - 'rate-limit': the primary limit, 403 with `x-ratelimit-remaining: 0`, reset in one second;
 * - 'applied-then-502': do the write, then answer 502, as when GitHub's front end times out.
 */
export type Fault =
  | 500
  | 502
  | 503
  | 504
  | 'read-only-token'
  | 'secondary-rate-limit'
  | 'secondary-rate-limit-429'
  | 'rate-limit'
  | 'applied-then-502';

/** Which requests a fault or barrier applies to; every given field must match. */
export interface RequestMatch {
  method?: string;
  /** The description's operationId, e.g. `issues/create-comment`. */
  operationId?: string;
}

export interface SeedComment {
  body: string;
  login?: string;
  type?: 'User' | 'Bot';
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  type: 'User' | 'Bot';
  createdAt: string;
  updatedAt: string;
}

export interface PullRequestSeed {
  title?: string;
  labels?: string[];
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  draft?: boolean;
}

interface Issue extends Required<PullRequestSeed> {
  number: number;
  pullRequest: boolean;
  /** Who added which label, oldest first (the issue's `labeled` events). */
  labelEvents: { label: string; actor: string }[];
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Context {
  operation: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  url: URL;
}

const BOT_IDS: Record<string, number> = { 'github-actions[bot]': 41898282 };
const DOCS = 'https://docs.github.com/rest';
// GitHub refuses longer comment bodies with 422 "Body is too long (maximum is 65536 characters)".
const MAX_COMMENT_BODY = 65_536;

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const server = new GitHubServer(options);
  await server.listen();
  return server;
}

export class GitHubServer {
  readonly token: string;
  readonly login: string;
  readonly owner: string;
  readonly repo: string;
  readonly violations: Violation[] = [];
  readonly requests: RecordedRequest[] = [];
  /** When set, every write is answered like a fork pull request's read-only token. */
  readOnly = false;

  private readonly api = githubApiDescription();
  private readonly http: Server;
  private readonly issues = new Map<number, Issue>();
  private readonly store = new Map<number, StoredComment>();
  private readonly faults: Array<{ match: RequestMatch; fault: Fault }> = [];
  private readonly barriers: Array<{ match: RequestMatch; parties: number; waiting: Array<() => void> }> = [];
  // Above 2^31: comment ids are int64 on GitHub, and code that assumes 32 bits should fail here.
  private nextCommentId = 2_200_000_001;
  private clock = Date.parse('2025-03-01T12:00:00Z');
  private rateRemaining = 5000;
  private origin = '';

  constructor(options: GitHubServerOptions) {
    this.token = options.token ?? 'ghs_loopbackTestToken0000000000000000';
    this.login = options.login ?? 'github-actions[bot]';
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'fleet';
    this.http = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        const problems = [`the test server failed: ${String(error)}`];
        this.violations.push({ request: `${req.method} ${req.url}`, kind: 'response', problems });
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  }

  /** The API base URL, for Octokit's `baseUrl`. */
  get url(): string {
    return this.origin;
  }

  async listen(): Promise<void> {
    this.origin = await listenOnLoopback(this.http);
  }

  async close(): Promise<void> {
    await closeServer(this.http);
  }

  addPullRequest(number: number, seed: PullRequestSeed = {}): void {
    this.issues.set(number, {
      number,
      pullRequest: true,
      title: seed.title ?? `Pull request #${number}`,
      labels: [...(seed.labels ?? [])],
      labelEvents: (seed.labels ?? []).map((label) => ({ label, actor: 'octocat' })),
      headSha: seed.headSha ?? 'a'.repeat(40),
      baseSha: seed.baseSha ?? 'b'.repeat(40),
      headRef: seed.headRef ?? `feature-${number}`,
      baseRef: seed.baseRef ?? 'main',
      draft: seed.draft ?? false,
    });
  }

  /** Comments that were already on the pull request (oldest first), as other people or runs left them. */
  seedComments(issueNumber: number, comments: Array<string | SeedComment>): StoredComment[] {
    if (!this.issues.has(issueNumber)) this.addPullRequest(issueNumber);
    return comments.map((c) => {
      const seed = typeof c === 'string' ? { body: c } : c;
      const login = seed.login ?? 'octocat';
      return this.createComment(issueNumber, seed.body, login, seed.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'));
    });
  }

  /** The comments now on an issue, oldest first (copies). */
  comments(issueNumber: number): StoredComment[] {
    return [...this.store.values()].filter((c) => c.issueNumber === issueNumber).map((c) => ({ ...c }));
  }

  /** Answer the next requests that match with these faults, one request each, in order. */
  failNext(match: RequestMatch, ...faults: Fault[]): void {
    for (const fault of faults) this.faults.push({ match, fault });
  }

  /**
   * Hold the first `parties` matching requests until all of them have arrived, so concurrent runs
   * really interleave (e.g. two runs both list the comments before either creates one).
   */
  barrier(match: RequestMatch, parties: number): void {
    this.barriers.push({ match, parties, waiting: [] });
  }

  /** Requests for one operation, e.g. `server.requestsFor('issues/create-comment')`. */
  requestsFor(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.origin);
    const text = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers)
        .filter(([name]) => name !== 'authorization')
        .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
    );
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: undefined,
      headers,
      body: undefined,
      status: 0,
      fault: undefined,
    };
    this.requests.push(record);
    const label = `${method} ${url.pathname}${url.search}`;
    const reply = (r: Reply): void => {
      record.status = r.status;
      this.send(res, r);
    };
    const refuse = (kind: ViolationKind, problems: string[], r: Reply): void => {
      this.violations.push({ request: label, kind, problems });
      reply(r);
    };

    let route;
    try {
      route = this.api.match(method, url.pathname);
    } catch {
      route = { kind: 'no-path' } as const;
    }
    if (route.kind !== 'operation') {
      const problem =
        route.kind === 'no-path'
          ? `no documented operation has the path ${url.pathname}`
          : `${route.template} documents ${route.methods.join(', ')}, not ${method}`;
      return refuse('route', [problem], notFound());
    }
    const { operation, params } = route;
    record.operationId = operation.operationId;

    const auth = /^(token|bearer) (.+)$/i.exec(req.headers.authorization ?? '');
    if (!auth) return refuse('auth', ['no Authorization header'], error(401, 'Requires authentication', operation));
    if (auth[2] !== this.token) {
      return refuse('auth', ['the Authorization header carries another token'], error(401, 'Bad credentials', operation));
    }
    // https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#user-agent
    if (!req.headers['user-agent']) {
      const message = 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header';
      return refuse('headers', ['no User-Agent header'], error(403, message, operation));
    }

    const paramProblems = this.api.checkParameters(operation, params, url.searchParams);
    if (paramProblems.length > 0) {
      // A path parameter of the wrong type finds nothing; a bad query is a validation failure.
      const badPath = paramProblems.some((p) => p.startsWith('path'));
      return refuse('parameters', paramProblems, badPath ? notFound(operation) : invalid(paramProblems, operation));
    }

    let body: unknown;
    if (text !== '') {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        const problem = `request body sent as ${req.headers['content-type'] ?? 'no content type'}, not application/json`;
        return refuse('headers', [problem], error(415, 'Unsupported Media Type', operation));
      }
      try {
        body = JSON.parse(text);
      } catch {
        return refuse('body', ['the body is not JSON'], error(400, 'Problems parsing JSON', operation));
      }
    }
    record.body = body;
    const bodyProblems = this.api.checkBody(operation, body);
    if (bodyProblems.length > 0) return refuse('body', bodyProblems, invalid(bodyProblems, operation));

    await this.waitAtBarrier(method, operation);

    const ctx: Context = { operation, params, query: url.searchParams, body, url };
    const fault = this.takeFault(method, operation);
    const write = method !== 'GET' && method !== 'HEAD';
    if (fault !== undefined) {
      record.fault = fault;
      if (fault === 'applied-then-502') this.dispatch(ctx);
      return reply(faultReply(fault, operation));
    }
    if (this.readOnly && write) {
      record.fault = 'read-only-token';
      return reply(faultReply('read-only-token', operation));
    }

    const answer = this.dispatch(ctx);
    if (!answer) {
      const problem = `${operation.operationId} is documented but this test server does not implement it`;
      return refuse('not-implemented', [problem], error(501, 'Not Implemented', operation));
    }
    // GitHub answers 404 for anything missing, documented for the operation or not (DELETE documents
    // only 204); other answers of this fake must be ones the description documents, in its shapes.
    const undocumentedMiss = answer.status === 404 && !operation.responses.has(404);
    const responseProblems = undocumentedMiss ? [] : this.api.checkResponse(operation, answer.status, answer.body);
    if (responseProblems.length > 0) {
      this.violations.push({ request: label, kind: 'response', problems: responseProblems });
    }
    reply(answer);
  }

  private dispatch(ctx: Context): Reply | undefined {
    const { params } = ctx;
    if (params['owner']?.toLowerCase() !== this.owner.toLowerCase() || params['repo']?.toLowerCase() !== this.repo.toLowerCase()) {
      return notFound(ctx.operation);
    }
    switch (ctx.operation.operationId) {
      case 'issues/list-comments': {
        const issue = this.issues.get(Number(params['issue_number']));
        if (!issue) return notFound(ctx.operation);
        const since = ctx.query.get('since');
        const comments = this.comments(issue.number).filter((c) => !since || Date.parse(c.updatedAt) >= Date.parse(since));
        return this.page(ctx, comments.map((c) => this.commentJson(c)));
      }
      case 'issues/create-comment': {
        const issue = this.issues.get(Number(params['issue_number']));
        if (!issue) return notFound(ctx.operation);
        const text = (ctx.body as { body: string }).body;
        if (text.length > MAX_COMMENT_BODY) return tooLong(ctx.operation);
        const comment = this.createComment(issue.number, text, this.login, this.login.endsWith('[bot]') ? 'Bot' : 'User');
        const json = this.commentJson(comment);
        return { status: 201, body: json, headers: { location: json.url } };
      }
      case 'issues/get-comment': {
        const comment = this.store.get(Number(params['comment_id']));
        return comment ? { status: 200, body: this.commentJson(comment) } : notFound(ctx.operation);
      }
      case 'issues/update-comment': {
        const comment = this.store.get(Number(params['comment_id']));
        if (!comment) return notFound(ctx.operation);
        const text = (ctx.body as { body: string }).body;
        if (text.length > MAX_COMMENT_BODY) return tooLong(ctx.operation);
        comment.body = text;
        comment.updatedAt = this.tick();
        return { status: 200, body: this.commentJson(comment) };
      }
      case 'issues/delete-comment': {
        const id = Number(params['comment_id']);
        if (!this.store.delete(id)) return notFound(ctx.operation);
        return { status: 204 };
      }
      case 'pulls/get': {
        const issue = this.issues.get(Number(params['pull_number']));
        if (!issue?.pullRequest) return notFound(ctx.operation);
        return { status: 200, body: this.pullRequestJson(issue) };
      }
      case 'issues/list-events': {
        const issue = this.issues.get(Number(params['issue_number']));
        if (!issue) return notFound(ctx.operation);
        return this.page(ctx, issue.labelEvents.map((e, i) => this.labeledEventJson(issue.number, i, e)));
      }
      case 'issues/list-labels-on-issue': {
        const issue = this.issues.get(Number(params['issue_number']));
        if (!issue) return notFound(ctx.operation);
        return this.page(ctx, issue.labels.map((name) => this.labelJson(name)));
      }
      default:
        return undefined;
    }
  }

  /** One page of a list and its Link header, as GitHub pages: per_page defaults to 30, at most 100. */
  private page(ctx: Context, items: unknown[]): Reply {
    const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number, rel: string): string => {
      const target = new URL(ctx.url);
      target.searchParams.set('page', String(n));
      return `<${target.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  private createComment(issueNumber: number, body: string, login: string, type: 'User' | 'Bot'): StoredComment {
    const at = this.tick();
    const comment = { id: this.nextCommentId++, issueNumber, body, login, type, createdAt: at, updatedAt: at };
    this.store.set(comment.id, comment);
    return comment;
  }

  /** GitHub's timestamps have whole seconds; a virtual clock keeps them ordered and reproducible. */
  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private repoUrl(): string {
    return `${this.origin}/repos/${this.owner}/${this.repo}`;
  }

  private commentJson(c: StoredComment) {
    const kind = this.issues.get(c.issueNumber)?.pullRequest ? 'pull' : 'issues';
    const url = `${this.repoUrl()}/issues/comments/${c.id}`;
    return {
      id: c.id,
      node_id: `IC_kwDO${Buffer.from(`IssueComment:${c.id}`).toString('base64url')}`,
      url,
      html_url: `https://github.com/${this.owner}/${this.repo}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
      body: c.body,
      user: userJson(c.login, c.type),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${this.repoUrl()}/issues/${c.issueNumber}`,
      author_association: c.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
      reactions: {
        url: `${url}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        confused: 0,
        heart: 0,
        hooray: 0,
        eyes: 0,
        rocket: 0,
      },
    };
  }

  /** A `labeled` issue event: who put a label on the pull request. */
  private labeledEventJson(issueNumber: number, index: number, event: { label: string; actor: string }) {
    const id = 5_000_000_000 + issueNumber * 1000 + index;
    return {
      id,
      node_id: `LE_kwDO${Buffer.from(`LabeledEvent:${id}`).toString('base64url')}`,
      url: `${this.repoUrl()}/issues/events/${id}`,
      actor: userJson(event.actor, event.actor.endsWith('[bot]') ? 'Bot' : 'User'),
      event: 'labeled',
      commit_id: null,
      commit_url: null,
      created_at: this.tick(),
      performed_via_github_app: null,
      label: { name: event.label, color: 'ededed' },
    };
  }

  /** Someone puts a label on the pull request: it shows in its labels and its events. */
  addLabel(issueNumber: number, label: string, actor: string): void {
    const issue = this.issues.get(issueNumber);
    if (!issue) throw new Error(`no issue ${issueNumber}`);
    if (!issue.labels.includes(label)) issue.labels.push(label);
    issue.labelEvents.push({ label, actor });
  }

  private labelJson(name: string) {
    const id = 1_000_000 + hash(name);
    return {
      id,
      node_id: `LA_kwDO${Buffer.from(`Label:${id}`).toString('base64url')}`,
      url: `${this.repoUrl()}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    };
  }

  /** The description's own example pull request, moved to this repository and this state. */
  private pullRequestJson(issue: Issue): unknown {
    const example = this.api.example('pull-request');
    const pr = JSON.parse(
      example
        .replaceAll('https://api.github.com', this.origin)
        .replaceAll('octocat/Hello-World', `${this.owner}/${this.repo}`)
        .replace(/\b1347\b/g, String(issue.number)),
    ) as Record<string, unknown> & { head: Record<string, unknown>; base: Record<string, unknown> };
    return {
      ...pr,
      number: issue.number,
      title: issue.title,
      state: 'open',
      draft: issue.draft,
      labels: issue.labels.map((name) => this.labelJson(name)),
      // The example lists a team without the `type` its own schema requires.
      requested_teams: [],
      head: { ...pr.head, sha: issue.headSha, ref: issue.headRef, label: `${this.owner}:${issue.headRef}` },
      base: { ...pr.base, sha: issue.baseSha, ref: issue.baseRef, label: `${this.owner}:${issue.baseRef}` },
    };
  }

  private takeFault(method: string, operation: Operation): Fault | undefined {
    const index = this.faults.findIndex((f) => matches(f.match, method, operation));
    if (index < 0) return undefined;
    return this.faults.splice(index, 1)[0]?.fault;
  }

  private async waitAtBarrier(method: string, operation: Operation): Promise<void> {
    const barrier = this.barriers.find((b) => matches(b.match, method, operation));
    if (!barrier) return;
    const arrived = new Promise<void>((resolve) => barrier.waiting.push(resolve));
    if (barrier.waiting.length >= barrier.parties) {
      this.barriers.splice(this.barriers.indexOf(barrier), 1);
      for (const release of barrier.waiting) release();
    }
    await arrived;
  }

  private send(res: ServerResponse, reply: Reply): void {
    this.rateRemaining = Math.max(this.rateRemaining - 1, 0);
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.rateRemaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - this.rateRemaining),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
    } else if (typeof reply.body === 'string') {
      res.writeHead(reply.status, { 'content-type': 'text/html', ...headers }).end(reply.body);
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(reply.body));
    }
  }
}

function matches(match: RequestMatch, method: string, operation: Operation): boolean {
  return (!match.method || match.method.toUpperCase() === method) && (!match.operationId || match.operationId === operation.operationId);
}

function userJson(login: string, type: 'User' | 'Bot') {
  const id = BOT_IDS[login] ?? 10_000_000 + hash(login);
  const api = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: Buffer.from(`${type === 'Bot' ? '03:Bot' : '04:User'}${id}`).toString('base64'),
    avatar_url: type === 'Bot' ? 'https://avatars.githubusercontent.com/in/15368?v=4' : `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: type === 'Bot' ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}` : `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

function error(status: number, message: string, operation?: Operation): Reply {
  return { status, body: { message, documentation_url: operation?.docsUrl ?? DOCS, status: String(status) } };
}

function notFound(operation?: Operation): Reply {
  return error(404, 'Not Found', operation);
}

function invalid(problems: string[], operation: Operation): Reply {
  return error(422, `Invalid request.\n\n${problems.join('\n')}`, operation);
}

function tooLong(operation: Operation): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: `Body is too long (maximum is ${MAX_COMMENT_BODY} characters)`,
        },
      ],
      documentation_url: operation.docsUrl,
      status: '422',
    },
  };
}

function faultReply(fault: Fault, operation: Operation): Reply {
  const secondary = {
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44445555.',
    documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  };
  switch (fault) {
    case 502:
    case 'applied-then-502':
      // GitHub's front end answers 502 with an HTML page, not JSON.
      return { status: 502, body: '<html><body><h1>502 Bad Gateway</h1>Unicorn!</body></html>' };
    case 500:
      return error(500, 'Server Error', operation);
    case 503:
      return error(503, 'Service Unavailable', operation);
    case 504:
      return error(504, "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.", operation);
    case 'read-only-token':
      return {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: operation.docsUrl, status: '403' },
        headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      };
    case 'secondary-rate-limit':
      return { status: 403, body: { ...secondary, status: '403' }, headers: { 'retry-after': '1' } };
    case 'secondary-rate-limit-429':
      return { status: 429, body: { ...secondary, status: '429' }, headers: { 'retry-after': '1' } };
    case 'rate-limit':
      return {
        status: 403,
        body: {
          message: 'API rate limit exceeded for installation ID 12345678. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44445555.',
          documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-primary-rate-limits',
          status: '403',
        },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) },
      };
  }
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000;
  return h;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
