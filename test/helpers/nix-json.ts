// Nix's own JSON for `nix path-info` (../shared/data/nix-json, see ../shared/data/PROVENANCE.md):
// the per-object examples of Nix's test suite (formats 1, 2, 3) and the JSON Schemas Nix
// publishes for Store Object Info v2 and v3, compiled with ajv.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './action-runner.js';

export const NIX_JSON = path.resolve(ROOT, '../shared/data/nix-json');

export type JsonFormat = 1 | 2 | 3;

/** Nix's example `name` (pure, impure, empty_pure, empty_impure) of one store object in `format`. */
export function nixExample(format: JsonFormat, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(NIX_JSON, 'path-info', `json-${format}`, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** Every example of `format`, by name. */
export function nixExamples(format: JsonFormat): [string, Record<string, unknown>][] {
  return readdirSync(path.join(NIX_JSON, 'path-info', `json-${format}`))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), nixExample(format, f.replace(/\.json$/, ''))]);
}

let validators: Record<2 | 3, ValidateFunction> | undefined;

/**
 * The validator of store-object-info-v2.yaml or -v3.yaml. Two adaptations, neither of the rules:
 * the schemas declare draft-04 but use `const` and `$defs` (draft-06 on), so they are read as
 * ajv's draft-07; and their `$ref`s name sibling `.yaml` files while their `$id`s end in `.json`,
 * so each is registered under its `.yaml` name. v3's `./signature-v2.yaml` is not among the
 * published files we hold: its items are left unchecked (an empty schema), nothing else.
 */
export function storeObjectInfoSchema(version: 2 | 3): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const dir = path.join(NIX_JSON, 'schema');
    let base = '';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const schema = parseYaml(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
      delete schema.$schema;
      base = String(schema.$id).replace(/[^/]+$/, '');
      schema.$id = base + file;
      ajv.addSchema(schema);
    }
    if (!ajv.getSchema(`${base}signature-v2.yaml`)) ajv.addSchema({ $id: `${base}signature-v2.yaml` });
    validators = {
      2: ajv.getSchema(`${base}store-object-info-v2.yaml`) as ValidateFunction,
      3: ajv.getSchema(`${base}store-object-info-v3.yaml`) as ValidateFunction,
    };
  }
  return validators[version];
}

/**
 * What `nix path-info --json --json-format N` prints (src/nix/path-info.cc at 2.35.2): one object
 * `{"info": {"<hash>-<name>": <object or null>, …}, "storeDir": …, "version": N}`, each store
 * object's info under its base name, null for a path that is not valid.
 */
export function wrapPathInfo(version: 2 | 3, info: Record<string, Record<string, unknown> | null>, storeDir = '/nix/store'): unknown {
  // In the order Nix prints the keys (nlohmann::json sorts them): info, storeDir, version.
  return { info, storeDir, version };
}
