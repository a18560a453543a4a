// The action front door: inputs and event in; report, summary, annotations, outputs and one
// sticky comment out. The pipeline is the CLI's; only the edges are GitHub's.

import * as fsp from 'node:fs/promises';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { UsageError, internalErrorLine, isUserFacing } from '../core/errors.js';
import type { Report, Waiver } from '../core/types.js';
import { Git } from '../git/git.js';
import { type Baseline, guardRevisions } from '../guard.js';
import { baselineKey, createActionsBaselineCache } from '../baseline/actions-cache.js';
import { describeInstallable } from '../core/targets.js';
import { mergeReports } from '../core/aggregate.js';
import { applyWaiver, unwaivedBudgets, waiverOf } from '../core/waiver.js';
import { findWaiver } from '../github/labels.js';
import { CommentPermissionError, createOctokit, upsertStickyComment } from '../github/comment.js';
import { commentMarker } from '../github/marker.js';
import { Nix } from '../nix/nix.js';
import { GITHUB_SUMMARY_LIMIT, renderMarkdown } from '../render/markdown.js';
import { formatChain, storyOf } from '../render/summary.js';
import { forbiddenPathCount, imageUnmeasured } from '../core/policy.js';
import { reportJson, writeOutputs } from '../report-files.js';
import { checkReport } from '../schema/validate.js';
import { comparisonFor, pullRequestOf, stringAt } from './event.js';
import { readEventFile } from './event-file.js';
import { type ActionInputs, INPUT, OUTPUT, readInputs } from './inputs.js';

/** What the runner hands the action, read once from process.env. */
export interface RunnerEnv {
  eventName: string;
  eventPath: string;
  repository: string;
  apiUrl: string;
  workspace: string;
  runnerTemp: string;
  serverUrl: string;
  runId: string;
}

/** process.cwd(), which throws when the folder was deleted under the process. */
export function currentFolder(): string {
  try {
    return process.cwd();
  } catch {
    throw new UsageError('the current folder no longer exists (it was deleted under this process); cd into the repository again and rerun');
  }
}

export function runnerEnv(env: NodeJS.ProcessEnv): RunnerEnv {
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? currentFolder(),
    runnerTemp: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: env.GITHUB_RUN_ID ?? '',
  };
}

const FULL_REPORT_HINT = "this run's job summary and the JSON report (output report-path)";

function readEvent(runner: RunnerEnv): Promise<Record<string, unknown>> {
  return readEventFile(runner.eventPath);
}

function setOutputs(report: Report, reportPath: string, body: string): void {
  const first = report.targets[0];
  const imageTarget = report.targets.find((t) => t.head.image);
  core.setOutput(OUTPUT.reportPath, reportPath);
  core.setOutput(OUTPUT.passed, String(report.ok));
  core.setOutput(OUTPUT.closureSize, String(first?.head.closureSize ?? 0));
  core.setOutput(OUTPUT.closureSizeDelta, String(first?.closureSizeDelta ?? 0));
  core.setOutput(OUTPUT.imageSize, String(imageTarget?.head.image?.apparentSize ?? ''));
  core.setOutput(
    OUTPUT.imageSizeDelta,
    // Unknown, not the whole image, when the base was read from a binary cache (no file to measure).
    imageTarget?.head.image && !imageUnmeasured(imageTarget.base) ? String(imageTarget.head.image.apparentSize - (imageTarget.base.image?.apparentSize ?? 0)) : '',
  );
  core.setOutput(OUTPUT.forbiddenCount, String(forbiddenPathCount(report)));
  core.setOutput(OUTPUT.commentBody, body);
}

/** Error annotations: each broken rule shows on the run's page and in the PR's checks. */
function annotate(report: Report): void {
  for (const target of report.targets) {
    // An image of another target's system: its forbidden paths are that target's, annotated once.
    for (const f of storyOf(report, target).forbidden) {
      const chain = formatChain(target, f.path, (text) => text);
      core.error(`${f.path} matches forbidden pattern '${f.pattern}' (${f.new ? 'new in this change' : 'already in the base'}): ${chain}`, {
        title: `nix-size-guard: forbidden dependency in ${target.name}`,
      });
    }
    const waiver = waiverOf(report, target);
    for (const b of target.budgets.filter((x) => !x.ok)) {
      const unit = (n: number) => (b.unit === 'percent' ? `${n}%` : `${n} bytes`);
      const waived = waiver ? ` — waived by label ${waiver.label}${waiver.by ? ` (added by ${waiver.by})` : ''}` : '';
      (waiver ? core.warning : core.error)(`${target.name}: ${b.name} is ${unit(b.limit)}, this change has ${unit(b.actual)}${waived}`, {
        title: `nix-size-guard: budget exceeded in ${target.name}`,
      });
    }
  }
}

function failures(report: Report, inputs: ActionInputs): string[] {
  const reasons: string[] = [];
  const forbidden = forbiddenPathCount(report);
  const budgets = unwaivedBudgets(report);
  if (inputs.failOn.forbidden && forbidden > 0) reasons.push(`${forbidden} forbidden path${forbidden === 1 ? '' : 's'}`);
  if (inputs.failOn.budget && budgets > 0) reasons.push(`${budgets} budget${budgets === 1 ? '' : 's'} exceeded`);
  return reasons;
}

function changed(report: Report): boolean {
  return !report.ok || report.targets.some((t) => t.added.length > 0 || t.removed.length > 0);
}

/** Posts or edits the sticky comment; trouble with it is a warning, never a lost report. */
async function publishComment(
  inputs: ActionInputs,
  runner: RunnerEnv,
  pullRequest: number,
  body: string,
  report: Report,
): Promise<void> {
  if (inputs.comment === 'never') return;
  if (!inputs.token) {
    core.warning('github-token is empty, so no pull-request comment was posted; the report is in the job summary');
    return;
  }
  const [owner, repo] = runner.repository.split('/');
  if (!owner || !repo) {
    core.warning(`GITHUB_REPOSITORY '${runner.repository}' is not owner/repo; no comment posted`);
    return;
  }
  try {
    const octokit = createOctokit(inputs.token, { baseUrl: runner.apiUrl });
    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: pullRequest,
      marker: commentMarker(inputs.commentKey),
      body,
      // on-change: a PR whose closures did not move gets no new comment, but one already posted is kept current.
      createIfMissing: inputs.comment === 'always' || changed(report),
    });
    if (result.action === 'skipped') core.info('No pull-request comment: no closure changed and none was posted before (comment: on-change)');
    else core.info(`Pull-request comment ${result.action}: ${result.url}`);
  } catch (error) {
    if (error instanceof CommentPermissionError) core.warning(error.message);
    else core.warning(`Could not post the pull-request comment: ${error instanceof Error ? error.message : String(error)}; the report is in the job summary`);
  }
}

async function guard(inputs: ActionInputs, runner: RunnerEnv): Promise<void> {
  const payload = await readEvent(runner);
  const comparison = comparisonFor(runner.eventName, payload, inputs.baseRef);
  if (comparison.untrusted && !inputs.allowUntrustedBuild) {
    throw new UsageError(
      "refusing to build under pull_request_target: that event runs with a write token and the repository's secrets, and building the pull request's code would hand them to it. Build on pull_request and post with mode: comment from a workflow_run workflow (README 'Fork pull requests'), or set allow-untrusted-build: true if every PR author is trusted",
    );
  }
  if (!comparison.base) {
    core.notice(`nix-size-guard: nothing to compare with: ${comparison.noBaseReason ?? 'no base'}`);
    core.setOutput(OUTPUT.passed, 'true');
    return;
  }

  const cwd = path.resolve(runner.workspace, inputs.workingDirectory);
  const where = await stat(cwd).catch(() => null);
  if (!where?.isDirectory()) {
    throw new UsageError(`${INPUT.workingDirectory}: '${inputs.workingDirectory}' ${where ? 'is not a folder' : 'does not exist'} in the workspace (${runner.workspace}); give the folder of the flake, relative to the repository`);
  }
  const nix = new Nix({ nixArgs: inputs.nixArgs, log: (text) => process.stdout.write(text), printBuildLogs: true });
  if (inputs.store) await nix.checkStore(inputs.store, INPUT.store);
  const git = new Git(cwd);
  await git.toplevel();
  const baseSha = await git.ensureCommit(comparison.base, inputs.baseRef ? 'base-ref' : 'base');

  const result = await guardRevisions({
    cwd,
    base: { kind: 'commit', sha: baseSha, label: baseSha.slice(0, 12) },
    head: { kind: 'worktree' },
    targets: inputs.targets,
    settings: inputs.settings,
    nix,
    git,
    imageGlobGiven: inputs.imageGlobGiven,
    store: inputs.store || undefined,
    forbidFromConfig: inputs.forbidFromConfig || undefined,
    explainOptions: inputs.explainOptions,
    nixosConfig: inputs.nixosConfig || undefined,
    baseline: inputs.baselineCache ? await baselineFor(inputs, runner, git, nix, payload) : undefined,
    onPhase: (title, phase) => (phase === 'start' ? core.startGroup(title) : core.endGroup()),
  });
  let report: Report = { ...result.report, name: inputs.commentKey };
  if (comparison.pullRequest !== null && inputs.waiveLabel && report.targets.some((t) => t.budgets.some((b) => !b.ok))) {
    const waiver = await lookUpWaiver(inputs, runner, comparison.pullRequest);
    if (waiver) report = applyWaiver(report, waiver);
  }

  // The JSON report first: whatever fails later (the comment), the record is kept.
  const reportPath = path.join(runner.runnerTemp, 'nix-size-guard', `report-${inputs.commentKey}.json`);
  await writeOutputs([{ option: OUTPUT.reportPath, file: reportPath, content: reportJson(report) }]);
  await finish(inputs, runner, report, reportPath, comparison.pullRequest);
}

/** The waiver label, if the pull request has it; trouble asking GitHub is a warning, not a waiver. */
async function lookUpWaiver(inputs: ActionInputs, runner: RunnerEnv, pullRequest: number): Promise<Waiver | null> {
  const [owner, repo] = runner.repository.split('/');
  if (!owner || !repo || !inputs.token) return null;
  try {
    const octokit = createOctokit(inputs.token, { baseUrl: runner.apiUrl });
    return await findWaiver(octokit, { owner, repo, issueNumber: pullRequest, label: inputs.waiveLabel });
  } catch (error) {
    core.warning(`Could not read the labels of #${pullRequest} to look for '${inputs.waiveLabel}': ${error instanceof Error ? error.message : String(error)}; budgets are not waived`);
    return null;
  }
}

/**
 * Base reuse through the Actions cache, keyed by commit and everything that changes what is
 * saved: installable, nix-args, working directory, Nix's system, image glob, forbid-from-config.
 * A push to the default branch saves its head as the next pull requests' base.
 */
async function baselineFor(inputs: ActionInputs, runner: RunnerEnv, git: Git, nix: Nix, payload: Record<string, unknown>): Promise<Baseline> {
  const system = await nix.currentSystem();
  const event = payload as { ref?: string; repository?: { default_branch?: string } };
  const defaultBranchPush =
    runner.eventName === 'push' && !!event.repository?.default_branch && event.ref === `refs/heads/${event.repository.default_branch}`;
  const headSha = defaultBranchPush && (await git.isClean()) ? await git.tryResolve('HEAD') : null;
  return {
    cache: createActionsBaselineCache({
      // @actions/cache derives an entry's version from the file's path: keep it the same on every
      // runner and every run (RUNNER_TEMP is not, on self-hosted runners).
      dir: path.join(tmpdir(), 'nix-size-guard-baseline'),
      warn: (message) => core.warning(message),
      info: (message) => core.info(message),
    }),
    keyFor: (target, commit) =>
      baselineKey({
        target: target.name,
        commit,
        installable: describeInstallable(target.installable),
        nixArgs: inputs.nixArgs,
        workingDirectory: inputs.workingDirectory,
        system,
        imageGlob: inputs.settings.imageGlob,
        forbidFromConfig: inputs.forbidFromConfig,
      }),
    saveHeadAs: headSha ?? undefined,
  };
}

/** Summary, outputs, annotations, comment and the verdict: shared by `guard` and `comment` modes. */
async function finish(
  inputs: ActionInputs,
  runner: RunnerEnv,
  report: Report,
  reportPath: string,
  pullRequest: number | null,
): Promise<void> {
  const marker = commentMarker(inputs.commentKey);
  const body = renderMarkdown(report, { marker, fullReportHint: FULL_REPORT_HINT });
  try {
    setOutputs(report, reportPath, body);
  } catch (error) {
    // @actions/core appends outputs to the GITHUB_OUTPUT file; a runner whose file is gone or
    // read-only gets one line, not an internal error.
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`GITHUB_OUTPUT: cannot write the step's outputs to '${process.env.GITHUB_OUTPUT ?? ''}' (${code ?? (error instanceof Error ? error.message : String(error))}); the runner makes this file for every step`);
  }
  try {
    await core.summary.addRaw(renderMarkdown(report, { maxLength: GITHUB_SUMMARY_LIMIT, unit: 'utf8' })).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
  annotate(report);
  if (pullRequest !== null) await publishComment(inputs, runner, pullRequest, body, report);

  const reasons = failures(report, inputs);
  if (reasons.length > 0) core.setFailed(`nix-size-guard: ${reasons.join(' and ')} (see the report)`);
  else if (!report.ok && inputs.mode !== 'comment') core.warning('nix-size-guard: rules were broken, but fail-on lets the job pass');
}

/**
 * In a workflow_run, the artifact (report and PR number) comes from a workflow the PR's author
 * could change: only comment on a pull request whose head is the commit that run built.
 */
async function checkPullRequestHead(inputs: ActionInputs, runner: RunnerEnv, pullRequest: number, headSha: string): Promise<void> {
  const [owner, repo] = runner.repository.split('/');
  if (!owner || !repo || !inputs.token) return;
  const octokit = createOctokit(inputs.token, { baseUrl: runner.apiUrl });
  const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pullRequest });
  if (data.head.sha !== headSha) {
    throw new UsageError(
      `pr-number: pull request #${pullRequest} is at ${data.head.sha.slice(0, 12)}, but the workflow run that made the report built ${headSha.slice(0, 12)}; not commenting (a report may only go to the pull request it was built for)`,
    );
  }
}

/**
 * A report another job wrote (an artifact a pull request's author may control): parsed, then
 * checked against docs/report.schema.json before anything reads a field of it.
 */
async function readReport(file: string): Promise<Report> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`report: cannot read '${file}' as a JSON report (${error instanceof Error ? error.message : String(error)}); download the artifact the guarding workflow uploaded`);
  }
  const checked = checkReport(value);
  if (!checked.ok) {
    throw new UsageError(`report: '${file}' is not a nix-size-guard report (schemaVersion 2, docs/report.schema.json): ${checked.problem}`);
  }
  return checked.value;
}

/** mode: comment — post a report built by another workflow (the fork-safe pattern). */
async function comment(inputs: ActionInputs, runner: RunnerEnv): Promise<void> {
  const report = await readReport(inputs.reportFile);
  const payload = await readEvent(runner);
  const pullRequest = inputs.prNumber ?? pullRequestOf(payload);
  if (pullRequest === null) {
    throw new UsageError('pr-number: mode comment needs the pull request number; pass it from the guarding workflow (e.g. in the artifact)');
  }
  const headSha = stringAt(payload, 'workflow_run.head_sha');
  if (runner.eventName === 'workflow_run' && headSha) {
    await checkPullRequestHead(inputs, runner, pullRequest, headSha);
  }
  // The guarding workflow already failed or passed on these rules; this one only reports.
  await finish({ ...inputs, failOn: { budget: false, forbidden: false } }, runner, report, inputs.reportFile, pullRequest);
}

/** mode: aggregate — many matrix jobs' reports, one comment with a row per configuration. */
async function aggregate(inputs: ActionInputs, runner: RunnerEnv): Promise<void> {
  const files: string[] = [];
  for await (const file of fsp.glob(inputs.reportFile, { cwd: runner.workspace })) files.push(path.resolve(runner.workspace, file));
  const reports = [];
  for (const file of files.sort()) reports.push({ report: await readReport(file), source: file });
  const merged = mergeReports(reports);
  const reportPath = path.join(runner.runnerTemp, 'nix-size-guard', `report-${inputs.commentKey}.json`);
  await writeOutputs([{ option: OUTPUT.reportPath, file: reportPath, content: reportJson(merged) }]);
  const payload = await readEvent(runner);
  await finish(inputs, runner, merged, reportPath, inputs.prNumber ?? pullRequestOf(payload as Parameters<typeof pullRequestOf>[0]));
}

/** The action's entry: one try/catch, one clear failure line, exit 2 for an error (1 is a broken rule). */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    const runner = runnerEnv(env);
    if (inputs.mode === 'comment') await comment(inputs, runner);
    else if (inputs.mode === 'aggregate') await aggregate(inputs, runner);
    else await guard(inputs, runner);
  } catch (error) {
    if (isUserFacing(error)) {
      core.setFailed(`nix-size-guard: ${error.message}`);
    } else {
      // The stack only with step debug logging (the runner sets RUNNER_DEBUG=1 for it).
      const debug = process.env.RUNNER_DEBUG === '1' || process.env.ACTIONS_STEP_DEBUG === 'true';
      core.setFailed(internalErrorLine(error, debug ? '' : 're-run with debug logging for the stack trace'));
      if (debug && error instanceof Error && error.stack) core.info(error.stack);
    }
    process.exitCode = 2;
  }
}
