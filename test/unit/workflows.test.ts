// Every workflow file of the repository (its own CI and release, and the examples users copy)
// and action.yml, checked by GitHub's own parser (@actions/workflow-parser): the keys, value
// types, events, permission scopes and expressions GitHub would accept. test/unit/examples.test.ts
// checks the examples against action.yml's inputs on top of this. The workflows themselves only
// run on GitHub (README "Development"); what can be checked here is checked here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/action-runner.js';
import { actionErrors, workflowErrors } from '../helpers/workflow-parser.js';

const DIRS = ['.github/workflows', 'examples/workflows'];
const FILES = DIRS.flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`),
);
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

type Step = { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
type Job = { steps?: Step[]; strategy?: { matrix?: { include?: Record<string, string>[] } } };
const jobsOf = (file: string): Record<string, Job> => (parseYaml(read(file)) as { jobs: Record<string, Job> }).jobs;

const action = parseYaml(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

describe("GitHub's workflow parser", () => {
  it('finds the repository workflows and the examples', () => {
    expect(FILES).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml', 'examples/workflows/appliance.yml']),
    );
  });

  it.each(FILES)('accepts %s', async (file) => {
    expect(await workflowErrors(file, read(file))).toEqual([]);
  });

  it('accepts action.yml', async () => {
    expect(await actionErrors('action.yml', read('action.yml'))).toEqual([]);
  });

  // The same parser on broken copies: each mistake is one GitHub would refuse, so a pass above
  // means something.
  it.each<[string, string, string | RegExp, string, RegExp]>([
    ['a misspelled job key', '.github/workflows/ci.yml', 'timeout-minutes: 30', 'timeout-minute: 30', /Unexpected value 'timeout-minute'/],
    ['a permission scope that does not exist', '.github/workflows/ci.yml', '  test-action:\n    runs-on:', '  test-action:\n    permissions:\n      content: read\n    runs-on:', /Unexpected value 'content'/],
    ['a workflow permission scope that does not exist', '.github/workflows/release.yml', /^ {2}contents: write$/m, '  content: write', /Unexpected value 'content'/],
    ['a permission level that does not exist', '.github/workflows/ci.yml', '  test-action:\n    runs-on:', '  test-action:\n    permissions:\n      contents: admin\n    runs-on:', /Unexpected value 'admin'/],
    ['an expression that does not parse', '.github/workflows/ci.yml', "matrix.installer == 'lix'", "matrix.installer == 'lix' &&", /Unexpected end of expression/],
    ['an event that does not exist', '.github/workflows/ci.yml', 'workflow_dispatch:', 'workflow_dispatched:', /Unexpected value 'workflow_dispatched'/],
    ['a step with both uses and run', '.github/workflows/release.yml', '- run: npm ci --no-audit --no-fund', '- run: npm ci\n        uses: actions/cache@v4', /Unexpected value 'uses'/],
    ['a job that needs a job that does not exist', '.github/workflows/ci.yml', '  test-action:\n    runs-on:', '  test-action:\n    needs: tests\n    runs-on:', /depends on unknown job 'tests'/],
  ])('refuses %s', async (_, file, from, to, message) => {
    const original = read(file);
    const broken = original.replace(from, to);
    expect(broken, `${file} no longer contains ${String(from)}`).not.toBe(original);
    expect((await workflowErrors(file, broken)).join('\n')).toMatch(message);
  });

  it('refuses an action.yml with a misspelled key', async () => {
    const broken = read('action.yml').replace('runs:\n  using: node24', 'run:\n  using: node24');
    expect((await actionErrors('action.yml', broken)).join('\n')).toMatch(/Required property is missing: runs/);
  });
});

describe('ci.yml', () => {
  const jobs = jobsOf('.github/workflows/ci.yml');

  it('tests on Nix 2.18, 2.24, the latest Nix, Determinate Nix and Lix', () => {
    const include = jobs.test?.strategy?.matrix?.include ?? [];
    expect(include.map((entry) => entry.nix)).toEqual(['Nix 2.18', 'Nix 2.24', 'Nix latest', 'Determinate Nix', 'Lix']);
    // Each install_url is the installer of the Nix version its entry names.
    for (const entry of include.filter((e) => /^Nix 2\.\d+$/.test(e.nix ?? ''))) {
      const minor = /^Nix (2\.\d+)$/.exec(entry.nix ?? '')?.[1] ?? '';
      expect(entry.install_url).toMatch(new RegExp(`^https://releases\\.nixos\\.org/nix/nix-${minor.replace('.', '\\.')}\\.\\d+/install$`));
    }
    // Every installer an entry names has a step that runs only for it.
    const steps = jobs.test?.steps ?? [];
    for (const installer of new Set(include.map((e) => e.installer))) {
      expect(steps.filter((s) => s.if === `matrix.installer == '${installer}'`)).toHaveLength(1);
    }
  });

  it('runs the type-check, the dist/ check and the whole test suite', () => {
    const runs = (jobs.test?.steps ?? []).map((s) => s.run ?? '');
    expect(runs).toEqual(expect.arrayContaining(['npm run typecheck', 'npm run check-dist']));
    expect(runs.some((r) => /vitest run$/.test(r))).toBe(true);
  });

  it('runs the action itself with uses: ./, only with inputs action.yml declares, and reads only outputs it declares', () => {
    const steps = jobs['test-action']?.steps ?? [];
    const guard = steps.find((s) => s.uses === './');
    expect(guard?.id).toBe('guard');
    expect(Object.keys(guard?.with ?? {}).filter((input) => !(input in action.inputs))).toEqual([]);
    const read = JSON.stringify(steps.map((s) => s.env ?? {})).match(/steps\.guard\.outputs\.([a-z-]+)/g) ?? [];
    expect(read.length).toBeGreaterThanOrEqual(5);
    expect(read.map((r) => r.replace('steps.guard.outputs.', '')).filter((output) => !(output in action.outputs))).toEqual([]);
  });
});

describe('release.yml', () => {
  const steps = jobsOf('.github/workflows/release.yml').release?.steps ?? [];
  const runs = steps.map((s) => s.run ?? '');

  it('checks dist/ and the CHANGELOG entry before it publishes, then moves the major tag', () => {
    const at = (pattern: RegExp): number => runs.findIndex((r) => pattern.test(r));
    const order = [/^npm run check-dist$/, /scripts\/changelog-entry\.mjs --tag/, /gh release create .*--notes-file/, /git push --force origin "refs\/tags\/\$major"/].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
