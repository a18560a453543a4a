import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/core/aggregate.js';
import type { Report } from '../../src/core/types.js';
import { applyWaiver, unwaivedBudgets, waivedBudgets } from '../../src/core/waiver.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { makeReport, makeTarget, MiB, storePath } from '../helpers/report-factory.js';

describe('mergeReports: one comment for a fleet', () => {
  const gateway = makeReport([makeTarget({ name: 'toplevel', closureSizeDelta: 2 * MiB })], { name: 'gateway' });
  const kiosk = makeReport([makeTarget({ name: 'toplevel', closureSizeDelta: -40 * MiB })], { name: 'kiosk' });
  // Failing on a budget: a merged target's verdict is worked out from its budgets and forbidden paths.
  const sensor = makeReport(
    [makeTarget({ name: 'toplevel', ok: false, closureSizeDelta: 1024, budgets: [{ name: 'max-closure', kind: 'size', limit: 1, actual: 2, unit: 'bytes', ok: false }] })],
    { name: 'sensor' },
  );

  it('names each row configuration/target, failing first, then most changed', () => {
    const merged = mergeReports([gateway, kiosk, sensor].map((report, i) => ({ report, source: `r${i}.json` })));
    expect(merged.targets.map((t) => t.name)).toEqual(['sensor/toplevel', 'kiosk/toplevel', 'gateway/toplevel']);
    expect(merged.ok).toBe(false);
    expect(merged.schemaVersion).toBe(2);
  });
  it('refuses two reports with the same configuration', () => {
    expect(() => mergeReports([gateway, gateway].map((report) => ({ report, source: 'x.json' })))).toThrow(/two reports have a target named 'gateway\/toplevel'; give each matrix job its own comment-key/);
  });
  it('refuses a file that is not a report, and an empty glob', () => {
    expect(() => mergeReports([{ report: { hello: 1 } as never, source: 'junk.json' }])).toThrow(/report: 'junk\.json' is not a nix-size-guard report/);
    expect(() => mergeReports([])).toThrow(/matched no JSON report/);
  });
});

describe('mergeReports keeps what each report decided', () => {
  const failedBudget = { name: 'max-closure-increase', kind: 'increase' as const, limit: MiB, actual: 2 * MiB, unit: 'bytes' as const, ok: false };
  const waiver = { label: 'size-increase-approved', by: 'alice' };
  // A report whose budget failed and was waived by its pull request's label (applyWaiver's result).
  const waived = applyWaiver(makeReport([makeTarget({ name: 'toplevel', ok: false, closureSizeDelta: 2 * MiB, budgets: [failedBudget] })], { name: 'gateway' }), waiver);
  const clean = makeReport([makeTarget({ name: 'toplevel', closureSizeDelta: 1024 })], {
    name: 'kiosk',
    settings: { heavyThreshold: 5 * MiB, forbid: ['perl'], allow: [{ pattern: 'perl-.*-man$', reason: 'docs' }] },
  });
  const merge = (...reports: Report[]) => mergeReports(reports.map((report, i) => ({ report, source: `r${i}.json` })));

  it('a waived report stays waived: ok, its budgets counted as waived, the label named', () => {
    const merged = merge(waived, clean);
    expect(merged.ok).toBe(true);
    expect(merged.targets.find((t) => t.name === 'gateway/toplevel')?.waiver).toEqual(waiver);
    expect(merged.targets.find((t) => t.name === 'kiosk/toplevel')?.waiver).toBeNull();
    expect(unwaivedBudgets(merged)).toBe(0);
    expect(waivedBudgets(merged)).toBe(1);
    const headline = renderMarkdown(merged).split('\n')[0]!;
    expect(headline).toMatch(/^### ⚠️ nix-size-guard: 1 budget exceeded, waived by label size-increase-approved \(added by @\u200dalice\) — /);
    expect(headline).not.toMatch(/within budget/);
  });

  it('each target keeps its settings: the heavy threshold its own report used', () => {
    const heavy = [{ path: storePath('python3-3.11.4'), narSize: 6 * MiB, chain: [storePath('system'), storePath('python3-3.11.4')] }];
    const withHeavy = makeReport([makeTarget({ name: 'toplevel', heavy, added: [{ path: heavy[0]!.path, narSize: 6 * MiB }] })], { name: 'kiosk', settings: clean.settings });
    const merged = merge(waived, withHeavy);
    expect(merged.targets.find((t) => t.name === 'kiosk/toplevel')?.settings).toEqual(clean.settings);
    expect(renderMarkdown(merged)).toContain('**New heavy paths** (at least 5.0 MiB)');
  });

  it('a report that says ok over a failed, unwaived budget is judged by its budgets: never "within budget"', () => {
    const lying = makeReport([makeTarget({ name: 'toplevel', ok: true, budgets: [failedBudget] })], { name: 'sensor', ok: true });
    const merged = merge(lying, clean);
    expect(merged.ok).toBe(false);
    expect(unwaivedBudgets(merged)).toBe(1);
    expect(renderMarkdown(merged).split('\n')[0]).toMatch(/^### ❌ nix-size-guard: 1 rule broken — sensor\/toplevel/);
  });
});
