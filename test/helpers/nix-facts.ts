// What Nix itself says, for tests to hold our numbers against: `nix path-info -S`,
// `nix-store -qR`, `nix store diff-closures`, `nix why-depends`. Real Nix, never mocked.
import { execFileSync } from 'node:child_process';

const FEATURES = ['--extra-experimental-features', 'nix-command flakes'];

function nix(args: string[], cwd?: string): string {
  return execFileSync('nix', [...FEATURES, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

export function nixBuild(installable: string, cwd?: string): string {
  const built = JSON.parse(nix(['build', '--json', '--no-link', installable], cwd)) as { outputs: { out: string } }[];
  return built[0]!.outputs.out;
}

/** `nix path-info -S ROOT`: the closure size, in bytes. */
export function nixClosureSize(root: string): number {
  const [, size] = nix(['path-info', '-S', root]).trim().split(/\s+/);
  return Number(size);
}

/** `nix-store -qR ROOT`: every path of the closure. */
export function nixRequisites(root: string): string[] {
  return execFileSync('nix-store', ['-qR', root], { encoding: 'utf8' }).trim().split('\n');
}

/** `nix path-info --json --recursive ROOT`, as Nix prints it. */
export function nixPathInfoJson(root: string): string {
  return nix(['path-info', '--json', '--recursive', root]);
}

export interface NixStoreObject {
  path: string;
  narSize: number;
  references: string[];
}

/**
 * The closure of ROOT from `nix path-info --json --recursive`, whichever of its two shapes this
 * Nix prints: an array of objects with `path` (Nix <= 2.18, Lix; Debian's 2.8) or an object keyed
 * by path (2.19 on; 2.30). Read here on its own, not through the product's parser it checks.
 */
export function nixStoreObjects(root: string): NixStoreObject[] {
  const printed = JSON.parse(nixPathInfoJson(root)) as unknown;
  const entries: [string, NixStoreObject][] = Array.isArray(printed)
    ? (printed as NixStoreObject[]).map((o) => [o.path, o])
    : Object.entries(printed as Record<string, NixStoreObject>);
  return entries.map(([path, { narSize, references }]) => {
    if (typeof narSize !== 'number' || !Array.isArray(references)) throw new Error(`nix path-info --json: no narSize/references for ${path}`);
    return { path, narSize, references };
  });
}

export interface DiffClosuresLine {
  name: string;
  removed: string[];
  added: string[];
  /** The size delta exactly as Nix prints it (`+1153.5 KiB`), or null when it prints none (under 8 KiB). */
  sizeDelta: string | null;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** `nix store diff-closures A B`, parsed: `name: 3.0.1 → 3.0.2, +12.3 KiB` (ε empty, ∅ none). */
export function nixDiffClosures(before: string, after: string): DiffClosuresLine[] {
  const text = nix(['store', 'diff-closures', before, after]).replace(ANSI, '');
  const versions = (side: string): string[] =>
    side === '∅' ? [] : side.split(', ').map((v) => (v === 'ε' ? '' : v));
  return text
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const colon = line.indexOf(': ');
      const name = line.slice(0, colon).trim();
      // `removed → added`, then `, +12.3 KiB` when the size moved by 8 KiB or more; a line may
      // also be a size change alone (`name: +12.3 KiB`).
      const rest = line.slice(colon + 2);
      const size = /(?:^|, )([+-]\d+\.\d KiB)$/.exec(rest);
      const change = size ? rest.slice(0, size.index) : rest;
      const arrow = /^(.*?) → (.*)$/.exec(change);
      return { name, removed: arrow ? versions(arrow[1]!) : [], added: arrow ? versions(arrow[2]!) : [], sizeDelta: size ? size[1]! : null };
    });
}

/** A byte delta as diff-closures prints it: C's `%+.1f KiB` of bytes / 1024 (ties to even). */
export function diffClosuresKiB(bytes: number): string {
  const tenths = Math.abs(bytes) * 10;
  let whole = Math.floor(tenths / 1024);
  const rest = tenths % 1024;
  if (rest * 2 > 1024 || (rest * 2 === 1024 && whole % 2 === 1)) whole++;
  return `${bytes < 0 ? '-' : '+'}${Math.floor(whole / 10)}.${whole % 10} KiB`;
}

/** `nix why-depends A B`: the chain of store paths it prints, root first. */
export function nixWhyDepends(from: string, to: string): string[] {
  const text = nix(['why-depends', from, to]).replace(ANSI, '');
  return text
    .split('\n')
    .map((line) => /\/nix\/store\/[0-9a-z]{32}-[^\s:'"]+/.exec(line)?.[0])
    .filter((p): p is string => p !== undefined);
}
