// The action as the runner starts it (`node dist/index.js`, INPUT_* variables, a real event
// payload), on the example appliance built by real Nix, against a loopback GitHub that checks
// every request against GitHub's OpenAPI description.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Report, TargetReport } from '../../src/core/types.js';
import { type TargetOverrides, makeReport, makeTarget, storePath } from '../helpers/report-factory.js';
import { ROOT, examplePayload, runAction, type ActionRun } from '../helpers/action-runner.js';
import { parse as parseYaml } from 'yaml';
import { createApplianceRepo, IMAGE_ATTR, TOPLEVEL_ATTR, type ApplianceRepo } from '../helpers/fixture-repo.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { startActionsCacheServer, type ActionsCacheServer } from '../helpers/actions-cache-server.js';
import { nixBuild, nixClosureSize, nixRequisites } from '../helpers/nix-facts.js';

/**
 * The store paths of the head toplevel that `grep -E perl` finds, as NixOS's check finds them:
 * the image holds the same system, so these are every forbidden path of both targets.
 */
function perlPathsAtHead(repo: ApplianceRepo): string[] {
  const head = nixBuild(`git+file://${repo.dir}?rev=${repo.headRev}#${TOPLEVEL_ATTR}`);
  const found = execFileSync('grep', ['-E', 'perl'], { input: `${nixRequisites(head).join('\n')}\n`, encoding: 'utf8' });
  return found.trim().split('\n');
}
import { renderGfm } from '../helpers/gfm.js';
import { hostileReport, numbersHoldingText } from '../helpers/hostile-report.js';

const TOKEN = 'ghs_action0integration0test0token00000';
const PR = 42;
const MARKER = '<!-- nix-size-guard:default -->';
const TARGETS = `toplevel=.#${TOPLEVEL_ATTR}\nimage=.#${IMAGE_ATTR}`;

let repo: ApplianceRepo;
let server: GitHubServer;

beforeAll(async () => {
  repo = await createApplianceRepo();
});

beforeEach(async () => {
  server = await startGitHubServer({ token: TOKEN, owner: 'acme', repo: 'fleet' });
  server.addPullRequest(PR, { baseSha: repo.baseRev, headSha: repo.headRev });
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

function pullRequestPayload(event = 'opened'): Record<string, any> {
  const payload = examplePayload('pull_request', event);
  payload.number = PR;
  payload.pull_request.number = PR;
  payload.pull_request.base.sha = repo.baseRev;
  payload.pull_request.head.sha = repo.headRev;
  payload.repository.full_name = 'acme/fleet';
  return payload;
}

async function guard(inputs: Record<string, string>, options: { eventName?: string; payload?: Record<string, unknown>; workspace?: string } = {}): Promise<ActionRun> {
  const run = await runAction({
    workspace: options.workspace ?? repo.dir,
    eventName: options.eventName ?? 'pull_request',
    payload: options.payload ?? pullRequestPayload(),
    inputs: { 'github-token': TOKEN, targets: TARGETS, ...inputs },
    apiUrl: server.url,
  });
  // The token is a secret: never in the log, the outputs or the summary. (`::add-mask::` is the
  // command that tells the runner to mask it; the runner swallows that line.)
  const log = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  expect(log + run.stderr + JSON.stringify(run.outputs) + run.summary).not.toContain(TOKEN);
  expect(run.stdout).not.toMatch(/internal error/);
  return run;
}

const commentBodies = () => server.comments(PR).map((c) => c.body);

describe('the action on a pull request', () => {
  let run: ActionRun;
  beforeEach(async () => {
    run = await guard({ forbid: 'perl' });
  });

  it('first run creates the comment; the verdict and the forbidden chain lead it', () => {
    const bodies = commentBodies();
    expect(bodies).toHaveLength(1);
    const lines = bodies[0]!.split('\n');
    expect(lines[0]).toBe(MARKER);
    expect(lines[1]).toMatch(/^### ❌ nix-size-guard: \d+ rules? broken \(new forbidden: perl-5\.38\.2\) — /);
    expect(lines.slice(0, 3).join('\n')).toMatch(/toplevel \+4\.\d MiB/);
    // The option behind the biggest growth, and the module file that set it, lead the comment.
    expect(lines.slice(2, 5).join('\n')).toMatch(/^🔎 toplevel: services\.speechd\.enable turned on \(mkDefault in nixos\/modules\/services\/misc\/graphical-desktop\.nix\): \+3\.4 MiB via speech-dispatcher-0\.11\.5 → python3-3\.11\.4$/m);
    expect(bodies[0]).toContain('nixos-system-appliance-1.0 → system-path → xdg-utils-1.1.3 → perl-5.38.2');
    expect(bodies[0]).toContain('system-path → speech-dispatcher-0.11.5 → python3-3.11.4');
  });

  it('fails the job for the forbidden path, with an error annotation naming its chain', () => {
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=nix-size-guard%3A forbidden dependency in toplevel::.*perl-5\.38\.2.*system-path → xdg-utils-1\.1\.3 → perl-5\.38\.2/);
    // perl is in toplevel and in its image: one path, counted and annotated once.
    const perl = perlPathsAtHead(repo);
    expect(perl).toHaveLength(1);
    expect(run.stdout).toMatch(/::error::nix-size-guard: 1 forbidden path\b/);
    expect(run.stdout.match(/::error title=nix-size-guard%3A forbidden dependency in /g)).toHaveLength(perl.length);
  });

  it('sets the outputs, equal to what Nix says', async () => {
    const head = nixBuild(`git+file://${repo.dir}?rev=${repo.headRev}#${TOPLEVEL_ATTR}`);
    const base = nixBuild(`git+file://${repo.dir}?rev=${repo.baseRev}#${TOPLEVEL_ATTR}`);
    // Every output action.yml declares is set, and no other.
    const declared = parseYaml(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(declared.outputs).sort());
    expect(run.outputs.passed).toBe('false');
    expect(Number(run.outputs['closure-size'])).toBe(nixClosureSize(head));
    expect(Number(run.outputs['closure-size-delta'])).toBe(nixClosureSize(head) - nixClosureSize(base));
    // The head image's apparent size, as stat (ls -l) gives it, and its change over the base's.
    const imageFile = (rev: string) => path.join(nixBuild(`git+file://${repo.dir}?rev=${rev}#${IMAGE_ATTR}`), 'image.raw');
    const apparent = (rev: string) => Number(execFileSync('stat', ['-c', '%s', imageFile(rev)], { encoding: 'utf8' }).trim());
    expect(Number(run.outputs['image-size'])).toBe(apparent(repo.headRev));
    expect(Number(run.outputs['image-size-delta'])).toBe(apparent(repo.headRev) - apparent(repo.baseRev));
    expect(run.outputs['forbidden-count']).toBe(String(perlPathsAtHead(repo).length));
    expect(run.outputs['comment-body']).toBe(commentBodies()[0]);
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as Report;
    expect(report.schemaVersion).toBe(2);
    expect(report.targets.map((t) => t.name)).toEqual(['toplevel', 'image']);
  });

  it('writes the same report to the job summary', () => {
    expect(run.summary).toMatch(/❌ nix-size-guard: \d+ rules? broken/);
    expect(run.summary).toContain('perl-5.38.2');
  });

  it('shows nix evaluation inside a log group per side', () => {
    expect(run.stdout).toMatch(/::group::nix eval: the base \([0-9a-f]{12}\)[\s\S]*::endgroup::[\s\S]*::group::nix eval: the head \(working tree\)[\s\S]*::endgroup::/);
  });

  it('rerun edits the existing comment instead of adding one', async () => {
    const first = server.comments(PR)[0]!;
    await guard({ forbid: 'perl', 'max-closure-increase': '1MiB' });
    const comments = server.comments(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(first.id);
    expect(comments[0]!.body).toContain('max-closure-increase');
    expect(server.requestsFor('issues/update-comment')).toHaveLength(1);
  });
});

describe('GitHub trouble never costs the report', () => {
  it('finds its comment among more than 100 (pagination) and edits it', async () => {
    const seeded = [
      ...Array.from({ length: 110 }, (_, i) => `review note ${i}`),
      { body: `${MARKER}\nan old report`, login: 'github-actions[bot]', type: 'Bot' as const },
      ...Array.from({ length: 10 }, (_, i) => `later note ${i}`),
    ];
    server.seedComments(PR, seeded);
    const old = server.comments(PR)[110]!;
    await guard({});
    const comments = server.comments(PR);
    expect(comments).toHaveLength(121);
    expect(comments.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(comments[110]!.id).toBe(old.id);
    expect(comments[110]!.body).toMatch(/nix-size-guard: within budget/);
  });

  it('warns on a fork (403) and keeps summary, outputs and a passing job', async () => {
    server.readOnly = true;
    const run = await guard({});
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*cannot write comments on acme\/fleet#42 .*a fork's pull request gets a read-only token/);
    expect(server.comments(PR)).toHaveLength(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs['comment-body']).toContain(MARKER);
    expect(run.summary).toMatch(/within budget/);
  });

  it('retries a 5xx and posts once', async () => {
    server.failNext({ operationId: 'issues/create-comment' }, 500, 502);
    const run = await guard({});
    expect(run.exitCode).toBe(0);
    expect(server.comments(PR)).toHaveLength(1);
    expect(server.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([500, 502, 201]);
  });
});

describe('rules', () => {
  it('a budget exceeded fails the job; the comment is still posted and says why', async () => {
    const run = await guard({ 'max-closure-increase': '1MiB' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::nix-size-guard: 2 budgets exceeded/);
    expect(run.stdout).toMatch(/::error title=nix-size-guard%3A budget exceeded in toplevel::toplevel: max-closure-increase is 1048576 bytes, this change has \d+ bytes/);
    const body = commentBodies()[0]!;
    expect(body.split('\n')[1]).toMatch(/❌ .*rules? broken/);
    expect(body).toMatch(/max-closure-increase/);
  });

  it('a waiver label turns budget failures into warnings and says who waived them', async () => {
    server.addLabel(PR, 'size-increase-approved', 'alice');
    const run = await guard({ 'max-closure-increase': '1MiB', 'waive-label': 'size-increase-approved' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning title=nix-size-guard%3A budget exceeded in toplevel::toplevel: max-closure-increase is 1048576 bytes, this change has \d+ bytes — waived by label size-increase-approved \(added by alice\)/);
    const headline = commentBodies()[0]!.split('\n')[1]!;
    expect(headline).toMatch(/^### ⚠️ nix-size-guard: 2 budgets exceeded, waived by label size-increase-approved \(added by @\u200dalice\)/);
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as Report;
    expect(report.waiver).toEqual({ label: 'size-increase-approved', by: 'alice' });
    expect(report.ok).toBe(true);
    expect(report.targets[0]!.budgets.some((b) => !b.ok)).toBe(true);
  });

  it('a waiver label never waives a forbidden path', async () => {
    server.addLabel(PR, 'size-increase-approved', 'alice');
    const run = await guard({ forbid: 'perl', 'max-closure-increase': '1MiB', 'waive-label': 'size-increase-approved' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`::error::nix-size-guard: ${perlPathsAtHead(repo).length} forbidden path \\(see the report\\)`));
    expect(commentBodies()[0]!.split('\n')[1]).toMatch(/^### ❌ /);
  });

  it('without the label, the budget still fails', async () => {
    const run = await guard({ 'max-closure-increase': '1MiB', 'waive-label': 'size-increase-approved' });
    expect(run.exitCode).toBe(1);
  });

  it('fail-on: never reports but passes', async () => {
    const run = await guard({ forbid: 'perl', 'fail-on': 'never' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('false');
    expect(commentBodies()[0]).toMatch(/❌/);
  });
});

describe('events', () => {
  it('refuses to build under pull_request_target, saying why', async () => {
    const run = await guard({}, { eventName: 'pull_request_target', payload: pullRequestPayload('synchronize') });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/::error::nix-size-guard: refusing to build under pull_request_target: that event runs with a write token and the repository's secrets/);
    expect(run.stdout).not.toMatch(/::group::nix (eval|build)/);
    expect(server.requests).toHaveLength(0);
  });

  it('push: compares with the commit before the push and comments nowhere', async () => {
    const payload = { ...examplePayload('push'), before: repo.baseRev, after: repo.headRev, ref: 'refs/heads/pr', created: false, deleted: false };
    const run = await guard({ forbid: 'perl' }, { eventName: 'push', payload });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('perl-5.38.2');
    expect(run.outputs['forbidden-count']).toBe(String(perlPathsAtHead(repo).length));
    expect(server.requests).toHaveLength(0);
  });

  it('a shallow actions/checkout clone just works: the action fetches the base itself', async () => {
    const shallow = await mkdtemp(path.join(tmpdir(), 'nsg-checkout-'));
    execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'pr', `file://${repo.dir}`, shallow]);
    expect(execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: shallow, encoding: 'utf8' }).trim()).toBe('true');
    const run = await guard({ forbid: 'perl' }, { workspace: shallow });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as Report;
    expect(report.targets[0]!.base.root).toBe(nixBuild(`git+file://${repo.dir}?rev=${repo.baseRev}#${TOPLEVEL_ATTR}`));
    expect(commentBodies()[0]).toContain('perl-5.38.2');
  });
});

describe('mode: comment (the fork-safe workflow_run half)', () => {
  async function postFromWorkflowRun(headSha: string) {
    const built = await guard({ forbid: 'perl', comment: 'never' });
    expect(server.comments(PR)).toHaveLength(0);
    const reportFile = path.join(built.runnerTemp, 'artifact-report.json');
    await writeFile(reportFile, await readFile(built.outputs['report-path']!, 'utf8'));
    const payload = examplePayload('workflow_run', 'completed');
    payload.workflow_run.head_sha = headSha;
    const run = await runAction({
      workspace: await mkdtemp(path.join(tmpdir(), 'nsg-wr-')),
      eventName: 'workflow_run',
      payload,
      inputs: { mode: 'comment', report: reportFile, 'pr-number': String(PR), 'github-token': TOKEN },
      apiUrl: server.url,
    });
    return { built, run };
  }

  it('posts a report made by another workflow on the pull request it was built for', async () => {
    const { built, run } = await postFromWorkflowRun(repo.headRev);
    // The guarding workflow failed on the rules; the commenting one only reports.
    expect(run.exitCode).toBe(0);
    expect(commentBodies()).toEqual([built.outputs['comment-body']]);
  });

  it('refuses to post on a pull request whose head is not the commit the run built', async () => {
    const { run } = await postFromWorkflowRun(repo.baseRev);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/::error::nix-size-guard: pr-number: pull request #42 is at [0-9a-f]{12}, but the workflow run that made the report built [0-9a-f]{12}; not commenting/);
    expect(server.comments(PR)).toHaveLength(0);
  });

  it('refuses a file that is not a report', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'nsg-bad-')), 'report.json');
    await writeFile(file, JSON.stringify({ hello: 'world' }));
    const run = await runAction({
      workspace: path.dirname(file),
      eventName: 'workflow_run',
      payload: examplePayload('workflow_run', 'completed'),
      inputs: { mode: 'comment', report: file, 'pr-number': String(PR), 'github-token': TOKEN },
      apiUrl: server.url,
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/::error::nix-size-guard: report: '.*report\.json' is not a nix-size-guard report \(schemaVersion 2, docs\/report\.schema\.json\): schemaVersion is missing$/m);
  });
});

describe('mode: comment with a hostile artifact (what a fork could upload)', () => {
  async function postArtifact(report: unknown) {
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-hostile-'));
    const file = path.join(dir, 'report.json');
    await writeFile(file, JSON.stringify(report));
    const payload = examplePayload('workflow_run', 'completed');
    payload.workflow_run.head_sha = repo.headRev;
    return runAction({
      workspace: dir,
      eventName: 'workflow_run',
      payload,
      inputs: { mode: 'comment', report: file, 'pr-number': String(PR), 'github-token': TOKEN },
      apiUrl: server.url,
    });
  }

  it('posts a report whose every free text is hostile as inert text: no link, image, mention or HTML', async () => {
    const run = await postArtifact(hostileReport(7));
    expect(run.exitCode).toBe(0);
    const bodies = commentBodies();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.split('\n')[0]).toBe(MARKER);
    expect(renderGfm(bodies[0]!).problems).toEqual([]);
    expect(renderGfm(run.summary).problems).toEqual([]);
    // The hostile text is there, shown as text.
    expect(bodies[0]).toContain('evil.example');
  });

  it('refuses numbers that hold Markdown: one line naming the field, exit 2, no comment', async () => {
    const run = await postArtifact(numbersHoldingText());
    expect(run.exitCode).toBe(2);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      expect.stringMatching(/^::error::nix-size-guard: report: '.*report\.json' is not a nix-size-guard report \(schemaVersion 2, docs\/report\.schema\.json\): settings\.heavyThreshold must be a whole number$/),
    ]);
    expect(server.comments(PR)).toHaveLength(0);
    expect(server.requests).toEqual([]);
  });
});

describe('base reuse through the Actions cache', () => {
  let cacheServer: ActionsCacheServer;
  let unique: { dir: string; baseRev: string; headRev: string };
  let nixLog: string;
  let countingPath: string;

  /** The appliance at a version no other test builds, so a cold run really builds. */
  async function uniqueRepo(): Promise<typeof unique> {
    const fresh = await createApplianceRepo();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: fresh.dir, encoding: 'utf8' }).trim();
    const version = `1.0-reuse-${Date.now()}`;
    const setVersion = async () => {
      const config = path.join(fresh.dir, 'configuration.nix');
      await writeFile(config, (await readFile(config, 'utf8')).replace(/label = "[^"]*"/, `label = "${version}"`));
    };
    git('checkout', '-q', 'main');
    await setVersion();
    git('commit', '-qam', 'unique base');
    const baseRev = git('rev-parse', 'HEAD');
    git('checkout', '-q', 'pr');
    git('rebase', '-q', 'main');
    const headRev = git('rev-parse', 'HEAD');
    return { dir: fresh.dir, baseRev, headRev };
  }

  beforeAll(async () => {
    unique = await uniqueRepo();
    // A nix that writes down every call before running the real one.
    countingPath = await mkdtemp(path.join(tmpdir(), 'nsg-counting-nix-'));
    nixLog = path.join(countingPath, 'calls.log');
    const realNix = execFileSync('sh', ['-c', 'command -v nix'], { encoding: 'utf8' }).trim();
    await writeFile(path.join(countingPath, 'nix'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${nixLog}'\nexec '${realNix}' "$@"\n`, { mode: 0o755 });
  });

  beforeEach(async () => {
    cacheServer = await startActionsCacheServer();
    await writeFile(nixLog, '');
  });

  afterEach(async () => {
    expect(cacheServer.violations).toEqual([]);
    await cacheServer.close();
  });

  async function prRun(extraEnv: Record<string, string> = {}, extraInputs: Record<string, string> = {}) {
    await writeFile(nixLog, '');
    const payload = pullRequestPayload();
    payload.pull_request.base.sha = unique.baseRev;
    payload.pull_request.head.sha = unique.headRev;
    const run = await runAction({
      workspace: unique.dir,
      eventName: 'pull_request',
      payload,
      inputs: { 'github-token': TOKEN, targets: TARGETS, ...extraInputs },
      apiUrl: server.url,
      env: { ...cacheServer.env, PATH: `${countingPath}:${process.env.PATH}`, ...extraEnv },
    });
    const calls = (await readFile(nixLog, 'utf8')).trim().split('\n').filter((l) => l !== '');
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as Report;
    return { run, calls, report };
  }

  const builds = (calls: string[]) => calls.filter((c) => / build /.test(` ${c} `));
  const baseCalls = (calls: string[]) => calls.filter((c) => c.includes(`rev=${unique.baseRev}`));
  /** The calls themselves: an --apply expression spans lines, each call starts with a flag. */
  const wholeCalls = (calls: string[]) => calls.join('\n').split(/\n(?=--)/);

  it('a cold run builds both sides in one nix build and saves the base; the warm rerun starts zero base builds', async () => {
    // The image is built from the configuration: its growth is traced to the options too.
    const explain = { 'nixos-config': 'nixosConfigurations.appliance' };
    const cold = await prRun({}, explain);
    expect(cold.run.exitCode).toBe(0);
    expect(builds(cold.calls)).toHaveLength(1);
    // Each output named as the Nix in use reads it: DRV^out from 2.13 on (2.30.5), a bare .drv on 2.8.
    const [, minor] = /(\d+)\.(\d+)\.\d+\s*$/.exec(execFileSync('nix', ['--version'], { encoding: 'utf8' }))!.slice(1).map(Number);
    expect(builds(cold.calls)[0]).toMatch(minor! >= 13 ? /\.drv\^out( |$)/ : /\.drv( |$)/);
    expect(baseCalls(cold.calls).length).toBeGreaterThan(0);
    expect(cold.report.targets.map((t) => t.base.source)).toEqual(['built', 'built']);
    expect(cacheServer.entries().map((e) => e.key).filter((k) => k.endsWith(unique.baseRev))).toHaveLength(2);

    const warm = await prRun({}, explain);
    expect(warm.run.exitCode).toBe(0);
    // Nothing of the base is evaluated to a derivation or built: its options alone are read, in
    // one `nix eval` for both targets (and its source's path, to name the repository's files).
    const baseReads = wholeCalls(warm.calls).filter((c) => c.includes(`rev=${unique.baseRev}`));
    expect(baseReads).toHaveLength(2);
    expect(baseReads[0]).toMatch(new RegExp(`^--extra-experimental-features nix-command flakes eval --json --apply d: if !\\(builtins\\.isAttrs d && d \\? options\\)[^]* -- git\\+file://[^ ]*\\?rev=${unique.baseRev}#nixosConfigurations\\.appliance$`));
    expect(baseReads[0]).not.toMatch(/drvPath/);
    expect(baseReads[1]).toMatch(/ flake metadata --json git\+file:/);
    expect(builds(warm.calls)).toEqual([]);
    expect(warm.report.targets.map((t) => t.base.source)).toEqual(['baseline-cache', 'baseline-cache']);
    // The same numbers as when the base was built.
    for (const [i, target] of warm.report.targets.entries()) {
      expect(target.base).toEqual({ ...cold.report.targets[i]!.base, source: 'baseline-cache' });
      expect(target.added).toEqual(cold.report.targets[i]!.added);
      expect(target.packages).toEqual(cold.report.targets[i]!.packages);
      // The reused base's options: the same changes, and the same cause of every growth entry.
      expect(target.options?.changed.map((c) => c.option)).toEqual(['services.graphical-desktop.enable', 'services.speechd.enable']);
      expect(target.options).toEqual(cold.report.targets[i]!.options);
      expect(target.growth).toEqual(cold.report.targets[i]!.growth);
      expect(target.growth.find((g) => /-speech-dispatcher-0\.11\.5$/.test(g.via))?.cause).toMatchObject({ option: 'services.speechd.enable', how: 'mkDefault' });
      expect(target.notes.join('\n')).not.toMatch(/options not read/);
    }
    // And those numbers are Nix's: the reused base toplevel is the one Nix builds at the base
    // commit, its totals nix path-info -S and nix-store -qR, the added paths what -qR adds.
    const baseToplevel = nixBuild(`git+file://${unique.dir}?rev=${unique.baseRev}#${TOPLEVEL_ATTR}`);
    const headToplevel = nixBuild(`git+file://${unique.dir}?rev=${unique.headRev}#${TOPLEVEL_ATTR}`);
    const reused = warm.report.targets[0]!;
    expect(reused.base).toMatchObject({ root: baseToplevel, closureSize: nixClosureSize(baseToplevel), pathCount: nixRequisites(baseToplevel).length });
    const inBase = new Set(nixRequisites(baseToplevel));
    expect(reused.added.map((p) => p.path).sort()).toEqual(nixRequisites(headToplevel).filter((p) => !inBase.has(p)).sort());
    expect(commentBodies()[0]).toMatch(/base: toplevel, image reused from an earlier run \(baseline cache\)/);

    // Another image glob (the same file, named another way) is another key: nothing saved under
    // the first one is reused, the base is read again and saved under the new key.
    const otherGlob = await prRun({}, { 'image-glob': 'image.raw' });
    expect(otherGlob.run.exitCode).toBe(0);
    expect(otherGlob.report.targets.map((t) => t.base.source)).toEqual(['built', 'built']);
    expect(baseCalls(otherGlob.calls).length).toBeGreaterThan(0);
    expect(cacheServer.entries().map((e) => e.key).filter((k) => k.endsWith(unique.baseRev))).toHaveLength(4);
    // The key's system is Nix's own, asked once.
    expect(otherGlob.calls.filter((c) => c.includes('builtins.currentSystem'))).toHaveLength(1);
  });

  it('a cache service that is down means building, with a warning, never a failure', async () => {
    cacheServer.failNext('unavailable', Number.POSITIVE_INFINITY);
    const { run, calls, report } = await prRun();
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning::/);
    expect(baseCalls(calls).length).toBeGreaterThan(0);
    expect(report.targets.map((t) => t.base.source)).toEqual(['built', 'built']);
  }, 300_000);

  it('a push to the default branch saves its head as the next base', async () => {
    await writeFile(nixLog, '');
    const payload: Record<string, any> = { ...examplePayload('push'), before: unique.baseRev, after: unique.headRev, ref: 'refs/heads/main', created: false, deleted: false };
    payload.repository.default_branch = 'main';
    const run = await runAction({
      workspace: unique.dir,
      eventName: 'push',
      payload,
      inputs: { 'github-token': TOKEN, targets: TARGETS },
      apiUrl: server.url,
      env: { ...cacheServer.env, PATH: `${countingPath}:${process.env.PATH}` },
    });
    expect(run.exitCode).toBe(0);
    expect(cacheServer.entries().map((e) => e.key).filter((k) => k.endsWith(unique.headRev))).toHaveLength(2);
  });

  it('a pull request on top of the default branch shows its trend, this change last', async () => {
    // The push before saved the head (with the base before it) as the next base.
    const push: Record<string, any> = { ...examplePayload('push'), before: unique.baseRev, after: unique.headRev, ref: 'refs/heads/main', created: false, deleted: false };
    push.repository.default_branch = 'main';
    const env = { ...cacheServer.env, PATH: `${countingPath}:${process.env.PATH}` };
    await runAction({ workspace: unique.dir, eventName: 'push', payload: push, inputs: { 'github-token': TOKEN, targets: TARGETS }, apiUrl: server.url, env });
    const payload = pullRequestPayload();
    payload.pull_request.base.sha = unique.headRev;
    const run = await runAction({ workspace: unique.dir, eventName: 'pull_request', payload, inputs: { 'github-token': TOKEN, targets: TARGETS }, apiUrl: server.url, env });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as Report;
    expect(report.targets[0]!.trend!.map((p) => p.commit)).toEqual([unique.baseRev, unique.headRev]);
    const body = commentBodies()[0]!;
    expect(body).toContain('xychart-beta');
    expect(body).toContain(`x-axis ["${unique.baseRev.slice(0, 7)}", "${unique.headRev.slice(0, 7)}", "this change"]`);
  });
});

describe('fleets: mode report per matrix job, mode aggregate for one comment', () => {
  const failedBudget = { name: 'max-closure-increase', kind: 'increase' as const, limit: 1024, actual: 4096, unit: 'bytes' as const, ok: false };
  const job = (name: string, target: TargetOverrides = {}) => makeReport([makeTarget({ name: 'toplevel', ...target })], { name });
  // A job whose PR carries the waive label, as such a job writes its report (docs/report.schema.json):
  // the budget still failed, the waiver recorded, the target and the report ok.
  const waived = makeReport([makeTarget({ name: 'toplevel', ok: true, budgets: [failedBudget] })], { name: 'gateway', ok: true, waiver: { label: 'size-increase-approved', by: 'alice' } });
  const overBudget = job('sensor', { ok: false, budgets: [failedBudget] });
  const forbidden = job('kiosk', { ok: false, forbidden: [{ path: storePath('perl-5.38.2'), pattern: 'perl', new: true, chain: [storePath('system'), storePath('perl-5.38.2')] }] });

  it.each([
    ['every job clean', [job('gateway'), job('kiosk')], 0, '✅', /within budget/],
    ['a job whose budget its label waived', [waived, job('kiosk')], 0, '⚠️', /1 budget exceeded, waived by label size-increase-approved/],
    ['a waived job beside one over budget', [waived, overBudget], 1, '❌', /1 rule broken/],
    ['a forbidden path in one job', [job('gateway'), forbidden], 1, '❌', /1 rule broken/],
  ])('%s: the merged verdict line agrees with the exit code', async (_what, reports, exitCode, mark, verdict) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-fleet-'));
    for (const report of reports) {
      await writeFile(path.join(dir, `report-${report.name}.json`), JSON.stringify(report));
    }
    const run = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { mode: 'aggregate', report: 'report-*.json', 'comment-key': 'fleet', 'github-token': TOKEN },
      apiUrl: server.url,
    });
    expect(run.exitCode).toBe(exitCode);
    const headline = commentBodies()[0]!.split('\n')[1]!;
    expect(headline.startsWith(`### ${mark} `)).toBe(true);
    expect(headline).toMatch(verdict);
    if (exitCode !== 0) expect(headline).not.toMatch(/within budget/);
  });

  it('merges the matrix jobs\' reports into one comment, a row per configuration, most changed first', async () => {
    const artifacts = await mkdtemp(path.join(tmpdir(), 'nsg-artifacts-'));
    const jobs = [
      { key: 'gateway', targets: `toplevel=.#${TOPLEVEL_ATTR}`, forbid: '' },
      { key: 'kiosk', targets: `image=.#${IMAGE_ATTR}`, forbid: 'perl' },
    ];
    for (const job of jobs) {
      const run = await guard({ mode: 'report', 'comment-key': job.key, targets: job.targets, forbid: job.forbid });
      expect(server.comments(PR)).toHaveLength(0);
      const dir = path.join(artifacts, `report-${job.key}`);
      execFileSync('mkdir', ['-p', dir]);
      await writeFile(path.join(dir, 'report.json'), await readFile(run.outputs['report-path']!, 'utf8'));
    }
    const run = await runAction({
      workspace: artifacts,
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { mode: 'aggregate', report: '*/report.json', 'comment-key': 'fleet', 'github-token': TOKEN },
      apiUrl: server.url,
    });
    expect(run.exitCode).toBe(1);
    const [body, ...others] = commentBodies();
    expect(others).toEqual([]);
    expect(body!.split('\n')[0]).toBe('<!-- nix-size-guard:fleet -->');
    const rows = body!.split('\n').filter((l) => /^\| (gateway|kiosk)\//.test(l)).map((l) => l.split(' | ')[0]);
    // kiosk fails (perl), so it comes first.
    expect(rows).toEqual(['| kiosk/image', '| gateway/toplevel']);
  });
});
