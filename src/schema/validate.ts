// The trust boundary: a report from another workflow's artifact (mode: comment), from matrix jobs
// (mode: aggregate), and a closure read back from the Actions cache are data someone else wrote.
// Each is checked against docs/report.schema.json (compiled by ajv into validators.generated.js)
// before anything reads it, and a failure is one line naming the field.

import type { Report } from '../core/types.js';
import type { SavedClosure } from '../baseline/types.js';
import schema from '../../docs/report.schema.json' with { type: 'json' };
import { type CompiledValidator, type SchemaError, validateReport, validateSavedClosure } from './validators.generated.js';

/** `/targets/0/head/pathCount` → `targets[0].head.pathCount`. */
function fieldName(instancePath: string, child?: unknown): string {
  const parts = instancePath.split('/').slice(1);
  if (typeof child === 'string') parts.push(child);
  let name = '';
  for (const raw of parts) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) name += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) name += name === '' ? part : `.${part}`;
    // A key the schema does not know is the sender's text: shown quoted, cut, one line.
    else name += `[${JSON.stringify(part.slice(0, 40)).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '')}]`;
  }
  return name === '' ? 'the top level' : name;
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** What each pattern of the schema means, keyed by its words. */
const PATTERN_WORDS: Record<string, string> = {
  'a store path (/nix/store/, 32 nix-base32 characters, -, a name of [A-Za-z0-9+._?=-])': String(schema.$defs.storePath.pattern),
  'a full commit hash': String(schema.$defs.commit.pattern),
};

function problem(error: SchemaError): string {
  const { keyword, params, instancePath } = error;
  const field = fieldName(instancePath);
  switch (keyword) {
    case 'required':
      return `${fieldName(instancePath, params.missingProperty)} is missing`;
    case 'additionalProperties':
      return `${fieldName(instancePath, params.additionalProperty)} is not a field of this schema`;
    case 'type': {
      const types = (Array.isArray(params.type) ? params.type : String(params.type).split(',')) as string[];
      return `${field} must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
    }
    case 'pattern': {
      // Named by the pattern itself: a $defs entry compiled on its own has a schemaPath of `#/pattern`.
      const words = Object.entries(PATTERN_WORDS).find(([, p]) => p === params.pattern)?.[0];
      return `${field} must be ${words ?? 'in the documented form'}`;
    }
    case 'maxLength':
      return `${field} is longer than ${String(params.limit)} characters`;
    case 'minLength':
      return `${field} is empty`;
    case 'minimum':
    case 'maximum':
      return `${field} must be ${keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`;
    case 'const':
      return `${field} must be ${JSON.stringify(params.allowedValue)}`;
    case 'enum':
      return `${field} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'propertyNames':
      // The one map keyed by store paths: a target's `parents`.
      return `the key ${fieldName(instancePath, params.propertyName)} must be ${Object.keys(PATTERN_WORDS)[0]}`;
    default:
      return `${field} fails the schema's ${keyword}`;
  }
}

/**
 * The error to show: the deepest one. A nullable field (`oneOf: [null, …]`) reports each branch's
 * error at the value and then its own; the null branch's says nothing, and a deeper error says
 * what is wrong inside the object.
 */
function firstProblem(validator: CompiledValidator): string {
  const errors = validator.errors ?? [];
  // A bad key: the error inside says only what the key should be, not that it is a key.
  const key = errors.find((e) => e.keyword === 'propertyNames');
  if (key) return problem(key);
  const nullable = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const telling = errors.filter((e) => e.keyword !== 'oneOf' && !/\/oneOf\/0\/type$/.test(e.schemaPath));
  // A missing or unknown field is one level below the object it is reported at.
  const depth = (e: SchemaError) => e.instancePath.split('/').length + (e.keyword === 'required' || e.keyword === 'additionalProperties' ? 1 : 0);
  const chosen = telling.reduce<SchemaError | undefined>((best, e) => (best === undefined || depth(e) > depth(best) ? e : best), undefined);
  if (chosen === undefined) return errors[0] ? problem(errors[0]) : 'the schema refuses it';
  const text = problem(chosen);
  return chosen.keyword === 'type' && nullable.has(chosen.instancePath) ? text.replace(/ must be /, ' must be null or ') : text;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The report, or the first thing wrong with it (`targets[0].head.pathCount must be a whole number`). */
export function checkReport(value: unknown): Checked<Report> {
  return validateReport(value) ? { ok: true, value: value as Report } : { ok: false, problem: firstProblem(validateReport) };
}

/**
 * A saved closure, or the first thing wrong with it: the schema, then what a schema cannot say
 * (the root and every reference are among the objects).
 */
export function checkSavedClosure(value: unknown): Checked<SavedClosure> {
  if (!validateSavedClosure(value)) return { ok: false, problem: firstProblem(validateSavedClosure) };
  const saved = value as SavedClosure;
  const paths = new Set(saved.objects.map((o) => o.path));
  if (!paths.has(saved.root)) return { ok: false, problem: 'the root is not among the objects' };
  for (const [i, object] of saved.objects.entries()) {
    const missing = object.references.find((r) => !paths.has(r));
    if (missing !== undefined) return { ok: false, problem: `objects[${i}] refers to ${missing}, which is not among the objects` };
  }
  return { ok: true, value: saved };
}
