// The forbid-from-config stage: a NixOS configuration's own system.forbiddenDependenciesRegexes
// become forbid rules, and a toplevel that its own check fails is evaluated again with the check
// turned off, so the report can say what is forbidden and why.

import { UsageError } from '../core/errors.js';
import { type ForbidRule, type GuardSettings, parseSettings } from '../core/settings.js';
import type { Target } from '../core/targets.js';
import { type Revision, installablesAt, revisionLabel } from '../build.js';
import type { Git } from '../git/git.js';
import type { Evaluated, Nix } from '../nix/nix.js';

/** What the stage needs of the run: where to evaluate, and both sides. */
export interface ConfigContext {
  cwd: string;
  nix: Nix;
  git: Git;
  base: Revision;
  head: Revision;
}

/**
 * Which option the check was turned off through at one side: the list of NixOS 23.11 on, or the
 * single string of NixOS up to 23.05 (a pull request that upgrades NixOS has one at each side).
 */
export type CheckOff = 'regexes' | 'regex';

/** What TURN_OFF_CHECK defines at a side, in the words one would write by hand. */
const TURNED_OFF: Record<CheckOff, { option: string; value: string }> = {
  regexes: { option: 'system.forbiddenDependenciesRegexes', value: 'lib.mkForce [ ]' },
  regex: { option: 'system.forbiddenDependenciesRegex', value: 'lib.mkForce ""' },
};

/** The report's note for a toplevel built with the check off, saying what was done at each side. */
export function checkOffNote(sides: { base?: CheckOff; head?: CheckOff }): string {
  const ways = [...new Set([sides.base, sides.head].filter((w): w is CheckOff => w !== undefined))];
  const one = ways.length === 1 ? TURNED_OFF[ways[0] as CheckOff] : null;
  const at = (side: 'base' | 'head') => `${TURNED_OFF[sides[side] as CheckOff].option} (${TURNED_OFF[sides[side] as CheckOff].value})`;
  const how = one
    ? `${one.option} turned off (${one.value})`
    : `the forbidden-dependencies check turned off, at the base ${at('base')} and at the head ${at('head')}`;
  return `built with ${how}: the configuration's own check fails this toplevel; the forbidden paths below are why`;
}

/**
 * A NixOS configuration's forbidden-dependency regexes: the list `system.forbiddenDependenciesRegexes`
 * (NixOS 23.11 on), or the single string `system.forbiddenDependenciesRegex` of NixOS up to 23.05,
 * whose empty default meant none. Read as `{ regexes }` or `{ regex }`; `{ }` when neither exists.
 */
const READ_FORBIDDEN = `d: let s = (d.options or { }).system or d.config.system or { }; in
  if s ? forbiddenDependenciesRegexes then { regexes = d.config.system.forbiddenDependenciesRegexes; }
  else if s ? forbiddenDependenciesRegex then { regex = d.config.system.forbiddenDependenciesRegex; }
  else { }`;

/** `nixosConfigurations.appliance`'s forbidden-dependency regexes at the head, as forbid rules, and the option they are read from. */
async function readConfigForbidRules(context: ConfigContext, attr: string): Promise<{ rules: ForbidRule[]; option: string }> {
  const { nix, git, cwd } = context;
  const installable = (await installablesAt(context.head, cwd, git))({ kind: 'flake', ref: `.#${attr}` });
  const value = (await nix.evalJson(installable, READ_FORBIDDEN, { cwd, what: `the head (${revisionLabel(context.head)})` })) as { regexes?: unknown; regex?: unknown } | null;
  const notAConfiguration = `give the attribute path of a NixOS configuration, e.g. nixosConfigurations.appliance`;
  if (value === null || typeof value !== 'object') {
    throw new UsageError(`forbid-from-config: ${attr} is not a NixOS configuration; ${notAConfiguration}`);
  }
  if ('regex' in value) {
    if (typeof value.regex !== 'string') throw new UsageError(`forbid-from-config: ${attr}.config.system.forbiddenDependenciesRegex is not a string; ${notAConfiguration}`);
    return { rules: value.regex === '' ? [] : parseSettings({ forbid: [value.regex] }).forbid, option: 'system.forbiddenDependenciesRegex' };
  }
  const regexes = value.regexes ?? [];
  if (!Array.isArray(regexes) || !regexes.every((v) => typeof v === 'string')) {
    throw new UsageError(`forbid-from-config: ${attr}.config.system.forbiddenDependenciesRegexes is not a list of strings; ${notAConfiguration}`);
  }
  // NixOS skips an empty regex (grep -E '' would match every path).
  return { rules: parseSettings({ forbid: regexes.filter((r) => r !== '') }).forbid, option: 'system.forbiddenDependenciesRegexes' };
}

/**
 * The settings with the configuration's own rules added (those the user did not give already),
 * and the note that says which they are.
 */
export async function withConfigForbidRules(context: ConfigContext, attr: string, settings: GuardSettings): Promise<{ settings: GuardSettings; note: string }> {
  const { rules: fromConfig, option } = await readConfigForbidRules(context, attr);
  return {
    settings: { ...settings, forbid: [...settings.forbid, ...fromConfig.filter((r) => !settings.forbid.some((f) => f.pattern === r.pattern))] },
    note:
      fromConfig.length > 0
        ? `forbid rules from ${attr}'s ${option}: ${fromConfig.map((r) => r.pattern).join(', ')}`
        : `${attr} sets no ${option}`,
  };
}

/**
 * The toplevel with the check off, through the configuration's own extendModules: `lib.mkForce`
 * of the empty list, or of the empty string on NixOS up to 23.05. Another toplevel, with its own
 * out path (the check is part of its builder).
 */
const TURN_OFF_CHECK = `let
    s = (d.options or { }).system or { };
    old = !(s ? forbiddenDependenciesRegexes) && s ? forbiddenDependenciesRegex;
  in (d.extendModules { modules = [ ({ lib, ... }: if old then { system.forbiddenDependenciesRegex = lib.mkForce ""; } else { system.forbiddenDependenciesRegexes = lib.mkForce [ ]; }) ]; }).config.system.build.toplevel`;

/** Which of the two TURN_OFF_CHECK takes, read in the same evaluation: what the note says was done. */
const CHECK_OFF_WAY = `d: let s = (d.options or { }).system or { }; in if !(s ? forbiddenDependenciesRegexes) && s ? forbiddenDependenciesRegex then "regex" else "regexes"`;

/**
 * Re-evaluates the toplevel targets of `attr` at both sides with the forbidden-dependencies
 * check off (through the configuration's own extendModules and `lib.mkForce`, as one would by
 * hand) and puts them in `evaluated`; the caller locates and builds them. False when no target
 * is such a toplevel.
 */
export async function withoutForbiddenCheck(
  context: ConfigContext & { targets: Target[] },
  attr: string,
  evaluated: { base: Map<string, Evaluated>; head: Map<string, Evaluated> },
  checkOff: Map<string, { base?: CheckOff; head?: CheckOff }>,
): Promise<boolean> {
  const suffix = `#${attr}.config.system.build.toplevel`;
  let swapped = false;
  for (const target of context.targets) {
    if (target.installable.kind !== 'flake' || !target.installable.ref.endsWith(suffix)) continue;
    const configRef = target.installable.ref.slice(0, -'.config.system.build.toplevel'.length);
    for (const side of ['base', 'head'] as const) {
      const old = evaluated[side].get(target.name);
      if (!old) continue;
      const revision = side === 'base' ? context.base : context.head;
      const installable = (await installablesAt(revision, context.cwd, context.git))({ kind: 'flake', ref: configRef });
      const { extra, ...fresh } = await context.nix.evaluate(
        installable,
        { cwd: context.cwd, what: `${target.name} at the ${side} without the forbidden-dependencies check` },
        TURN_OFF_CHECK,
        CHECK_OFF_WAY,
      );
      evaluated[side].set(target.name, fresh);
      checkOff.set(target.name, { ...checkOff.get(target.name), [side]: extra === 'regex' ? 'regex' : 'regexes' });
      swapped = true;
    }
  }
  return swapped;
}
