// The explain stage's Nix shell: one `nix eval` per side over a NixOS configuration's `options`
// (the expression below, documented in the README), read into the plain facts src/core/options.ts
// compares. Failure here is a note in the report, never a failed run.

import type { EvaluateAlong } from '../build.js';
import type { OptionFacts } from '../core/options.js';
import type { Installable, Target } from '../core/targets.js';
import type { Evaluated, Nix } from '../nix/nix.js';

/** The option namespaces whose `*.enable` options are read, as NixOS groups them. */
export const ENABLE_NAMESPACES = ['services', 'programs', 'hardware', 'security', 'networking', 'fonts', 'xdg', 'boot', 'documentation', 'virtualisation', 'i18n', 'systemd'];

/** The package-list options whose definitions are traced to their files. */
export const PACKAGE_OPTIONS = ['environment.systemPackages', 'systemd.packages', 'fonts.packages', 'services.udev.packages'];

/**
 * Read from the configuration `d` (what lib.nixosSystem returns): every `<namespace>.….enable`
 * option up to three levels down, with its value, highestPrio, the files of its
 * definitionsWithLocations and its declarations; and for each package list, which definition
 * (file) put which out paths there. Each option is read behind builtins.tryEval, so one that
 * throws is skipped, not fatal.
 */
export const OPTIONS_EXPRESSION = `d: if !(builtins.isAttrs d && d ? options) then null else let
  isOption = v: builtins.isAttrs v && (v._type or null) == "option";
  try = v: let r = builtins.tryEval (builtins.deepSeq v v); in if r.success then r.value else null;
  get = path: builtins.foldl' (a: n: if a != null && builtins.isAttrs a && a ? \${n} then a.\${n} else null) d.options path;
  enableIn = prefix: node: depth: builtins.concatMap (n:
    let v = try (isOption node.\${n} || builtins.isAttrs node.\${n}); o = node.\${n}; name = "\${prefix}.\${n}"; in
    if v == null then [ ]
    else if n == "enable" && isOption o then
      let read = try { value = o.value; priority = o.highestPrio or null; definedIn = map (x: x.file) o.definitionsWithLocations; declaredIn = map toString o.declarations; }; in
      if read == null then [ ] else [ (read // { inherit name; }) ]
    else if depth > 0 && builtins.isAttrs o && !(isOption o) then enableIn name o (depth - 1)
    else [ ]) (let names = try (builtins.attrNames node); in if names == null then [ ] else names);
  packagesOf = option: let o = get (builtins.filter builtins.isString (builtins.split "\\\\." option)); in
    if !(isOption o) then [ ] else
      let defs = try (map (x: { file = x.file; outPaths = map (p: p.outPath) x.value; }) o.definitionsWithLocations); in
      if defs == null then [ ] else map (x: x // { inherit option; }) defs;
in {
  enable = builtins.concatMap (ns: let node = get [ ns ]; in if node == null || isOption node then [ ] else enableIn ns node 2) NAMESPACES;
  packages = builtins.concatMap packagesOf PACKAGE_OPTIONS;
}`
  .replace('NAMESPACES', `[ ${ENABLE_NAMESPACES.map((n) => JSON.stringify(n)).join(' ')} ]`)
  .replace('PACKAGE_OPTIONS', `[ ${PACKAGE_OPTIONS.map((n) => JSON.stringify(n)).join(' ')} ]`);

const CONFIG_OF_TOPLEVEL = /^(.*#.+)\.config\.system\.build\.([A-Za-z0-9_-]+)$/;

/**
 * The NixOS configuration a target builds from (`.#nixosConfigurations.appliance` of its
 * toplevel) and the attribute of system.build it builds, or null.
 */
export function configurationOf(target: Target): { configuration: string; build: string } | null {
  if (target.installable.kind !== 'flake') return null;
  const match = CONFIG_OF_TOPLEVEL.exec(target.installable.ref);
  return match ? { configuration: match[1] as string, build: match[2] as string } : null;
}

function strings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** What the expression printed, checked field by field: anything else is dropped, not trusted. */
export function readOptionFacts(json: unknown, source: string | null): OptionFacts {
  const root = (json ?? {}) as { enable?: unknown; packages?: unknown };
  const enable = (Array.isArray(root.enable) ? root.enable : []).flatMap((o: Record<string, unknown>) =>
    o && typeof o.name === 'string' && strings(o.definedIn) && strings(o.declaredIn)
      ? [{ name: o.name, value: o.value ?? null, priority: typeof o.priority === 'number' ? o.priority : null, definedIn: o.definedIn, declaredIn: o.declaredIn }]
      : [],
  );
  const packages = (Array.isArray(root.packages) ? root.packages : []).flatMap((p: Record<string, unknown>) =>
    p && typeof p.option === 'string' && typeof p.file === 'string' && strings(p.outPaths) ? [{ option: p.option, file: p.file, outPaths: p.outPaths }] : [],
  );
  return { enable, packages, source };
}

/** Both sides' facts for one target, or why they could not be read. */
export type TargetOptions = { base: OptionFacts; head: OptionFacts } | { note: string };

const NOTE = 'options not read, so growth is not traced to NixOS options';

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/**
 * The explain stage. Each NixOS toplevel target is evaluated from its configuration, with the
 * options expression read in the same `nix eval` (see `along`); the flake's source path, which
 * names the repository's own files, is asked once per flake and side, beside it. A failure is a
 * note, never a failed run.
 */
export class OptionsReader {
  private readonly failures = new Map<string, string>();
  private readonly sources = new Map<string, Promise<string | null>>();

  private readonly nix: Nix;
  private readonly cwd: string;
  /** The configuration (`nixosConfigurations.appliance`) of targets that do not name one (an image's `.#image`). */
  private readonly configuration: string | undefined;
  private readonly alone = new Map<string, Promise<OptionFacts | string>>();

  constructor(nix: Nix, cwd: string, configuration?: string) {
    this.nix = nix;
    this.cwd = cwd;
    this.configuration = configuration;
  }

  /**
   * The facts of the configuration `ref` (`.#nixosConfigurations.appliance`) at a side, read by a
   * `nix eval` of their own (once per side and configuration, whatever the number of targets):
   * for targets built from it that are not its toplevel, and for a base whose closure an earlier
   * run saved (its options are not saved with it, and reading them evaluates the module system
   * but builds nothing).
   */
  private readAlone(side: 'base' | 'head', ref: string, at: (installable: Installable) => Installable): Promise<OptionFacts | string> {
    let facts = this.alone.get(`${side} ${ref}`);
    if (!facts) {
      const installable = at({ kind: 'flake', ref });
      facts = (async () => {
        try {
          const extra = await this.nix.evalJson(installable, OPTIONS_EXPRESSION, { cwd: this.cwd, what: `the options of ${ref} at the ${side}` }, true);
          if (extra === null || typeof extra !== 'object') return `${ref} has no options (is it what lib.nixosSystem returns?)`;
          return readOptionFacts(extra, await this.source(installable));
        } catch (error) {
          return firstLine(error);
        }
      })();
      this.alone.set(`${side} ${ref}`, facts);
    }
    return facts;
  }

  /** For evaluateSide: how to evaluate `target` at `side` with its options read along. */
  along(side: 'base' | 'head', at: (installable: Installable) => Installable): (target: Target) => EvaluateAlong | null {
    return (target) => {
      const of = configurationOf(target);
      if (!of) return null;
      this.source(at({ kind: 'flake', ref: of.configuration }));
      return {
        from: of.configuration,
        // `or null`: a missing attribute falls back to the plain evaluation, whose error is Nix's own.
        select: `d.config.system.build.${of.build} or null`,
        extra: OPTIONS_EXPRESSION,
        onFailure: (error) => this.failures.set(`${side} ${target.name}`, firstLine(error)),
      };
    };
  }

  private source(installable: Installable): Promise<string | null> {
    const ref = installable.kind === 'flake' ? installable.ref.slice(0, Math.max(0, installable.ref.indexOf('#'))) : '';
    let source = this.sources.get(ref);
    if (!source) {
      source = ref === '' ? Promise.resolve(null) : this.nix.flakeSource(ref, { cwd: this.cwd, what: 'the configuration' }).catch(() => null);
      this.sources.set(ref, source);
    }
    return source;
  }

  /** One side's facts of `target`, from what its evaluation read along (or, for a reused base, a read of its own). */
  private async side(
    side: 'base' | 'head',
    target: Target,
    evaluated: Evaluated | undefined,
    at: (installable: Installable) => Installable,
  ): Promise<OptionFacts | string> {
    const of = configurationOf(target) as { configuration: string; build: string };
    const failed = this.failures.get(`${side} ${target.name}`);
    if (failed) return failed;
    // A base reused from the baseline cache is not evaluated (that is the point of it): its
    // options are read alone.
    if (!evaluated) return this.readAlone(side, of.configuration, at);
    const installable = at({ kind: 'flake', ref: of.configuration });
    const extra = evaluated.extra;
    if (extra === null || typeof extra !== 'object') return `${of.configuration} has no options (is it what lib.nixosSystem returns?)`;
    return readOptionFacts(extra, await this.source(installable));
  }

  /** Each NixOS target's facts at both sides, or the note that says why they are missing. */
  async read(
    targets: Target[],
    evaluated: { base: Map<string, Evaluated>; head: Map<string, Evaluated> },
    at: { base: (i: Installable) => Installable; head: (i: Installable) => Installable },
  ): Promise<Map<string, TargetOptions>> {
    const results = new Map<string, TargetOptions>();
    for (const target of targets) {
      let base: OptionFacts | string;
      let head: OptionFacts | string;
      if (configurationOf(target)) {
        base = await this.side('base', target, evaluated.base.get(target.name), at.base);
        head = await this.side('head', target, evaluated.head.get(target.name), at.head);
      } else if (this.configuration) {
        // Read alone at both sides, whether the base was evaluated or reused from an earlier run.
        base = await this.readAlone('base', `.#${this.configuration}`, at.base);
        head = await this.readAlone('head', `.#${this.configuration}`, at.head);
      } else {
        continue;
      }
      if (typeof base === 'string' || typeof head === 'string') {
        results.set(target.name, { note: `${NOTE}: ${typeof base === 'string' ? base : head}` });
      } else {
        results.set(target.name, { base, head });
      }
    }
    return results;
  }
}
