// Fleets: many reports (one per matrix job, one per configuration) merged into one, so one
// comment shows a row per configuration, the most changed first.

import { UsageError } from './errors.js';
import type { Report, TargetReport } from './types.js';
import { settingsOf, targetHolds, waiverOf } from './waiver.js';

/** Failing targets first, then by how much the closure moved either way. */
const mostChangedFirst = (a: TargetReport, b: TargetReport): number =>
  Number(a.ok) - Number(b.ok) || Math.abs(b.closureSizeDelta) - Math.abs(a.closureSizeDelta) || a.name.localeCompare(b.name);

export function mergeReports(reports: { report: Report; source: string }[]): Report {
  if (reports.length === 0) throw new UsageError('report: the glob matched no JSON report; check the path the artifacts were downloaded to');
  const names = new Set<string>();
  const targets: TargetReport[] = [];
  for (const { report, source } of reports) {
    if (report?.schemaVersion !== 2 || !Array.isArray(report.targets)) {
      throw new UsageError(`report: '${source}' is not a nix-size-guard report (schemaVersion 2)`);
    }
    for (const target of report.targets) {
      // `gateway/toplevel`: the configuration, then the target.
      const name = report.name ? `${report.name}/${target.name}` : target.name;
      if (names.has(name)) {
        throw new UsageError(`report: two reports have a target named '${name}'; give each matrix job its own comment-key`);
      }
      names.add(name);
      // Each target keeps what its report decided (its waiver, its settings), and its verdict is
      // worked out again from its own data: a merged comment never says "within budget" for a
      // target whose budgets failed without a waiver, whatever its file claimed.
      const kept: TargetReport = { ...target, name, waiver: waiverOf(report, target), settings: settingsOf(report, target) };
      // An image's system is a target of the same report: named the same way.
      if (target.contents && typeof target.contents.system === 'string' && report.name) {
        kept.contents = { ...target.contents, system: `${report.name}/${target.contents.system}` };
      }
      targets.push({ ...kept, ok: targetHolds(report, kept) });
    }
  }
  const first = reports[0]!.report;
  const labels = (side: 'base' | 'head') => [...new Set(reports.map((r) => r.report[side].label))].join(', ');
  return {
    schemaVersion: 2,
    tool: first.tool,
    ok: targets.every((t) => t.ok),
    base: { label: labels('base') },
    head: { label: labels('head') },
    // The first report's, for readers of the merged JSON; each target carries its own.
    settings: first.settings,
    targets: targets.sort(mostChangedFirst),
    waiver: null,
  };
}
