import { describe, expect, it } from 'vitest';
import { formatBytes, formatDelta, formatPercent, parseIncrease, parseSize, percentChange, splitImageMeasure, splitUpdateMeasure } from '../../src/core/size.js';
import { UsageError } from '../../src/core/errors.js';

describe('parseSize', () => {
  it.each([
    ['500MiB', 500 * 1024 ** 2],
    ['1.5 GiB', 1.5 * 1024 ** 3],
    ['4096', 4096],
    ['12 B', 12],
    ['1kib', 1024],
    [' 2 TiB ', 2 * 1024 ** 4],
  ])('reads %s as %d bytes', (text, bytes) => {
    expect(parseSize(text, 'max-closure')).toBe(bytes);
  });

  it.each(['5 MB', '1G', 'lots', '', '-5MiB', '1.2.3MiB', '5 MiBs'])('refuses %j with a message naming the option', (text) => {
    expect(() => parseSize(text, 'max-closure')).toThrow(/^max-closure: '.*' is not a size.*write e\.g\. 500MiB/);
  });
});

describe('parseIncrease', () => {
  it.each([
    ['+20MiB', { unit: 'bytes', value: 20 * 1024 ** 2 }],
    ['20MiB', { unit: 'bytes', value: 20 * 1024 ** 2 }],
    ['2%', { unit: 'percent', value: 2 }],
    ['+0.5 %', { unit: 'percent', value: 0.5 }],
  ])('reads %s', (text, limit) => {
    expect(parseIncrease(text, 'max-closure-increase')).toEqual(limit);
  });

  it('refuses a bad increase with a hint', () => {
    expect(() => parseIncrease('lots', 'max-closure-increase')).toThrow(
      "max-closure-increase: 'lots' is not a size increase; write e.g. +20MiB, 1.5GiB or 2%",
    );
  });

  it.each([
    ['5 MB', 'MB'],
    ['+1G', 'G'],
    [' 2kb', 'kb'],
  ])('refuses the decimal unit of %j, naming it as parseSize does', (text, unit) => {
    expect(() => parseIncrease(text, 'max-closure-increase')).toThrow(
      `max-closure-increase: '${text}' is not a size increase in binary units (${unit} is ambiguous); write e.g. +20MiB, 1.5GiB or 2%`,
    );
  });
});

describe('splitImageMeasure', () => {
  it('defaults to the apparent size', () => {
    expect(splitImageMeasure('4GiB', 'max-image')).toEqual({ measure: 'apparent', rest: '4GiB' });
  });
  it('reads a measure prefix', () => {
    expect(splitImageMeasure('compressed:300MiB', 'max-image')).toEqual({ measure: 'compressed', rest: '300MiB' });
  });
  it('refuses an unknown measure', () => {
    expect(() => splitImageMeasure('gzip:3MiB', 'max-image')).toThrow(/max-image: 'gzip' is not an image measure/);
  });
});

describe('splitUpdateMeasure', () => {
  it.each([
    ['50MiB', { measure: 'nar', rest: '50MiB' }],
    ['nar:50MiB', { measure: 'nar', rest: '50MiB' }],
    ['compressed:20MiB', { measure: 'compressed', rest: '20MiB' }],
    [' compressed : 20MiB', { measure: 'compressed', rest: ' 20MiB' }],
  ])('reads %j', (text, expected) => {
    expect(splitUpdateMeasure(text, 'max-update-size')).toEqual(expected);
  });
  it('refuses an image measure, naming the update ones', () => {
    expect(() => splitUpdateMeasure('allocated:3MiB', 'max-update-size')).toThrow(
      "max-update-size: 'allocated' is not an update measure; write nar:, compressed: or image: before the size, e.g. compressed:50MiB",
    );
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [110 * 1024 ** 2, '110.0 MiB'],
    [-2 * 1024 ** 3, '-2.0 GiB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
  it('signs deltas', () => {
    expect(formatDelta(2048)).toBe('+2.0 KiB');
    expect(formatDelta(-5)).toBe('-5 B');
    expect(formatDelta(0)).toBe('±0 B');
  });
});

// The rows below pin each part of the size grammar and of the printing; every expected value is
// worked out by hand in its comment, not taken from the code.
describe('parseSize, the edges of its grammar', () => {
  it.each([
    ['.5 KiB', 512], // a number may start at the point: 0.5 × 1024
    ['.25 KiB', 256], // …with more than one digit after it: 0.25 × 1024
    ['1.25GiB', 1_342_177_280], // two decimals: 1.25 × 2^30 = 2^30 + 2^28
    ['10MiB', 10_485_760], // two digits: 10 × 2^20
    ['\t7 mib\t', 7_340_032], // tabs around it, the unit in any case: 7 × 2^20
    ['3 KIB', 3072],
    ['1.5', 2], // bytes are whole: 1.5 rounds to 2
    ['0.4 B', 0], // …and 0.4 to 0
    ['9007199254740991', 9_007_199_254_740_991], // 2^53 − 1, the largest exact byte count, is taken
  ])('reads %j as %d bytes', (text, bytes) => {
    expect(parseSize(text, 'max-closure')).toBe(bytes);
  });

  it.each(['x5MiB', '5MiB x', '5 Mi B', '1.MiB', 'MiB', '5 PiB'])('refuses %j: the whole text must be one size', (text) => {
    expect(() => parseSize(text, 'max-image')).toThrow(`max-image: '${text}' is not a size; write e.g. 500MiB, 1.5 GiB or 1048576 (bytes)`);
  });

  it.each([
    ['5 MB', 'MB'],
    ['1G', 'G'],
    ['2kb', 'kb'],
    ['3 T', 'T'],
  ])('refuses the decimal unit of %j, naming it as the user wrote it', (text, unit) => {
    expect(() => parseSize(text, 'heavy-threshold')).toThrow(
      `heavy-threshold: '${text}' is not a size in binary units (${unit} is ambiguous); write e.g. 500MiB, 1.5 GiB or 1048576 (bytes)`,
    );
  });

  it.each([
    ['9007199254740992', '9007199254740992'], // 2^53: one past the exact range
    [' 8192 TiB ', '8192 TiB'], // 2^13 × 2^40 = 2^53
    ['1'.padEnd(400, '0'), '1'.padEnd(400, '0')], // Infinity as a double
  ])('refuses %j as beyond the largest size, quoting it trimmed', (text, shown) => {
    expect(() => parseSize(text, 'max-closure')).toThrow(
      `max-closure: '${shown}' is beyond the largest size nix-size-guard takes (8 PiB); write e.g. 500MiB or 2TiB`,
    );
  });
});

describe('parseIncrease, the edges of its grammar', () => {
  it.each([
    ['12%', { unit: 'percent', value: 12 }], // two digits
    ['2.75 %', { unit: 'percent', value: 2.75 }],
    ['  +3%  ', { unit: 'percent', value: 3 }], // trimmed, then the + dropped
    ['100000%', { unit: 'percent', value: 100_000 }], // the largest percent is taken
    ['+.5KiB', { unit: 'bytes', value: 512 }],
  ])('reads %j', (text, limit) => {
    expect(parseIncrease(text, 'max-closure-increase')).toEqual(limit);
  });

  it('refuses a percent beyond a thousandfold, quoting it trimmed', () => {
    expect(() => parseIncrease(' 100001% ', 'max-image-increase')).toThrow(
      "max-image-increase: '100001%' is beyond the largest increase nix-size-guard takes (100000%); write e.g. 2% or +20MiB",
    );
  });

  it('passes the size refusal through for a byte count beyond 8 PiB', () => {
    expect(() => parseIncrease('+9007199254740992', 'max-closure-increase')).toThrow(
      "max-closure-increase: '9007199254740992' is beyond the largest size nix-size-guard takes (8 PiB); write e.g. 500MiB or 2TiB",
    );
  });

  it.each(['x2%', '2%x', '2 % %', '-2%', '%', '++2%', '5 MiBs', '2+%', '2+MiB'])('refuses %j as no size increase, quoting it as written', (text) => {
    expect(() => parseIncrease(text, 'max-closure-increase')).toThrow(
      `max-closure-increase: '${text}' is not a size increase; write e.g. +20MiB, 1.5GiB or 2%`,
    );
  });
});

describe('measure prefixes, the edges', () => {
  it('names all three image measures when refusing one', () => {
    expect(() => splitImageMeasure('zstd:3MiB', 'max-image')).toThrow(
      "max-image: 'zstd' is not an image measure; write apparent:, allocated: or compressed: before the size, e.g. compressed:300MiB",
    );
  });
  it.each([
    ['  allocated:+5%', { measure: 'allocated', rest: '+5%' }], // spaces before the measure
    ['compressed:', { measure: 'compressed', rest: '' }], // nothing after: parseSize refuses the empty rest
    ['apparent:a:b', { measure: 'apparent', rest: 'a:b' }], // only the first colon splits
    ['Compressed:3MiB', { measure: 'apparent', rest: 'Compressed:3MiB' }], // measures are lower case: no prefix
    ['x compressed:3MiB', { measure: 'apparent', rest: 'x compressed:3MiB' }], // the prefix must come first
  ])('reads %j', (text, expected) => {
    expect(splitImageMeasure(text, 'max-image')).toEqual(expected);
  });
  it('takes no prefix from a value of two lines: the whole value is the size, which parseSize refuses', () => {
    // The measure's rest runs to the end of the value; `3MiB` and a second line `x` is no size.
    expect(splitImageMeasure('compressed:3MiB\nx', 'max-image')).toEqual({ measure: 'apparent', rest: 'compressed:3MiB\nx' });
    expect(() => parseSize('compressed:3MiB\nx', 'max-image')).toThrow("max-image: 'compressed:3MiB\nx' is not a size");
  });
});

describe('formatBytes and formatDelta, each step', () => {
  it.each([
    [1, '1 B'],
    [1024, '1.0 KiB'], // exactly one KiB is a KiB
    [-1023, '-1023 B'],
    [-1024, '-1.0 KiB'],
    [1_048_575, '1024.0 KiB'], // 1 MiB − 1 B: 1023.999 KiB, shown to one decimal
    [1024 ** 2, '1.0 MiB'],
    [1024 ** 3 * 1.25, '1.3 GiB'], // 1.25 to one decimal (toFixed: 1.25 is exact, rounds up)
    [1024 ** 4, '1.0 TiB'],
    [1024 ** 5, '1024.0 TiB'], // no step above TiB
    [3 * 1024 ** 5, '3072.0 TiB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
  it.each([
    [1, '+1 B'],
    [-1, '-1 B'],
    [1536, '+1.5 KiB'],
    [-1536, '-1.5 KiB'],
  ])('formatDelta(%d) → %s', (bytes, text) => {
    expect(formatDelta(bytes)).toBe(text);
  });
});

describe('percentChange and formatPercent', () => {
  it.each([
    [0, 5, null], // no base: no percent (a new target)
    [0, 0, null],
    [200, 300, 50], // (300 − 200) / 200
    [400, 300, -25], // (300 − 400) / 400
    [300, 300, 0],
  ])('percentChange(%d, %d) → %s', (base, head, percent) => {
    expect(percentChange(base, head)).toBe(percent);
  });
  it.each([
    [null, 'new'],
    [0, '±0%'],
    [0.04, '±0%'], // rounds to 0.0: too small to show
    [-0.04, '±0%'],
    [-0.05, '±0%'], // Math.round(-0.5) is -0
    [0.05, '+0.1%'], // Math.round(0.5) is 1 → 0.1
    [12.345, '+12.3%'],
    [-33.3333, '-33.3%'],
    [100, '+100.0%'],
    [-2.5, '-2.5%'],
  ])('formatPercent(%s) → %s', (percent, text) => {
    expect(formatPercent(percent)).toBe(text);
  });
});

// vitest's toThrow('text') also passes when `undefined` is thrown (vitest 5), so the refusals
// are caught here and checked for what they are: a UsageError with the one line.
describe('a refused size is a UsageError', () => {
  const thrown = (f: () => unknown): unknown => {
    try {
      f();
    } catch (error) {
      return error;
    }
    return 'nothing thrown';
  };
  it.each([
    [() => parseSize('lots', 'max-closure'), "max-closure: 'lots' is not a size; write e.g. 500MiB, 1.5 GiB or 1048576 (bytes)"],
    [() => parseSize('5 MB', 'max-closure'), "max-closure: '5 MB' is not a size in binary units (MB is ambiguous); write e.g. 500MiB, 1.5 GiB or 1048576 (bytes)"],
    [() => parseIncrease('lots', 'max-closure-increase'), "max-closure-increase: 'lots' is not a size increase; write e.g. +20MiB, 1.5GiB or 2%"],
    [() => splitImageMeasure('gzip:1MiB', 'max-image'), "max-image: 'gzip' is not an image measure; write apparent:, allocated: or compressed: before the size, e.g. compressed:300MiB"],
  ])('%#', (f, line) => {
    const error = thrown(f);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(line);
  });
});
