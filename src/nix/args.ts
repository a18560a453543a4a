// The user's extra Nix arguments (`nix-args`, `--nix-arg`): split like a POSIX shell, and checked
// so that no flag is left short of its values. Nix takes the next word as a flag's value whatever
// it is: `--option max-jobs` would take the installable that follows it, and both sides of the
// comparison would then evaluate the same default flake, a wrong answer that passes.

import { parse as parseShellWords } from 'shell-quote';
import { split as shlexSplit } from 'shlex';
import { UsageError } from '../core/errors.js';
import { NIX_FLAG_VALUES } from './flags.js';

/**
 * Flags that change what nix-size-guard's own calls print or evaluate (it reads `nix eval --json`
 * and `nix path-info --json` output, and picks the installable itself): refused, not passed on.
 */
const OWN_FLAGS = new Set([
  '--apply', '--expr', '--file', '-f', '--json', '--json-format', '--raw', '--write-to', '--out-link', '-o',
  '--profile', '--print-out-paths', '--dry-run', '--derivation', '--recursive', '-r', '--stdin', '--help',
  '--version', '--closure-size', '--arg-from-stdin',
]);

/**
 * Splits `nix-args` as a POSIX shell would, without expanding anything: quotes group (`'a b'`,
 * `"a b"`, `a\ b`, `""foo`), and what a shell would run rather than pass on (`;`, `|`, `&&`, `>`,
 * `$VAR`, `# comment`) is refused with one line, since no shell runs here.
 *
 * Two libraries, each for what it reports: shell-quote knows the operators, expansions and
 * comments but reads an unterminated quote (`'abc`) as if it were closed at the end; shlex (a port
 * of Python's shlex) refuses an unterminated quote or a trailing backslash.
 */
export function splitNixArgs(text: string, option: string): string[] {
  try {
    shlexSplit(text);
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/^Got EOF while in an? /, '') : String(error);
    throw new UsageError(`${option}: unterminated ${why} in ${JSON.stringify(text.trim())}; close the quote (or escape it with \\)`);
  }
  const expansions: string[] = [];
  const parsed = parseShellWords(text, (name) => {
    expansions.push(name);
    return { op: `$${name}` } as never;
  });
  const words: string[] = [];
  for (const entry of parsed) {
    if (typeof entry === 'string') {
      words.push(entry);
      continue;
    }
    if ('comment' in entry) {
      throw new UsageError(`${option}: '#${entry.comment}' is a shell comment and no shell reads ${option}; remove it, or quote a '#' that belongs to an argument`);
    }
    if (entry.op === 'glob') {
      // An unquoted `*`: no shell expands it here, so it is passed on as written.
      words.push(entry.pattern);
      continue;
    }
    if (entry.op.startsWith('$')) {
      throw new UsageError(`${option}: '${entry.op}' would be expanded by a shell, but ${option} is passed to nix as written; write the value itself, or quote it with '…'`);
    }
    throw new UsageError(`${option}: '${entry.op}' is a shell operator and ${option} is not run by a shell; give only arguments for nix (quote a '${entry.op}' that belongs to one)`);
  }
  return words;
}

/**
 * Checks that every flag Nix knows gets all its values, that no value is another flag, that
 * nothing is left over as an installable, and that none of the flags that nix-size-guard sets
 * itself is given. Flags Nix 2.8 to 2.30 do not know (a newer setting) are passed on; Nix itself
 * refuses a flag it does not know, and the calls end the user's arguments with `--`, so even such
 * a flag cannot take the installable.
 */
export function checkNixArgs(args: readonly string[], option: string): void {
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as string;
    if (!word.startsWith('-') || word === '-') {
      throw new UsageError(
        `${option}: '${word}' is not a flag nor the value of one; nix-size-guard picks the installables itself (quote a value with spaces: --builders 'ssh://pi aarch64-linux')`,
      );
    }
    if (OWN_FLAGS.has(word)) {
      throw new UsageError(`${option}: '${word}' changes what nix-size-guard's own nix calls print or evaluate; remove it (targets name what is built)`);
    }
    if (/^--[^=]+=/.test(word)) {
      throw new UsageError(`${option}: '${word}': nix does not read '--flag=value'; write the value as the next argument: ${word.replace('=', ' ')}`);
    }
    // `-j4`: a short flag with its value attached, as Nix reads it.
    if (/^-[a-zA-Z]./.test(word) && NIX_FLAG_VALUES.get(word.slice(0, 2)) === 1) continue;
    const count = NIX_FLAG_VALUES.get(word);
    if (count === undefined) {
      // Unknown to this table: its values, if any, are the words up to the next flag.
      while (i + 1 < args.length && !(args[i + 1] as string).startsWith('-')) i++;
      continue;
    }
    const values = args.slice(i + 1, i + 1 + count);
    const missing = values.length < count ? values.length : values.findIndex((v) => v.startsWith('--'));
    if (missing !== -1) {
      const usage = USAGE_OF[word] ?? `${word} VALUE`;
      const got = values[missing] === undefined ? 'nothing follows it' : `'${values[missing]}' is a flag`;
      throw new UsageError(`${option}: '${word}' takes ${count === 1 ? 'a value' : `${count} values`} (${usage}), but ${got}; e.g. ${EXAMPLE_OF[word] ?? `${word} VALUE`}`);
    }
    i += count;
  }
}

const USAGE_OF: Record<string, string> = {
  '--option': '--option NAME VALUE',
  '--arg': '--arg NAME EXPR',
  '--argstr': '--argstr NAME STRING',
  '--override-input': '--override-input INPUT-PATH FLAKE-URL',
  '--override-flake': '--override-flake ORIGINAL-REF RESOLVED-REF',
  '--arg-from-file': '--arg-from-file NAME PATH',
};

const EXAMPLE_OF: Record<string, string> = {
  '--option': '--option max-jobs 4',
  '--arg': "--arg system '\"aarch64-linux\"'",
  '--argstr': '--argstr system aarch64-linux',
  '--override-input': '--override-input nixpkgs github:NixOS/nixpkgs/nixos-25.05',
  '--builders': "--builders 'ssh://pi aarch64-linux'",
  '--max-jobs': '--max-jobs 4',
  '-j': '-j 4',
  '--store': '--store file:///var/cache/nix',
  '--eval-store': '--eval-store auto',
  '-I': '-I nixpkgs=/path/to/nixpkgs',
  '--include': '--include nixpkgs=/path/to/nixpkgs',
};

/** `nix-args` of the action: split like a shell, then checked. */
export function parseNixArgs(text: string, option: string): string[] {
  const words = splitNixArgs(text, option);
  checkNixArgs(words, option);
  return words;
}
