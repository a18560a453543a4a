// The byte scan of path-info dumps on what this Nix really prints (the unit tests hold it
// against the other shapes), held against Nix's own answers: the closure `nix-store -qR` lists,
// each path's narSize and references as `nix path-info --json` gives them (read here in plain
// JS), each deriver as `nix-store --query --deriver` names it.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { closureOfGraph, storeObjects } from '../../src/core/closure.js';
import { scanPathInfo } from '../../src/nix/path-info-scan.js';
import { createApplianceRepo } from '../helpers/fixture-repo.js';
import { nixBuild, nixPathInfoJson, nixRequisites, nixStoreObjects } from '../helpers/nix-facts.js';

let printed: { root: string; json: string }[];

beforeAll(async () => {
  const repo = await createApplianceRepo();
  printed = ['toplevel', 'image'].map((attr) => {
    const root = nixBuild(`git+file://${repo.dir}?rev=${repo.headRev}#${attr}`);
    return { root, json: nixPathInfoJson(root) };
  });
});

/** What Nix says of each path of the closure of `root`, sorted by path, as a StoreObject. */
function nixSays(root: string) {
  const paths = nixRequisites(root).sort();
  // One line per path asked, in order; `unknown-deriver` when Nix knows none.
  const derivers = execFileSync('nix-store', ['--query', '--deriver', ...paths], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n');
  const objects = new Map(nixStoreObjects(root).map((o) => [o.path, o]));
  return paths.map((path, i) => {
    const { narSize, references } = objects.get(path)!;
    const object: { path: string; narSize: number; references: string[]; deriver?: string } = { path, narSize, references: references.filter((r) => r !== path).sort() };
    if (derivers[i] !== 'unknown-deriver') object.deriver = derivers[i]!;
    return object;
  });
}

describe('scanPathInfo on nix path-info --json --recursive as this Nix prints it', () => {
  it('reads the closure Nix describes, path by path, for a toplevel and an image', () => {
    for (const { root, json } of printed) {
      const scanned = scanPathInfo(new TextEncoder().encode(json));
      expect(scanned, root).not.toBeNull();
      expect(scanned!.invalid, root).toEqual([]);
      const expected = nixSays(root);
      expect(expected.length, root).toBeGreaterThan(10);
      expect(expected.some((o) => o.deriver !== undefined), root).toBe(true);
      expect(storeObjects(closureOfGraph(scanned!, root)), root).toEqual(expected);
    }
  });
});
