// A label waives budgets, never forbidden paths (README, "Intentional growth"). Each verdict below
// is worked out by hand from the targets' own lists, as the comments say.
import { describe, expect, it } from 'vitest';
import { applyWaiver } from '../../src/core/waiver.js';
import { makeReport, makeTarget, storePath } from '../helpers/report-factory.js';

describe('applyWaiver', () => {
  const failed = { name: 'max-closure', kind: 'size' as const, limit: 1, actual: 2, unit: 'bytes' as const, ok: false };
  const alice = { label: 'size-increase-approved', by: 'alice' };
  const perl = { path: storePath('perl-5.40.0'), pattern: 'perl', new: true, chain: [storePath('perl-5.40.0')] };

  it('passes a target that failed only a budget, and keeps one with a forbidden path failed', () => {
    const report = makeReport([
      makeTarget({ name: 'image', ok: false, budgets: [failed] }), // a budget only: waived, ok
      makeTarget({ name: 'toplevel', ok: false, budgets: [failed], forbidden: [perl] }), // perl: still failed
    ]);
    const waived = applyWaiver(report, alice);
    expect(waived.targets.map((t) => [t.name, t.ok])).toEqual([['image', true], ['toplevel', false]]);
    // One target still fails: so does the report.
    expect(waived.ok).toBe(false);
    expect(waived.waiver).toEqual(alice);
  });

  it('passes the report when every target passes once waived, and one that had only budgets fail', () => {
    const report = makeReport([
      makeTarget({ name: 'image', ok: false, budgets: [failed] }),
      makeTarget({ name: 'toplevel', ok: true }),
    ]);
    expect(report.ok).toBe(false);
    const waived = applyWaiver(report, alice);
    expect(waived.targets.map((t) => t.ok)).toEqual([true, true]);
    expect(waived.ok).toBe(true);
  });

  it('fails a report whose every target holds a forbidden path', () => {
    const report = makeReport([
      makeTarget({ name: 'image', ok: false, forbidden: [perl] }),
      makeTarget({ name: 'toplevel', ok: false, forbidden: [perl] }),
    ]);
    const waived = applyWaiver(report, alice);
    expect(waived.targets.map((t) => t.ok)).toEqual([false, false]);
    expect(waived.ok).toBe(false);
  });
});
