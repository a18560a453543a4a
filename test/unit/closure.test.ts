import { describe, expect, it } from 'vitest';
import { closureIn, closureOfGraph, closureSize, graphOfObjects, idOf, indexGraph, makeClosure, pathCount, referencesOf, storeObjects } from '../../src/core/closure.js';
import { parsePathInfoJson } from '../../src/nix/path-info.js';
import { nixExample } from '../helpers/nix-json.js';
import { storePath } from '../helpers/store.js';

const toplevel = storePath('nixos-system-appliance-1.0');
const bash = storePath('bash-5.2-p15');
const glibc = storePath('glibc-2.37-8');

// The same three-path closure as each Nix prints it, every entry with every field Nix prints:
// Nix's own example of a store object (json-1/impure.json, Nix's test data: ca, deriver,
// narHash, registrationTime, signatures, ultimate), with this closure's sizes and references.
// Nix up to 2.32 prints no storeDir and version per entry; 2.33's --json-format 1 does. (What
// this machine's Nix 2.8 and 2.30 print is read in test/integration/path-info-real.test.ts.)
const { storeDir: _storeDir, version: _version, ...printed } = nixExample(1, 'impure');
const DRV = printed.deriver as string;
const entry = (narSize: number, references: string[]) => ({ ...printed, narSize, references });
const arrayShape = [
  { path: toplevel, ...entry(4096, [bash, toplevel]), valid: true },
  { path: bash, ...entry(1_600_000, [glibc]) },
  { path: glibc, ...entry(30_000_000, [glibc]) },
];
const keyedShape = {
  [toplevel]: entry(4096, [bash, toplevel]),
  [bash]: entry(1_600_000, [glibc]),
  [glibc]: entry(30_000_000, [glibc]),
};
const keyedShapeV1 = Object.fromEntries(
  Object.entries(keyedShape).map(([k, v]) => [k, { ...v, version: 1, storeDir: '/nix/store' }]),
);

// --json-format 2|3 (Nix ≥ 2.33): test/unit/path-info-json-format.test.ts, on Nix's own examples.
describe('parsePathInfoJson reads every shape of nix path-info --json', () => {
  it.each([
    ['array of objects (Nix ≤ 2.18, Lix)', arrayShape],
    ['object keyed by path (Nix 2.19–2.32)', keyedShape],
    ['keyed with version 1 entries (Nix 2.33 --json-format 1)', keyedShapeV1],
  ])('%s', (_label, json) => {
    const parsed = parsePathInfoJson(json);
    const { objects, invalid } = parsed;
    expect(invalid).toEqual([]);
    expect(objects.map((o) => o.path).sort()).toEqual([toplevel, bash, glibc].sort());
    // Self-references are dropped; references are full paths.
    expect(objects.find((o) => o.path === toplevel)?.references).toEqual([bash]);
    expect(objects.find((o) => o.path === glibc)?.references).toEqual([]);
    expect(objects.map((o) => o.deriver)).toEqual([DRV, DRV, DRV]);
    const closure = makeClosure(parsed.objects, null, 'test');
    expect(closure.root).toBe(toplevel);
    expect(closureSize(closure)).toBe(4096 + 1_600_000 + 30_000_000);
    expect(pathCount(closure)).toBe(3);
  });

  it('reports invalid paths of each shape', () => {
    const gone = storePath('ncdu-2.8.2');
    expect(parsePathInfoJson([{ path: gone, valid: false }]).invalid).toEqual([gone]);
    expect(parsePathInfoJson({ [gone]: null }).invalid).toEqual([gone]);
  });

  it.each([
    ['a number', 42, /neither a JSON array nor a JSON object/],
    ['an entry without path', [{ narSize: 1, references: [] }], /entry 0 has no "path"/],
    ['an entry without narSize', { [bash]: { references: [] } }, /has no narSize/],
    ['a negative narSize', { [bash]: { narSize: -5, references: [] } }, /has a negative narSize \(-5\)/],
    ['a narSize that is a string', { [bash]: { narSize: '5', references: [] } }, /has narSize "5", not a whole number of bytes/],
    ['an entry that is not a store path', { '/etc/hosts': { narSize: 5, references: [] } }, /'\/etc\/hosts' is not a store path/],
    ['an entry without references', [{ path: bash, narSize: 3 }], /no references list/],
    ['an unrelated object', { name: 'my-package', version: '1.0' }, /is not an object/],
    ['a deriver that is not a .drv', { [bash]: { narSize: 1, references: [], deriver: '/etc/passwd' } }, /has deriver "\/etc\/passwd", not the store path of a \.drv/],
    ['a deriver that is not a string', { [bash]: { narSize: 1, references: [], deriver: 7 } }, /has deriver 7, not the store path of a \.drv/],
  ])('refuses %s with one line naming the file', (_label, json, message) => {
    expect(() => parsePathInfoJson(json, 'base.json')).toThrow(message);
    expect(() => parsePathInfoJson(json, 'base.json')).toThrow(/^base\.json: .*nix path-info --json --recursive PATH'$/);
  });
});

describe('closures', () => {
  it('finds the root of a dump', () => {
    expect(makeClosure(parsePathInfoJson(arrayShape).objects, null, 'x.json').root).toBe(toplevel);
  });

  it('refuses a dump taken without --recursive', () => {
    const { objects: partial } = parsePathInfoJson([arrayShape[0]]);
    expect(() => makeClosure(partial, toplevel, 'head.json')).toThrow(/head\.json: .*bash-5\.2-p15 is referenced but missing \(was --recursive given\?\)/);
  });

  it('names a reference that is not a store path as such, not as a missing path', () => {
    const { objects } = parsePathInfoJson([{ path: toplevel, narSize: 5, references: ['/etc/hosts'] }]);
    expect(() => makeClosure(objects, toplevel, 'head.json')).toThrow(/head\.json: the entry for .* references '\/etc\/hosts', which is not a store path/);
  });

  it('refuses a dump of several roots, naming them', () => {
    const other = storePath('hello-2.12');
    const two = parsePathInfoJson([...arrayShape, { path: other, narSize: 1, references: [] }]);
    expect(() => makeClosure(two.objects, null, 'x.json')).toThrow(/x\.json: holds 2 closures/);
  });

  it('sorts references, and the walk finds the same closure', () => {
    const shuffled = parsePathInfoJson([arrayShape[2]!, { ...arrayShape[0]!, references: [glibc, bash, glibc] }, arrayShape[1]!]);
    const closure = makeClosure(shuffled.objects, toplevel);
    expect(closure.paths).toEqual([toplevel, bash, glibc].sort());
    // Ids are in path order, and each path's references ascend (duplicates dropped).
    expect(referencesOf(closure, idOf(closure, toplevel))).toEqual([bash, glibc].sort());
    expect(storeObjects(closure)).toEqual([
      { path: toplevel, narSize: 4096, references: [bash, glibc].sort(), deriver: DRV },
      { path: bash, narSize: 1_600_000, references: [glibc], deriver: DRV },
      { path: glibc, narSize: 30_000_000, references: [], deriver: DRV },
    ].sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(idOf(closure, storePath('absent'))).toBe(-1);
    const partial = parsePathInfoJson([arrayShape[0]!]);
    expect(() => makeClosure(partial.objects, null, 'p.json')).toThrow(/bash-5\.2-p15 is referenced but missing/);
  });

  it('counts a path given twice once', () => {
    const twice = parsePathInfoJson([...arrayShape, arrayShape[1]!]);
    expect(pathCount(makeClosure(twice.objects, toplevel))).toBe(3);
  });

  it('counts only what the root reaches', () => {
    const { objects: extra } = parsePathInfoJson([...arrayShape, { path: storePath('stray'), narSize: 99, references: [] }]);
    const closure = makeClosure(extra, bash);
    expect(pathCount(closure)).toBe(2);
    expect(closure.paths).toEqual([bash, glibc].sort());
    expect(closure.paths[closure.rootId]).toBe(bash);
    expect(closureSize(closure)).toBe(31_600_000);
  });
});

// Rows the mutation run named (README, "Mutation score of the core"); each answer is read off
// the small graph it is about.
describe('closures, the edges', () => {
  const obj = (path: string, narSize: number, references: string[]) => ({ path, narSize, references });
  const NIX = "; expected the output of 'nix path-info --json --recursive PATH'";

  it('cutting a dump to what the root reaches keeps every reference of what is kept', () => {
    // toplevel → bash → glibc, and a stray path that refers to glibc: bash's closure is bash and glibc.
    const stray = storePath('stray');
    const objects = [obj(toplevel, 1, [bash]), obj(bash, 2, [glibc]), obj(glibc, 3, []), obj(stray, 4, [glibc])];
    const closure = makeClosure(objects, bash);
    expect(storeObjects(closure)).toEqual([obj(bash, 2, [glibc]), obj(glibc, 3, [])].sort((a, b) => (a.path < b.path ? -1 : 1)));
    // From the toplevel: the stray path only is left out, and toplevel still refers to bash.
    const top = makeClosure(objects, toplevel);
    expect(storeObjects(top)).toEqual([obj(toplevel, 1, [bash]), obj(bash, 2, [glibc]), obj(glibc, 3, [])].sort((a, b) => (a.path < b.path ? -1 : 1)));
  });

  it.each([
    [2, ''],
    [3, ''],
    [4, ', …'],
  ])('names the first three of %i roots in path order, with … after them when there are more', (count, more) => {
    const roots = Array.from({ length: count }, (_, i) => storePath(`hello-2.${i}`));
    const named = [...roots].sort().slice(0, 3).join(', ');
    expect(() => makeClosure(roots.map((r) => obj(r, 1, [])), null, 'x.json')).toThrow(
      `x.json: holds ${count} closures (${named}${more}); dump one root per file with 'nix path-info --json --recursive ROOT'`,
    );
  });

  it('refuses a dump with no root, an empty one, and one without the root asked for, in one line each', () => {
    expect(() => makeClosure([obj(bash, 1, [glibc]), obj(glibc, 1, [bash])], null, 'x.json')).toThrow(`x.json: it has no root (every path is referenced by another)${NIX}`);
    expect(() => makeClosure([], null, 'x.json')).toThrow(`x.json: it holds no store paths${NIX}`);
    expect(() => makeClosure([obj(bash, 1, [])], glibc, 'x.json')).toThrow(`x.json: it does not describe ${glibc}${NIX}`);
    // Without a source the line names nix path-info.
    expect(() => makeClosure([obj(bash, 1, [glibc])], bash)).toThrow(`nix path-info: ${glibc} is referenced but missing (was --recursive given?)${NIX}`);
  });

  it('reads a dump in any order, a path twice, references in any order and repeated, as the sorted closure', () => {
    const objects = [obj(glibc, 3, [glibc]), obj(toplevel, 1, [glibc, bash, bash, toplevel]), obj(bash, 2, [glibc]), obj(toplevel, 1, [])];
    const closure = makeClosure(objects, toplevel);
    expect(closure.paths).toEqual([toplevel, bash, glibc].sort());
    expect(storeObjects(closure)).toEqual([obj(toplevel, 1, [bash, glibc].sort()), obj(bash, 2, [glibc]), obj(glibc, 3, [])].sort((a, b) => (a.path < b.path ? -1 : 1)));
    for (const path of [toplevel, bash, glibc]) expect(closure.paths[idOf(closure, path)]).toBe(path);
  });
});

// More rows the mutation run named. Store paths whose hash is one repeated letter, so their ids
// (= path order, as Nix sorts them) are known by hand: a is id 0, b id 1, …
describe('closures, ids known by hand', () => {
  const at = (letter: string) => `/nix/store/${letter.repeat(32)}-${letter}-1.0`;
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(at) as [string, string, string, string];
  const obj = (path: string, narSize: number, references: string[], deriver?: string) => ({ path, narSize, references, ...(deriver ? { deriver } : {}) });
  const drv = (name: string) => `/nix/store/${'z'.repeat(32)}-${name}.drv`;
  const NIX = "; expected the output of 'nix path-info --json --recursive PATH'";
  const permutations = <T,>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest])));

  it('names nix path-info in the refusals of each step when no source is given', () => {
    expect(() => graphOfObjects([obj(a, 1, [b])])).toThrow(`nix path-info: ${b} is referenced but missing (was --recursive given?)${NIX}`);
    const graph = graphOfObjects([obj(a, 1, [])]);
    expect(() => closureOfGraph(graph, b)).toThrow(`nix path-info: it does not describe ${b}${NIX}`);
    expect(() => indexGraph({ paths: [], narSizes: [], refStart: new Int32Array(1), refs: new Int32Array(0) })).toThrow(`nix path-info: it holds no store paths${NIX}`);
    expect(() => closureIn(indexGraph(graph), b)).toThrow(`nix path-info: it does not describe ${b}${NIX}`);
  });

  it('sorts a dump given in any order by path, each path once, the first entry of a path twice kept', () => {
    // a → b, c; b → d; c → d; and d once more at the end with another size, which Nix never
    // prints: the first d (4 bytes) counts. Every order of the five entries gives the same closure.
    const entries = [obj(a, 1, [b, c]), obj(b, 2, [d]), obj(c, 3, [d]), obj(d, 4, []), obj(d, 40, [])];
    const expected = [obj(a, 1, [b, c]), obj(b, 2, [d]), obj(c, 3, [d]), obj(d, 4, [])];
    for (const order of permutations([0, 1, 2, 3])) {
      // The second d always after the first.
      const closure = makeClosure([...order.map((i) => entries[i]!), entries[4]!], a);
      expect(storeObjects(closure)).toEqual(expected);
      expect(closureSize(closure)).toBe(1 + 2 + 3 + 4);
    }
    // Sorted already, with the path twice side by side: still four paths.
    const sorted = makeClosure([obj(a, 1, [b, c]), obj(b, 2, [d]), obj(c, 3, [d]), obj(d, 4, []), obj(d, 4, [])], a);
    expect(sorted.paths).toEqual([a, b, c, d]);
    expect(pathCount(sorted)).toBe(4);
    // …and its root found: the second d is no other closure's root.
    expect(makeClosure([obj(a, 1, [b, c]), obj(b, 2, [d]), obj(c, 3, [d]), obj(d, 4, []), obj(d, 4, [])], null).root).toBe(a);
  });

  it('sorts a big dump in any order by path, the first entry of a path twice kept', () => {
    // 300 packages (more than a sort handles by insertion alone), given in a scrambled order,
    // every 7th given a second time, later, with another size; the toplevel refers to them all.
    const names = Array.from({ length: 300 }, (_, i) => storePath(`pkg${i}-1.0`));
    const root = storePath('nixos-system-big-1.0');
    const scrambled = names.map((_, i) => names[(i * 149) % 300]!);
    const objects = [
      ...scrambled.map((path, i) => obj(path, 1000 + i, [])),
      obj(root, 1, names),
      ...scrambled.filter((_, i) => i % 7 === 0).map((path) => obj(path, 5, [])),
    ];
    // The oracle: the paths sorted as Nix sorts them (bytewise; all ASCII), each with the size
    // of its first entry.
    const firstSize = new Map<string, number>();
    for (const o of objects) if (!firstSize.has(o.path)) firstSize.set(o.path, o.narSize);
    const closure = makeClosure(objects, root);
    const expected = [...names, root].sort();
    expect(closure.paths).toEqual(expected);
    expect(Array.from(closure.narSizes)).toEqual(expected.map((path) => firstSize.get(path)));
    expect(referencesOf(closure, idOf(closure, root))).toEqual([...names].sort());
  });

  it('keeps a path given twice as its first entry wherever the copies stand', () => {
    // Two entries of c (3 and 30 bytes) in every position among a → c, b → c; the first given wins.
    const rest = [obj(a, 1, [b, c]), obj(b, 2, [c])];
    for (const order of permutations([0, 1, 2, 3])) {
      const four = [rest[0]!, rest[1]!, obj(c, 3, []), obj(c, 30, [])];
      const objects = order.map((i) => four[i]!);
      const first = objects.find((o) => o.path === c)!.narSize;
      const closure = makeClosure(objects, a);
      expect(storeObjects(closure)).toEqual([obj(a, 1, [b, c]), obj(b, 2, [c]), obj(c, first, [])]);
    }
  });

  it('lists a reference given twice once, also when the references are in order', () => {
    const closure = makeClosure([obj(a, 1, [b, b, c, c]), obj(b, 2, []), obj(c, 3, [])], a);
    expect(referencesOf(closure, 0)).toEqual([b, c]);
    expect(Array.from(closure.refs)).toEqual([1, 2]);
  });

  it('cuts a dump to what the root reaches, ids and references renumbered, derivers kept', () => {
    // a → c; b (not reached) → d (not reached only through b). The closure of a is a and c.
    const objects = [obj(a, 1, [c], drv('a')), obj(b, 2, [d], drv('b')), obj(c, 3, [], drv('c')), obj(d, 4, [])];
    const closure = makeClosure(objects, a);
    expect(closure.paths).toEqual([a, c]);
    expect(Array.from(closure.refStart)).toEqual([0, 1, 1]);
    expect(Array.from(closure.refs)).toEqual([1]);
    expect(storeObjects(closure)).toEqual([obj(a, 1, [c], drv('a')), obj(c, 3, [], drv('c'))]);
    // From b: b and d, the deriver of b kept, none known for d.
    const fromB = makeClosure(objects, b);
    expect(storeObjects(fromB)).toEqual([obj(b, 2, [d], drv('b')), obj(d, 4, [])]);
    expect(Array.from(fromB.refs)).toEqual([1]);
  });

  it('holds one entry per deriver: the outputs of one derivation share it', () => {
    // a and b are two outputs of one derivation (out, dev); c has its own; d none known.
    const closure = makeClosure([obj(a, 1, [b, c, d], drv('x')), obj(b, 2, [], drv('x')), obj(c, 3, [], drv('y')), obj(d, 4, [])], a);
    expect(closure.derivers).toEqual([drv('x'), drv('y')]);
    expect(Array.from(closure.deriverOf!)).toEqual([0, 0, 1, -1]);
  });
});
