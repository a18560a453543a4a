// The byte scan of big path-info dumps, and JSON.parse + parsePathInfoJson beside it: each held
// against what the dump says, written out by hand (or, for the generated dumps, the generator's
// own store objects), never against the other reader; and the scan must leave to JSON.parse
// (return null) everything it does not read itself.
import { describe, expect, it } from 'vitest';
import type { PathGraph } from '../../src/core/closure.js';
import type { StoreObject } from '../../src/core/types.js';
import { parsePathInfoJson } from '../../src/nix/path-info.js';
import { scanPathInfo } from '../../src/nix/path-info-scan.js';
import { generateClosure, pathInfoArrayJson, pathInfoKeyedJson } from '../helpers/dump-generator.js';
import { nixExample } from '../helpers/nix-json.js';
import { storePath } from '../helpers/store.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Store objects as a reader of a dump should see them: one per path, references sorted, each once, without the path itself. */
function normalised(objects: StoreObject[]): StoreObject[] {
  const byPath = new Map<string, StoreObject>();
  for (const o of objects) {
    if (byPath.has(o.path)) continue;
    const object: StoreObject = { path: o.path, narSize: o.narSize, references: [...new Set(o.references)].filter((r) => r !== o.path).sort() };
    if (typeof o.deriver === 'string') object.deriver = o.deriver;
    byPath.set(o.path, object);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The scan's graph read back in plain JS (indices to paths), not through src/core. */
function objectsOfGraph(graph: PathGraph): StoreObject[] {
  return normalised(
    graph.paths.map((path, i) => {
      const references: string[] = [];
      for (let k = graph.refStart[i]!; k < graph.refStart[i + 1]!; k++) references.push(graph.paths[graph.refs[k]!]!);
      const d = graph.deriverOf ? graph.deriverOf[i]! : -1;
      return { path, narSize: graph.narSizes[i]!, references, ...(d === -1 ? {} : { deriver: graph.derivers![d]! }) };
    }),
  );
}

/** Both readers, each read back as store objects and invalid paths. */
function bothReaders(text: string) {
  const scanned = scanPathInfo(bytes(text));
  const parsed = parsePathInfoJson(JSON.parse(text));
  return {
    scanned,
    scan: scanned && { objects: objectsOfGraph(scanned), invalid: scanned.invalid },
    parse: { objects: normalised(parsed.objects), invalid: parsed.invalid },
  };
}

const toplevel = storePath('nixos-system-appliance-1.0');
const bash = storePath('bash-5.2-p15');
const glibc = storePath('glibc-2.37-8');
const gone = storePath('ncdu-2.8.2');
const base = (p: string) => p.slice('/nix/store/'.length);
// Every entry with every field Nix prints: Nix's own examples of a store object (json-1, Nix's
// test data, without the storeDir and version Nix up to 2.32 leaves out): one with a deriver and
// signatures, one without them (pure), one whose deriver is null; this closure's sizes and references.
const example = (name: string, narSize: number, references: string[], format: 1 | 2 = 1) => {
  const { storeDir: _d, version: _v, ...printed } = nixExample(format, name);
  return { ...printed, narSize, references };
};
const entries = {
  [toplevel]: example('impure', 4096, [bash, toplevel]),
  [bash]: example('pure', 1_600_000, [glibc]),
  [glibc]: example('empty_impure', 30_000_000, [glibc]),
};

/**
 * What each dump below says, by hand: toplevel refers to bash (its self-reference is no
 * reference), bash to glibc, glibc to nothing but itself. Only toplevel's entry (Nix's impure
 * example) names a deriver: `…/g1w7hy3q…-bar.drv` in json-1, its base name in json-2, in the
 * store directory of the dump; the pure example has none, the empty impure one null.
 */
function described(store = '/nix/store', toplevelDeriver = true): StoreObject[] {
  const at = (p: string) => `${store}/${base(p)}`;
  const top: StoreObject = { path: at(toplevel), narSize: 4096, references: [at(bash)] };
  if (toplevelDeriver) top.deriver = `${store}/g1w7hy3qg1w7hy3qg1w7hy3qg1w7hy3q-bar.drv`;
  return normalised([top, { path: at(bash), narSize: 1_600_000, references: [at(glibc)] }, { path: at(glibc), narSize: 30_000_000, references: [] }]);
}

describe('scanPathInfo and parsePathInfoJson read what the dump says', () => {
  it.each([
    ['array of objects (Nix ≤ 2.18, Lix), an invalid path among them', JSON.stringify([
      ...Object.entries(entries).map(([path, entry]) => ({ path, ...entry, valid: true })),
      { path: gone, valid: false },
    ]), described(), [gone]],
    ['object keyed by path (Nix 2.19–2.32), an invalid path as null', JSON.stringify({ ...entries, [gone]: null }), described(), [gone]],
    ['keyed with version 1 entries (Nix 2.33 --json-format 1)', JSON.stringify(
      Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, { ...v, storeDir: '/nix/store', version: 1 }])),
    ), described(), []],
    // Store Object Info v2/v3 as Nix prints it: test/unit/path-info-json-format.test.ts, on Nix's own examples.
    ['the v2 wrapper of another store directory', JSON.stringify({
      version: 2,
      storeDir: '/gnu/store',
      // Format 2's own examples: base names for references and the deriver, `ca` an object.
      info: {
        [base(toplevel)]: example('impure', 4096, [bash, toplevel].map(base), 2),
        [base(bash)]: example('pure', 1_600_000, [glibc].map(base), 2),
        [base(glibc)]: example('empty_impure', 30_000_000, [glibc].map(base), 2),
      },
    }), described('/gnu/store'), []],
    ['pretty-printed, as jq writes it', JSON.stringify(Object.entries(entries).map(([path, entry]) => ({ path, ...entry })), null, 2), described(), []],
    ['unsorted, a path twice, references unsorted and repeated', JSON.stringify([
      { path: glibc, ...entries[glibc] },
      { path: toplevel, narSize: 4096, references: [glibc, bash, glibc, toplevel] },
      { path: bash, ...entries[bash] },
      { path: glibc, ...entries[glibc] },
    ]), described('/nix/store', false).map((o) => (o.path === toplevel ? { ...o, references: [bash, glibc].sort() } : o)), []],
  ])('%s', (_label, text, objects, invalid) => {
    const { scanned, scan, parse } = bothReaders(text);
    expect(scanned).not.toBeNull();
    expect(scan).toEqual({ objects, invalid });
    expect(parse).toEqual({ objects, invalid });
  });

  it.each([
    // The array shape writes each .drv after the path's name less an output suffix; the keyed one a null deriver.
    ['array', pathInfoArrayJson, (p: string) => `${p.slice(0, 44)}${p.slice(44).replace(/-lib$/, '')}.drv`],
    ['keyed', pathInfoKeyedJson, () => undefined],
  ])('a generated closure of 3 000 paths, %s shape: the generator\'s own store objects', (_label, print, deriverOf) => {
    const generated = generateClosure(3000, 7);
    const objects = normalised(generated.objects.map((o) => ({ ...o, ...(deriverOf(o.path) === undefined ? {} : { deriver: deriverOf(o.path) }) })));
    expect(objects).toHaveLength(3000);
    const { scanned, scan, parse } = bothReaders(print(generated));
    expect(scanned).not.toBeNull();
    expect(scan).toEqual({ objects, invalid: [] });
    expect(parse).toEqual({ objects, invalid: [] });
  });
});

describe('scanPathInfo leaves to JSON.parse what it does not read itself', () => {
  const array = (entry: Record<string, unknown>) => JSON.stringify([{ path: toplevel, narSize: 1, references: [], ...entry }]);
  it.each([
    ['an escape in a string', array({ deriver: 'X' }).replace('"X"', String.raw`"a\"b"`)],
    ['an escaped slash in a path', array({}).replace('/nix/store/', '\\/nix\\/store\\/')],
    ['a non-ASCII byte', array({ deriver: 'größe' })],
    ['a fractional narSize', array({ narSize: 1.5 })],
    ['an exponent narSize', array({}).replace('"narSize":1', '"narSize":1e3')],
    ['a negative narSize', array({ narSize: -1 })],
    ['a narSize as a string', array({ narSize: '12' })],
    ['no narSize', JSON.stringify([{ path: toplevel, references: [] }])],
    ['no references', JSON.stringify([{ path: toplevel, narSize: 1 }])],
    ['references that are not strings', array({ references: [1] })],
    ['a reference to a path not in the dump', array({ references: [bash] })],
    ['a path of another store directory', JSON.stringify([{ path: '/gnu/store/abc-x', narSize: 1, references: [] }])],
    ['an entry of another store directory', array({ storeDir: '/gnu/store' })],
    ['a key given twice', array({}).replace('"narSize":1', '"narSize":1,"narSize":2')],
    ['a deriver that is not the store path of a .drv', array({ deriver: storePath('hello-2.12') })],
    ['a deriver that is not a string', array({ deriver: 7 })],
    ['a deriver whose hash is not Nix base32', array({ deriver: `/nix/store/${'e'.repeat(32)}-hello-2.12.drv` })],
    ['a deriver with a character no store path has', array({ deriver: `${storePath('hello-2.12')}!.drv` })],
    ['a deriver with a path inside it', array({ deriver: `${storePath('hello-2.12.drv')}/x.drv` })],
    ['a deriver given twice', array({ deriver: null }).replace('"deriver":null', '"deriver":null,"deriver":null')],
    ['an entry that is not an object', JSON.stringify([42])],
    ['a wrapper key of its own', JSON.stringify({ version: 2, info: {}, extra: 1 })],
    ['a wrapper without its version', JSON.stringify({ info: { [base(toplevel)]: { narSize: 1, references: [] } } })],
    ['a keyed entry that is neither an object nor null', JSON.stringify({ [toplevel]: 7 })],
    ['truncated JSON', array({}).slice(0, -3)],
    ['trailing garbage', `${array({})} x`],
    ['a missing comma', array({}).replace(',"narSize"', ' "narSize"')],
    ['a bare word', array({}).replace('[]', '[nope]')],
    ['not JSON at all', 'hello'],
    ['nothing', ''],
  ])('%s', (_label, text) => {
    expect(scanPathInfo(bytes(text))).toBeNull();
  });

  it('reads an empty dump as empty, as JSON.parse does', () => {
    expect(scanPathInfo(bytes('[]'))?.paths).toEqual([]);
    expect(scanPathInfo(bytes(' {} '))?.paths).toEqual([]);
  });
});

describe('readPathInfo of a small dump (JSON.parse)', () => {
  it('reads a dump that starts with a byte-order mark as TextDecoder would: the mark dropped', async () => {
    const { readPathInfo } = await import('../../src/nix/path-info-scan.js');
    const a = storePath('hello-2.12');
    const b = storePath('glibc-2.37-8');
    // Two entries written out by hand: hello refers to glibc, glibc to itself.
    const text = JSON.stringify([
      { path: a, narSize: 1000, references: [b] },
      { path: b, narSize: 2000, references: [b] },
    ]);
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]);
    const graph = readPathInfo(withMark, 'x.json', JSON.parse);
    expect(objectsOfGraph(graph)).toEqual(
      [{ path: a, narSize: 1000, references: [b] }, { path: b, narSize: 2000, references: [] }].sort((x, y) => (x.path < y.path ? -1 : 1)),
    );
    // A mark anywhere else is no mark: JSON.parse refuses it.
    expect(() => readPathInfo(new Uint8Array([...bytes(' '), 0xef, 0xbb, 0xbf, ...bytes(text)]), 'x.json', JSON.parse)).toThrow();
  });
});
