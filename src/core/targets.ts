// Targets: `NAME=INSTALLABLE`, a flake installable (`.#image`) or a classic one
// (`-f default.nix -A toplevel`).

import { UsageError } from './errors.js';

export type Installable = { kind: 'flake'; ref: string } | { kind: 'file'; file: string; attr: string };

export interface Target {
  name: string;
  installable: Installable;
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function describeInstallable(installable: Installable): string {
  return installable.kind === 'flake' ? installable.ref : `-f ${installable.file} -A ${installable.attr}`;
}

/** `-f default.nix -A toplevel`, `--file default.nix --attr toplevel`, `-f default.nix toplevel`. */
function parseClassic(text: string, option: string): Installable {
  const words = text.trim().split(/\s+/);
  let file: string | undefined;
  let attr: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '-f' || word === '--file') file = words[++i];
    else if (word === '-A' || word === '--attr') attr = words[++i];
    else if (attr === undefined && word !== undefined && !word.startsWith('-')) attr = word;
    else throw new UsageError(`${option}: '${text}' is not an installable; write -f FILE -A ATTR`);
  }
  if (!file || !attr) throw new UsageError(`${option}: '${text}' needs both a file and an attribute; write -f FILE -A ATTR`);
  return { kind: 'file', file, attr };
}

export function parseInstallable(text: string, option = 'target'): Installable {
  const trimmed = text.trim();
  if (trimmed === '') throw new UsageError(`${option}: the installable is empty; write NAME=.#attr or NAME=-f FILE -A ATTR`);
  if (trimmed.startsWith('-')) return parseClassic(trimmed, option);
  if (/\s/.test(trimmed)) throw new UsageError(`${option}: '${trimmed}' has spaces; a flake installable is one word, e.g. .#image`);
  return { kind: 'flake', ref: trimmed };
}

export function parseTarget(text: string, option = 'target'): Target {
  const eq = text.indexOf('=');
  if (eq === -1) {
    throw new UsageError(
      `${option}: '${text.trim()}' has no name; write NAME=INSTALLABLE, e.g. toplevel=.#nixosConfigurations.appliance.config.system.build.toplevel`,
    );
  }
  const name = text.slice(0, eq).trim();
  if (!NAME_RE.test(name)) {
    throw new UsageError(`${option}: '${name}' is not a target name; use letters, digits, '.', '_' and '-'`);
  }
  return { name, installable: parseInstallable(text.slice(eq + 1), `${option} ${name}`) };
}

export function parseTargets(lines: string[], option = 'target'): Target[] {
  const targets = lines.filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).map((l) => parseTarget(l, option));
  if (targets.length === 0) {
    throw new UsageError(`${option}: no targets; give at least one NAME=INSTALLABLE, e.g. toplevel=.#nixosConfigurations.appliance.config.system.build.toplevel`);
  }
  const seen = new Set<string>();
  for (const { name } of targets) {
    if (seen.has(name)) throw new UsageError(`${option}: the name '${name}' is used twice; give each target its own name`);
    seen.add(name);
  }
  return targets;
}
