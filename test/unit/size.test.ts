import { describe, expect, it } from 'vitest';
import { formatBytes, formatDelta, parseIncrease, parseSize, splitImageMeasure, splitUpdateMeasure } from '../../src/core/size.js';

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
    expect(() => parseIncrease('5 MB', 'max-closure-increase')).toThrow(
      "max-closure-increase: '5 MB' is not a size increase; write e.g. +20MiB, 1.5GiB or 2%",
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
