// The real NixOS closure data in ../shared/data (see its PROVENANCE.md), beside the repository
// on the machines that have it (a developer's, CI's); not part of the repository itself.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED_DATA = path.resolve(import.meta.dirname, '../../../shared/data');
/** `du -h` of every store path of a real minimal NixOS 25.05 appliance closure. */
export const OYSTER_TSV = path.join(SHARED_DATA, 'oyster-nixos-25.05-du.tsv');
export const hasOyster = (): boolean => existsSync(OYSTER_TSV);

const DU_UNITS: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** The closure's store paths, in the file's order, each with its `du -h` size in bytes. */
export function oysterPaths(): { path: string; size: number }[] {
  return readFileSync(OYSTER_TSV, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [du = '', base = ''] = line.split('\t');
      return { path: `/nix/store/${base}`, size: Math.round(Number.parseFloat(du) * (DU_UNITS[du.slice(-1)] ?? 1)) };
    });
}
