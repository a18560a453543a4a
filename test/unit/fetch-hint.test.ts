// The fetch a missing revision's line gives, for the revisions git fetch cannot take by name. (That
// each command works is checked by running it with git, in test/integration/cli.test.ts.)
import { describe, expect, it } from 'vitest';
import { fetchHint } from '../../src/git/git.js';

const origin = { name: 'origin', tracksBranches: true };

describe('fetchHint', () => {
  it('a full commit id is fetched as it is, with no name to give after', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    expect(fetchHint(sha, '--base', [origin], false)).toBe(`; check the name, or fetch it: git fetch origin ${sha}`);
  });

  it('HEAD~3 or main^ names no branch: check the name, or in a shallow clone unshallow it', () => {
    expect(fetchHint('HEAD~3', '--base', [origin], false)).toBe('; check the name');
    expect(fetchHint('main^', '--base', [origin], true)).toBe('; fetch the history it needs first: git fetch --unshallow origin');
  });

  it('a remote whose name holds a / is matched whole, the longest first', () => {
    const remotes = [{ name: 'me', tracksBranches: true }, { name: 'me/fork', tracksBranches: true }];
    expect(fetchHint('me/fork/main', '--base', remotes, false)).toBe('; check the name, or fetch it: git fetch me/fork main');
  });

  it('without origin, a branch name is fetched from the first remote', () => {
    expect(fetchHint('main', '--head', [{ name: 'upstream', tracksBranches: true }], false)).toBe(
      '; check the name, or fetch it: git fetch upstream main, then give --head upstream/main',
    );
  });
});
