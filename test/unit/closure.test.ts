import { describe, expect, it } from 'vitest';
import { closureSize, idOf, makeClosure, pathCount, referencesOf, storeObjects } from '../../src/core/closure.js';
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
