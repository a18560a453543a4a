// Intentional growth: a pull-request label (e.g. size-increase-approved) turns budget failures
// into warnings. Forbidden paths are never waived by a label, only by the workflow's allow-list.
// A merged report (mode: aggregate) carries each target's own waiver; a target without one
// falls under its report's.

import type { Report, ReportSettings, TargetReport, Waiver } from './types.js';

export function applyWaiver(report: Report, waiver: Waiver): Report {
  const targets = report.targets.map((target) => ({ ...target, ok: target.forbidden.length === 0 }));
  return { ...report, waiver, ok: targets.every((t) => t.ok), targets };
}

/** The waiver that applies to a target's budgets, if any. */
export function waiverOf(report: Report, target: TargetReport): Waiver | null {
  return target.waiver !== undefined ? target.waiver : (report.waiver ?? null);
}

/** The settings a target was judged by. */
export function settingsOf(report: Report, target: TargetReport): ReportSettings {
  return target.settings ?? report.settings;
}

const failedBudgets = (target: TargetReport): number => target.budgets.filter((b) => !b.ok).length;

/** Budgets that failed but were waived: what the reader should still see. */
export function waivedBudgets(report: Report): number {
  return report.targets.reduce((n, t) => n + (waiverOf(report, t) ? failedBudgets(t) : 0), 0);
}

/** Budgets that failed and no label waived: these fail the job. */
export function unwaivedBudgets(report: Report): number {
  return report.targets.reduce((n, t) => n + (waiverOf(report, t) ? 0 : failedBudgets(t)), 0);
}

/** Every waiver that waived a failed budget, once each (label and who). */
export function waiversUsed(report: Report): Waiver[] {
  const seen = new Map<string, Waiver>();
  for (const target of report.targets) {
    const waiver = waiverOf(report, target);
    if (waiver && failedBudgets(target) > 0) seen.set(JSON.stringify([waiver.label, waiver.by]), waiver);
  }
  return [...seen.values()];
}

/** What a target's verdict is from its own data: no forbidden path, and every budget holds or is waived. */
export function targetHolds(report: Report, target: TargetReport): boolean {
  return target.forbidden.length === 0 && (failedBudgets(target) === 0 || waiverOf(report, target) !== null);
}
