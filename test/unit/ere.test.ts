// Forbid patterns mean what NixOS's `grep -E` means: every pattern of the table is run by grep -E
// itself over the real store paths of a NixOS 25.05 closure, and our matcher must pick exactly
// the same lines.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EreError, compileEre } from '../../src/core/ere.js';
import { parseSettings } from '../../src/core/settings.js';
import { oysterPaths } from '../helpers/nixos-data.js';

// The real closure's paths, plus a few real names from nixpkgs that the forbid examples name.
const paths = [
  ...oysterPaths().map((p) => p.path),
  '/nix/store/6xvx8d1rz1b1ydqadyf9lkx0g0i3mk2d-perl-5.40.0',
  '/nix/store/ar0k8wmiwq09dw3bmgl3pwi8f2x2m0bj-perl-5.40.0-man',
  '/nix/store/0qf9n2y0bzv3q0kcp4s9fdq2jqym1qfd-xdg-utils-1.2.1',
  '/nix/store/b5s7j2b4h1hb2vnw3q7q2d8bhl1hlc5v-python3-3.12.10',
];
const dir = mkdtempSync(path.join(tmpdir(), 'nsg-ere-'));
const pathsFile = path.join(dir, 'store-paths');
writeFileSync(pathsFile, `${paths.join('\n')}\n`);

/** What NixOS's check does: `grep -E -- "$regex"` over the store paths (C locale, as in a build). */
function grepE(pattern: string): string[] {
  const result = spawnSync('grep', ['-E', '--', pattern, pathsFile], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } });
  if (result.status === 2) throw new Error(`grep -E refused ${pattern}: ${result.stderr}`);
  return result.stdout === '' ? [] : result.stdout.trimEnd().split('\n');
}

const PATTERNS = [
  'perl',
  'perl-[[:digit:]]+\\.40',
  'perl-[0-9.]+-man$',
  'systemd-[0-9]',
  '^/nix/store/[a-z0-9]{32}-unit-',
  '^/nix/store/[[:alnum:]]{31}-',
  'util-linux(-minimal)?-2\\.41-(bin|lib)$',
  'db-[45]\\.',
  '[]x]86',
  '[^a-z0-9/.-]',
  '[^]a-z0-9/.-]',
  'dbus-1$',
  '\\.service(-disabled)?$',
  'cacert.*p11kit',
  'a{,2}x',
  'e{1}-3',
  'l{2,}',
  's{1,}y',
  '(lib)+$',
  'c+*url',
  '(s){2}{1}',
  '\\w+-\\w+-[[:digit:]]',
  '\\W[[:digit:]]',
  '\\bfuse',
  '\\Bfuse',
  'unit--\\.slice',
  'hvc0)',
  ')',
  'x{',
  '1{x}',
  'c{1,2',
  'curl-8\\.13\\.0(-bin)?$',
  '[[:upper:]]',
  '[[:punct:]]{3}',
  '[[:space:]]|[[:cntrl:]]',
  '[[=c=]]url',
  '[[.-.]]minimal',
  '[%--]{2}',
  '\\S*hvc0\\s*',
  '\\`/nix/store/0',
  "slice\\'",
  '(a|b|c)(d|e)',
  '()perl|()',
  'x86_64-unknown-linux-musl',
  'nss-cacert-3\\.111-p11kit$|dbus-1\\.14',
  '^(/nix/store/[^-]*-)(systemd|util-linux)-minimal',
  '[\\d]',
  '\\.\\+\\?\\*\\(',
  '\\/nix\\/store',
  '[a\\]x',
  '^$',
  'lib$|^/nix/store/y',
  'perl\npython3',
  '[[:xdigit:]]{33}',
  'security-wrapper-(fusermount3?|dbus-daemon-launch-helper)-',
  // Rows that each pin one rule of the translation (named by the mutation run, README):
  '[[a]', // a `[` in brackets that starts no class or element is a member
  '[a:b]', // so is a `:` that follows no `[`
  '[[:digit:]-]{2}', // a `-` last after a class is a member
  '[a-c-]x', // …and after a range
  '[l-l]ib', // a range of one character
  '-l+?ib', // a stacked repetition repeats its own atom only, not what comes before it
  '-[0-9]{1,2}\\.', // {m,n} is a range of counts, not {m}
  'o{1000}', // 1000, the most RE2 repeats, is taken
  'x{0,1000}',
  '-{x}[0-9]|perl{1}', // a `{` that starts no interval is itself, even with an interval later on the line
  'hvc0\\s|perl', // \s is a space, which no store path holds: only the perl paths match
  '\\`/nix/store/0|\\`store', // \` anchors at the start of the line, wherever it stands
  "store\\'|slice\\'", // …and \' at its end
];

describe('forbid patterns match what grep -E matches', () => {
  it.each(PATTERNS)('%s', (pattern) => {
    const matcher = compileEre(pattern);
    expect(paths.filter((p) => matcher.test(p))).toEqual(grepE(pattern));
  });

  it('the table is not trivial: most patterns match some paths and miss others (store names hold no ( ) { or space, so those patterns test syntax only)', () => {
    const mixed = PATTERNS.filter((p) => {
      const n = grepE(p).length;
      return n > 0 && n < paths.length;
    });
    expect(mixed.length).toBeGreaterThan(PATTERNS.length * 0.7);
  });

  it('reads perl-[[:digit:]]+\\.40 as NixOS does, which JavaScript does not', () => {
    expect(compileEre('perl-[[:digit:]]+\\.40').test('/nix/store/6xvx8d1rz1b1ydqadyf9lkx0g0i3mk2d-perl-5.40.0')).toBe(true);
    expect(new RegExp('perl-[[:digit:]]+\\.40').test('/nix/store/6xvx8d1rz1b1ydqadyf9lkx0g0i3mk2d-perl-5.40.0')).toBe(false);
  });
});

describe('patterns grep -E refuses, warns about, or reads as no linear matcher can, are refused', () => {
  it.each([
    ['(', /'\(' is never closed/],
    ['[', /'\[' at character 1 is never closed/],
    ['[[:alpha:]', /never closed/],
    ['a\\', /lone backslash/],
    ['[[:foo:]]', /^'\[:foo:\]' is not a character class; use one of \[:alpha:\] \[:digit:\] \[:alnum:\] \[:upper:\] \[:lower:\] \[:space:\] \[:blank:\] \[:punct:\] \[:print:\] \[:graph:\] \[:cntrl:\] \[:xdigit:\]$/],
    ['[z-a]', /the range 'z-a' runs backwards/],
    ['[a-c-e]', /starts no range/],
    ['[[:alpha:]-z]', /cannot start at/],
    ['a{}', /empty repetition count/],
    ['a{2,1}', /at most 1/],
    ['[[.hyphen.]]', /^'\[\.hyphen\.\]' names a collating element of more than one character, which grep -E refuses; write the character itself$/],
    ['[[.a', /^the '\[' at character 1 is never closed/],
    ['[[=a', /^the '\[' at character 1 is never closed/],
    ['[[:alpha', /^the '\[' at character 1 is never closed/],
    // An element or class whose closing `.]`, `=]` or `:]` would have to overlap its opening:
    ['[[.]', /^the '\[' at character 1 is never closed/],
    ['[[=]', /^the '\[' at character 1 is never closed/],
    ['[[:]', /^the '\[' at character 1 is never closed/],
    ['[a-[:alpha:]]', /^a range cannot end at a character class \('\[a-\[:alpha:\]\]'\); write the class and the range apart$/],
    // The bracket is quoted from its `[` on, not the whole pattern:
    ['x[a-[:alpha:]]y', /^a range cannot end at a character class \('\[a-\[:alpha:\]\]y'\); write the class and the range apart$/],
  ])('%s (grep -E fails too)', (pattern, why) => {
    expect(() => compileEre(pattern)).toThrow(why);
    expect(spawnSync('grep', ['-E', '--', pattern, pathsFile]).status).toBe(2);
  });

  it.each([
    ['*perl', /'\*' at the start of an expression repeats nothing/],
    ['(+perl)', /'\+' at the start/],
    ['^*perl', /repeats nothing/],
    ['x|{2}perl', /'\{2\}' at the start/],
  ])('%s (grep -E only warns, and ignores the operator)', (pattern, why) => {
    expect(() => compileEre(pattern)).toThrow(why);
    expect(spawnSync('grep', ['-E', '--', pattern, pathsFile], { encoding: 'utf8' }).stderr).toMatch(/warning: .* at start of expression/);
  });

  it.each([
    ['(lib)\\1', /back reference/],
    ['perl-\\d', /write \[\[:digit:\]\]/],
    ['\\<fuse', /write \\b/],
    ['x{1001}', /more than 1000 times/],
    ['x{1001,}', /^'\{1001,\}' repeats more than 1000 times/],
    ['x{2,1001}', /^'\{2,1001\}' repeats more than 1000 times/],
    ['a\\>', /^'\\>' \(start or end of a word\) is not supported; write \\b$/],
    ['perl-\\q', /^'\\q' is not a POSIX escape \(grep -E reads it as a plain 'q'\); write q$/],
    // grep -E takes these; the guard refuses them with a line saying why.
    ['a\\b*', /^'\*' at the start of an expression repeats nothing/],
    ['(x{1000}){1000}', /^RE2 cannot match it \(error parsing regexp: invalid repeat count/],
  ])('%s (no RE2 equivalent, or a stray escape)', (pattern, why) => {
    expect(() => compileEre(pattern)).toThrow(EreError);
    expect(() => compileEre(pattern)).toThrow(why);
  });

  it('names the option and the input in one line', () => {
    expect(() => parseSettings({ forbid: ['perl-\\d+'] })).toThrow(
      /^forbid: 'perl-\\d\+' is not a grep -E pattern this guard can check as NixOS does: '\\d' is not a POSIX escape \(grep -E reads it as a plain 'd'\); write \[\[:digit:\]\]$/,
    );
  });
});

describe('matching takes linear time', () => {
  // Not timed (speed lives in `npm run bench`): a backtracking matcher tries the 2^99999 ways to
  // split the run before it answers, so it never returns and the test fails on vitest's timeout.
  it("--forbid '(a+)+$' on a path with a long run of a returns (JavaScript's RegExp would not)", () => {
    const long = `/nix/store/6xvx8d1rz1b1ydqadyf9lkx0g0i3mk2d-${'a'.repeat(100_000)}!`;
    const matcher = parseSettings({ forbid: ['(a+)+$'] }).forbid[0]!.regex;
    expect(matcher.test(long)).toBe(false);
    // grep agrees.
    writeFileSync(path.join(dir, 'long'), `${long}\n`);
    expect(spawnSync('grep', ['-E', '-c', '--', '(a+)+$', path.join(dir, 'long')], { encoding: 'utf8' }).stdout.trim()).toBe('0');
  });
});

// The translation must not depend on grep being GNU's newest: record which grep was the oracle.
it('the oracle is GNU grep', () => {
  expect(execFileSync('grep', ['--version'], { encoding: 'utf8' })).toMatch(/GNU grep/);
});
