import { describe, expect, it } from 'vitest';
import { comparisonFor, pullRequestOf } from '../../src/action/event.js';
import { parseFailOn, readInputs } from '../../src/action/inputs.js';
import { actionDefaults, examplePayload, ROOT } from '../helpers/action-runner.js';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, each described with a default', async () => {
    // The names readInputs asks for, recorded as it asks (guard mode reads every input).
    const defaults = await actionDefaults();
    const asked = new Set<string>();
    readInputs((name) => (asked.add(name), defaults[name] ?? ''));
    expect(Object.keys(action.inputs).sort()).toEqual([...asked].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(input.default, name).toBeDefined();
    }
  });
  // That action.yml declares exactly the outputs the action sets is checked on the outputs a real
  // run writes to GITHUB_OUTPUT: test/integration/action.test.ts, 'sets the outputs'.
  it('runs the ESM bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  it('has defaults that read cleanly', async () => {
    const defaults = await actionDefaults();
    const inputs = readInputs((name) => defaults[name] ?? '');
    expect(inputs.mode).toBe('guard');
    expect(inputs.comment).toBe('always');
    expect(inputs.failOn).toEqual({ budget: true, forbidden: true });
    expect(inputs.targets.map((t) => t.name)).toEqual(['toplevel']);
    expect(inputs.settings.heavyThreshold).toBe(1024 * 1024);
    expect(inputs.allowUntrustedBuild).toBe(false);
  });
});

describe('readInputs', () => {
  const read = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');
  it.each([
    [{ comment: 'sometimes' }, /^comment: 'sometimes' is not one of always, on-change, never$/],
    [{ 'fail-on': 'budgets' }, /^fail-on: 'budgets' is not budget, forbidden or never/],
    [{ 'comment-key': 'my key' }, /^comment-key: 'my key' may hold only/],
    [{ 'allow-untrusted-build': 'yes' }, /^allow-untrusted-build: 'yes' is not true or false$/],
    [{ 'pr-number': '#12' }, /^pr-number: '#12' is not a pull request number$/],
    [{ mode: 'comment' }, /^report: mode 'comment' posts a JSON report/],
    [{ targets: 'toplevel' }, /^targets: 'toplevel' has no name/],
    [{ targets: 'a=.#a', 'max-closure-increase': '5 MB' }, /^max-closure-increase: '5 MB' is not a size increase/],
  ])('refuses %j naming the input', (values, message) => {
    expect(() => read({ targets: 'a=.#a', ...values })).toThrow(message);
  });
  it('reads multi-line inputs', () => {
    const inputs = read({
      targets: 'toplevel=.#nixosConfigurations.appliance.config.system.build.toplevel\n\nimage=.#image\n',
      forbid: 'perl\npython3\n',
      allow: 'perl-.*-man # man pages are stripped from the image',
      'max-image': 'compressed:300MiB\n4GiB',
      'fail-on': 'forbidden',
    });
    expect(inputs.targets.map((t) => t.name)).toEqual(['toplevel', 'image']);
    expect(inputs.settings.forbid.map((r) => r.pattern)).toEqual(['perl', 'python3']);
    expect(inputs.settings.allow[0]?.reason).toBe('man pages are stripped from the image');
    expect(inputs.settings.budgets.maxImage.map((b) => b.measure)).toEqual(['compressed', 'apparent']);
    expect(inputs.failOn).toEqual({ budget: false, forbidden: true });
  });
  it('reads fail-on', () => {
    expect(parseFailOn('never')).toEqual({ budget: false, forbidden: false });
    expect(parseFailOn('budget,forbidden')).toEqual({ budget: true, forbidden: true });
  });
});

describe('comparisonFor: what each event compares', () => {
  it('pull_request: the PR base commit', () => {
    const payload = examplePayload('pull_request', 'opened');
    expect(comparisonFor('pull_request', payload, '')).toEqual({
      base: payload.pull_request.base.sha, pullRequest: payload.pull_request.number, untrusted: false,
    });
  });
  it('pull_request_target: marked untrusted', () => {
    expect(comparisonFor('pull_request_target', examplePayload('pull_request', 'synchronize'), '').untrusted).toBe(true);
  });
  it('push: the commit before the push; none for a new branch', () => {
    // The examples are tag pushes; a branch push has the same shape.
    const payload = { ...examplePayload('push'), before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' };
    expect(comparisonFor('push', payload, '').base).toBe(payload.before);
    const created = examplePayload('push');
    expect(created.before).toMatch(/^0+$/);
    expect(comparisonFor('push', created, '')).toMatchObject({ base: null, pullRequest: null });
    expect(comparisonFor('push', created, 'main').base).toBe('main');
  });
  it('merge_group: the queue base', () => {
    const payload = examplePayload('merge_group');
    expect(comparisonFor('merge_group', payload, '').base).toBe(payload.merge_group.base_sha);
  });
  it('workflow_dispatch: the default branch', () => {
    const payload = examplePayload('workflow_dispatch');
    expect(comparisonFor('workflow_dispatch', payload, '').base).toBe(`origin/${payload.repository.default_branch}`);
  });
  it('base-ref overrides the event', () => {
    expect(comparisonFor('pull_request', examplePayload('pull_request', 'opened'), 'v1.0').base).toBe('v1.0');
  });
  it('refuses an event it cannot compare', () => {
    expect(() => comparisonFor('issues', {}, '')).toThrow(/event 'issues' is not supported/);
  });
  it('finds the PR of a workflow_run', () => {
    const payload = examplePayload('workflow_run', 'completed');
    expect(pullRequestOf(payload)).toBe(payload.workflow_run.pull_requests[0]?.number ?? null);
  });
});
