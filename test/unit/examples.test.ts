// The ready-to-paste workflows in examples/workflows/ are documentation that users copy, so they
// are linted here: only inputs action.yml declares, values the action accepts, least-privilege
// permissions, no pull_request_target, no expressions in `run:` scripts, and a fork-safe pair
// that fits together. The last block breaks copies of the examples to show each check can fail.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { parseTargets } from '../../src/core/targets.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = path.join(ROOT, 'examples', 'workflows');
const ACTION = 'nix-size-guard/nix-size-guard';
const ACTION_REF = `${ACTION}@v1`;

type Dict = Record<string, unknown>;

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: unknown;
  with?: Dict;
  env?: Dict;
}

interface Job {
  permissions?: unknown;
  strategy?: { matrix?: Dict };
  steps?: Step[];
}

interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);

const actionYml = parseDocument(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).toJS() as {
  inputs: Record<string, { default?: string }>;
};
const INPUTS = new Set(Object.keys(actionYml.inputs));

/** The inputs' defaults as the runner sets them; expressions (`${{ github.token }}`) become a stand-in. */
const DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(actionYml.inputs).map(([name, input]) => [name, (input.default ?? '').replace(/\$\{\{[^}]*\}\}/g, 'x')]),
);

function parseWorkflow(text: string): { workflow: Workflow; problems: string[] } {
  const doc = parseDocument(text, { uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => `YAML: ${e.message}`);
  const workflow = doc.toJS() as unknown;
  if (!isDict(workflow)) return { workflow: {}, problems: [...problems, 'not a YAML mapping'] };
  return { workflow: workflow as Workflow, problems };
}

/** The events a workflow runs on, whichever of the three `on:` shapes it uses. */
function events(workflow: Workflow): Dict {
  const on = workflow.on;
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), null]));
  return isDict(on) ? on : {};
}

function jobs(workflow: Workflow): [string, Job][] {
  return Object.entries(workflow.jobs ?? {});
}

const steps = (job: Job): Step[] => (Array.isArray(job.steps) ? job.steps : []);
const usesAction = (step: Step, action: string): boolean => typeof step.uses === 'string' && step.uses.split('@')[0] === action;
const isGuardStep = (step: Step): boolean => usesAction(step, ACTION);
const withValue = (step: Step, key: string): string | undefined =>
  step.with && key in step.with ? String(step.with[key] ?? '') : undefined;
const stepLabel = (job: string, step: Step, index: number): string => `jobs.${job}.steps[${index}]${step.id ? ` (${step.id})` : ''}`;

/** A job's effective permissions: its own replace the workflow's. `write-all` grants everything. */
function permission(workflow: Workflow, job: Job, scope: string): string {
  const perms = job.permissions ?? workflow.permissions;
  if (perms === 'write-all') return 'write';
  if (perms === 'read-all') return 'read';
  return isDict(perms) ? String(perms[scope] ?? 'none') : 'none';
}

/** Whether a nix-size-guard step posts a comment (mode comment, or a guard whose comment is not never). */
function comments(step: Step): boolean {
  const mode = withValue(step, 'mode');
  if (mode === 'comment' || mode === 'aggregate') return true;
  // mode: report only writes the report; an aggregate job comments.
  if (mode === 'report') return false;
  return (withValue(step, 'comment') ?? 'always').trim() !== 'never';
}

/**
 * The job's matrix combinations, as GitHub forms them: the product of the list-valued keys, then
 * each `include` entry extends the combinations it matches (adding new keys only) or stands alone.
 */
function matrixCombinations(job: Job): Record<string, string>[] {
  const matrix = job.strategy?.matrix;
  if (!isDict(matrix)) return [{}];
  let combos: Record<string, string>[] = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude' || !Array.isArray(values)) continue;
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: String(v) })));
  }
  const dimensions = new Set(Object.keys(combos[0] ?? {}));
  const exclude = Array.isArray(matrix.exclude) ? (matrix.exclude as Dict[]) : [];
  combos = combos.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => c[k] === String(v))));
  for (const entry of Array.isArray(matrix.include) ? (matrix.include as Dict[]) : []) {
    const fields = Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, String(v)]));
    const matching = combos.filter((c) => Object.entries(fields).every(([k, v]) => !dimensions.has(k) || c[k] === v));
    if (matching.length === 0) combos.push(fields);
    for (const c of matching) for (const [k, v] of Object.entries(fields)) if (!dimensions.has(k)) c[k] = v;
  }
  return combos;
}

/**
 * A `with:` value as one matrix job would see it: `${{ matrix.X }}` filled in (empty when that
 * job has no X), any other expression replaced by a stand-in of the right shape.
 */
function evaluate(value: string, input: string, combo: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const matrixKey = /^matrix\.([A-Za-z0-9_-]+)$/.exec(expression);
    if (matrixKey) return combo[matrixKey[1] as string] ?? '';
    return input === 'pr-number' ? '1' : 'x';
  });
}

/** Steps that read a guard step's outputs. */
function readsOutputsOf(step: Step, ids: string[]): boolean {
  const text = JSON.stringify({ if: step.if, with: step.with, env: step.env });
  return ids.some((id) => text.includes(`steps.${id}.outputs.`));
}

/** Everything wrong with one workflow on its own; [] when it is fine. */
function lintWorkflow(text: string): string[] {
  const { workflow, problems } = parseWorkflow(text);
  const problem = (message: string) => problems.push(message);

  if (!/^#\s*\S/.test(text)) problem('does not start with a comment saying what it is for');
  if (!workflow.name) problem('has no name (a workflow_run workflow refers to it by name)');
  if (workflow.permissions === undefined) problem('does not declare its permissions (least privilege: say what it needs)');

  const on = events(workflow);
  if (Object.keys(on).length === 0) problem('has no events (on:)');
  if ('pull_request_target' in on) {
    problem("runs on pull_request_target: that hands a write token and the secrets to the pull request's code");
  }
  const onWorkflowRun = 'workflow_run' in on;

  let guardSteps = 0;
  let anyComment = false;
  for (const [jobName, job] of jobs(workflow)) {
    const jobSteps = steps(job);
    if (jobSteps.length === 0) problem(`jobs.${jobName} has no steps`);
    const guardIds = jobSteps.filter((s) => isGuardStep(s) && s.id).map((s) => s.id as string);
    const guardIndex = jobSteps.findIndex(isGuardStep);
    const handsOn = jobSteps.some((s, i) => i > guardIndex && readsOutputsOf(s, guardIds));

    jobSteps.forEach((step, index) => {
      const where = stepLabel(jobName, step, index);

      // Script injection: an expression in `run:` is pasted into the script before the shell
      // reads it; only `env:` may hold expressions, and the script reads the variables.
      if (typeof step.run === 'string') {
        for (const match of step.run.matchAll(/\$\{\{[^}]*\}\}/g)) {
          problem(`${where}: run interpolates ${match[0]}; pass it through env: and read the variable`);
        }
      }

      // The guard fails the job when a rule breaks, and that is the report most worth handing
      // on: once a later step uses its outputs, every step after the guard must run on failure.
      if (handsOn && index > guardIndex) {
        const condition = typeof step.if === 'string' ? step.if : '';
        if (!/always\(\)|!\s*cancelled\(\)|failure\(\)/.test(condition)) {
          problem(`${where}: is skipped when the guard fails, so a broken rule's report is lost; add if: \${{ !cancelled() && ... }}`);
        }
      }

      if (onWorkflowRun) {
        if (usesAction(step, 'actions/checkout')) problem(`${where}: checks out code in a workflow_run workflow, which holds a write token`);
        if (typeof step.uses === 'string' && /install-nix-action|nix-installer-action/.test(step.uses)) {
          problem(`${where}: installs Nix in a workflow_run workflow; build in the pull_request workflow`);
        }
        if (usesAction(step, 'actions/download-artifact') && withValue(step, 'run-id') !== undefined) {
          if (withValue(step, 'github-token') === undefined) problem(`${where}: downloads another run's artifact without github-token`);
          if (!['read', 'write'].includes(permission(workflow, job, 'actions'))) {
            problem(`jobs.${jobName}: downloads another run's artifact without permissions actions: read`);
          }
        }
      }

      if (!isGuardStep(step)) return;
      guardSteps++;
      if (step.uses !== ACTION_REF) problem(`${where}: uses ${step.uses}; the examples use ${ACTION_REF}`);
      const given = isDict(step.with) ? step.with : {};
      for (const key of Object.keys(given)) {
        if (!INPUTS.has(key)) problem(`${where}: '${key}' is not an input of action.yml`);
      }
      const mode = withValue(step, 'mode') ?? 'guard';
      if (mode === 'comment') {
        if (!withValue(step, 'report')?.trim()) problem(`${where}: mode comment without report`);
        if (!withValue(step, 'pr-number')?.trim()) problem(`${where}: mode comment without pr-number (a fork's workflow_run names no PR)`);
      }
      if (onWorkflowRun && mode !== 'comment') problem(`${where}: builds in a workflow_run workflow; use mode: comment there`);
      if (comments(step)) {
        anyComment = true;
        if (permission(workflow, job, 'pull-requests') !== 'write') problem(`${where}: comments, but jobs.${jobName} lacks pull-requests: write`);
      }

      if (mode === 'guard' || mode === 'report') {
        const targets = withValue(step, 'targets') ?? '';
        for (const combo of matrixCombinations(job)) {
          for (const line of evaluate(targets, 'targets', combo).split('\n').filter((l) => l.trim() !== '')) {
            if (!/^[^=\s]+=\S/.test(line.trim())) problem(`${where}: targets line '${line.trim()}' is not NAME=INSTALLABLE`);
            try {
              parseTargets([line], 'targets');
            } catch (error) {
              problem(`${where}: ${(error as Error).message}`);
            }
          }
        }
      }

      // Every value as the action itself reads it, once per matrix job.
      for (const combo of matrixCombinations(job)) {
        const get = (name: string) => {
          const value = withValue(step, name);
          return value === undefined ? (DEFAULTS[name] ?? '') : evaluate(value, name, combo);
        };
        try {
          readInputs(get);
        } catch (error) {
          const which = Object.keys(combo).length > 0 ? ` (matrix ${JSON.stringify(combo)})` : '';
          problem(`${where}${which}: the action refuses its inputs: ${(error as Error).message}`);
        }
      }
    });
  }
  if (guardSteps === 0) problem(`has no step that uses ${ACTION}`);
  // Least privilege: a workflow that never comments needs no write access at all.
  if (!anyComment) {
    for (const [jobName, job] of jobs(workflow)) {
      const perms = job.permissions ?? workflow.permissions;
      if (perms === 'write-all' || (isDict(perms) && Object.values(perms).includes('write'))) {
        problem(`jobs.${jobName}: asks for write permissions, but nothing in this workflow comments`);
      }
    }
  }
  return problems;
}

/** The workflow_run ↔ pull_request pairs: names, artifact names and the report's path agree. */
function lintPairs(texts: Record<string, string>): string[] {
  const problems: string[] = [];
  const workflows = Object.entries(texts).map(([file, text]) => ({ file, workflow: parseWorkflow(text).workflow }));
  const byName = new Map(workflows.map((w) => [w.workflow.name, w]));
  for (const { file, workflow } of workflows) {
    const trigger = events(workflow).workflow_run;
    if (!('workflow_run' in events(workflow))) continue;
    const names = isDict(trigger) && Array.isArray(trigger.workflows) ? trigger.workflows.map(String) : [];
    if (names.length === 0) problems.push(`${file}: workflow_run names no workflows`);
    const uploads = new Set<string>();
    for (const name of names) {
      const source = byName.get(name);
      if (!source) {
        problems.push(`${file}: workflow_run waits for '${name}', which no example is named`);
        continue;
      }
      if (!('pull_request' in events(source.workflow))) problems.push(`${file}: '${name}' (${source.file}) does not run on pull_request`);
      for (const [, job] of jobs(source.workflow)) {
        for (const step of steps(job)) if (usesAction(step, 'actions/upload-artifact')) uploads.add(withValue(step, 'name') ?? 'artifact');
      }
    }
    for (const [, job] of jobs(workflow)) {
      const downloads = steps(job).filter((s) => usesAction(s, 'actions/download-artifact'));
      for (const step of downloads) {
        const name = withValue(step, 'name') ?? '';
        if (!uploads.has(name)) problems.push(`${file}: downloads artifact '${name}', which ${names.join(', ')} does not upload`);
      }
      for (const step of steps(job).filter((s) => isGuardStep(s) && withValue(s, 'mode') === 'comment')) {
        const report = withValue(step, 'report') ?? '';
        if (!downloads.some((d) => report.startsWith(`${(withValue(d, 'path') ?? '').replace(/\/$/, '')}/`))) {
          problems.push(`${file}: report '${report}' is not inside a downloaded artifact's path`);
        }
      }
    }
  }
  return problems;
}

const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
  .sort();
const texts: Record<string, string> = Object.fromEntries(files.map((f) => [f, readFileSync(path.join(EXAMPLES, f), 'utf8')]));
const text = (file: string): string => texts[file] ?? '';

describe('examples/workflows', () => {
  it('holds the documented examples', () => {
    expect(files).toEqual(
      expect.arrayContaining(['appliance.yml', 'fork-safe-build.yml', 'fork-safe-comment.yml', 'matrix.yml', 'perlless.yml']),
    );
  });

  it.each(files)('%s passes every check', (file) => {
    expect(lintWorkflow(text(file))).toEqual([]);
  });

  it('the fork-safe pair fits together', () => {
    expect(lintPairs(texts)).toEqual([]);
  });

  it('the matrix example gives every machine its own comment-key and target', () => {
    const { workflow } = parseWorkflow(text('matrix.yml'));
    const [, job] = jobs(workflow)[0] ?? [];
    const step = steps(job ?? {}).find(isGuardStep) as Step;
    const combos = matrixCombinations(job ?? {});
    expect(combos.map((c) => c.config)).toEqual(['gateway', 'kiosk', 'sensor']);
    const keys = combos.map((c) => evaluate(withValue(step, 'comment-key') ?? '', 'comment-key', c));
    expect(new Set(keys).size).toBe(combos.length);
    const targets = combos.map((c) => parseTargets(evaluate(withValue(step, 'targets') ?? '', 'targets', c).split('\n')));
    expect(targets.map((t) => t[0]?.installable)).toEqual(
      combos.map((c) => ({ kind: 'flake', ref: `.#nixosConfigurations.${c.config}.config.system.build.toplevel` })),
    );
  });
});

describe('the checks catch broken workflows', () => {
  /** `file` with `from` replaced by `to`; fails loudly if the example no longer holds `from`. */
  function broken(file: string, from: string | RegExp, to: string): string {
    const original = text(file);
    const changed = original.replace(from, to);
    expect(changed, `${file} no longer contains ${String(from)}`).not.toBe(original);
    return changed;
  }

  it.each<[string, string, string | RegExp, string, RegExp]>([
    ['a misspelled input', 'appliance.yml', 'max-closure-increase:', 'max-closure-increse:', /'max-closure-increse' is not an input of action\.yml/],
    ['an input of another action', 'perlless.yml', 'fail-on: forbidden', 'fail-on: forbidden\n          github_access_token: x', /'github_access_token' is not an input/],
    ['a value the action refuses', 'perlless.yml', 'fail-on: forbidden', 'fail-on: forbiden', /fail-on: 'forbiden' is not budget, forbidden or never/],
    ['a bad image budget', 'appliance.yml', 'compressed:300MiB', 'compresed:300MiB', /the action refuses its inputs: max-image/],
    ['a target without a name', 'appliance.yml', 'image=.#image', '.#image', /targets line '\.#image' is not NAME=INSTALLABLE/],
    ['a target with spaces', 'appliance.yml', 'image=.#image', 'image=.# image', /has spaces/],
    ['a matrix target without a name', 'matrix.yml', '${{ matrix.config }}=.#', '.#', /is not NAME=INSTALLABLE/],
    ['pull_request_target', 'appliance.yml', /^ {2}pull_request:/m, '  pull_request_target:', /pull_request_target/],
    ['a comment without pull-requests: write', 'appliance.yml', /^ {2}pull-requests: write\n/m, '', /lacks pull-requests: write/],
    ['a comment without pull-requests: write (matrix)', 'matrix.yml', /^ {2}pull-requests: write\n/m, '', /lacks pull-requests: write/],
    ['write access where nothing comments', 'fork-safe-build.yml', /^ {2}contents: read\n/m, '  contents: read\n  pull-requests: write\n', /asks for write permissions/],
    ['no permissions at all', 'perlless.yml', /^permissions:\n(?: {2}.*\n)+/m, '', /does not declare its permissions/],
    ['mode comment without report', 'fork-safe-comment.yml', /^ +report: .*\n/m, '', /mode comment without report/],
    ['mode comment without pr-number', 'fork-safe-comment.yml', /^ +pr-number: .*\n/m, '', /mode comment without pr-number/],
    ['an event expression in run', 'fork-safe-build.yml', `"$PR_NUMBER" >`, '${{ github.event.pull_request.number }} >', /run interpolates \$\{\{ github\.event\.pull_request\.number \}\}/],
    ['a step output in run', 'fork-safe-build.yml', `cp "$REPORT_PATH"`, 'cp "${{ steps.guard.outputs.report-path }}"', /run interpolates \$\{\{ steps\.guard\.outputs\.report-path \}\}/],
    ['an upload skipped when the guard fails', 'fork-safe-build.yml', /^ +if: \$\{\{ !cancelled\(\) && steps\.guard\.outputs\.report-path != '' \}\}\n(?= +with:)/m, '', /skipped when the guard fails/],
    ['a checkout in the workflow_run workflow', 'fork-safe-comment.yml', /^ {4}steps:\n/m, '    steps:\n      - uses: actions/checkout@v5\n', /checks out code in a workflow_run workflow/],
    ['a download without actions: read', 'fork-safe-comment.yml', /^ {2}actions: read\n/m, '', /without permissions actions: read/],
    ['another published name', 'appliance.yml', 'nix-size-guard/nix-size-guard@v1', 'nix-size-guard/nix-size-guard@main', /the examples use nix-size-guard\/nix-size-guard@v1/],
    ['no leading comment', 'matrix.yml', /^(#.*\n)+/, '', /does not start with a comment/],
    ['a duplicated key', 'perlless.yml', 'fail-on: forbidden', 'fail-on: forbidden\n          fail-on: never', /YAML: Map keys must be unique/],
  ])('%s', (_, file, from, to, message) => {
    const problems = lintWorkflow(broken(file, from, to));
    expect(problems.join('\n')).toMatch(message);
  });

  it('a guard in the workflow_run workflow', () => {
    const changed = broken('fork-safe-comment.yml', /^ +mode: comment\n/m, '');
    expect(lintWorkflow(changed).join('\n')).toMatch(/builds in a workflow_run workflow/);
  });

  it('a pair whose names or artifacts disagree', () => {
    const renamed = { ...texts, 'fork-safe-build.yml': broken('fork-safe-build.yml', 'name: nix-size-guard build', 'name: size build') };
    expect(lintPairs(renamed).join('\n')).toMatch(/waits for 'nix-size-guard build', which no example is named/);
    const artifact = { ...texts, 'fork-safe-build.yml': broken('fork-safe-build.yml', 'name: nix-size-guard-report', 'name: size-report') };
    expect(lintPairs(artifact).join('\n')).toMatch(/downloads artifact 'nix-size-guard-report', which nix-size-guard build does not upload/);
    const report = { ...texts, 'fork-safe-comment.yml': broken('fork-safe-comment.yml', 'report: ${{ runner.temp }}/nix-size-guard-report/', 'report: ./') };
    expect(lintPairs(report).join('\n')).toMatch(/is not inside a downloaded artifact's path/);
  });
});
