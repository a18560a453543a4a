// Writing a run's report files: all of them or none. Every file is first written into a
// temporary folder beside its target (same folder, so the same file system: rename is atomic);
// only when every file of the run is written are they renamed into place. A failed write (a
// read-only file system, a folder that is a file, a full disk, a name too long) is one line, and
// leaves nothing behind: no temporary file, no folder we made, no half of the set.

import { lstat, mkdir, mkdtemp, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './core/errors.js';

export interface OutputFile {
  /** The option or input that named the file, for messages: `--json`, `report-path`. */
  option: string;
  file: string;
  content: string;
}

/** What an errno means to someone choosing where a report goes. */
const WHY: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'a folder on the way does not exist',
  ELOOP: 'the path loops through symbolic links',
  EEXIST: 'a file is in the way',
  EIO: 'an I/O error',
};

function writeError(output: OutputFile, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const why = WHY[code] ?? (error instanceof Error ? error.message : String(error));
  return new UsageError(`${output.option}: cannot write '${output.file}': ${why}${code && WHY[code] ? ` (${code})` : ''}; choose another path`);
}

/** The target as the file system will see it: its folder's real path and its name. */
async function canonical(file: string): Promise<string> {
  const absolute = path.resolve(file);
  const dir = path.dirname(absolute);
  try {
    return path.join(await realpath(dir), path.basename(absolute));
  } catch {
    return absolute;
  }
}

/** Makes `dir` and the folders above it that are missing; returns the topmost one made, to undo. */
async function makeFolder(dir: string, output: OutputFile): Promise<string | undefined> {
  try {
    return await mkdir(dir, { recursive: true });
  } catch (error) {
    // mkdir says EEXIST when a file stands where a folder of the path should be.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw writeError(output, Object.assign(new Error(''), { code: 'ENOTDIR' }));
    throw writeError(output, error);
  }
}

/** Refuses two outputs to one path (`--json r --markdown r`) and a path that names a folder. */
export async function checkOutputPaths(outputs: Omit<OutputFile, 'content'>[]): Promise<void> {
  const seen = new Map<string, Omit<OutputFile, 'content'>>();
  for (const output of outputs) {
    if (output.file.trim() === '') throw new UsageError(`${output.option}: the file name is empty; give a path, e.g. ${output.option} report.out`);
    if (output.file.endsWith('/') || ['.', '..'].includes(path.basename(output.file))) {
      throw new UsageError(`${output.option}: '${output.file}' names a folder; give a file name`);
    }
    const key = await canonical(output.file);
    const other = seen.get(key);
    if (other) {
      throw new UsageError(`${other.option} and ${output.option} both write '${output.file}'; give each its own file`);
    }
    seen.set(key, output);
  }
}

/** Writes all `outputs` or none; two outputs to one path are refused before anything is written. */
export async function writeOutputs(outputs: OutputFile[]): Promise<void> {
  await checkOutputPaths(outputs);
  const made: string[] = [];
  const temporaryFolders = new Map<string, string>();
  const written: { output: OutputFile; temporary: string; target: string }[] = [];
  try {
    for (const output of outputs) {
      const target = path.resolve(output.file);
      const dir = path.dirname(target);
      const top = await makeFolder(dir, output);
      if (top) made.push(top);
      // A target that is there must be a file we may replace, not a folder or a device.
      const existing = await lstat(target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw writeError(output, error);
      });
      if (existing && existing.isDirectory()) throw writeError(output, Object.assign(new Error(''), { code: 'EISDIR' }));
      if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
        throw new UsageError(`${output.option}: '${output.file}' is not a regular file (a device or a pipe); give a file path`);
      }
      let folder = temporaryFolders.get(dir);
      if (!folder) {
        try {
          folder = await mkdtemp(path.join(dir, '.nix-size-guard-'));
        } catch (error) {
          throw writeError(output, error);
        }
        temporaryFolders.set(dir, folder);
      }
      // The target's own name inside the folder: a name too long for the file system fails here.
      const temporary = path.join(folder, path.basename(target));
      try {
        await writeFile(temporary, output.content);
      } catch (error) {
        throw writeError(output, error);
      }
      written.push({ output, temporary, target });
    }
    for (const { output, temporary, target } of written) {
      try {
        await rename(temporary, target);
      } catch (error) {
        throw writeError(output, error);
      }
    }
  } catch (error) {
    // Nothing of this run stays: the files renamed before a later rename failed (rare: every
    // check that can fail was made before the first rename) are not restored, the rest goes.
    for (const { temporary } of written) await rm(temporary, { force: true });
    for (const dir of made) await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    for (const folder of temporaryFolders.values()) await rm(folder, { recursive: true, force: true });
  }
}

export function reportJson(report: unknown): string {
  const compact = JSON.stringify(report);
  // Indented for a reader when small; a mass rebuild's report (tens of MB) is written compact:
  // indenting it costs more time than the whole analysis and a third more bytes.
  return compact.length < INDENTED_MAX ? `${JSON.stringify(report, null, 2)}\n` : `${compact}\n`;
}

/** Reports up to this many characters (compact) are written indented. */
export const INDENTED_MAX = 1 << 20;
