// Writing report files. Each is written whole or not at all (temp file, then rename), so a
// failure never leaves half a report where a later step would read it.

import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

export function reportJson(report: unknown): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
