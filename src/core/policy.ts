// The rules: forbidden dependencies (NixOS's system.forbiddenDependenciesRegexes, with an
// allow-list) and size budgets, absolute and relative.

import { pairClosures } from './diff.js';
import { imageFileName, imageRootId } from './image.js';
import type { Budgets, ForbidRule, AllowRule } from './settings.js';
import type { ImageMeasure, IncreaseLimit } from './size.js';
import type { AllowedPath, BudgetResult, Closure, ForbiddenPath, ImageInfo, SideSummary, UpdateCost } from './types.js';

/**
 * Every head path that a forbid regex matches anywhere in its full store path, as `grep -E`
 * does in NixOS's top-level.nix. A path an allow regex also matches is listed as allowed.
 */
export function findForbidden(
  base: Closure,
  head: Closure,
  forbid: ForbidRule[],
  allow: AllowRule[],
): { forbidden: ForbiddenPath[]; allowed: AllowedPath[] } {
  const forbidden: ForbiddenPath[] = [];
  const allowed: AllowedPath[] = [];
  if (forbid.length === 0) return { forbidden, allowed };
  // Paths are sorted already; a closure holds 100 000 of them, a forbid rule matches a handful.
  const { headInBase } = pairClosures(base, head);
  // An image's own output is the file that holds the paths, not one of them.
  const image = imageRootId(head);
  head.paths.forEach((path, id) => {
    if (id === image) return;
    const rule = forbid.find((r) => r.regex.test(path));
    if (!rule) return;
    const exception = allow.find((r) => r.regex.test(path));
    if (exception) {
      allowed.push({ path, forbiddenBy: rule.pattern, allowedBy: exception.pattern, reason: exception.reason });
      return;
    }
    forbidden.push({ path, pattern: rule.pattern, new: headInBase[id] === -1 });
  });
  // New violations first: they are what this change did.
  return { forbidden: forbidden.sort((a, b) => Number(b.new) - Number(a.new)), allowed };
}

/**
 * A side whose image is unknown rather than absent: read from a binary cache without
 * downloading, so its file was never there to measure.
 */
export function imageUnmeasured(side: Pick<SideSummary, 'image' | 'source'>): boolean {
  return side.image === null && side.source === 'binary-cache';
}

/**
 * The forbidden store paths of a report, each once however many targets hold it: a toplevel
 * and its image hold the same perl.
 */
export function forbiddenPathCount(report: { targets: { forbidden: ForbiddenPath[] }[] }): number {
  return new Set(report.targets.flatMap((t) => t.forbidden.map((f) => f.path))).size;
}

function imageSize(image: ImageInfo, measure: ImageMeasure): number {
  switch (measure) {
    case 'apparent':
      return image.apparentSize;
    case 'allocated':
      return image.allocatedSize;
    case 'compressed':
      return image.compressedSize;
  }
}

/** `max-image`, `max-image (compressed)`: the measure is named when it is not the option's default. */
const label = (option: string, measure: string, defaultMeasure = 'apparent'): string =>
  measure === defaultMeasure ? option : `${option} (${measure})`;

/** `limit` (a finite decimal such as 2 or 2.5) as an exact fraction: digits over a power of ten. */
function exactDecimal(limit: number): { digits: bigint; scale: bigint } {
  // The shortest decimal that reads back as this double: what the user wrote (2.5, 0.1).
  const [mantissa = '0', exponent = '0'] = String(limit).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const shift = fraction.length - Number(exponent);
  const digits = BigInt(whole + fraction);
  return shift >= 0 ? { digits, scale: 10n ** BigInt(shift) } : { digits: digits * 10n ** BigInt(-shift), scale: 1n };
}

/** delta / base × 100 ≤ limit, in exact integer arithmetic: 2.004 % breaks a 2 % budget. */
export function withinPercent(delta: number, base: number, limit: number): boolean {
  const { digits, scale } = exactDecimal(limit);
  return BigInt(delta) * 100n * scale <= digits * BigInt(base);
}

function increaseResult(name: string, limit: IncreaseLimit, base: number, head: number): BudgetResult | string {
  const delta = head - base;
  if (limit.unit === 'bytes') return { name, kind: 'increase', limit: limit.value, actual: delta, unit: 'bytes', ok: delta <= limit.value };
  if (base === 0) return `${name}: the base has nothing to compare a percentage with; not checked`;
  // The verdict compares exact values; `actual` is the percentage as a double, never rounded.
  const percent = (delta / base) * 100;
  return { name, kind: 'increase', limit: limit.value, actual: percent, unit: 'percent', ok: withinPercent(delta, base, limit.value) };
}

/** Checks every budget that applies to this target; notes say which could not be checked. */
export function checkBudgets(
  budgets: Budgets,
  base: SideSummary,
  head: SideSummary,
  update: UpdateCost,
): { results: BudgetResult[]; notes: string[] } {
  const results: BudgetResult[] = [];
  const notes: string[] = [];
  const push = (result: BudgetResult | string): void => {
    if (typeof result === 'string') notes.push(result);
    else results.push(result);
  };
  if (budgets.maxClosure !== null) {
    push({ name: 'max-closure', kind: 'size', limit: budgets.maxClosure, actual: head.closureSize, unit: 'bytes', ok: head.closureSize <= budgets.maxClosure });
  }
  if (budgets.maxClosureIncrease !== null) {
    push(increaseResult('max-closure-increase', budgets.maxClosureIncrease, base.closureSize, head.closureSize));
  }
  // Image budgets concern the targets that have an image; a toplevel has none.
  if (head.image) {
    const headImage = head.image;
    for (const { measure, limit } of budgets.maxImage) {
      const actual = imageSize(headImage, measure);
      push({ name: label('max-image', measure), kind: 'size', limit, actual, unit: 'bytes', ok: actual <= limit });
    }
    for (const { measure, limit } of budgets.maxImageIncrease) {
      if (imageUnmeasured(base)) {
        notes.push(`${label('max-image-increase', measure)}: the base's image was not measured (read from the binary cache, not built); not checked`);
        continue;
      }
      const baseSize = base.image ? imageSize(base.image, measure) : 0;
      push(increaseResult(label('max-image-increase', measure), limit, baseSize, imageSize(headImage, measure)));
    }
  }
  for (const { measure, limit } of budgets.maxUpdateSize) {
    const name = label('max-update-size', measure, 'nar');
    if (measure === 'image') {
      // A toplevel has no A/B image to download; the budget is about the image targets.
      if (update.image) push({ name, kind: 'size', limit, actual: update.image.compressedSize, unit: 'bytes', ok: update.image.compressedSize <= limit });
      else if (imageUnmeasured(head)) push(`${name}: the head's image was not measured (read from the binary cache, not built); not checked`);
      else if (head.image) push(`${name}: ${imageFileName(head.image)} is not read as an image of store paths (no image format in its first bytes); not checked`);
      continue;
    }
    const actual = measure === 'nar' ? update.narSize : update.compressedSize;
    if (actual === null) push(`${name}: the zstd size of the update was not measured; not checked`);
    else push({ name, kind: 'size', limit, actual, unit: 'bytes', ok: actual <= limit });
  }
  return { results, notes };
}
