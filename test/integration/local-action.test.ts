// The action once more, started by @github/local-action (v7), to prove that action.yml and the
// committed bundle load the way a GitHub-style loader loads them: the example appliance built by
// real Nix, a real pull_request payload, and the loopback GitHub that checks every request
// against GitHub's OpenAPI description.
//
// How local-action runs, and what that means here (read from its bin/local-action.js and
// src/commands/run.ts):
//
// - `local-action run <action dir> <entrypoint> <dotenv file>` (what `npx local-action …` does;
//   the test starts the package's bin with this Node). The bin finds the action's package.json,
//   then runs `npm exec tsx …/src/index.ts -- <args>`: npm and the locally installed tsx, nothing
//   fetched (the test sets npm_config_offline=true to make sure). It runs on the Node 24 of
//   node_modules/.bin, the one action.yml's `using: node24` asks for.
// - It parses action.yml and prints its inputs and outputs, loads the .env file into process.env
//   (override: true), then `import()`s the entrypoint and calls the `run()` it must export. It does
//   not set GITHUB_* variables itself; the .env carries them (GITHUB_EVENT_PATH, GITHUB_API_URL,
//   GITHUB_OUTPUT, …).
// - Before that import it replaces @actions/core, @actions/github, @actions/cache and
//   @actions/artifact with stubs (quibble, by the module's file in node_modules). The stubs are
//   what read action.yml defaults for missing inputs, collect setOutput() into its "Action
//   Outputs" table, and turn setFailed() into a logged error WITHOUT a failing exit code.
//
// The committed bundle, dist/index.js (what GitHub runs), meets two of those head-on:
// - It inlines @actions/core and @actions/github, so no stub applies (README: "This tool supports
//   non-transpiled action code only"). The real toolkit runs: inputs come from INPUT_* only (so the
//   .env carries action.yml's defaults, as the runner would set them), outputs go to the
//   GITHUB_OUTPUT file, setFailed() prints `::error::` and sets process.exitCode, and setSecret()
//   prints `::add-mask::` for a runner to swallow.
// - It runs the action by a top-level `await run()` on import (src/index.ts) and exports nothing.
//   The import finishes the whole action (builds, comment, outputs, verdict); local-action then
//   throws "Entrypoint …/dist/index.js does not export a run() function" and exits 1 whatever the
//   verdict, before its "Action Outputs" table. Exporting run() from src/index.ts would not help:
//   local-action would call it a second time after the import ran it.
// So the first test proves what local-action can prove about the bundle: it parses action.yml,
// loads the ESM bundle under Node 24, and the bundle does the whole job against the loopback
// GitHub; the verdict is read from `::error::` and GITHUB_OUTPUT, not from local-action's exit code.
// The second test runs the TypeScript entry (src/action/main.ts, which exports run()) the way
// local-action is designed for, with its stubs: action.yml's default `targets` reaches the code
// and local-action reports the outputs itself. If either test starts failing on a local-action
// upgrade, re-read the notes above: they are assertions too.
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, actionDefaults, examplePayload, parseOutputFile } from '../helpers/action-runner.js';
import { createApplianceRepo, TOPLEVEL_ATTR, type ApplianceRepo } from '../helpers/fixture-repo.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { nixBuild, nixClosureSize } from '../helpers/nix-facts.js';

const TOKEN = 'ghs_localAction0integration0token0000000';
const PR = 42;
const MARKER = '<!-- nix-size-guard:default -->';
const TOPLEVEL = `toplevel=.#${TOPLEVEL_ATTR}`;
const LOCAL_ACTION = path.join(ROOT, 'node_modules/@github/local-action/bin/local-action.js');

interface LocalActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** What the real @actions/core wrote to GITHUB_OUTPUT (the stubs write nothing there). */
  outputFile: Record<string, string>;
  summary: string;
}

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

function pullRequestPayload(): Record<string, any> {
  const payload = examplePayload('pull_request', 'opened');
  payload.number = PR;
  payload.pull_request.number = PR;
  payload.pull_request.base.sha = repo.baseRev;
  payload.pull_request.head.sha = repo.headRev;
  payload.repository.full_name = 'acme/fleet';
  payload.repository.name = 'fleet';
  payload.repository.owner.login = 'acme';
  return payload;
}

/** One `KEY="value"` line of a dotenv file; dotenv turns `\n` in double quotes into newlines. */
function dotenvLine(key: string, value: string): string {
  if (/["\\]/.test(value)) throw new Error(`dotenvLine: ${key} has a quote or backslash, which dotenv cannot carry`);
  return `${key}="${value.replace(/\n/g, '\\n')}"`;
}

async function localAction(entrypoint: string, inputs: Record<string, string>): Promise<LocalActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nsg-local-action-'));
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'nsg-local-action-temp-'));
  const eventPath = path.join(dir, 'event.json');
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  const dotenvFile = path.join(dir, '.env');
  await writeFile(eventPath, JSON.stringify(pullRequestPayload()));
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const vars: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'acme/fleet',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: runnerTemp,
  };
  for (const [name, value] of Object.entries(inputs)) vars[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  await writeFile(dotenvFile, Object.entries(vars).map(([k, v]) => dotenvLine(k, v)).join('\n') + '\n');

  // Nothing of a real runner (or of a CI job running these tests) may leak in: the .env is the
  // whole GitHub side. NIX_CONFIG (test/helpers/nix-env.ts) and PATH stay.
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(key)) env[key] = value;
  }
  env.PATH = `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${env.PATH ?? ''}`;
  env.npm_config_offline = 'true';
  env.NO_COLOR = '1';

  const result = await execa(process.execPath, [LOCAL_ACTION, 'run', ROOT, entrypoint, dotenvFile], {
    cwd: ROOT, // local-action runs `npm ls @actions/…` here to find the modules it stubs
    env,
    extendEnv: false,
    reject: false,
    stdin: 'ignore',
  });
  return {
    exitCode: result.exitCode ?? 1,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    outputFile: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

/** Rows of local-action's "Action Outputs" table: `│ 0 │ 'passed' │ 'false' │`. */
function outputsTable(stdout: string): Record<string, string> {
  const section = stdout.split('Action Outputs')[1] ?? '';
  const rows: Record<string, string> = {};
  for (const match of section.matchAll(/^│ \d+\s+│ '([\w-]+)'\s+│ '([^'\n]*)'\s+│$/gm)) rows[match[1]!] = match[2]!;
  return rows;
}

const actionYml = parseYaml(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

function expectActionMetadata(stdout: string, entrypoint: string): void {
  expect(stdout).toMatch(new RegExp(`'Action Path'\\s+│ '${ROOT}'`));
  expect(stdout).toMatch(new RegExp(`'Entrypoint'\\s+│ '${path.join(ROOT, entrypoint)}'`));
  const metadata = stdout.split('Action Metadata')[1]?.split('Running Action')[0] ?? '';
  for (const name of [...Object.keys(actionYml.inputs), ...Object.keys(actionYml.outputs)]) {
    expect(metadata).toContain(`'${name}'`);
  }
  expect(metadata).toContain("'Token for the pull-request comment (needs pull-requests write).'");
}

function expectTokenKept(run: LocalActionRun): void {
  // `::add-mask::` is how the real toolkit asks the runner to mask the token; the runner swallows it.
  const log = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  expect(log + run.stderr + JSON.stringify(run.outputFile) + run.summary).not.toContain(TOKEN);
  expect(run.stdout + run.stderr).not.toMatch(/internal error/);
}

/** `nix path-info -S` of the head toplevel (the workspace is the fixture at its head commit). */
const headClosureSize = (): number => nixClosureSize(nixBuild(`git+file://${repo.dir}?rev=${repo.headRev}#${TOPLEVEL_ATTR}`));

function expectOneComment(): string {
  const comments = server.comments(PR);
  expect(comments).toHaveLength(1);
  const body = comments[0]!.body;
  expect(body.split('\n')[0]).toBe(MARKER);
  expect(body).toContain('perl-5.38.2');
  expect(body).toContain('xdg-utils-1.1.3 → perl-5.38.2');
  return body;
}

describe('@github/local-action', () => {
  it('loads action.yml and the committed bundle (dist/index.js), which guards the pull request', async () => {
    const run = await localAction('dist/index.js', {
      ...(await actionDefaults()),
      targets: TOPLEVEL,
      forbid: 'perl',
      'github-token': TOKEN,
    });

    expectActionMetadata(run.stdout, 'dist/index.js');
    expect(run.stdout).toContain('Running Action');

    // The bundle's own @actions/core: workflow commands, build groups, the failure for perl.
    expect(run.stdout).toMatch(/::group::nix eval: the base \([0-9a-f]{12}\)[\s\S]*::endgroup::[\s\S]*::group::nix eval: the head \(working tree\)/);
    // (The toolkit escapes ':' in an annotation's properties as %3A.)
    expect(run.stdout).toMatch(/^::error title=nix-size-guard%3A forbidden dependency in toplevel::\/nix\/store\/\w{32}-perl-5\.38\.2 .*xdg-utils-1\.1\.3 → perl-5\.38\.2$/m);
    expect(run.stdout).toMatch(/^::error::nix-size-guard: 1 forbidden path \(see the report\)$/m);

    const body = expectOneComment();
    expect(run.outputFile.passed).toBe('false');
    expect(run.outputFile['forbidden-count']).toBe('1');
    expect(Number(run.outputFile['closure-size'])).toBe(headClosureSize());
    expect(run.outputFile['comment-body']).toBe(body);
    expect(existsSync(run.outputFile['report-path']!)).toBe(true);
    expect(run.summary).toContain('perl-5.38.2');
    expectTokenKept(run);

    // Then local-action looks for the run() export the bundle does not have (see the header): it
    // fails the process whatever the verdict, under the Node that action.yml's node24 names.
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`Entrypoint ${path.join(ROOT, 'dist/index.js')} does not export a run() function`);
    expect(run.stderr).toMatch(/^Node\.js v24\./m);
    expect(run.stdout).not.toContain('Action Outputs');
  });

  it("runs the TypeScript entry with its toolkit stubs: action.yml's defaults in, its outputs table out", async () => {
    // No `targets`: local-action's getInput stub falls back to action.yml's default, the toplevel.
    const run = await localAction('src/action/main.ts', { forbid: 'perl', 'github-token': TOKEN });

    expectActionMetadata(run.stdout, 'src/action/main.ts');
    const body = expectOneComment();
    expect(body).toContain('toplevel');
    // The stub's setFailed() logs `::error::` and records the failure, but the process exits 0.
    expect(run.stdout).toMatch(/^::error title=nix-size-guard: forbidden dependency in toplevel::\/nix\/store\/\w{32}-perl-5\.38\.2 /m);
    expect(run.stdout).toMatch(/^::error::nix-size-guard: 1 forbidden path \(see the report\)$/m);
    expect(run.stdout).toMatch(/^::set-output name=passed::false$/m);
    expect(run.exitCode).toBe(0);
    const outputs = outputsTable(run.stdout);
    expect(outputs.passed).toBe('false');
    expect(outputs['forbidden-count']).toBe('1');
    expect(Number(outputs['closure-size'])).toBe(headClosureSize());
    expect(run.outputFile).toEqual({});
    expect(run.summary).toContain('perl-5.38.2');
    expectTokenKept(run);
  });
});
