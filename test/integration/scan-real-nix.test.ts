// The byte scan of path-info dumps on what this Nix really prints (the unit tests hold it
// against the other shapes): the same closure as JSON.parse + parsePathInfoJson, whole.
import { beforeAll, describe, expect, it } from 'vitest';
import { closureOfGraph, graphOfObjects } from '../../src/core/closure.js';
import { parsePathInfoJson } from '../../src/nix/path-info.js';
import { scanPathInfo } from '../../src/nix/path-info-scan.js';
import { createApplianceRepo } from '../helpers/fixture-repo.js';
import { nixBuild, nixPathInfoJson } from '../helpers/nix-facts.js';

let printed: { root: string; json: string }[];

beforeAll(async () => {
  const repo = await createApplianceRepo();
  printed = ['toplevel', 'image'].map((attr) => {
    const root = nixBuild(`git+file://${repo.dir}?rev=${repo.headRev}#${attr}`);
    return { root, json: nixPathInfoJson(root) };
  });
});

describe('scanPathInfo on nix path-info --json --recursive as this Nix prints it', () => {
  it('gives the closure JSON.parse gives, for a toplevel and an image', () => {
    for (const { root, json } of printed) {
      const scanned = scanPathInfo(new TextEncoder().encode(json));
      expect(scanned, root).not.toBeNull();
      const parsed = closureOfGraph(graphOfObjects(parsePathInfoJson(JSON.parse(json)).objects), root);
      expect(closureOfGraph(scanned!, root)).toEqual(parsed);
      expect(parsed.paths.length).toBeGreaterThan(10);
    }
  });
});
