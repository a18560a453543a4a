// The Nix shell: build installables, read closures. Every call goes through `nix` with the
// user's extra arguments (remote builders, stores, options) and nix-command enabled.

import { closureOf, parsePathInfoJson } from '../core/closure.js';
import { ToolError } from '../core/errors.js';
import { type Installable, describeInstallable } from '../core/targets.js';
import type { Closure } from '../core/types.js';
import { type RunOptions, ToolMissingError, runTool, tail } from '../exec.js';
import { type NixVersion, MINIMUM_NIX, atLeast, parseNixVersion, pathInfoJsonArgs } from './version.js';


export interface NixOptions {
  /** Passed to every nix call, e.g. `--builders`, `--store`, `--option x y`. */
  nixArgs?: string[];
  /** Where stderr (build progress) goes. */
  log?: (text: string) => void;
  binary?: string;
}

// Users run Nix with nix-command off by default; enabling it per call is harmless when it is on.
const FEATURES = ['--extra-experimental-features', 'nix-command flakes'];

export class Nix {
  private versionPromise: Promise<NixVersion> | undefined;
  private readonly binary: string;
  private readonly nixArgs: string[];

  constructor(private readonly options: NixOptions = {}) {
    this.binary = options.binary ?? 'nix';
    this.nixArgs = options.nixArgs ?? [];
  }

  private async run(args: string[], what: string, runOptions: RunOptions = {}): Promise<string> {
    let result;
    try {
      result = await runTool(this.binary, args, { onStderr: this.options.log, ...runOptions });
    } catch (error) {
      if (error instanceof ToolMissingError) {
        throw new ToolError(
          `nix is not installed or not on PATH; install Nix (e.g. 'apt-get install nix-bin', or cachix/install-nix-action in a workflow)`,
        );
      }
      throw error;
    }
    if (result.exitCode !== 0) {
      throw new ToolError(`${what} failed (nix exited with ${result.exitCode}):`, tail(result.stderr));
    }
    return result.stdout;
  }

  /** Checks that nix exists and is new enough; cached. */
  version(): Promise<NixVersion> {
    this.versionPromise ??= (async () => {
      const output = await this.run(['--version'], 'nix --version', { onStderr: undefined });
      const version = parseNixVersion(output);
      if (!version) throw new ToolError(`could not read the Nix version from 'nix --version': ${output.trim()}`);
      if (!atLeast(version, MINIMUM_NIX.major, MINIMUM_NIX.minor)) {
        throw new ToolError(
          `${version.text} is too old; nix-size-guard needs Nix ${MINIMUM_NIX.major}.${MINIMUM_NIX.minor} or newer (the 'nix' command with --json)`,
        );
      }
      return version;
    })();
    return this.versionPromise;
  }

  /**
   * Builds installables with one `nix build --json --no-link` call (Nix schedules them together)
   * and returns each one's output path, in order. `--print-out-paths` is avoided: it needs 2.6.
   */
  async build(installables: Installable[], context: { cwd: string; what: string }): Promise<string[]> {
    if (installables.length === 0) return [];
    await this.version();
    const flakes = installables.filter((i) => i.kind === 'flake');
    const files = installables.filter((i) => i.kind === 'file');
    const outputs = new Map<Installable, string>();

    const buildGroup = async (group: Installable[], extra: string[], positional: string[]): Promise<void> => {
      const stdout = await this.run(
        [...FEATURES, 'build', '--json', '--no-link', ...this.nixArgs, ...extra, ...positional],
        `nix build of ${context.what} (${group.map(describeInstallable).join(', ')})`,
        { cwd: context.cwd },
      );
      const built = parseBuildJson(stdout);
      if (built.length !== group.length) {
        throw new ToolError(`nix build returned ${built.length} results for ${group.length} installables of ${context.what}`);
      }
      if (group.length === 1) {
        outputs.set(group[0] as Installable, (built[0] as BuildResult).out);
        return;
      }
      // Nix 2.8 prints the results sorted by derivation, not in the order asked; tell them apart
      // by each installable's drvPath (the evaluation is cached for a locked flake).
      for (const installable of group) {
        const drvPath = (await this.drvPath(installable, context.cwd)).trim();
        const match = built.find((b) => b.drvPath === drvPath);
        if (!match) throw new ToolError(`nix build did not report ${describeInstallable(installable)} (${drvPath}) for ${context.what}`);
        outputs.set(installable, match.out);
      }
    };

    if (flakes.length > 0) await buildGroup(flakes, [], flakes.map((i) => (i.kind === 'flake' ? i.ref : '')));
    // `-f FILE` applies to every installable of a call, so classic ones go one file at a time.
    const byFile = new Map<string, Installable[]>();
    for (const installable of files) {
      if (installable.kind !== 'file') continue;
      byFile.set(installable.file, [...(byFile.get(installable.file) ?? []), installable]);
    }
    for (const [file, group] of byFile) {
      await buildGroup(group, ['-f', file], group.map((i) => (i.kind === 'file' ? i.attr : '')));
    }
    return installables.map((i) => outputs.get(i) as string);
  }

  /** The derivation an installable evaluates to, without building it. */
  private drvPath(installable: Installable, cwd: string): Promise<string> {
    const args =
      installable.kind === 'flake'
        ? [`${installable.ref.includes('#') ? installable.ref : `${installable.ref}#default`}.drvPath`]
        : ['-f', installable.file, `${installable.attr}.drvPath`];
    return this.run([...FEATURES, 'eval', '--raw', ...this.nixArgs, ...args], `nix eval of ${describeInstallable(installable)}`, { cwd });
  }

  /** The closure of `root`, read with ONE `nix path-info --json --recursive` call. */
  async closure(root: string): Promise<Closure> {
    const version = await this.version();
    const stdout = await this.run(
      [...FEATURES, 'path-info', ...pathInfoJsonArgs(version), '--recursive', ...this.nixArgs, root],
      `nix path-info of ${root}`,
    );
    let json: unknown;
    try {
      json = JSON.parse(stdout);
    } catch {
      throw new ToolError(`nix path-info printed something that is not JSON for ${root}`, tail(stdout, 3));
    }
    const { objects, invalid } = parsePathInfoJson(json, `nix path-info ${root}`);
    if (invalid.length > 0) {
      throw new ToolError(`${invalid[0]} is not valid in the Nix store; build it first or pass --nix-arg --store URL`);
    }
    return closureOf(objects, root, `nix path-info ${root}`);
  }
}

export interface BuildResult {
  drvPath: string | null;
  out: string;
}

/** `nix build --json`: `[{"drvPath": …, "outputs": {"out": "/nix/store/…"}}]`, the same from 2.4 on. */
export function parseBuildJson(stdout: string): BuildResult[] {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    throw new ToolError('nix build --json printed something that is not JSON', tail(stdout, 3));
  }
  if (!Array.isArray(json)) throw new ToolError('nix build --json did not print a list');
  return json.map((entry: unknown) => {
    // Building a store path (not a derivation) gives a bare string in new Nix, `{path}` in old.
    if (typeof entry === 'string') return { drvPath: null, out: entry };
    const record = (entry ?? {}) as { drvPath?: string; outputs?: Record<string, string>; path?: string };
    const outputs = record.outputs ?? {};
    const out = outputs.out ?? Object.values(outputs)[0] ?? record.path;
    if (typeof out !== 'string') throw new ToolError('nix build --json printed a result without outputs');
    return { drvPath: record.drvPath ?? null, out };
  });
}
