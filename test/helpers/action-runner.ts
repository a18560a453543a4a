// Runs the bundled action the way the runner does: `node dist/index.js` with INPUT_* variables,
// an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL
// pointing at the loopback GitHub of the test.
import { execa } from 'execa';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { assertReportFileValid } from './report-schema.js';
import webhookExamples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A real payload from @octokit/webhooks-examples, first example of that event (and action). */
export function examplePayload(event: string, action?: string): Record<string, any> {
  const entry = (webhookExamples as { name: string; examples: Record<string, any>[] }[]).find((e) => e.name === event);
  const example = entry?.examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`no webhook example for ${event} ${action ?? ''}`);
  return structuredClone(example);
}

/** `name<<DELIMITER\nvalue\nDELIMITER` entries of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name as string] = value.join('\n');
    } else if (lines[i]?.includes('=')) {
      const eq = (lines[i] as string).indexOf('=');
      outputs[(lines[i] as string).slice(0, eq)] = (lines[i] as string).slice(eq + 1);
    }
  }
  return outputs;
}

/**
 * The inputs' defaults from action.yml, as the runner would set them. Expressions
 * (`${{ github.token }}`) are left out: a test passes what such an expression would give.
 */
export async function actionDefaults(): Promise<Record<string, string>> {
  const action = parseYaml(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = input.default ?? '';
    if (!value.includes('${{')) defaults[name] = value;
  }
  return defaults;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

export async function runAction(options: {
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  inputs: Record<string, string>;
  apiUrl: string;
  repository?: string;
  entry?: string;
  /** More environment: the Actions cache service, a PATH with a counting nix. */
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nsg-runner-'));
  const eventPath = path.join(dir, 'event.json');
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(options.payload));
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_REPOSITORY: options.repository ?? 'acme/fleet',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: dir,
  };
  const inputs = { ...(await actionDefaults()), ...options.inputs };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, options.env);
  const result = await execa(process.execPath, [options.entry ?? path.join(ROOT, 'dist/index.js')], {
    cwd: options.workspace,
    env,
    reject: false,
    stdin: 'ignore',
  });
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  // Every report the action writes fits the published schema (mode: comment's is the one it read).
  if (inputs.mode !== 'comment') assertReportFileValid(outputs['report-path']);
  return {
    exitCode: result.exitCode ?? 1,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    outputs,
    summary: await readFile(summaryFile, 'utf8'),
    runnerTemp: dir,
  };
}
