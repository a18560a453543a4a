import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/core/aggregate.js';
import { makeReport, makeTarget, MiB } from '../helpers/report-factory.js';

describe('mergeReports: one comment for a fleet', () => {
  const gateway = makeReport([makeTarget({ name: 'toplevel', closureSizeDelta: 2 * MiB })], { name: 'gateway' });
  const kiosk = makeReport([makeTarget({ name: 'toplevel', closureSizeDelta: -40 * MiB })], { name: 'kiosk' });
  const sensor = makeReport([makeTarget({ name: 'toplevel', ok: false, closureSizeDelta: 1024 })], { name: 'sensor' });

  it('names each row configuration/target, failing first, then most changed', () => {
    const merged = mergeReports([gateway, kiosk, sensor].map((report, i) => ({ report, source: `r${i}.json` })));
    expect(merged.targets.map((t) => t.name)).toEqual(['sensor/toplevel', 'kiosk/toplevel', 'gateway/toplevel']);
    expect(merged.ok).toBe(false);
    expect(merged.schemaVersion).toBe(1);
  });
  it('refuses two reports with the same configuration', () => {
    expect(() => mergeReports([gateway, gateway].map((report) => ({ report, source: 'x.json' })))).toThrow(/two reports have a target named 'gateway\/toplevel'; give each matrix job its own comment-key/);
  });
  it('refuses a file that is not a report, and an empty glob', () => {
    expect(() => mergeReports([{ report: { hello: 1 } as never, source: 'junk.json' }])).toThrow(/report: 'junk\.json' is not a nix-size-guard report/);
    expect(() => mergeReports([])).toThrow(/matched no JSON report/);
  });
});
