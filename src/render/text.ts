// The terminal report of the CLI: the same story as the PR comment, as indented plain text,
// coloured only when asked (the caller decides from the TTY and NO_COLOR).

import { formatBytes, formatDelta } from '../core/size.js';
import { storePathName } from '../core/store-path.js';
import type { ImageInfo, Report, TargetReport } from '../core/types.js';
import { settingsOf } from '../core/waiver.js';
import { imageFileName } from '../core/image.js';
import { escapeTerminal as plain } from './escape.js';
import {
  brokenRules,
  budgetActual,
  budgetLimit,
  duplicateText,
  duplicatesOf,
  formatChain,
  growthCauses,
  growthChain,
  sourcesNote,
  headline,
  imageWithoutBase,
  imageUpdate,
  newDuplicates,
  plural,
  sizeChange,
  storyOf,
  toldUnder,
  updateOf,
  updateSize,
  versionChange,
} from './summary.js';

export interface TextOptions {
  color: boolean;
}

const ANSI = { red: '\u001b[31m', green: '\u001b[32m', bold: '\u001b[1m', dim: '\u001b[2m', reset: '\u001b[0m' };
type Style = Exclude<keyof typeof ANSI, 'reset'>;
type Paint = (style: Style, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}` : (_style, text) => text;
}

/** Growth in red, shrinkage in green, no change uncoloured. */
function paintDelta(paint: Paint, delta: number, text: string): string {
  if (delta > 0) return paint('red', text);
  if (delta < 0) return paint('green', text);
  return text;
}

const mark = (paint: Paint, ok: boolean): string => (ok ? paint('green', '✓') : paint('red', '✗'));
const name = (path: string): string => plain(storePathName(path));

function imageLine(paint: Paint, target: TargetReport): string[] {
  const { image: base } = target.base;
  const { image: head } = target.head;
  if (!head) return [];
  const measure = (label: string, pick: (image: ImageInfo) => number): string => {
    if (!base) return `${label} ${formatBytes(pick(head))} (${imageWithoutBase(target)})`;
    const change = paintDelta(paint, pick(head) - pick(base), sizeChange(pick(base), pick(head)));
    return `${label} ${formatBytes(pick(base))} → ${formatBytes(pick(head))}  ${change}`;
  };
  return [
    `  image    ${plain(imageFileName(head))}: ${measure('apparent', (i) => i.apparentSize)};  ${measure('allocated', (i) => i.allocatedSize)};  ${measure('zstd', (i) => i.compressedSize)}`,
  ];
}

function totals(paint: Paint, report: Report, target: TargetReport): string[] {
  const { base, head } = target;
  const closure = paintDelta(paint, target.closureSizeDelta, sizeChange(base.closureSize, head.closureSize));
  const paths = `${base.pathCount} → ${head.pathCount} paths`;
  const update = updateOf(target);
  const told = toldUnder(report, target);
  // An image of store paths: its closure is what is inside it.
  const label = target.contents ? 'inside  ' : 'closure ';
  const whose = told ? `, the closure of ${plain(told.system.name)} (told there)` : '';
  const both = update ? imageUpdate(update, target.added.length) : null;
  return [
    `  ${label} ${formatBytes(base.closureSize)} → ${formatBytes(head.closureSize)}  ${closure}  (${paths}${whose})`,
    ...imageLine(paint, target),
    // What a device on the base downloads; nothing to say when the head adds no path.
    ...(both !== null ? [`  update   ${both}`] : update && target.added.length > 0 ? [`  update   ${updateSize(update)} to download (${plural(target.added.length, 'new path')})`] : []),
  ];
}

/** A titled, indented list; nothing at all when empty. */
function section(paint: Paint, title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`  ${paint('bold', title)}`, ...lines.map((l) => `    ${l}`)];
}

function targetLines(paint: Paint, report: Report, told: TargetReport, heavyThreshold: number): string[] {
  const broken = brokenRules(told).map(plain);
  const status = told.ok ? mark(paint, true) : `${mark(paint, false)} ${paint('red', broken.join(', '))}`;
  // An image whose system is another target's: the store paths' story is told there once.
  const target = storyOf(report, told);
  return [
    `${paint('bold', plain(told.name))}  ${status}`,
    ...totals(paint, report, told),
    ...section(
      paint,
      'budgets',
      target.budgets.map((b) => `${mark(paint, b.ok)} ${plain(b.name)}: ${budgetActual(b)} (limit ${budgetLimit(b)})`),
    ),
    ...section(
      paint,
      'forbidden',
      target.forbidden.flatMap((f) => [
        `${paint('red', f.new ? 'NEW' : 'already in base')} ${name(f.path)} (matches ${plain(f.pattern)})`,
        `  ${paint('dim', formatChain(target, f.path, plain))}`,
      ]),
    ),
    ...section(
      paint,
      'new packages and what they bring in',
      target.growth.map(
        (g) => `${paintDelta(paint, g.addedSize, formatDelta(g.addedSize))} via ${growthChain(target, g.via, plain)} (${plural(g.addedPaths, 'path')})`,
      ),
    ),
    ...section(
      paint,
      `new heavy paths (at least ${formatBytes(heavyThreshold)})`,
      target.heavy.flatMap((h) => [
        `${name(h.path)} ${formatBytes(h.narSize)}`,
        `  ${paint('dim', formatChain(target, h.path, plain))}`,
      ]),
    ),
    ...section(
      paint,
      'packages in more than one version or variant',
      duplicatesOf(target).flatMap((d) => [
        `${d.new ? paint('red', 'NEW') : 'already in base'} ${duplicateText(d, plain)} ${formatBytes(d.size)}`,
        ...d.paths.map((p) => `  ${paint('dim', `${formatBytes(p.narSize)}: ${growthChain(target, p.path, plain)}`)}`),
      ]),
    ),
    ...section(
      paint,
      'version changes',
      target.packages.map(
        (p) => `${plain(p.name)}: ${versionChange(p, plain)}, ${paintDelta(paint, p.sizeDelta, formatDelta(p.sizeDelta))}`,
      ),
    ),
    ...section(
      paint,
      'allowed',
      target.allowed.map((a) => `${name(a.path)} (forbidden by ${plain(a.forbiddenBy)}, allowed by ${plain(a.allowedBy)}: ${plain(a.reason)})`),
    ),
    ...section(paint, 'notes', target.notes.map((n) => `- ${plain(n)}`)),
  ];
}

export function renderText(report: Report, options: TextOptions): string {
  const paint = painter(options.color);
  const flagged = newDuplicates(report, plain);
  const lines = [
    `${mark(paint, report.ok)} ${paint('bold', headline(report, plain))}`,
    ...growthCauses(report, plain).map((c) => `why: ${c}`),
    ...(flagged === '' ? [] : [`! new duplicate packages: ${flagged}`]),
    paint('dim', [`base: ${plain(report.base.label)}  head: ${plain(report.head.label)}`, sourcesNote(report, plain)].filter((t) => t !== '').join('  ')),
  ];
  for (const target of report.targets) {
    lines.push('', ...targetLines(paint, report, target, settingsOf(report, target).heavyThreshold));
  }
  return `${lines.join('\n')}\n`;
}
