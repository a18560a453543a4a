// nix-args split as a POSIX shell splits them (the oracle: /bin/sh itself), and every flag Nix
// knows given all its values (the oracle: the table made from the installed Nixes' own help).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { checkNixArgs, parseNixArgs, splitNixArgs } from '../../src/nix/args.js';
import { ROOT } from '../helpers/action-runner.js';

/**
 * How /bin/sh splits `text` into words (no expansion happens: the cases hold no `$`). The input's
 * lines are one list of arguments, so newlines are given to the shell as spaces.
 */
function shellWords(text: string): string[] {
  const script = `set -- ${text.replace(/\n/g, ' ')}; for a; do printf '%s\\0' "$a"; done`;
  const out = execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8' });
  return out === '' ? [] : out.slice(0, -1).split('\0');
}

/** Whether /bin/sh refuses `text` (an unterminated quote is a syntax error). */
function shellRefuses(text: string): boolean {
  try {
    execFileSync('/bin/sh', ['-n', '-c', `printf '%s\\0' ${text}`], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
}

const message = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('splitNixArgs', () => {
  it.each([
    `--builders 'ssh://pi aarch64-linux' --option max-jobs 4`,
    `""foo`,
    `a\\ b`,
    `--option="a b"`,
    `a"b"c 'x'"y"`,
    `--option   max-jobs\n  4\n`,
    `--arg x '"a b"'`,
    `'it'\\''s'`,
    ``,
  ])('splits %j as /bin/sh does', (text) => {
    expect(splitNixArgs(text, 'nix-args')).toEqual(shellWords(text));
  });

  it.each([`'abc`, `--option 'max-jobs`, `"unterminated`, `--arg x "a`])('refuses the unterminated quote of %j, as /bin/sh does', (text) => {
    expect(shellRefuses(text)).toBe(true);
    expect(message(() => splitNixArgs(text, 'nix-args'))).toMatch(/^nix-args: unterminated quoted string in .*; close the quote/);
  });

  it.each([
    ['--impure; rm -rf /', "';'"],
    ['--impure | tee x', "'|'"],
    ['--impure && true', "'&&'"],
    ['--impure > log', "'>'"],
    ['--impure &', "'&'"],
  ])('refuses the shell operator in %j with one line', (text, op) => {
    const line = message(() => splitNixArgs(text, 'nix-args'));
    expect(line).toContain(`${op} is a shell operator`);
    expect(line).not.toContain('\n');
  });

  it('refuses an expansion and a comment, which no shell performs here', () => {
    expect(message(() => splitNixArgs('--store $CACHE', 'nix-args'))).toContain("'$CACHE' would be expanded by a shell");
    expect(message(() => splitNixArgs('--impure # the flake reads env', 'nix-args'))).toContain('is a shell comment');
    // Quoted, both are plain characters, as in a shell.
    expect(splitNixArgs(`--option allowed-uris '$x#y'`, 'nix-args')).toEqual(shellWords(`--option allowed-uris '$x#y'`));
  });
});

describe('checkNixArgs', () => {
  it.each([
    [['--option', 'max-jobs'], "'--option' takes 2 values (--option NAME VALUE), but nothing follows it"],
    [['--option'], "'--option' takes 2 values"],
    [['--builders'], "'--builders' takes a value"],
    [['--arg', 'system'], "'--arg' takes 2 values (--arg NAME EXPR)"],
    [['--argstr', 'system'], "'--argstr' takes 2 values"],
    [['--override-input', 'nixpkgs'], "'--override-input' takes 2 values"],
    [['-I'], "'-I' takes a value"],
    [['--store'], "'--store' takes a value"],
    [['--eval-store'], "'--eval-store' takes a value"],
    [['--max-jobs'], "'--max-jobs' takes a value"],
    [['-j'], "'-j' takes a value"],
    [['--cores'], "'--cores' takes a value"],
    [['--system'], "'--system' takes a value"],
    [['--option', 'max-jobs', '--impure'], "but '--impure' is a flag"],
    [['--builders', 'ssh://pi', 'aarch64-linux'], "'aarch64-linux' is not a flag nor the value of one"],
    [['.#other'], "'.#other' is not a flag nor the value of one"],
    [['--apply', 'x: x'], "'--apply' changes what nix-size-guard's own nix calls print"],
    [['--json'], "'--json' changes what"],
    [['--max-jobs=4'], "nix does not read '--flag=value'; write the value as the next argument: --max-jobs 4"],
  ])('refuses %j', (args, expected) => {
    const line = message(() => checkNixArgs(args, 'nix-args'));
    expect(line).toContain(expected);
    expect(line.startsWith('nix-args: ')).toBe(true);
    expect(line).not.toContain('\n');
  });

  it.each([
    [['--option', 'max-jobs', '4']],
    [['--builders', 'ssh://pi aarch64-linux', '--max-jobs', '0']],
    [['-j4', '-L', '--impure', '--no-sandbox', '--sandbox']],
    [['--extra-substituters', 'file:///cache', '--override-input', 'nixpkgs', 'path:/x']],
    [['-I', 'nixpkgs=/x', '--arg', 'n', '1', '--argstr', 's', 'v', '--eval-store', 'auto', '--store', 'file:///c']],
    [['--some-setting-of-a-newer-nix', 'value']],
  ])('passes %j on', (args) => {
    expect(() => checkNixArgs(args, 'nix-args')).not.toThrow();
  });

  it('parseNixArgs splits, then checks', () => {
    expect(parseNixArgs(`--option max-jobs 4\n--builders 'ssh://pi aarch64-linux'`, 'nix-args')).toEqual([
      '--option', 'max-jobs', '4', '--builders', 'ssh://pi aarch64-linux',
    ]);
    expect(message(() => parseNixArgs(`--option 'max-jobs`, 'nix-args'))).toContain('unterminated');
  });

  it.skipIf(!existsSync('/opt/nix-modern/bin/nix'))("the flag table is what the installed Nixes' own help and settings give", async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'nsg-flags-')), 'flags.ts');
    execFileSync(process.execPath, ['scripts/nix-flags.mjs', 'nix', '/opt/nix-modern/bin/nix'], { cwd: ROOT, env: { ...process.env, OUT: out }, stdio: ['ignore', 'ignore', 'pipe'] });
    expect(await readFile(out, 'utf8')).toBe(await readFile(path.join(ROOT, 'src/nix/flags.ts'), 'utf8'));
  });
});
