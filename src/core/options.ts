// Why this option: the NixOS options whose values changed between the base and the head, and
// which of them (and which module file) is behind each growth entry and heavy path. Pure: the
// facts come in as plain data read from each side's `options` (src/explain/options.ts).

import { storePathName } from './store-path.js';
import { type ChainReader, chainsOf } from './chains.js';
import type { Chain, ChainParents, Growth, HeavyPath, OptionCause, OptionChange } from './types.js';

/** One enable-style option at one side, as the evaluation read it. */
export interface EnableOption {
  name: string;
  value: unknown;
  /** The module system's highestPrio: 50 mkForce, 100 a plain definition, 1000 mkDefault, 1500 the option's default. */
  priority: number | null;
  /** Files of the definitions that set the value (definitionsWithLocations), store paths as Nix gives them. */
  definedIn: string[];
  /** Files that declare the option. */
  declaredIn: string[];
}

/** Which definition (by file) of a package-list option put which out paths there. */
export interface PackageDefinition {
  option: string;
  file: string;
  outPaths: string[];
}

/** Everything read from one side's configuration. */
export interface OptionFacts {
  enable: EnableOption[];
  packages: PackageDefinition[];
  /** The store path of the repository's own source (its files are named relative to it). */
  source: string | null;
}

const STORE_FILE = /^\/nix\/store\/[0-9a-z]{32}-[^/]+\/(.*)$/;

/**
 * A module file as a reader knows it, never a store path: repository-relative for the
 * repository's own modules, `nixpkgs/nixos/modules/…` for NixOS's, else the path inside its source.
 */
export function moduleFile(file: string, source: string | null): string {
  if (source && file.startsWith(`${source}/`)) return file.slice(source.length + 1);
  const inStore = STORE_FILE.exec(file);
  if (!inStore) return file;
  const inside = inStore[1] as string;
  return inside.startsWith('nixos/') || inside.startsWith('pkgs/') || inside.startsWith('lib/') ? `nixpkgs/${inside}` : inside;
}

/** How the winning definition was made, in the module system's words. */
export function priorityName(priority: number | null): string | null {
  if (priority === null || priority === 100) return null;
  if (priority === 50) return 'mkForce';
  if (priority === 1000) return 'mkDefault';
  if (priority === 1500) return 'the option default';
  return `mkOverride ${priority}`;
}

function describeChange(base: unknown, head: unknown): string {
  if (head === true && base !== true) return 'turned on';
  if (head === false && base === true) return 'turned off';
  return `${JSON.stringify(base ?? null)} → ${JSON.stringify(head ?? null)}`;
}

/** The enable-style options whose value differs between the sides, each with the files defining it now. */
export function changedOptions(base: OptionFacts, head: OptionFacts): OptionChange[] {
  const before = new Map(base.enable.map((o) => [o.name, o]));
  const changes: OptionChange[] = [];
  for (const option of head.enable) {
    const old = before.get(option.name);
    const baseValue = old ? old.value : null;
    if (JSON.stringify(baseValue) === JSON.stringify(option.value)) continue;
    changes.push({
      option: option.name,
      base: baseValue ?? null,
      head: option.value ?? null,
      change: describeChange(baseValue, option.value),
      how: priorityName(option.priority),
      files: [...new Set(option.definedIn.map((f) => moduleFile(f, head.source)))],
    });
  }
  return changes.sort((a, b) => (a.option < b.option ? -1 : a.option > b.option ? 1 : 0));
}

// The whole name: parseStorePathName reads `system-path` as the output `path` of `system`, as
// nix store diff-closures does.
function isSystemPath(path: string): boolean {
  return storePathName(path) === 'system-path';
}

/** The first package on a chain under `system-path` (the profile environment.systemPackages makes). */
function packageUnderSystemPath(chain: Chain): string | null {
  const at = chain.findIndex(isSystemPath);
  return at === -1 ? null : (chain[at + 1] ?? null);
}

/**
 * For each path asked, the package right under `system-path` on its chain, wherever system-path
 * sits: under a toplevel, or under the nixos-system inside an image (image → nixos-system →
 * system-path → package), however deep. Each path of the table is climbed through once, however
 * many entries ask.
 */
export function packagesUnderSystemPath(chains: ChainReader): (path: string) => string | null {
  const known = new Map<string, string | null>();
  return (path) => {
    const climbed: string[] = [];
    // A table from elsewhere (an artifact) may loop; a loop ends the climb.
    const seen = new Set<string>();
    let answer: string | null = null;
    for (let at: string | undefined = path; at !== undefined && !seen.has(at); ) {
      const have = known.get(at);
      if (have !== undefined) {
        answer = have;
        break;
      }
      seen.add(at);
      climbed.push(at);
      const parent = chains.parentOf(at);
      if (parent !== undefined && isSystemPath(parent)) {
        answer = at;
        break;
      }
      at = parent;
    }
    for (const passed of climbed) known.set(passed, answer);
    return answer;
  };
}

/**
 * The option and file behind a chain: the definition of environment.systemPackages (or another
 * package list) that put the chain's package there, and, when an option that changed is
 * declared in that same module file (its enable guards the file's definitions), that option.
 */
export function causeOf(chain: Chain, head: OptionFacts, changed: OptionChange[], underSystemPath = packageUnderSystemPath(chain)): OptionCause | null {
  const candidates = [underSystemPath, ...chain.slice(1)].filter((p): p is string => p !== null);
  for (const path of candidates) {
    const definition = head.packages.find((d) => d.outPaths.includes(path));
    if (!definition) continue;
    const guard = head.enable.find((o) => o.declaredIn.includes(definition.file) && changed.some((c) => c.option === o.name));
    const change = guard ? changed.find((c) => c.option === guard.name) : undefined;
    return {
      option: change ? change.option : definition.option,
      change: change ? change.change : null,
      how: change ? change.how : null,
      file: change ? (change.files[0] ?? moduleFile(definition.file, head.source)) : moduleFile(definition.file, head.source),
      package: path,
    };
  }
  return null;
}

/** How far down from the root another package list's entry is looked for: they sit near the top. */
const CAUSE_DEPTH = 8;

/**
 * Growth entries and heavy paths with the option and file behind each, where one is found: the
 * package under system-path wherever it sits on the chain (packagesUnderSystemPath), else an entry
 * of another package list among the first CAUSE_DEPTH paths of the chain. Both read the target's
 * table of parents, so the cost is bounded by the table plus CAUSE_DEPTH per listed entry,
 * whatever the closure's depth.
 */
export function attributeToOptions(
  target: { growth: Growth[]; heavy: HeavyPath[]; head: { root: string }; parents: ChainParents },
  base: OptionFacts,
  head: OptionFacts,
): { changed: OptionChange[]; growth: Growth[]; heavy: HeavyPath[] } {
  const changed = changedOptions(base, head);
  const chains = chainsOf(target);
  const underSystemPath = packagesUnderSystemPath(chains);
  const withCause = <T extends Growth | HeavyPath>(entry: T, path: string): T => {
    const cause = causeOf(chains.short(path, CAUSE_DEPTH, 0).first, head, changed, underSystemPath(path));
    return cause ? { ...entry, cause } : entry;
  };
  return { changed, growth: target.growth.map((g) => withCause(g, g.via)), heavy: target.heavy.map((h) => withCause(h, h.path)) };
}

/** The comment's lead line for a growth entry with a cause: `services.speechd.enable turned on (mkDefault in FILE): +… via …`. */
export function causeHeadline(cause: OptionCause): string {
  const how = cause.how ? `${cause.how} in ${cause.file}` : `in ${cause.file}`;
  return cause.change ? `${cause.option} ${cause.change} (${how})` : `${cause.option} (${how})`;
}
