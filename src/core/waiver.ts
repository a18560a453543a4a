// Intentional growth: a pull-request label (e.g. size-increase-approved) turns budget failures
// into warnings. Forbidden paths are never waived by a label, only by the workflow's allow-list.

import type { Report, Waiver } from './types.js';

export function applyWaiver(report: Report, waiver: Waiver): Report {
  const targets = report.targets.map((target) => ({ ...target, ok: target.forbidden.length === 0 }));
  return { ...report, waiver, ok: targets.every((t) => t.ok), targets };
}

/** Budgets that failed but were waived: what the reader should still see. */
export function waivedBudgets(report: Report): number {
  if (!report.waiver) return 0;
  return report.targets.reduce((n, t) => n + t.budgets.filter((b) => !b.ok).length, 0);
}
