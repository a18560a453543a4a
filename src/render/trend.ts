// The trend: the default branch's last totals and this change as the last point, as a Mermaid
// xychart (GitHub renders ```mermaid blocks). Pure: a TargetReport in, Markdown out.

import type { TargetReport } from '../core/types.js';

const MiB = 1024 * 1024;

/** `"a1b2c3d"`: commit labels are hex we wrote, but quoted and filtered all the same. */
const label = (text: string): string => `"${text.replace(/[^A-Za-z0-9 ._-]/g, '')}"`;

const mib = (bytes: number): string => (bytes / MiB).toFixed(1);

/**
 * A line chart of the closure size (MiB) over the saved default-branch commits, this change last;
 * the image size as a second line when the target has an image. Null without history.
 */
export function renderTrendChart(target: TargetReport): string | null {
  const history = target.trend ?? [];
  if (history.length === 0) return null;
  const points = [
    ...history.map((p) => ({ label: p.commit.slice(0, 7), closure: p.closureSize, image: p.imageSize })),
    { label: 'this change', closure: target.head.closureSize, image: target.head.image?.apparentSize ?? null },
  ];
  const withImage = points.every((p) => p.image !== null);
  const values = points.flatMap((p) => [p.closure, ...(withImage && p.image !== null ? [p.image] : [])]);
  const top = Math.max(...values) / MiB;
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${withImage ? 'Closure and image' : 'Closure'} size (MiB), last ${history.length} default-branch commit${history.length === 1 ? '' : 's'} and this change"`,
    `  x-axis [${points.map((p) => label(p.label)).join(', ')}]`,
    `  y-axis "MiB" 0 --> ${Math.ceil(top * 1.1 * 10) / 10 || 1}`,
    `  line [${points.map((p) => mib(p.closure)).join(', ')}]`,
  ];
  if (withImage) lines.push(`  line [${points.map((p) => mib(p.image as number)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}
