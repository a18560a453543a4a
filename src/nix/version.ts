// Which Nix is this? `nix --version` prints e.g.
//   nix (Nix) 2.8.0 · nix (Lix, like Nix) 2.91.1 · nix (Determinate Nix 3.6.2) 2.29.0
// The flags we pass depend on it: `nix path-info --json-format` exists only in Nix ≥ 2.33.

export interface NixVersion {
  implementation: 'nix' | 'lix' | 'determinate';
  major: number;
  minor: number;
  patch: number;
  text: string;
}

export function parseNixVersion(output: string): NixVersion | null {
  const line = output.split('\n').find((l) => l.trim() !== '') ?? '';
  // The last version-looking token: Determinate prints its own version first, Nix's last.
  const versions = [...line.matchAll(/(\d+)\.(\d+)(?:\.(\d+))?/g)];
  const last = versions.at(-1);
  if (!last) return null;
  const implementation = /\bLix\b/.test(line) ? 'lix' : /Determinate/.test(line) ? 'determinate' : 'nix';
  return {
    implementation,
    major: Number(last[1]),
    minor: Number(last[2]),
    patch: Number(last[3] ?? 0),
    text: line.trim(),
  };
}

export function atLeast(version: NixVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

/** The oldest Nix with `nix build --json` and `nix path-info --json --recursive`. */
export const MINIMUM_NIX = { major: 2, minor: 4 } as const;

/**
 * How `nix build` is told to build one output of a derivation. `drv^out` is the syntax from Nix
 * 2.13 (and Lix, and Determinate Nix, whose base is newer) on; before it a bare .drv built its
 * outputs, and from NixOS/nix#7600 (2023) on a bare .drv means the file itself.
 */
export function buildInstallable(version: NixVersion, drvPath: string, outputName: string): string {
  const caret = version.implementation === 'lix' || atLeast(version, 2, 13);
  return caret ? `${drvPath}^${outputName}` : drvPath;
}

/**
 * `nix path-info --json` flags. Nix 2.33 deprecated a bare `--json` in favour of `--json-format`
 * (NixOS/nix#14704); older Nix and Lix reject the flag, so it is chosen by version.
 */
export function pathInfoJsonArgs(version: NixVersion): string[] {
  if (version.implementation !== 'lix' && atLeast(version, 2, 33)) return ['--json', '--json-format', '2'];
  return ['--json'];
}
