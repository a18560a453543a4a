// `nix path-info --json --json-format 1|2|3` (Nix ≥ 2.33) as Nix itself prints it: every store
// object is one of Nix's own examples (its test data), checked against the JSON Schema Nix publishes,
// wrapped the way path-info.cc wraps it. Both readers (JSON.parse + parsePathInfoJson, and the byte
// scan for big dumps) must read the same store objects from it.
import { describe, expect, it } from 'vitest';
import { closureOfGraph, makeClosure, closureSize, pathCount, storeObjects } from '../../src/core/closure.js';
import { parsePathInfoJson } from '../../src/nix/path-info.js';
import { scanPathInfo } from '../../src/nix/path-info-scan.js';
import { type JsonFormat, nixExample, nixExamples, storeObjectInfoSchema, wrapPathInfo } from '../helpers/nix-json.js';

const STORE = '/nix/store';

describe("Nix's examples against Nix's schemas", () => {
  for (const version of [2, 3] as const) {
    it.each(nixExamples(version).map(([name, example]) => [name, example]))(`json-${version}/%s is Store Object Info v${version}`, (_name, example) => {
      const validate = storeObjectInfoSchema(version);
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('the schemas tell the formats apart (so a pass above means something)', () => {
    for (const [, example] of nixExamples(2)) expect(storeObjectInfoSchema(3)(example)).toBe(false);
    for (const [, example] of nixExamples(3)) expect(storeObjectInfoSchema(2)(example)).toBe(false);
    for (const [, example] of nixExamples(1)) {
      expect(storeObjectInfoSchema(2)(example)).toBe(false);
      expect(storeObjectInfoSchema(3)(example)).toBe(false);
    }
    // A narSize that is not a size is refused by the schema itself.
    expect(storeObjectInfoSchema(2)({ ...nixExample(2, 'pure'), narSize: -1 })).toBe(false);
  });
});

/**
 * A closure of Nix's examples: the impure example (it references `…-bar` and `…-foo`, itself) as
 * `…-foo`, the empty impure one (no references) as `…-bar`, and the impure example's deriver
 * (`…-bar.drv`) as a path that is not valid, printed as null.
 */
function exampleDump(format: JsonFormat) {
  const foo = nixExample(format, 'impure');
  const bar = nixExample(format, 'empty_impure');
  const [barRef, fooRef] = foo.references as string[];
  const deriver = foo.deriver as string;
  const full = (p: string) => (p.startsWith('/') ? p : `${STORE}/${p}`);
  const base = (p: string) => p.replace(`${STORE}/`, '');
  const entries: [string, Record<string, unknown> | null][] = [[fooRef!, foo], [barRef!, bar], [deriver, null]];
  const json =
    format === 1
      ? // --json-format 1 (and a bare --json on 2.33+): the keyed shape of 2.19–2.32, by full path.
        Object.fromEntries(entries.map(([p, o]) => [full(p), o]))
      : wrapPathInfo(format, Object.fromEntries(entries.map(([p, o]) => [base(p), o])));
  return {
    json,
    // Format 1 writes the deriver as a full path, 2 and 3 as a base name: read, they are the same.
    foo: { path: full(fooRef!), narSize: foo.narSize as number, references: [full(barRef!)], deriver: nixExample(1, 'impure').deriver as string },
    bar: { path: full(barRef!), narSize: bar.narSize as number, references: [] as string[] },
    invalid: [full(deriver)],
  };
}

describe.each([1, 2, 3] as const)('nix path-info --json --json-format %i', (format) => {
  const dump = exampleDump(format);
  const text = JSON.stringify(dump.json, null, 2);

  it('parsePathInfoJson reads full store paths, sizes and references (self-reference dropped), and the null as invalid', () => {
    const parsed = parsePathInfoJson(JSON.parse(text), 'nix path-info');
    expect(parsed.objects).toEqual([dump.foo, dump.bar]);
    expect(parsed.invalid).toEqual(dump.invalid);
    const closure = makeClosure(parsed.objects, dump.foo.path);
    expect(closureSize(closure)).toBe(dump.foo.narSize + dump.bar.narSize);
    expect(pathCount(closure)).toBe(2);
  });

  it('the byte scan reads the same store objects and invalid path, as written out above', () => {
    const scanned = scanPathInfo(new TextEncoder().encode(text));
    expect(scanned).not.toBeNull();
    expect(scanned!.invalid).toEqual(dump.invalid);
    const closure = closureOfGraph(scanned!, dump.foo.path);
    expect(storeObjects(closure)).toEqual([dump.foo, dump.bar].sort((a, b) => (a.path < b.path ? -1 : 1)));
  });
});
