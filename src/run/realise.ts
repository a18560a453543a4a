// The build stage: where each evaluated output already is (the local store, else a binary cache
// read without downloading), and one `nix build` of what is in neither, for both sides.

import type { Target } from '../core/targets.js';
import type { Evaluated, Nix } from '../nix/nix.js';
import type { Phase } from './phase.js';
import type { Location } from './read.js';

/** Both sides' evaluated outputs, by target name. */
export interface Evaluations {
  base: Map<string, Evaluated>;
  head: Map<string, Evaluated>;
}

/** Every evaluated output of both sides, base first. */
export function allOutputs(evaluated: Evaluations): Evaluated[] {
  return [...evaluated.base.values(), ...evaluated.head.values()];
}

/**
 * Where each output is: the local store, else the binary cache `store`; what is in neither is
 * to be built (each output once).
 */
async function locateOutputs(nix: Nix, outputs: Evaluated[], store: string | undefined): Promise<{ located: Map<string, Location>; toBuild: Evaluated[] }> {
  const located = new Map<string, Location>();
  const toBuild: Evaluated[] = [];
  for (const evaluated of outputs) {
    if (located.has(evaluated.outPath)) continue;
    if (await nix.isValid(evaluated.outPath)) located.set(evaluated.outPath, { source: 'built' });
    else if (store && (await nix.isValid(evaluated.outPath, store))) {
      located.set(evaluated.outPath, { source: 'binary-cache', store });
    } else {
      located.set(evaluated.outPath, { source: 'built' });
      toBuild.push(evaluated);
    }
  }
  return { located, toBuild };
}

/**
 * Locates every output of `evaluated` and builds what is missing in one call. When that build
 * fails, `retry` may replace evaluations in `evaluated` (true when it did): those are located and
 * built again; otherwise the build's error is thrown.
 */
export async function locateAndBuild(
  context: { nix: Nix; store?: string; targets: Target[]; labels: { base: string; head: string }; phase: Phase },
  evaluated: Evaluations,
  retry?: () => Promise<boolean>,
): Promise<Map<string, Location>> {
  const { nix, store, targets, labels, phase } = context;
  let { located, toBuild } = await locateOutputs(nix, allOutputs(evaluated), store);
  if (toBuild.length === 0) return located;
  const names = targets.map((t) => t.name).join(', ');
  const what = `${names} at the base (${labels.base}) and the head (${labels.head})`;
  const build = (outputs: Evaluated[]) =>
    phase(`nix build: ${outputs.length} output${outputs.length === 1 ? '' : 's'} of ${names}`, () => nix.realise(outputs, { what }));
  try {
    await build(toBuild);
  } catch (error) {
    if (!retry || !(await retry())) throw error;
    // The replaced outputs are other store paths, at both sides: each is located again, and
    // built unless it is somewhere already, before anything reads it (a base built by an
    // earlier run is valid with its check on, not off).
    ({ located, toBuild } = await locateOutputs(nix, allOutputs(evaluated), store));
    await build(toBuild);
  }
  return located;
}
