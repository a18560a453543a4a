// Size strings in and out: the one home for parsing `500MiB`, `+20MiB`, `2%` and for printing bytes.

import { UsageError } from './errors.js';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

// Decimal units are refused rather than guessed at: "5 MB" means 5 000 000 bytes to some
// readers and 5 MiB to others, and Nix itself prints binary units.
const DECIMAL_UNITS = new Set(['k', 'kb', 'm', 'mb', 'g', 'gb', 't', 'tb']);

const SIZE_RE = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)\s*$/;

function sizeHint(option: string, text: string, extra = ''): UsageError {
  return new UsageError(
    `${option}: '${text}' is not a size${extra}; write e.g. 500MiB, 1.5 GiB or 1048576 (bytes)`,
  );
}

/** Parses an absolute size: `500MiB`, `1.5 GiB`, `4096`, `12 B`. */
export function parseSize(text: string, option: string): number {
  const match = SIZE_RE.exec(text);
  if (!match) throw sizeHint(option, text);
  const [, number = '', unitText = ''] = match;
  const unit = unitText.toLowerCase();
  if (DECIMAL_UNITS.has(unit)) {
    throw sizeHint(option, text, ` in binary units (${unitText} is ambiguous)`);
  }
  const factor = UNITS[unit];
  if (factor === undefined) throw sizeHint(option, text);
  const bytes = Math.round(Number(number) * factor);
  // Beyond 2^53 bytes (8 PiB) a double no longer counts bytes exactly, and 400 digits are Infinity:
  // no closure or image is that big, so such a limit is a typo.
  if (!(bytes <= MAX_BYTES)) throw new UsageError(`${option}: '${text.trim()}' is beyond the largest size nix-size-guard takes (${MAX_SIZE_TEXT}); write e.g. 500MiB or 2TiB`);
  return bytes;
}

/** The largest size a limit may be: every byte count up to it is exact in a JavaScript number. */
export const MAX_BYTES = Number.MAX_SAFE_INTEGER;
const MAX_SIZE_TEXT = '8 PiB';

/** The largest percent limit: more than a thousandfold growth is no budget. */
export const MAX_PERCENT = 100_000;

/** An increase limit: bytes (`+20MiB`, `20MiB`) or percent of the base (`2%`). */
export type IncreaseLimit = { unit: 'bytes'; value: number } | { unit: 'percent'; value: number };

export function parseIncrease(text: string, option: string): IncreaseLimit {
  const trimmed = text.trim().replace(/^\+/, '');
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent) {
    const value = Number(percent[1]);
    if (!(value <= MAX_PERCENT)) throw new UsageError(`${option}: '${text.trim()}' is beyond the largest increase nix-size-guard takes (${MAX_PERCENT}%); write e.g. 2% or +20MiB`);
    return { unit: 'percent', value };
  }
  try {
    return { unit: 'bytes', value: parseSize(trimmed, option) };
  } catch (error) {
    if (error instanceof UsageError && error.message.includes('beyond the largest')) throw error;
    // `5 MB` is refused for its unit, as parseSize says: name the unit here too, or the user
    // cannot see what is wrong with it.
    const unitText = SIZE_RE.exec(trimmed)?.[2] ?? '';
    const why = DECIMAL_UNITS.has(unitText.toLowerCase()) ? ` in binary units (${unitText} is ambiguous)` : '';
    throw new UsageError(
      `${option}: '${text}' is not a size increase${why}; write e.g. +20MiB, 1.5GiB or 2%`,
    );
  }
}

/** `a:`, `a: or b:`, `a:, b: or c:`. */
function prefixList(measures: readonly string[]): string {
  const prefixes = measures.map((m) => `${m}:`);
  return prefixes.length === 1 ? (prefixes[0] ?? '') : `${prefixes.slice(0, -1).join(', ')} or ${prefixes.at(-1) ?? ''}`;
}

/** `compressed:300MiB` → the measure and the rest; no prefix → the default measure. */
function splitMeasure<M extends string>(
  text: string,
  option: string,
  measures: readonly M[],
  what: string,
  example: string,
): { measure: M; rest: string } {
  const match = /^\s*([a-z]+)\s*:(.*)$/.exec(text);
  if (!match) return { measure: measures[0] as M, rest: text };
  const measure = match[1] as M;
  if (!measures.includes(measure)) {
    throw new UsageError(
      `${option}: '${match[1]}' is not ${what} measure; write ${prefixList(measures)} before the size, e.g. ${example}`,
    );
  }
  return { measure, rest: match[2] ?? '' };
}

/** Which number of an image a budget is about; the first is the default. */
export type ImageMeasure = 'apparent' | 'allocated' | 'compressed';
export const IMAGE_MEASURES: readonly ImageMeasure[] = ['apparent', 'allocated', 'compressed'];

/**
 * Image budgets may name their measure: `compressed:300MiB`, `allocated:+5%`.
 * Without one they apply to the apparent size (what has to fit the flash).
 */
export function splitImageMeasure(text: string, option: string): { measure: ImageMeasure; rest: string } {
  return splitMeasure(text, option, IMAGE_MEASURES, 'an image', 'compressed:300MiB');
}

/**
 * Which number of an update a budget is about: the new paths' NARs (the default), their zstd
 * size, or, for an image target, the whole image compressed (what an A/B update downloads).
 */
export type UpdateMeasure = 'nar' | 'compressed' | 'image';
export const UPDATE_MEASURES: readonly UpdateMeasure[] = ['nar', 'compressed', 'image'];

/** Update budgets may name their measure, as image budgets do: `compressed:50MiB`; else the NAR size. */
export function splitUpdateMeasure(text: string, option: string): { measure: UpdateMeasure; rest: string } {
  return splitMeasure(text, option, UPDATE_MEASURES, 'an update', 'compressed:50MiB');
}

const BINARY_STEPS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** `1536` → `1.5 KiB`; one decimal, like `nix path-info -h`. */
export function formatBytes(bytes: number): string {
  const negative = bytes < 0;
  let value = Math.abs(bytes);
  let step = 0;
  while (value >= 1024 && step < BINARY_STEPS.length - 1) {
    value /= 1024;
    step++;
  }
  const text = step === 0 ? `${value} B` : `${value.toFixed(1)} ${BINARY_STEPS[step]}`;
  return negative ? `-${text}` : text;
}

/** A signed delta: `+1.5 MiB`, `-200 B`, `±0 B`. */
export function formatDelta(bytes: number): string {
  if (bytes === 0) return '±0 B';
  return bytes > 0 ? `+${formatBytes(bytes)}` : formatBytes(bytes);
}

/** Percent change from base to head; null when the base is empty. */
export function percentChange(base: number, head: number): number | null {
  if (base === 0) return null;
  return ((head - base) / base) * 100;
}

export function formatPercent(percent: number | null): string {
  if (percent === null) return 'new';
  // One decimal; a change too small to show reads ±0%, not +0.0%.
  const rounded = Math.round(percent * 10) / 10;
  if (rounded === 0) return '±0%';
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}%`;
}
