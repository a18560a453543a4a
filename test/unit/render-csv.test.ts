// The CSV read back by an RFC 4180 parser (d3-dsv's csvParseRows), not split by hand: what a
// spreadsheet or a script reading the file gets.
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from '../../src/render/csv.js';
import { KiB, MiB, ROOT, makeClosure, storePath } from '../helpers/report-factory.js';

const root = storePath(ROOT);
const glibc = storePath('glibc-2.39-52');
const python = storePath('python3-3.11.4');
const iproute2Old = storePath('iproute2-6.0.0');
const iproute2 = storePath('iproute2-6.1.0');
const etc = storePath('etc');

const base = makeClosure([
  [root, 12 * KiB, [glibc, iproute2Old, etc]],
  [glibc, 28 * MiB, []],
  [iproute2Old, 1.5 * MiB, [glibc]],
  [etc, 12 * KiB, []],
]);
const head = makeClosure([
  [root, 12 * KiB, [glibc, iproute2, python, etc]],
  [glibc, 28 * MiB, []],
  [iproute2, 1.5 * MiB, [glibc, python]],
  [python, 78 * MiB, [glibc]],
  [etc, 12 * KiB, []],
]);

/** The rows an RFC 4180 parser reads. */
const rows = (csv: string): string[][] => csvParseRows(csv);

describe('renderCsv', () => {
  const csv = renderCsv([{ name: 'appliance', base, head }]);

  it('writes a header and one row per distinct path, biggest first, then by path', () => {
    expect(rows(csv)).toEqual([
      ['target', 'path', 'name', 'version', 'narSize', 'inBase', 'inHead'],
      ['appliance', python, 'python3', '3.11.4', String(78 * MiB), 'false', 'true'],
      ['appliance', glibc, 'glibc', '2.39-52', String(28 * MiB), 'true', 'true'],
      // Equal sizes are ordered by path, that is by hash: x5dq… before ybak…, 0nv2… before 6yqn….
      ['appliance', iproute2Old, 'iproute2', '6.0.0', String(1.5 * MiB), 'true', 'false'],
      ['appliance', iproute2, 'iproute2', '6.1.0', String(1.5 * MiB), 'false', 'true'],
      ['appliance', etc, 'etc', '', String(12 * KiB), 'true', 'true'],
      ['appliance', root, 'nixos-system-appliance', '24.05', String(12 * KiB), 'true', 'true'],
    ]);
  });

  it('ends every line, the last included, with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('lists every target on its own rows', () => {
    const two = renderCsv([
      { name: 'appliance', base, head },
      { name: 'installer', base: head, head },
    ]);
    const targets = rows(two).slice(1).map((r) => r[0]);
    expect(targets.filter((t) => t === 'appliance')).toHaveLength(6);
    expect(targets.filter((t) => t === 'installer')).toHaveLength(5);
  });

  it('quotes a target name that needs it: a parser reads it back whole', () => {
    const name = 'rack "A", row 1\nleft';
    const parsed = rows(renderCsv([{ name, base, head: base }]));
    expect(parsed.length).toBe(5);
    expect(parsed.slice(1).map((r) => [r[0], r.length])).toEqual(parsed.slice(1).map(() => [name, 7]));
  });
});

describe('csvField', () => {
  it.each(['python3-3.11.4', '', 'a,b', 'say "hi"', '"', 'line\nbreak', 'carriage\rreturn', 'crlf\r\nend', "it's; fine", ' padded '])(
    'writes %j so that a parser reads it back, beside other fields',
    (value) => {
      expect(rows([csvField(value), csvField(value), 'x'].join(','))).toEqual([[value, value, 'x']]);
    },
  );

  it('quotes only what needs it: a plain store name is written as it is', () => {
    expect(csvField('python3-3.11.4')).toBe('python3-3.11.4');
  });
});
