// GitHub's REST API description (from @octokit/openapi, OpenAPI 3.0.3) as a request checker for the
// loopback GitHub server: which operation a method and path name, and whether its path parameters,
// query and JSON body are ones GitHub documents. Responses the test server makes are checked against
// the same description, so the fake cannot drift from the real shapes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** One documented operation, e.g. `issues/create-comment` = POST /repos/{owner}/{repo}/issues/{issue_number}/comments. */
export interface Operation {
  method: string;
  template: string;
  operationId: string;
  docsUrl: string;
  pathParams: Map<string, ParameterSpec>;
  queryParams: Map<string, ParameterSpec>;
  body?: { required: boolean; pointer: string; topLevel?: Schema };
  /** Status → JSON pointer to the documented response schema (undefined: documented without a body). */
  responses: Map<number, string | undefined>;
}

export interface ParameterSpec {
  name: string;
  required: boolean;
  schema: Schema;
}

export type RouteMatch =
  | { kind: 'operation'; operation: Operation; params: Record<string, string> }
  | { kind: 'no-path' }
  | { kind: 'no-method'; template: string; methods: string[] };

interface Schema {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  $ref?: string;
  [keyword: string]: unknown;
}

interface Spec {
  paths: Record<string, Record<string, RawOperation>>;
  components: Record<string, Record<string, unknown>>;
}

interface RawOperation {
  operationId: string;
  externalDocs?: { url: string };
  parameters?: Array<Schema>;
  requestBody?: Schema;
  responses: Record<string, Schema>;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

interface Route {
  template: string;
  segments: string[];
  /** Literal segments count: `/issues/comments/{comment_id}` beats `/issues/{issue_number}/…` for the same path. */
  literals: number;
  operations: Map<string, Operation>;
}

export class ApiDescription {
  private readonly ajv: Ajv;
  private readonly routes: Route[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly spec: Spec) {
    this.ajv = new Ajv({
      // The description carries OpenAPI-only keywords (example, x-github, discriminator…): not errors.
      strict: false,
      validateSchema: false,
      allErrors: true,
      formats: formatsUsedBy(spec),
    });
    // Ajv knows OpenAPI 3.0's `nullable`; `$ref`s are resolved against the whole document.
    this.ajv.addSchema(spec as object, 'github');
    for (const [template, item] of Object.entries(spec.paths)) {
      const segments = template.split('/').slice(1);
      const route: Route = {
        template,
        segments,
        literals: segments.filter((s) => !s.startsWith('{')).length,
        operations: new Map(),
      };
      for (const method of METHODS) {
        const raw = item[method];
        if (raw) route.operations.set(method.toUpperCase(), this.operation(template, method, raw));
      }
      this.routes.push(route);
    }
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  match(method: string, pathname: string): RouteMatch {
    const segments = pathname.split('/').slice(1).map(decodeURIComponent);
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const fits = route.segments.every((want, i) => {
        const got = segments[i] ?? '';
        if (want.startsWith('{')) {
          params[want.slice(1, -1)] = got;
          return got !== '';
        }
        return want === got;
      });
      if (!fits) continue;
      const operation = route.operations.get(method);
      if (!operation) return { kind: 'no-method', template: route.template, methods: [...route.operations.keys()] };
      return { kind: 'operation', operation, params };
    }
    return { kind: 'no-path' };
  }

  operationById(operationId: string): Operation | undefined {
    for (const route of this.routes) {
      for (const operation of route.operations.values()) if (operation.operationId === operationId) return operation;
    }
    return undefined;
  }

  /** A named example from the description (`components/examples/NAME/value`), as JSON text. */
  example(name: string): string {
    const example = this.spec.components['examples']?.[name] as { value?: unknown } | undefined;
    if (example?.value === undefined) throw new Error(`the description has no example named ${name}`);
    return JSON.stringify(example.value);
  }

  /** Problems with the path parameters and the query string; empty when GitHub would accept them. */
  checkParameters(operation: Operation, params: Record<string, string>, query: URLSearchParams): string[] {
    const problems: string[] = [];
    for (const [name, spec] of operation.pathParams) {
      const value = params[name];
      if (value === undefined || value === '') problems.push(`path parameter ${name} is missing`);
      else problems.push(...scalarProblems(`path parameter ${name}`, value, spec.schema));
    }
    for (const [name, spec] of operation.queryParams) {
      if (spec.required && !query.has(name)) problems.push(`query parameter ${name} is required`);
    }
    for (const [name, value] of query) {
      const spec = operation.queryParams.get(name);
      if (!spec) {
        const known = [...operation.queryParams.keys()].join(', ') || 'none';
        problems.push(`query parameter ${name} is not documented for ${operation.operationId} (known: ${known})`);
      } else {
        problems.push(...scalarProblems(`query parameter ${name}`, value, spec.schema));
      }
    }
    return problems;
  }

  /** Problems with a JSON request body, worded like GitHub's 422 messages. */
  checkBody(operation: Operation, body: unknown): string[] {
    if (!operation.body) return body === undefined ? [] : [`${operation.operationId} takes no request body`];
    if (body === undefined) return operation.body.required ? ['a JSON request body is required'] : [];
    const problems = this.validate(operation.body.pointer, body).map(describe);
    // GitHub ignores unknown top-level keys unless the schema closes the object; a key our code sends
    // that GitHub does not know is a typo either way, so this checker refuses it always.
    const top = operation.body.topLevel;
    if (top?.properties && top.additionalProperties === undefined && isPlainObject(body)) {
      for (const key of Object.keys(body)) {
        if (!(key in top.properties)) problems.push(`"${key}" is not a permitted key.`);
      }
    }
    return problems;
  }

  /** Problems with a response the test server made: status documented, body shaped like GitHub's. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    if (!operation.responses.has(status)) {
      const documented = [...operation.responses.keys()].join(', ');
      return [`status ${status} is not documented for ${operation.operationId} (documented: ${documented})`];
    }
    const pointer = operation.responses.get(status);
    if (pointer === undefined) return body === undefined ? [] : [`status ${status} is documented without a body`];
    return this.validate(pointer, body).map((e) => `${e.instancePath || '(body)'} ${e.message ?? e.keyword}`);
  }

  private validate(pointer: string, data: unknown): ErrorObject[] {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `github#${pointer}` });
      this.compiled.set(pointer, validate);
    }
    return validate(data) ? [] : (validate.errors ?? []);
  }

  private operation(template: string, method: string, raw: RawOperation): Operation {
    const pathParams = new Map<string, ParameterSpec>();
    const queryParams = new Map<string, ParameterSpec>();
    for (const p of raw.parameters ?? []) {
      const param = this.deref(p);
      const spec: ParameterSpec = {
        name: String(param['name']),
        required: param['required'] === true,
        schema: (param['schema'] as Schema | undefined) ?? {},
      };
      if (param['in'] === 'path') pathParams.set(spec.name, spec);
      if (param['in'] === 'query') queryParams.set(spec.name, spec);
    }
    const base = `/paths/${escapePointer(template)}/${method}`;
    let body: Operation['body'];
    if (raw.requestBody) {
      const requestBody = this.deref(raw.requestBody);
      const content = requestBody['content'] as Record<string, { schema?: Schema }> | undefined;
      const json = content?.['application/json'];
      if (json?.schema) {
        body = {
          required: requestBody['required'] === true,
          pointer: `${base}/requestBody/content/application~1json/schema`,
          topLevel: this.deref(json.schema),
        };
      }
    }
    const responses = new Map<number, string | undefined>();
    for (const [status, response] of Object.entries(raw.responses)) {
      const at = response.$ref ? response.$ref.slice(1) : `${base}/responses/${status}`;
      const content = this.deref(response)['content'] as Record<string, { schema?: Schema }> | undefined;
      const json = content?.['application/json'];
      responses.set(Number(status), json?.schema ? `${at}/content/application~1json/schema` : undefined);
    }
    return {
      method: method.toUpperCase(),
      template,
      operationId: raw.operationId,
      docsUrl: raw.externalDocs?.url ?? 'https://docs.github.com/rest',
      pathParams,
      queryParams,
      ...(body ? { body } : {}),
      responses,
    };
  }

  private deref(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; current.$ref && hops < 10; hops++) {
      const path = current.$ref.replace(/^#\//, '').split('/').map(unescapePointer);
      let node: unknown = this.spec;
      for (const key of path) node = (node as Record<string, unknown>)[key];
      current = node as Schema;
    }
    return current;
  }
}

let loaded: ApiDescription | undefined;

/** The api.github.com description, parsed once per test worker (13 MB of JSON, about half a second). */
export function githubApiDescription(): ApiDescription {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    loaded = new ApiDescription(JSON.parse(readFileSync(file, 'utf8')) as Spec);
  }
  return loaded;
}

function scalarProblems(what: string, value: string, schema: Schema): string[] {
  const problems: string[] = [];
  switch (schema.type) {
    case 'integer':
      if (!/^-?\d+$/.test(value)) problems.push(`${what} must be an integer, got '${value}'`);
      break;
    case 'number':
      if (value.trim() === '' || Number.isNaN(Number(value))) problems.push(`${what} must be a number, got '${value}'`);
      break;
    case 'boolean':
      if (value !== 'true' && value !== 'false') problems.push(`${what} must be true or false, got '${value}'`);
      break;
  }
  if (schema.enum && !schema.enum.map(String).includes(value)) {
    problems.push(`${what} must be one of ${schema.enum.join(', ')}, got '${value}'`);
  }
  if (schema['format'] === 'date-time' && !isDateTime(value)) {
    problems.push(`${what} must be an ISO 8601 timestamp, got '${value}'`);
  }
  return problems;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? `For '${error.instancePath.slice(1)}', ` : '';
  switch (error.keyword) {
    case 'required':
      return `"${String(error.params['missingProperty'])}" wasn't supplied.`;
    case 'additionalProperties':
      return `"${String(error.params['additionalProperty'])}" is not a permitted key.`;
    case 'type':
      return `${where}value is not ${article(String(error.params['type']))}.`;
    default:
      return `${where}${error.message ?? error.keyword}.`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Formats the description names: the two the fake's responses must get right are checked. */
function formatsUsedBy(spec: Spec): Record<string, true | ((value: string) => boolean)> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isPlainObject(node)) {
      if (typeof node['format'] === 'string') names.add(node['format']);
      Object.values(node).forEach(walk);
    }
  };
  walk(spec.components);
  walk(spec.paths);
  const formats: Record<string, true | ((value: string) => boolean)> = {};
  for (const name of names) formats[name] = true;
  formats['date-time'] = isDateTime;
  formats['uri'] = (value) => URL.canParse(value);
  return formats;
}

function isDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
