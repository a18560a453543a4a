// The published schema (docs/report.schema.json) checked by ajv itself, compiled here from the
// JSON file: an oracle apart from the standalone validators the guard is built with. Every report
// the suite makes (CLI --json, the action's report-path, the renderers' fixtures) goes through it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const REPORT_SCHEMA = JSON.parse(readFileSync(path.join(ROOT, 'docs/report.schema.json'), 'utf8')) as Record<string, any>;

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(REPORT_SCHEMA);
const report = ajv.getSchema(REPORT_SCHEMA.$id)!;
const savedClosure = ajv.getSchema(`${REPORT_SCHEMA.$id}#/$defs/savedClosure`)!;

/** Null when `value` is a valid report, else ajv's own account of every error. */
export function reportSchemaErrors(value: unknown): string | null {
  return report(value) ? null : ajv.errorsText(report.errors);
}

export function savedClosureSchemaErrors(value: unknown): string | null {
  return savedClosure(value) ? null : ajv.errorsText(savedClosure.errors);
}

/** Throws (failing the test) when the report file the guard wrote does not fit the schema. */
export function assertReportFileValid(file: string | undefined): void {
  if (!file || !existsSync(file)) return;
  const errors = reportSchemaErrors(JSON.parse(readFileSync(file, 'utf8')));
  if (errors !== null) throw new Error(`${file} does not fit docs/report.schema.json: ${errors}`);
}
