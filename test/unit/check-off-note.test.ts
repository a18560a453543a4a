// The note of a toplevel built with its own forbidden-dependencies check off says what was
// defined at each side, as one would write it in a module (the 23.05 run in
// test/integration/cli.test.ts checks that Nix builds the same toplevel from it).
import { describe, expect, it } from 'vitest';
import { checkOffNote } from '../../src/run/forbid-from-config.js';

const WHY = ": the configuration's own check fails this toplevel; the forbidden paths below are why";

describe('checkOffNote', () => {
  it.each([
    [{ base: 'regexes', head: 'regexes' } as const, 'built with system.forbiddenDependenciesRegexes turned off (lib.mkForce [ ])'],
    [{ base: 'regex', head: 'regex' } as const, 'built with system.forbiddenDependenciesRegex turned off (lib.mkForce "")'],
    [{ head: 'regex' } as const, 'built with system.forbiddenDependenciesRegex turned off (lib.mkForce "")'],
    [
      { base: 'regex', head: 'regexes' } as const,
      'built with the forbidden-dependencies check turned off, at the base system.forbiddenDependenciesRegex (lib.mkForce "") and at the head system.forbiddenDependenciesRegexes (lib.mkForce [ ])',
    ],
  ])('%j', (sides, note) => {
    expect(checkOffNote(sides)).toBe(note + WHY);
  });
});
