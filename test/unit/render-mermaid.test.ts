import { describe, expect, it } from 'vitest';
import type { ForbiddenPath, HeavyPath } from '../../src/core/types.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { escapeMermaidLabel, renderChainGraph } from '../../src/render/mermaid.js';
import { MiB, ROOT, type WithChain, applianceReport, applianceTarget, chain, makeReport, makeTarget, mib, storePath } from '../helpers/report-factory.js';

/** The lines between ```mermaid and ```. */
function mermaidLines(markdown: string): string[] {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!match?.[1]) throw new Error(`no mermaid block in:\n${markdown}`);
  return match[1].split('\n');
}

/** `n3` → the label of box n3, entities decoded back to text. */
function labels(markdown: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const line of mermaidLines(markdown)) {
    const node = /^ {2}(n\d+)\["(.*)"\]$/.exec(line);
    if (node?.[1] && node[2] !== undefined) {
      result.set(node[1], node[2].replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))));
    }
  }
  return result;
}

const heavy = (name: string, narSize: number, ...via: string[]): WithChain<HeavyPath> => ({
  path: storePath(name),
  narSize,
  chain: chain(ROOT, ...via, name),
});

const forbidden = (name: string, ...via: string[]): WithChain<ForbiddenPath> => ({
  path: storePath(name),
  pattern: '-perl-',
  new: true,
  chain: chain(ROOT, ...via, name),
});

/**
 * The appliance's graph, worked out from its chains (report-factory.ts): root → system-path →
 * iproute2 → perl and python3, system-path → gcc; boxes numbered as first met, forbidden chains
 * first (perl, gcc: both match a forbid pattern), then heavy ones; sizes on the heavy and
 * forbidden paths the report lists with one.
 */
const APPLIANCE_GRAPH = [
  'graph LR',
  '  n0["nixos-system-appliance-24.05"]',
  '  n1["system-path"]',
  '  n2["iproute2-6.1.0<br/>1.2 MiB"]',
  '  n3["perl-5.38.2<br/>56.2 MiB"]',
  '  n4["gcc-13.2.0"]',
  '  n5["python3-3.11.4<br/>78.5 MiB"]',
  '  n0 --> n1',
  '  n1 --> n2',
  '  n2 --> n3',
  '  n1 --> n4',
  '  n2 --> n5',
  '  classDef forbidden fill:#ffebe9,stroke:#cf222e,color:#82071e,stroke-width:2px',
  '  class n3,n4 forbidden',
  '  classDef heavy fill:#fff8c5,stroke:#9a6700,color:#4d2d00',
  '  class n5 heavy',
];

describe('renderChainGraph', () => {
  it('merges the chains of the appliance into one graph with sizes, forbidden and heavy boxes styled', () => {
    const graph = renderChainGraph(applianceTarget());
    expect(graph?.split('\n\n')[0]).toBe('**Why they are here** (forbidden paths in red, new heavy paths in amber)');
    expect(mermaidLines(graph ?? '')).toEqual(APPLIANCE_GRAPH);
    expect(graph).not.toContain('not drawn');
  });

  it.each([
    ['no heavy and no forbidden path', makeTarget()],
    ['only the root itself is heavy', makeTarget({ heavy: [{ path: storePath(ROOT), narSize: mib(30), chain: chain(ROOT) }] })],
  ])('draws nothing when there is %s', (_, target) => {
    expect(renderChainGraph(target)).toBeNull();
  });

  it('draws each store path once, however many chains pass through it', () => {
    const target = makeTarget({
      heavy: ['a', 'b', 'c'].map((leaf, i) => heavy(`${leaf}-1.0`, mib(30 - i), 'system-path', 'python3-3.11.4-env')),
    });
    const lines = mermaidLines(renderChainGraph(target) ?? '');
    expect(lines.filter((l) => l.includes('["system-path"]'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('-->'))).toEqual(['  n0 --> n1', '  n1 --> n2', '  n2 --> n3', '  n2 --> n4', '  n2 --> n5']);
  });

  it('keeps to the node budget, forbidden chains first, then the heaviest, and counts the rest', () => {
    const many = Array.from({ length: 60 }, (_, i) => heavy(`lib${i}-1.0`, mib(20 + i), 'system-path'));
    const target = makeTarget({ heavy: many, forbidden: [forbidden('perl-5.38.2', 'system-path', 'xdg-utils-1.1.3')] });
    const graph = renderChainGraph(target) ?? '';
    const drawn = [...labels(graph).values()];
    // The default budget, stated here as the design's number (a graph a ~900 px comment can show),
    // not read from the code: 30 boxes, 4 of them the forbidden chain.
    expect(drawn).toHaveLength(30);
    expect(drawn.slice(0, 4)).toEqual(['nixos-system-appliance-24.05', 'system-path', 'xdg-utils-1.1.3', 'perl-5.38.2']);
    // The 26 heaviest of the 60 fill the rest: lib59 down to lib34.
    expect(drawn.slice(4).map((l) => l.split('<br/>')[0])).toEqual(Array.from({ length: 26 }, (_, i) => `lib${59 - i}-1.0`));
    expect(graph.endsWith('_… and 34 more paths not drawn; the tables above list them all._')).toBe(true);
  });

  it('takes a smaller budget as an option and says "1 more path"', () => {
    const target = makeTarget({ heavy: [heavy('a-1', mib(40), 'x'), heavy('b-1', mib(30), 'y')] });
    const graph = renderChainGraph(target, { maxNodes: 3 }) ?? '';
    expect(labels(graph).size).toBe(3);
    expect(graph).toContain('_… and 1 more path not drawn;');
  });

  it('folds the middle of a chain longer than the limit into one box', () => {
    const links = Array.from({ length: 18 }, (_, i) => `link${i}`);
    const target = makeTarget({ heavy: [heavy('deep-1.0', mib(25), ...links)] });
    const drawn = [...labels(renderChainGraph(target) ?? '').values()].map((l) => l.split('<br/>')[0]);
    expect(drawn).toEqual(['nixos-system-appliance-24.05', '⋯ 13 paths', 'link13', 'link14', 'link15', 'link16', 'link17', 'deep-1.0']);
  });

  it('is the same text whatever order the report lists the paths in', () => {
    const target = applianceTarget();
    const shuffled = { ...target, heavy: [...target.heavy].reverse(), forbidden: [...target.forbidden].reverse() };
    expect(mermaidLines(renderChainGraph(shuffled) ?? '')).toEqual(APPLIANCE_GRAPH);
  });

  it('stays small for a report with a thousand heavy paths', () => {
    const many = Array.from({ length: 1000 }, (_, i) => heavy(`python3.11-package${i}-2.0`, 20 * MiB + i, 'system-path', `env${i % 7}`));
    expect(renderChainGraph(makeTarget({ heavy: many }))?.length).toBeLessThan(4000);
  });
});

describe('renderChainGraph: hostile store names', () => {
  const hostile = [
    'x"];click n0 "javascript:alert(1)"',
    'y"]\nclick n1 call alert()\nstyle n0 fill:#f00',
    'z"] --> n0\nclassDef evil fill:red;class n0 evil',
    '```\n<img src=x onerror=alert(1)>',
    '%%{init: {"securityLevel": "loose"}}%%',
    '#quot;#lt;script#gt;',
    'a`b`[c]{d}(e)|f|;g<h>&i',
  ];
  const target = makeTarget({
    heavy: hostile.map((name, i) => ({ path: storePath(name), narSize: mib(30 - i), chain: [storePath(ROOT), storePath(name)] })),
  });
  const graph = renderChainGraph(target) ?? '';
  const lines = mermaidLines(graph);

  it('writes only statements of its own: boxes, edges and its two classes', () => {
    const statement = [
      /^graph LR$/,
      /^ {2}n\d+\["(?:[A-Za-z0-9 ._+=?-]|#\d+;|<br\/>|…)*"\]$/,
      /^ {2}n\d+ --> n\d+$/,
      /^ {2}classDef (?:forbidden|heavy) [a-z:#0-9,-]+$/,
      /^ {2}class n\d+(?:,n\d+)* (?:forbidden|heavy)$/,
    ];
    for (const line of lines) expect(statement.some((s) => s.test(line)), line).toBe(true);
    expect(lines).toHaveLength(1 + (hostile.length + 1) + hostile.length + 2);
  });

  it('keeps every name readable as text', () => {
    const drawn = [...labels(graph).values()].map((l) => l.split('<br/>')[0]);
    // Line breaks become spaces; long names are cut with an ellipsis.
    const expected = hostile.map((name) => {
      const oneLine = name.replace(/\n/g, ' ');
      return oneLine.length > 48 ? `${oneLine.slice(0, 47)}…` : oneLine;
    });
    expect(drawn.slice(1).sort()).toEqual(expected.sort());
  });

  it('cannot close the code fence', () => {
    expect(graph.match(/```/g)).toHaveLength(2);
  });

  it.each([
    ['"', '#34;'],
    ['#', '#35;'],
    [';', '#59;'],
    ['<', '#60;'],
    ['`', '#96;'],
    ['\u202e', ''],
    ['python3-3.11.4', 'python3-3.11.4'],
  ])('escapes %j as %j', (text, label) => {
    expect(escapeMermaidLabel(text)).toBe(label);
  });
});

describe('renderMarkdown: the graph', () => {
  it('comes after the new heavy paths and before the package changes', () => {
    const markdown = renderMarkdown(applianceReport());
    const heavyAt = markdown.indexOf('**New heavy paths**');
    const graphAt = markdown.indexOf('```mermaid');
    expect(heavyAt).toBeGreaterThan(0);
    expect(graphAt).toBeGreaterThan(heavyAt);
    expect(markdown.indexOf('**Package changes')).toBeGreaterThan(graphAt);
  });

  it('goes before any open table when the comment is too long', () => {
    const { heavy, forbidden, parents } = applianceTarget();
    const target = makeTarget({ ok: false, heavy, forbidden, parents });
    const full = renderMarkdown(makeReport([target]));
    expect(full).toContain('```mermaid');
    const markdown = renderMarkdown(makeReport([target]), { maxLength: full.length - 1 });
    expect(markdown).not.toContain('```mermaid');
    expect(markdown).toContain('**New heavy paths**');
    expect(markdown).toContain('**Forbidden paths**');
  });
});
