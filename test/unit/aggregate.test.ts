import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/core/aggregate.js';
import type { Report } from '../../src/core/types.js';
import { applyWaiver, targetHolds, unwaivedBudgets, waivedBudgets, waiversUsed } from '../../src/core/waiver.js';
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

// Rows the mutation run named (README, "Mutation score of the core"); the counts are read off
// the budgets each case lists.
describe('waivers and merges, the edges', () => {
  const failed = { name: 'max-closure', kind: 'size' as const, limit: 1, actual: 2, unit: 'bytes' as const, ok: false };
  const held = { ...failed, name: 'max-update-size', actual: 1, ok: true };
  const alice = { label: 'size-increase-approved', by: 'alice' };
  const bob = { label: 'size-increase-approved', by: 'bob' };

  it('counts only the failed budgets of a waived target, and names each waiver that waived one once', () => {
    // gateway: one failed of two, waived by alice; kiosk: one failed, waived by bob; sensor: none
    // failed, waived by alice too (it waived nothing); edge: one failed, waived by alice.
    const report = makeReport([
      makeTarget({ name: 'gateway', budgets: [failed, held], waiver: alice }),
      makeTarget({ name: 'kiosk', budgets: [failed], waiver: bob }),
      makeTarget({ name: 'sensor', budgets: [held], waiver: alice }),
      makeTarget({ name: 'edge', budgets: [failed], waiver: alice }),
    ]);
    expect(waivedBudgets(report)).toBe(3);
    expect(unwaivedBudgets(report)).toBe(0);
    expect(waiversUsed(report)).toEqual([alice, bob]);
    expect(waiversUsed(makeReport([makeTarget({ name: 'sensor', budgets: [held], waiver: alice })]))).toEqual([]);
  });

  it('a forbidden path fails a target whatever its budgets say', () => {
    const target = makeTarget({ budgets: [held], forbidden: [{ path: storePath('perl-5.40.0'), pattern: 'perl', new: true, chain: [storePath('perl-5.40.0')] }] });
    expect(targetHolds(makeReport([target]), target)).toBe(false);
  });

  it('refuses a report of another schema version, and a file that holds null', () => {
    const v1 = { ...makeReport([makeTarget()]), schemaVersion: 1 } as unknown as Report;
    expect(() => mergeReports([{ report: v1, source: 'old.json' }])).toThrow("report: 'old.json' is not a nix-size-guard report (schemaVersion 2)");
    expect(() => mergeReports([{ report: null as unknown as Report, source: 'null.json' }])).toThrow("report: 'null.json' is not a nix-size-guard report (schemaVersion 2)");
  });

  it("names an image's system as its own target is named, and joins the reports' labels once each", () => {
    const image = makeTarget({ name: 'image', contents: { system: 'toplevel', extra: [] } });
    const gateway = makeReport([image, makeTarget({ name: 'toplevel' })], { name: 'gateway', base: { label: 'main' } });
    const kiosk = makeReport([makeTarget({ name: 'toplevel' })], { name: 'kiosk', base: { label: 'main' }, head: { label: 'pr-7' } });
    const merged = mergeReports([{ report: gateway, source: 'g.json' }, { report: kiosk, source: 'k.json' }]);
    expect(merged.targets.find((t) => t.name === 'gateway/image')?.contents).toEqual({ system: 'gateway/toplevel', extra: [] });
    expect(merged.base.label).toBe('main');
    expect(merged.head.label).toBe('pr-42 (a81b0d4), pr-7');
  });

  it('keeps an image without a system target (contents.system null) null when its report is named', () => {
    // The image holds no other target's closure: nothing to rename, not 'gateway/null'.
    const image = makeTarget({ name: 'image', contents: { system: null, extra: [] } });
    const merged = mergeReports([{ report: makeReport([image], { name: 'gateway' }), source: 'g.json' }]);
    expect(merged.targets.find((t) => t.name === 'gateway/image')?.contents).toEqual({ system: null, extra: [] });
  });
});
