// The Nix shell: build installables, read closures. Every call goes through `nix` with the
// user's extra arguments (remote builders, stores, options) and nix-command enabled.

import type { Readable } from 'node:stream';
import { closureIn, indexGraph } from '../core/closure.js';
import { readPathInfo } from './path-info-scan.js';
import { existsSync } from 'node:fs';
import { ToolError, UsageError } from '../core/errors.js';
import { type Installable, describeInstallable } from '../core/targets.js';
import type { Closure } from '../core/types.js';
import { type RunOptions, type ToolRun, isToolMissing, runTool, streamTool, tail } from '../exec.js';
import { type NixVersion, MINIMUM_NIX, atLeast, buildInstallable, parseNixVersion, pathInfoJsonArgs } from './version.js';


/** What an installable evaluates to. */
export interface Evaluated {
  drvPath: string;
  outPath: string;
  outputName: string;
  /** What `extra` (an expression over the same value) gave, when evaluate was asked for it. */
  extra?: unknown;
}

export interface NixOptions {
  /** Passed to every nix call, e.g. `--builders`, `--store`, `--option x y`. */
  nixArgs?: string[];
  /** Where stderr (build progress) goes. */
  log?: (text: string) => void;
  binary?: string;
  /** Show builders' output in the log (`--print-build-logs`), as CI logs want. */
  printBuildLogs?: boolean;
  /** `runTool('nix', ['--version'])`, already started while the caller loaded (src/cli.ts does). */
  versionRun?: Promise<ToolRun>;
}

// Users run Nix with nix-command off by default; enabling it per call is harmless when it is on.
const FEATURES = ['--extra-experimental-features', 'nix-command flakes'];

const MISSING_NIX = `nix is not installed or not on PATH; install Nix (e.g. 'apt-get install nix-bin', or cachix/install-nix-action in a workflow)`;

export class Nix {
  private versionPromise: Promise<NixVersion> | undefined;
  private readonly binary: string;
  private readonly nixArgs: string[];
  private systemPromise?: Promise<string>;

  constructor(private readonly options: NixOptions = {}) {
    this.binary = options.binary ?? 'nix';
    this.nixArgs = options.nixArgs ?? [];
  }

  private async run(args: string[], what: string, runOptions: RunOptions = {}): Promise<string> {
    return (await this.runFull(args, what, runOptions)).stdout;
  }

  /** Runs nix (or takes the run `started` already) and turns a failure into one ToolError. */
  private async runFull(args: string[], what: string, runOptions: RunOptions = {}, started?: Promise<ToolRun>): Promise<ToolRun> {
    let result;
    try {
      result = await (started ?? runTool(this.binary, args, { onStderr: this.options.log, ...runOptions }));
    } catch (error) {
      if (isToolMissing(error)) throw new ToolError(MISSING_NIX);
      throw error;
    }
    if (result.exitCode !== 0) {
      // Nix's stderr went to the log as it came: say where it is rather than print it twice.
      const streamed = !started && ('onStderr' in runOptions ? runOptions.onStderr : this.options.log) !== undefined;
      if (streamed) throw new ToolError(`${what} failed (nix exited with ${result.exitCode}); Nix's error is above`);
      throw new ToolError(`${what} failed (nix exited with ${result.exitCode}):`, tail(result.stderr));
    }
    return result;
  }

  /**
   * Checks that Nix can open `store` (`nix store info`, `nix store ping` before 2.19), so that a
   * store URL Nix cannot use is one line, not a silent build of everything. A `file://` store
   * must exist: Nix would make the folder.
   */
  async checkStore(store: string, option: string): Promise<void> {
    const version = await this.version();
    const fileStore = /^file:\/\/(\/.*)$/.exec(store.split('?')[0] ?? '');
    if (fileStore && !existsSync(fileStore[1] as string)) {
      throw new UsageError(`${option}: ${store} does not exist; give the folder of a binary cache (made with nix copy --to file:///DIR)`);
    }
    const result = await runTool(this.binary, [...FEATURES, 'store', atLeast(version, 2, 19) ? 'info' : 'ping', '--store', store], {});
    if (result.exitCode !== 0) {
      const lastError = result.stderr.split('\n').filter((line) => line.startsWith('error:')).at(-1) ?? tail(result.stderr, 1).trim();
      throw new UsageError(`${option}: Nix cannot open the store '${store}' (${lastError.replace(/^error:\s*/, '')}); give a store URL Nix knows, e.g. file:///var/cache/nix or https://cache.example.org`);
    }
  }

  /** Checks that nix exists and is new enough; cached. */
  version(): Promise<NixVersion> {
    this.versionPromise ??= (async () => {
      const { stdout: output } = await this.runFull(['--version'], 'nix --version', { onStderr: undefined }, this.options.versionRun);
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

  /** Where a flake's source is in the store (`nix flake metadata --json`'s `path`). */
  async flakeSource(flake: string, context: { cwd: string; what: string }): Promise<string> {
    await this.version();
    const stdout = await this.run([...FEATURES, 'flake', 'metadata', '--json', ...this.nixArgs, flake], `nix flake metadata of ${context.what} (${flake})`, { cwd: context.cwd });
    let path: unknown;
    try {
      path = (JSON.parse(stdout) as { path?: unknown }).path;
    } catch {
      path = undefined;
    }
    if (typeof path !== 'string') throw new ToolError(`nix flake metadata of ${context.what} (${flake}) printed no source path`, tail(stdout, 3));
    return path;
  }

  /**
   * What an installable evaluates to, without building anything: its derivation, its output
   * path and that output's name. One `nix eval`; the build then names derivations, so Nix
   * evaluates each installable once and the results need no matching up.
   */
  async evaluate(
    installable: Installable,
    context: { cwd: string; what: string },
    select = 'd',
    extra?: string,
  ): Promise<Evaluated> {
    const json = (await this.evalJson(
      installable,
      // Anything that is not a derivation gives null, for the message below: never a Nix error
      // whose trace quotes this expression. `extra` rides along in the same evaluation, so what it
      // reads shares the work (and the Nix process) of the evaluation itself.
      `d: let t = ${select}; in if builtins.isAttrs t && t ? drvPath && t ? outPath then { drv = t.drvPath; out = t.outPath; output = t.outputName or "out";${extra ? ` extra = (${extra}) d;` : ''} } else null`,
      context,
      // With `extra` the caller falls back to a plain evaluation on failure, which shows Nix's
      // error: this attempt's stderr (whose trace would quote `extra`) is not logged.
      extra !== undefined,
    )) as { drv?: unknown; out?: unknown; output?: unknown; extra?: unknown };
    if (typeof json?.drv !== 'string' || typeof json.out !== 'string') {
      throw new ToolError(`${describeInstallable(installable)} (${context.what}) is not a derivation; a target must evaluate to something nix build can build`);
    }
    return { drvPath: json.drv, outPath: json.out, outputName: typeof json.output === 'string' ? json.output : 'out', ...(extra ? { extra: json.extra } : {}) };
  }

  /**
   * The system Nix builds for (`x86_64-linux`), as this Nix with these nix-args sees it: the
   * `system` setting of nix.conf, NIX_CONFIG or `--system` decides what `.#default` and
   * `builtins.currentSystem` mean, whatever machine Node runs on. Cached.
   */
  currentSystem(): Promise<string> {
    this.systemPromise ??= (async () => {
      await this.version();
      const system = (await this.run([...FEATURES, 'eval', '--impure', '--raw', ...this.nixArgs, '--expr', 'builtins.currentSystem'], 'nix eval of builtins.currentSystem')).trim();
      if (!/^[A-Za-z0-9_.-]+$/.test(system)) throw new ToolError(`nix eval of builtins.currentSystem printed '${system.slice(0, 80)}', not a system like x86_64-linux`);
      return system;
    })();
    return this.systemPromise;
  }

  /** `nix eval --json INSTALLABLE [--apply FN]`, parsed. */
  async evalJson(installable: Installable, apply: string | null, context: { cwd: string; what: string }, quiet = false): Promise<unknown> {
    await this.version();
    // Our flags first, the user's after them, then `--`: a user's flag short of a value takes
    // `--` rather than the installable, and the --apply expression is never read as one.
    const file = installable.kind === 'flake' ? [] : ['-f', installable.file];
    const positional = installable.kind === 'flake' ? installable.ref : installable.attr;
    const stdout = await this.run(
      [...FEATURES, 'eval', '--json', ...(apply ? ['--apply', apply] : []), ...file, ...this.nixArgs, '--', positional],
      `nix eval of ${context.what} (${describeInstallable(installable)})`,
      { cwd: context.cwd, ...(quiet ? { onStderr: undefined } : {}) },
    );
    try {
      return JSON.parse(stdout);
    } catch {
      throw new ToolError(`nix eval of ${context.what} printed something that is not JSON`, tail(stdout, 3));
    }
  }

  /**
   * Builds derivations in ONE `nix build` call, so Nix schedules them together and builds what
   * they share once; `--keep-going` so one failure does not hide the others.
   */
  async realise(evaluated: Evaluated[], context: { what: string }): Promise<void> {
    if (evaluated.length === 0) return;
    const version = await this.version();
    const installables = [...new Set(evaluated.map((e) => buildInstallable(version, e.drvPath, e.outputName)))];
    const args = [...FEATURES, 'build', '--no-link', '--keep-going', ...(this.options.printBuildLogs ? ['--print-build-logs'] : []), ...this.nixArgs, '--', ...installables];
    try {
      await this.run(args, `nix build of ${context.what}`);
    } catch (error) {
      // Say which outputs are missing: the tail of nix's log may be about only one of them.
      if (!(error instanceof ToolError)) throw error;
      const missing: string[] = [];
      for (const e of evaluated) if (!(await this.isValid(e.outPath))) missing.push(e.outPath);
      throw new ToolError(`${error.message.split('\n')[0]?.replace(/:$/, '')}; not built: ${missing.join(', ') || 'none?'}`, error.detail);
    }
  }

  /** Whether `path` is in the store (the local one, or `store`). */
  async isValid(path: string, store?: string): Promise<boolean> {
    const result = await runTool(this.binary, [...FEATURES, 'path-info', ...(store ? ['--store', store] : []), ...this.nixArgs, '--', path], {});
    return result.exitCode === 0;
  }


  /**
   * The NAR of `path`, streamed to `consume` as `nix store dump-path` (Nix 2.4 on) writes it:
   * the archive a binary cache compresses and serves for that path. `path` must be valid, or
   * Nix would try to substitute it.
   */
  async dumpPath<T>(path: string, consume: (nar: Readable) => Promise<T>): Promise<T> {
    await this.version();
    let run;
    try {
      run = await streamTool(this.binary, [...FEATURES, 'store', 'dump-path', ...this.nixArgs, '--', path], consume);
    } catch (error) {
      if (isToolMissing(error)) throw new ToolError(MISSING_NIX);
      throw error;
    }
    if (run.exitCode !== 0) {
      throw new ToolError(`nix store dump-path ${path} failed (nix exited with ${run.exitCode}):`, tail(run.stderr));
    }
    return run.value;
  }

  /** The closure of `root`, read with ONE `nix path-info --json --recursive` call. */
  async closure(root: string, store?: string): Promise<Closure> {
    return (await this.closures([root], store))[0] as Closure;
  }

  /**
   * The closures of `roots`, in their order, read with ONE `nix path-info --json --recursive`
   * call: Nix walks the paths they share once, and prints them once.
   */
  async closures(roots: string[], store?: string): Promise<Closure[]> {
    const version = await this.version();
    const unique = [...new Set(roots)];
    const what = unique.join(', ');
    const { stdoutBytes } = await this.runFull(
      [...FEATURES, 'path-info', ...pathInfoJsonArgs(version), '--recursive', ...(store ? ['--store', store] : []), ...this.nixArgs, '--', ...unique],
      `nix path-info of ${what}${store ? ` in ${store}` : ''}`,
      { bytes: true },
    );
    const source = `nix path-info ${what}`;
    const printed = readPathInfo(stdoutBytes ?? new Uint8Array(), source, (text) => {
      try {
        return JSON.parse(text);
      } catch {
        throw new ToolError(`${source} printed something that is not JSON`, tail(text, 3));
      }
    });
    if (printed.invalid.length > 0) {
      throw new ToolError(`${printed.invalid[0]} is not valid in the Nix store; build it first or pass --nix-arg --store URL`);
    }
    const graph = indexGraph(printed, source);
    return roots.map((root) => closureIn(graph, root, `nix path-info ${root}`));
  }
}
