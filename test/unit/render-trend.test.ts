import { describe, expect, it } from 'vitest';
import { renderTrendChart } from '../../src/render/trend.js';
import { makeTarget, MiB } from '../helpers/report-factory.js';

describe('renderTrendChart', () => {
  it('draws the saved default-branch totals with this change as the last point', () => {
    const target = makeTarget({
      trend: [
        { commit: '1111111aaaaaaaa', closureSize: 480 * MiB, imageSize: null },
        { commit: '2222222bbbbbbbb', closureSize: 486 * MiB, imageSize: null },
      ],
    });
    const chart = renderTrendChart(target)!;
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "Closure size (MiB), last 2 default-branch commits and this change"',
      '  x-axis ["1111111", "2222222", "this change"]',
      // The head is makeTarget's 486 MiB + 1229 bytes = 486.0012 MiB, the top of the chart; the
      // axis runs 10% past it, rounded up to a tenth: 486.0012 × 1.1 = 534.6013 → 534.7.
      '  y-axis "MiB" 0 --> 534.7',
      '  line [480.0, 486.0, 486.0]',
      '```',
    ]);
  });
  it('adds the image line when every point has an image', () => {
    const target = makeTarget({
      head: { ...makeTarget().head, image: { file: 'image.raw', apparentSize: 900 * MiB, allocatedSize: 1, compressedSize: 1 } },
      trend: [{ commit: 'abcdef0123', closureSize: 480 * MiB, imageSize: 880 * MiB }],
    });
    expect(renderTrendChart(target)).toContain('  line [880.0, 900.0]');
  });
  it('draws nothing without history, and keeps labels free of Mermaid syntax', () => {
    expect(renderTrendChart(makeTarget())).toBeNull();
    const chart = renderTrendChart(makeTarget({ trend: [{ commit: 'x"]\nclick', closureSize: 1, imageSize: null }] }))!;
    expect(chart.split('\n')).toHaveLength(7);
    expect(chart).toContain('  x-axis ["xcli", "this change"]');
  });
});
