// The CLI front door: argv in, the same pipeline as the action, files and an exit code out.
//   0  every budget and forbid rule holds
//   1  a rule is broken
//   2  a usage or runtime error (one line: what, and how to fix it)

import { parseArgs } from 'node:util';
import { UsageError, internalErrorLine, isUserFacing } from '../core/errors.js';
import { type RawSettings, parseSettings } from '../core/settings.js';
import { closestName } from '../core/suggest.js';
import { parseTargets } from '../core/targets.js';
import type { ToolRun } from '../exec.js';
import { Git } from '../git/git.js';
import { type GuardResult, guardCompare, guardRevisions } from '../guard.js';
import { Nix } from '../nix/nix.js';
import { renderCsv } from '../render/csv.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { checkNixArgs } from '../nix/args.js';
import { checkOutputPaths, reportJson, writeOutputs } from '../report-files.js';
import { VERSION } from '../version.js';

export const USAGE = `nix-size-guard ${VERSION} — guard NixOS closures and images against size regressions

Usage:
  nix-size-guard compare BASE HEAD [options]
      BASE, HEAD: store paths (or 'result' links) already in the store, or JSON files
      written by 'nix path-info --json --recursive PATH'.
  nix-size-guard run --base REV [--head REV] --target NAME=INSTALLABLE... [options]
      Builds every target at both commits of the git repository it stands in and compares
      them. Without --head, the working tree is built as it stands. The base commit is read
      from git; the working tree is never touched.
      INSTALLABLE: a flake installable (.#image) or a classic one ('-f default.nix -A toplevel').

Rules (exit 1 when one breaks):
  --forbid RE                 a store path matching RE is forbidden (repeatable), like
                              NixOS's system.forbiddenDependenciesRegexes ('perl' for perlless)
  --allow 'RE # reason'       exempt paths matching RE from --forbid (repeatable)
  --forbid-from-config ATTR   run: also forbid what a NixOS configuration's own
                              system.forbiddenDependenciesRegexes forbids, e.g.
                              nixosConfigurations.appliance; a toplevel its check fails is
                              built with the check off, to show why
  --no-explain-options        run: do not trace growth to the NixOS option and module file
                              behind it (read from each side's options)
  --nixos-config ATTR         run: the NixOS configuration (nixosConfigurations.appliance)
                              that targets other than its toplevel (an image) are built from
  --max-closure SIZE          e.g. 2GiB
  --max-closure-increase INC  e.g. +20MiB or 2%
  --max-image [MEASURE:]SIZE  MEASURE: apparent (default), allocated or compressed (repeatable)
  --max-image-increase [MEASURE:]INC                                          (repeatable)
  --max-update-size [MEASURE:]SIZE  what a device on the base downloads to run the head:
                              MEASURE nar (default; the new paths' NAR size), compressed
                              (their zstd size) or image (an image target's A/B update: the
                              whole image, zstd), e.g. compressed:50MiB      (repeatable)

Analysis and output:
  --heavy-threshold SIZE      new paths at least this big get a why-chain (default 1MiB)
  --image-glob GLOB           image file inside a target's output (default *.raw)
  --name NAME                 target name for 'compare' (default: the head's package name)
  --json FILE                 write the JSON report (schemaVersion 2)
  --markdown FILE             write the Markdown report (a pull-request comment)
  --csv FILE                  write every path of every closure as CSV
  --store URL                 run: read a closure from this Nix store (a binary cache, e.g.
                              file:///var/cache/nix or https://cache.example.org) when the
                              output is there, instead of building it
  --nix-arg=ARG               pass ARG to every nix call (repeatable), e.g. --nix-arg=--builders
  --color / --no-color        colour the terminal report (default: when stdout is a terminal)
  --debug                     on an internal error, print its stack trace too
  -h, --help                  this help
  --version                   the version
`;

const OPTIONS = {
  base: { type: 'string' },
  head: { type: 'string' },
  target: { type: 'string', multiple: true },
  name: { type: 'string' },
  forbid: { type: 'string', multiple: true },
  allow: { type: 'string', multiple: true },
  'heavy-threshold': { type: 'string' },
  'max-closure': { type: 'string' },
  'max-closure-increase': { type: 'string' },
  'max-image': { type: 'string', multiple: true },
  'max-image-increase': { type: 'string', multiple: true },
  'max-update-size': { type: 'string', multiple: true },
  'image-glob': { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  csv: { type: 'string' },
  'nix-arg': { type: 'string', multiple: true },
  store: { type: 'string' },
  'forbid-from-config': { type: 'string' },
  'no-explain-options': { type: 'boolean' },
  'nixos-config': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
  env: Record<string, string | undefined>;
  /** `nix --version`, started by the entry while this loaded. */
  nixVersion?: Promise<ToolRun>;
}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    // `--target x=-f default.nix -A toplevel` unquoted: the shell split the installable.
    if (/Unknown option '-[fA]'|'--(file|attr)'/.test(message)) {
      throw new UsageError(`${message.replace(/\. To specify.*$/, '')}; quote a classic installable as one argument: --target 'toplevel=-f default.nix -A toplevel'`);
    }
    // `--max-closure-increase -5%`: parseArgs will not take a value that looks like an option.
    // A misspelt flag: one line, with the option meant when one is close, not parseArgs' advice
    // about positionals after '--' (no positional of this CLI starts with '-').
    const unknown = /^Unknown option '(-[^']*)'/.exec(message);
    if (unknown) {
      const flag = unknown[1] as string;
      const meant = flag.startsWith('--') ? closestName(flag.slice(2), Object.keys(OPTIONS)) : null;
      throw new UsageError(
        meant === null
          ? `unknown option '${flag}' (nix-size-guard --help lists the options)`
          : `unknown option '${flag}'; did you mean --${meant}? (nix-size-guard --help lists the options)`,
      );
    }
    const ambiguous = /^Option '(--[a-z-]+)' argument is ambiguous/.exec(message);
    if (ambiguous) throw new UsageError(`${ambiguous[1]}: its value starts with '-'; write it as ${ambiguous[1]}=VALUE if that is meant`);
    throw new UsageError(`${message}; see 'nix-size-guard --help'`);
  }
  // parseArgs keeps the last of a repeated single-value option: `--max-closure 1MiB --max-closure
  // 1TiB` would silently loosen the budget. Refuse it instead.
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || (OPTIONS[token.name as keyof typeof OPTIONS] as { multiple?: boolean }).multiple) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`);
    seen.add(token.name);
  }
  if (parsed.values.color && parsed.values['no-color']) throw new UsageError('--color and --no-color contradict each other; give one');
  return parsed;
}

type Values = ReturnType<typeof parse>['values'];

function rawSettings(values: Values): RawSettings {
  return {
    heavyThreshold: values['heavy-threshold'],
    forbid: values.forbid,
    allow: values.allow,
    maxClosure: values['max-closure'],
    maxClosureIncrease: values['max-closure-increase'],
    maxImage: values['max-image'],
    maxImageIncrease: values['max-image-increase'],
    maxUpdateSize: values['max-update-size'],
    imageGlob: values['image-glob'],
  };
}

function useColor(values: Values, io: CliIo): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTty;
}

async function execute(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const settings = parseSettings(rawSettings(values));
  // Each --nix-arg is one argument, already split by the user's shell; checked as nix-args is.
  const nixArgs = values['nix-arg'] ?? [];
  checkNixArgs(nixArgs, '--nix-arg');
  const outputs = (
    [
      ['--json', values.json],
      ['--markdown', values.markdown],
      ['--csv', values.csv],
    ] as const
  ).flatMap(([option, file]) => (file === undefined ? [] : [{ option, file }]));
  // Before any build: two outputs to one file would lose one of them.
  await checkOutputPaths(outputs);
  const nix = new Nix({ nixArgs, log: io.stderr, versionRun: io.nixVersion });

  let result: GuardResult;
  // An option the command does not read would be ignored without a word: refuse it.
  const onlyFor: Record<string, readonly (keyof Values)[]> = {
    run: ['base', 'head', 'target', 'store', 'forbid-from-config', 'no-explain-options', 'nixos-config'],
    compare: ['name'],
  };
  for (const [owner, names] of Object.entries(onlyFor)) {
    if (command === owner || (command !== 'run' && command !== 'compare')) continue;
    const given = names.find((name) => values[name] !== undefined);
    if (given) throw new UsageError(`--${String(given)} is an option of '${owner}', not of '${command}'; see 'nix-size-guard --help'`);
  }
  if (command === 'compare') {
    if (rest.length !== 2) throw new UsageError(`compare takes BASE and HEAD (got ${rest.length} ${rest.length === 1 ? 'argument' : 'arguments'}); see 'nix-size-guard --help'`);
    result = await guardCompare({ base: rest[0] as string, head: rest[1] as string, name: values.name, settings, nix });
  } else if (command === 'run') {
    if (rest.length > 0) throw new UsageError(`run takes no positional arguments (got '${rest[0]}'); name targets with --target NAME=INSTALLABLE`);
    if (!values.base) throw new UsageError("run needs --base REV, the commit to compare with (e.g. --base origin/main)");
    if (values.store !== undefined) await nix.checkStore(values.store, '--store');
    const targets = parseTargets(values.target ?? [], '--target');
    const git = new Git(io.cwd);
    await git.toplevel();
    const baseSha = await git.resolve(values.base, '--base');
    const headSha = values.head ? await git.resolve(values.head, '--head') : null;
    const label = (rev: string, sha: string) => (rev === sha ? sha.slice(0, 12) : `${rev} (${sha.slice(0, 12)})`);
    io.stderr(`nix-size-guard: building ${targets.map((t) => t.name).join(', ')} at ${label(values.base, baseSha)} and ${values.head && headSha ? label(values.head, headSha) : 'the working tree'}\n`);
    result = await guardRevisions({
      cwd: io.cwd,
      base: { kind: 'commit', sha: baseSha, label: label(values.base, baseSha) },
      head: values.head && headSha ? { kind: 'commit', sha: headSha, label: label(values.head, headSha) } : { kind: 'worktree' },
      targets,
      settings,
      nix,
      git,
      imageGlobGiven: values['image-glob'] !== undefined,
      store: values.store,
      forbidFromConfig: values['forbid-from-config'],
      explainOptions: values['no-explain-options'] !== true,
      nixosConfig: values['nixos-config'],
    });
  } else if (command === undefined) {
    throw new UsageError("no command; use 'nix-size-guard compare BASE HEAD' or 'nix-size-guard run --base REV --target NAME=INSTALLABLE'");
  } else {
    throw new UsageError(`unknown command '${command}'; use 'compare' or 'run' (see 'nix-size-guard --help')`);
  }

  // All report files or none: a later step never reads half a set.
  const content = (option: (typeof outputs)[number]['option']): string =>
    option === '--json'
      ? reportJson(result.report)
      : option === '--markdown'
        ? renderMarkdown(result.report, { maxLength: Number.POSITIVE_INFINITY })
        : renderCsv(result.closures);
  await writeOutputs(outputs.map((o) => ({ ...o, content: content(o.option) })));
  io.stdout(renderText(result.report, { color: useColor(values, io) }));
  return result.report.ok ? 0 : 1;
}

/** Runs the CLI; never throws. Errors are one line on stderr and exit 2. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await execute(argv, io);
  } catch (error) {
    if (isUserFacing(error)) {
      io.stderr(`nix-size-guard: ${error.message}\n`);
    } else {
      // A bug of ours: one line that says so; the stack only when asked for (before the
      // arguments are parsed, so a bug in parsing still shows it).
      const debug = argv.includes('--debug');
      io.stderr(`${internalErrorLine(error, debug ? '' : 'rerun with --debug for the stack trace')}\n`);
      if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    }
    return 2;
  }
}
