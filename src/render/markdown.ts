// The PR comment: headline and summary table first, then per target sections, long ones
// folded. Pure: a Report in, a Markdown string out, never longer than GitHub accepts.

import { markdownTable } from 'markdown-table';
import { settingsOf, waivedBudgets } from '../core/waiver.js';
import { formatBytes as bytesText, formatDelta as deltaText } from '../core/size.js';
import { storePathName } from '../core/store-path.js';
import type { ImageInfo, PathSize, Report, TargetReport } from '../core/types.js';
import { imageFileName } from '../core/image.js';
import { escapeMarkdown as md } from './escape.js';
import { renderChainGraph } from './mermaid.js';
import { renderTrendChart } from './trend.js';
import {
  brokenRules,
  budgetActual,
  duplicatesOf,
  budgetLimit,
  formatChain,
  growthCauses,
  growthChain,
  headline,
  imageWithoutBase,
  imageUpdate,
  newDuplicates,
  plural,
  storyOf,
  toldUnder,
  sourcesNote,
  sizeChange,
  updateOf,
  versionChange,
} from './summary.js';

/**
 * GitHub refuses issue and PR comment bodies longer than 65,536 characters. Lengths here are
 * JavaScript string lengths (UTF-16 code units), never fewer than the characters GitHub counts.
 */
export const GITHUB_COMMENT_LIMIT = 65_536;

/**
 * GitHub caps a step's job summary at 1 MiB of file ("Job summary … exceeds the 1024k limit"):
 * bytes, so it is counted in UTF-8 (unit 'utf8').
 */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

/** Sections with more rows than this show the first ones and fold the rest. */
const OPEN_ROWS = 10;

export interface MarkdownOptions {
  /** A hidden HTML comment that identifies the sticky comment; written verbatim as the first line. */
  marker?: string;
  /** Default: GitHub's comment limit. */
  maxLength?: number;
  /**
   * What maxLength counts: UTF-16 code units (a comment body, the default) or UTF-8 bytes (the
   * job summary, which GitHub caps at 1 MiB of file).
   */
  unit?: LengthUnit;
  /** Where the reader finds what a truncated comment leaves out: "the job summary and the JSON report artifact". */
  fullReportHint?: string;
}

/**
 * What goes first when the comment is too long: the full path lists, then the package list,
 * then the folded rest of long sections, then (from the end) everything else. `keep` stays.
 */
type DropOrder = 'pathList' | 'packages' | 'more' | 'open' | 'keep';
const DROP_FIRST: DropOrder[] = ['pathList', 'packages', 'more'];

interface Block {
  text: string;
  drop: DropOrder;
  /** The index of the target a section belongs to; its heading goes when nothing else of it is left. */
  target?: number;
  heading?: boolean;
}

export type LengthUnit = 'utf16' | 'utf8';

/** How many UTF-8 bytes `text` is (a lone surrogate is written as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const measureOf = (unit: LengthUnit): ((text: string) => number) => (unit === 'utf8' ? utf8Length : (text) => text.length);

/** The longest start of `text` that is at most `max` long in `unit`, never half a surrogate pair. */
export function cutPrefix(text: string, max: number, unit: LengthUnit): string {
  let length = 0;
  let end = 0;
  while (end < text.length) {
    const unitAt = text.charCodeAt(end);
    const pair = unitAt >= 0xd800 && unitAt < 0xdc00 && end + 1 < text.length && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
    const units = pair ? 2 : 1;
    const size = unit === 'utf16' ? units : pair ? 4 : unitAt < 0x80 ? 1 : unitAt < 0x800 ? 2 : 3;
    if (length + size > max) break;
    length += size;
    end += units;
  }
  return text.slice(0, end);
}

/** A block before it knows its target. */
type Section = Omit<Block, 'target'>;

const table = (rows: string[][], align?: string[]): string =>
  // Unaligned delimiters: padding every cell to the widest would spend the length budget on spaces.
  markdownTable(rows, { alignDelimiters: false, align: align ?? null });

function details(summary: string, body: string): string {
  // The blank lines let GitHub render the Markdown inside the HTML block.
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

const name = (path: string): string => md(storePathName(path));

// Numbers are report data too: a report from an artifact passed the schema, but whatever a
// renderer prints from it goes through the escape, so a string where a number should be stays text.
const formatBytes = (bytes: number): string => md(bytesText(bytes));
const formatDelta = (bytes: number): string => md(deltaText(bytes));
const count = (n: number): string => md(String(n));

/** `+35`, `-3`, `±0`: a change in the number of paths. */
const signedCount = (n: number): string => md(n > 0 ? `+${n}` : n === 0 ? '±0' : String(n));

// ---- summary ----

function imageCell(target: TargetReport): string {
  const { image: base } = target.base;
  const { image: head } = target.head;
  if (!head) return '—';
  const measure = (pick: (image: ImageInfo) => number): string =>
    base ? `${formatBytes(pick(head))} (${formatDelta(pick(head) - pick(base))})` : `${formatBytes(pick(head))} (${imageWithoutBase(target)})`;
  return `${measure((i) => i.apparentSize)} / ${measure((i) => i.compressedSize)}`;
}

/**
 * What a device on the base downloads: `4.6 MiB / 1.9 MiB`; `—` for a zstd size not measured;
 * for an image, also the whole image an A/B update downloads: `· A/B 6.9 MiB`.
 */
function updateCell(target: TargetReport): string {
  const update = updateOf(target);
  if (!update) return '—';
  const store = `${formatBytes(update.narSize)} / ${update.compressedSize === null ? '—' : formatBytes(update.compressedSize)}`;
  return update.image ? `${store} · A/B ${formatBytes(update.image.compressedSize)}` : store;
}

function statusCell(target: TargetReport): string {
  if (target.ok) return '✅';
  const broken = brokenRules(target).map(md);
  return broken.length === 0 ? '❌' : `❌ ${broken.join(', ')}`;
}

function summaryTable(report: Report): string {
  const header = ['Target', 'Base closure', 'Head closure', 'Change', 'Paths', 'Image (apparent / compressed)', 'Update (NAR / zstd)', 'Status'];
  const rows = report.targets.map((t) => [
    md(t.name),
    formatBytes(t.base.closureSize),
    formatBytes(t.head.closureSize),
    md(sizeChange(t.base.closureSize, t.head.closureSize)),
    `${count(t.head.pathCount)} (${signedCount(t.pathCountDelta)})`,
    imageCell(t),
    updateCell(t),
    statusCell(t),
  ]);
  return table([header, ...rows], ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l']);
}

// ---- per target sections ----

/** The first rows open, the rest folded as a separate block so it can be dropped on its own. */
function openThenFolded(
  title: string,
  header: string[],
  rows: string[][],
  moreLabel: string,
  align?: string[],
): Section[] {
  const blocks: Section[] = [
    { text: `${title}\n\n${table([header, ...rows.slice(0, OPEN_ROWS)], align)}`, drop: 'open' },
  ];
  const rest = rows.slice(OPEN_ROWS);
  if (rest.length > 0) {
    blocks.push({ text: details(`${rest.length} more ${moreLabel}`, table([header, ...rest], align)), drop: 'more' });
  }
  return blocks;
}

/**
 * The image file, base and head, by each measure; for an image of store paths, what is inside
 * it (or whose story it is) and what each kind of update downloads.
 */
function imageSection(report: Report, target: TargetReport): Section[] {
  const head = target.head.image;
  if (!head) return [];
  const base = target.base.image;
  const row = (label: string, pick: (image: ImageInfo) => number): string[] => [
    label,
    base ? formatBytes(pick(base)) : '—',
    formatBytes(pick(head)),
    base ? md(sizeChange(pick(base), pick(head))) : imageWithoutBase(target),
  ];
  const rows = [
    row('apparent (`ls -l`: what must fit the flash)', (i) => i.apparentSize),
    row('allocated (`du`: sparse holes take nothing)', (i) => i.allocatedSize),
    row('zstd -3 (what a download costs)', (i) => i.compressedSize),
  ];
  const lines = [`**Image** ${md(imageFileName(head))}

${table([['Measure', 'Base', 'Head', 'Change'], ...rows], ['l', 'r', 'r', 'r'])}`];
  const contents = target.contents;
  if (contents) {
    const inside = `${count(target.head.pathCount)} store paths, ${formatBytes(target.head.closureSize)}`;
    const told = toldUnder(report, target);
    if (told) {
      const extra = contents.extra.reduce((sum, p) => sum + p.narSize, 0);
      const beyond = contents.extra.length === 0 ? '' : `, and ${plural(contents.extra.length, 'path')} (${formatBytes(extra)}) only the image has: ${contents.extra.slice(0, 5).map((p) => name(p.path)).join(', ')}${contents.extra.length > 5 ? ', …' : ''}`;
      const where = ` (${name(target.head.root)} → ${name(told.system.head.root)})`;
      lines.push(`Inside: ${inside}: the closure of ${md(told.system.name)}${where}, whose chains, growth and forbidden paths are told there${beyond}.`);
    } else lines.push(`Inside: ${inside}; the chains below run through the system the image holds.`);
  }
  const update = updateOf(target);
  const both = update ? imageUpdate(update, target.added.length) : null;
  if (both) lines.push(`Update: ${md(both)}.`);
  return [{ text: lines.join('\n\n'), drop: 'open' }];
}

function budgetSection(target: TargetReport): Section[] {
  if (target.budgets.length === 0) return [];
  const rows = target.budgets.map((b) => [md(b.name), md(budgetLimit(b)), md(budgetActual(b)), b.ok ? '✅' : '❌']);
  return openThenFolded('**Budgets**', ['Budget', 'Limit', 'Actual', 'OK'], rows, 'budgets', ['l', 'r', 'r', 'c']);
}

function forbiddenSection(target: TargetReport): Section[] {
  if (target.forbidden.length === 0) return [];
  const rows = target.forbidden.map((f) => [
    name(f.path),
    md(f.pattern),
    f.new ? '🆕 new' : 'already in base',
    formatChain(target, f.path, md),
  ]);
  return openThenFolded(
    `**Forbidden paths** (${target.forbidden.length})`,
    ['Path', 'Pattern', 'Since', 'Why it is here'],
    rows,
    'forbidden paths',
  );
}

function growthSection(target: TargetReport): Section[] {
  if (target.growth.length === 0) return [];
  const rows = target.growth.map((g) => [
    formatDelta(g.addedSize),
    growthChain(target, g.via, md),
    count(g.addedPaths),
  ]);
  return openThenFolded('**New packages and what they bring in**', ['Added', 'Via', 'Paths'], rows, 'changes', ['r', 'l', 'r']);
}

function heavySection(target: TargetReport, heavyThreshold: number): Section[] {
  if (target.heavy.length === 0) return [];
  const rows = target.heavy.map((h) => [name(h.path), formatBytes(h.narSize), formatChain(target, h.path, md)]);
  return openThenFolded(
    `**New heavy paths** (at least ${formatBytes(heavyThreshold)})`,
    ['Path', 'NAR size', 'Why it is here'],
    rows,
    'heavy paths',
    ['l', 'r', 'l'],
  );
}

/** The chains of the two tables above as one picture; it says nothing new, so it goes with the folded rows. */
function graphSection(target: TargetReport): Section[] {
  const graph = renderChainGraph(target);
  return graph === null ? [] : [{ text: graph, drop: 'more' }];
}

/** Folded: the last default-branch totals and this change, as a chart. */
function trendSection(target: TargetReport): Section[] {
  const chart = renderTrendChart(target);
  return chart === null ? [] : [{ text: details(`Trend (${(target.trend ?? []).length} earlier commits)`, chart), drop: 'more' }];
}

/** Folded: a duplicate is worth a look, rarely worth the first screen; new ones are flagged at the top. */
function duplicateSection(target: TargetReport): Section[] {
  const duplicates = duplicatesOf(target);
  if (duplicates.length === 0) return [];
  const rows = duplicates.map((d) => [
    md(d.name),
    d.new ? '🆕 new' : 'already in base',
    formatBytes(d.size),
    d.paths.map((p) => `${formatBytes(p.narSize)}: ${growthChain(target, p.path, md)}`).join('<br>'),
  ]);
  const newCount = duplicates.filter((d) => d.new).length;
  const total = duplicates.reduce((sum, d) => sum + d.size, 0);
  const title = `Packages in more than one version or variant (${duplicates.length}${newCount > 0 ? `, ${newCount} new` : ''}): ${formatBytes(total)}`;
  const body = table([['Package', 'Since', 'Together', 'Each path and why it is here'], ...rows], ['l', 'l', 'r', 'l']);
  return [{ text: details(title, body), drop: 'packages' }];
}

function packageSection(target: TargetReport): Section[] {
  if (target.packages.length === 0) return [];
  const rows = target.packages.map((p) => [md(p.name), versionChange(p, md), formatDelta(p.sizeDelta)]);
  const body = table([['Package', 'Versions', 'Size'], ...rows], ['l', 'l', 'r']);
  const title = `Package changes (${target.packages.length})`;
  const text = rows.length > OPEN_ROWS ? details(title, body) : `**${title}**\n\n${body}`;
  return [{ text, drop: 'packages' }];
}

function pathListSection(title: string, paths: PathSize[]): Section[] {
  if (paths.length === 0) return [];
  const rows = paths.map((p) => [name(p.path), formatBytes(p.narSize)]);
  const body = table([['Path', 'NAR size'], ...rows], ['l', 'r']);
  return [{ text: details(`${title} (${paths.length})`, body), drop: 'pathList' }];
}

function allowedSection(target: TargetReport): Section[] {
  if (target.allowed.length === 0) return [];
  const rows = target.allowed.map((a) => [name(a.path), md(a.forbiddenBy), md(a.allowedBy), md(a.reason)]);
  return openThenFolded(
    `**Allowed paths** (${target.allowed.length})`,
    ['Path', 'Forbidden by', 'Allowed by', 'Reason'],
    rows,
    'allowed paths',
  );
}

function notesSection(target: TargetReport): Section[] {
  if (target.notes.length === 0) return [];
  return [{ text: `**Notes**\n\n${target.notes.map((n) => `- ${md(n)}`).join('\n')}`, drop: 'open' }];
}

function targetBlocks(target: TargetReport, index: number, report: Report): Block[] {
  // An image whose system is another target's: the store paths' story is told there once.
  const story = storyOf(report, target);
  const sections = [
    ...budgetSection(target),
    ...imageSection(report, target),
    ...forbiddenSection(story),
    ...growthSection(story),
    ...heavySection(story, settingsOf(report, target).heavyThreshold),
    ...graphSection(story),
    ...trendSection(target),
    ...duplicateSection(story),
    ...packageSection(story),
    ...pathListSection(story === target ? 'Added paths' : 'Added paths only the image has', story.added),
    ...pathListSection('Removed paths', story.removed),
    ...allowedSection(story),
    ...notesSection(target),
  ];
  if (sections.length === 0) return [];
  const heading: Section = { text: `#### ${target.ok ? '✅' : '❌'} ${md(target.name)}`, drop: 'open', heading: true };
  return [heading, ...sections].map((b) => ({ ...b, target: index }));
}

// ---- assembly and the length limit ----

function assemble(blocks: Block[]): string {
  const withContent = new Set(blocks.filter((b) => !b.heading && b.target !== undefined).map((b) => b.target));
  return blocks
    .filter((b) => !b.heading || withContent.has(b.target))
    .map((b) => b.text)
    .join('\n\n');
}

function truncationNote(maxLength: number, unit: LengthUnit, hint: string): string {
  return `_This report was truncated to ${maxLength.toLocaleString('en-US')} ${unit === 'utf8' ? 'bytes' : 'characters'}; the full report is in ${hint}._`;
}

/** Drops blocks in DropOrder until the comment fits; null when only `keep` blocks are left and it still does not. */
function dropUntilFits(blocks: Block[], fits: (kept: Block[]) => boolean, measure: (text: string) => number): Block[] | null {
  let kept = blocks;
  for (const order of DROP_FIRST) {
    const biggestFirst = kept
      .filter((b) => b.drop === order)
      .map((b) => ({ b, size: measure(b.text) }))
      .sort((x, y) => y.size - x.size)
      .map(({ b }) => b);
    for (const block of biggestFirst) {
      kept = kept.filter((b) => b !== block);
      if (fits(kept)) return kept;
    }
  }
  while (kept.some((b) => b.drop === 'open')) {
    const last = kept.findLastIndex((b) => b.drop === 'open');
    kept = kept.filter((_, i) => i !== last);
    if (fits(kept)) return kept;
  }
  return null;
}

/**
 * The last resort: the kept text cut at a line boundary (the summary table loses its last
 * rows), keeping at least the first `headLines` (marker and headline).
 */
function cutToLength(text: string, headLines: number, tail: string, maxLength: number, unit: LengthUnit): string {
  const measure = measureOf(unit);
  const lines = text.split('\n');
  const room = maxLength - measure(tail) - 2;
  let count = 0;
  let length = -1; // no newline before the first line
  for (const line of lines) {
    const size = measure(line);
    if (length + 1 + size > room) break;
    length += 1 + size;
    count++;
  }
  // Not even the headline fits beside the note: the headline is worth more than the note.
  if (count < headLines) return cutPrefix(text, maxLength, unit);
  return `${lines.slice(0, count).join('\n')}\n\n${tail}`;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const unit = options.unit ?? 'utf16';
  const measure = measureOf(unit);
  const hint = options.fullReportHint ?? 'the JSON report';
  const top: Block[] = [
    { text: `### ${!report.ok ? '❌' : waivedBudgets(report) > 0 ? '⚠️' : '✅'} ${headline(report, md)}`, drop: 'keep' },
    { text: summaryTable(report), drop: 'keep' },
    { text: [`Base: ${md(report.base.label)} · head: ${md(report.head.label)}`, sourcesNote(report, md)].filter((t) => t !== '').join(' · '), drop: 'keep' },
  ];
  // Duplicates this change brings in are easy to miss further down: flagged under the headline.
  const flagged = newDuplicates(report, md);
  if (flagged !== '') top.splice(1, 0, { text: `⚠️ **New duplicate packages**: ${flagged}`, drop: 'keep' });
  // The NixOS option behind the biggest growth leads, right under the headline.
  const causes = growthCauses(report, md);
  if (causes.length > 0) top.splice(1, 0, { text: causes.map((c) => `🔎 ${c}`).join('<br>\n'), drop: 'keep' });
  // The marker line is the comment's identity, so it is kept apart from the Markdown blocks:
  // one newline, then the headline on line 2.
  const prefix = options.marker === undefined ? '' : `${options.marker}\n`;
  const footer = `<sub>${md(report.tool.name)} ${md(report.tool.version)}</sub>`;
  const body = [...top, ...report.targets.flatMap((t, i) => targetBlocks(t, i, report))];

  const full = `${prefix}${assemble(body)}\n\n${footer}`;
  if (measure(full) <= maxLength) return full;

  const tail = `${truncationNote(maxLength, unit, hint)}\n\n${footer}`;
  const truncated = (kept: Block[]): string => `${prefix}${assemble(kept)}\n\n${tail}`;
  const kept = dropUntilFits(body, (k) => measure(truncated(k)) <= maxLength, measure);
  if (kept) return truncated(kept);
  return cutToLength(`${prefix}${assemble(top)}`, prefix.split('\n').length, tail, maxLength, unit);
}
