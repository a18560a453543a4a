// Every path of every target, base and head, as one CSV for spreadsheets and scripts: the
// closures themselves, since a TargetReport keeps only what changed.

import { pairClosures } from '../core/diff.js';
import { parseStorePathName } from '../core/store-path.js';
import type { Closure } from '../core/types.js';

export interface CsvTarget {
  name: string;
  base: Closure;
  head: Closure;
}

const COLUMNS = ['target', 'path', 'name', 'version', 'narSize', 'inBase', 'inHead'] as const;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const csvRow = (fields: string[]): string => `${fields.map(csvField).join(',')}\r\n`;

interface PathRow {
  path: string;
  narSize: number;
  inBase: boolean;
  inHead: boolean;
}

function pathRows({ base, head }: CsvTarget): PathRow[] {
  const { baseInHead, headInBase } = pairClosures(base, head);
  const rows: PathRow[] = [];
  // A store path's contents never change, so base and head agree on its narSize.
  base.paths.forEach((path, id) => rows.push({ path, narSize: base.narSizes[id] as number, inBase: true, inHead: baseInHead[id] !== -1 }));
  head.paths.forEach((path, id) => {
    if (headInBase[id] === -1) rows.push({ path, narSize: head.narSizes[id] as number, inBase: false, inHead: true });
  });
  return rows.sort((a, b) => b.narSize - a.narSize || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One row per distinct path per target, biggest first; lines end in CRLF as RFC 4180 says. */
export function renderCsv(targets: CsvTarget[]): string {
  let csv = csvRow([...COLUMNS]);
  for (const target of targets) {
    for (const row of pathRows(target)) {
      const { name, version } = parseStorePathName(row.path);
      csv += csvRow([target.name, row.path, name, version, String(row.narSize), String(row.inBase), String(row.inHead)]);
    }
  }
  return csv;
}
