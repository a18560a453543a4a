// GitHub's own parser for workflow and action files (@actions/workflow-parser, the one behind
// the Actions VS Code extension and language server), loaded for the tests.
//
// Why through esbuild: the package's ESM imports its schema JSON without `with { type: 'json' }`,
// which Node refuses for a package that Vitest leaves to Node. Bundling it once (esbuild reads
// JSON itself) loads the published code unchanged, without a Vite setting shared by every test.
import { build } from 'esbuild';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as WorkflowParser from '@actions/workflow-parser';
import type * as ActionParser from '@actions/workflow-parser/actions/index';
import { ROOT } from './action-runner.js';

type Parsers = typeof WorkflowParser & Pick<typeof ActionParser, 'parseAction'>;

let loaded: Promise<Parsers> | undefined;

async function load(): Promise<Parsers> {
  const result = await build({
    stdin: {
      contents:
        "export * from '@actions/workflow-parser';\nexport { parseAction } from '@actions/workflow-parser/actions/index';\n",
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'nsg-workflow-parser-')), 'parser.mjs');
  await writeFile(file, result.outputFiles[0]?.text ?? '');
  return (await import(pathToFileURL(file).href)) as Parsers;
}

/**
 * Everything GitHub's parser finds wrong with a workflow file: the schema (keys, value types,
 * events, permission scopes), expression syntax, and what converting it to the model that the
 * runner service uses reports (jobs, needs, matrices). [] when GitHub would accept it.
 */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parser = await (loaded ??= load());
  const parsed = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value !== undefined) {
    const template = await parser.convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
  }
  return [...new Set(errors)];
}

/** Everything GitHub's parser finds wrong with an action.yml. */
export async function actionErrors(name: string, content: string): Promise<string[]> {
  const parser = await (loaded ??= load());
  const parsed = parser.parseAction({ name, content }, new parser.NoOperationTraceWriter());
  return parsed.context.errors.getErrors().map((e) => e.message);
}
