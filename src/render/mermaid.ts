// A picture of why the new heavy paths and the forbidden ones are in the closure: their chains
// merged into one small Mermaid graph (GitHub draws ```mermaid blocks in comments). Pure: a
// target in, a Markdown block out.

import { type ChainReader, chainsOf } from '../core/chains.js';
import { formatBytes } from '../core/size.js';
import { storePathName } from '../core/store-path.js';
import type { TargetReport } from '../core/types.js';
import { plural } from './summary.js';
import { escapeTerminal } from './escape.js';

/** More boxes than this stop reading as a picture in a PR comment about 900 pixels wide. */
export const GRAPH_MAX_NODES = 30;

/** A longer chain keeps its root and its last boxes; the middle becomes one `⋯ N paths` box. */
export const GRAPH_MAX_CHAIN = 8;

/** Store names run to 211 characters; a box this wide is already wider than most. */
const MAX_LABEL = 48;

export interface ChainGraphOptions {
  /** Default: GRAPH_MAX_NODES. */
  maxNodes?: number;
  /** Default: GRAPH_MAX_CHAIN. */
  maxChain?: number;
}

type NodeClass = 'forbidden' | 'heavy';

const LEGEND: Record<NodeClass, string> = { forbidden: 'forbidden paths in red', heavy: 'new heavy paths in amber' };

// Primer's light danger and attention colours with dark text, so a box reads the same in
// GitHub's light and dark themes.
const CLASS_DEFS: Record<NodeClass, string> = {
  forbidden: 'fill:#ffebe9,stroke:#cf222e,color:#82071e,stroke-width:2px',
  heavy: 'fill:#fff8c5,stroke:#9a6700,color:#4d2d00',
};

/** A path the graph exists to explain (its chain is in the target's table of parents). */
interface Subject {
  path: string;
  forbidden: boolean;
  /** Not in the base closure: forbidden paths this change brought, and every heavy path. */
  new: boolean;
  narSize: number;
}

/** One box: a store path, or the elided middle of a long chain. */
interface GraphNode {
  id: string;
  label: string;
  class: NodeClass | null;
}

// Characters a store name may hold (besides letters and digits) that mean nothing to Mermaid
// inside a "…" label. Everything else, `"` `#` `;` `<` `>` `[` `]` and backticks included, becomes
// a numeric entity, which Mermaid writes out as text: nothing the repository names can end the
// label, start a new statement (`click`, `style`, `classDef`) or close the code fence.
const LABEL_SAFE = /[A-Za-z0-9 ._+=?-]/;

/** Repository text as the inside of a Mermaid `"…"` label. */
export function escapeMermaidLabel(text: string): string {
  const oneLine = escapeTerminal(text);
  const short = [...oneLine].length > MAX_LABEL ? `${[...oneLine].slice(0, MAX_LABEL - 1).join('')}…` : oneLine;
  let out = '';
  for (const char of short) out += LABEL_SAFE.test(char) ? char : `#${char.codePointAt(0)};`;
  return out;
}

/**
 * Forbidden paths first (the ones this change brought before the ones already in the base),
 * then the heaviest; the graph is filled in this order until the node budget is spent.
 */
function subjects(target: TargetReport, sizes: Map<string, number>): Subject[] {
  const byPath = new Map<string, Subject>();
  for (const f of target.forbidden) {
    byPath.set(f.path, { path: f.path, forbidden: true, new: f.new, narSize: sizes.get(f.path) ?? 0 });
  }
  for (const h of target.heavy) {
    if (!byPath.has(h.path)) byPath.set(h.path, { path: h.path, forbidden: false, new: true, narSize: h.narSize });
  }
  const rank = (s: Subject): number => (s.forbidden ? (s.new ? 0 : 1) : 2);
  return [...byPath.values()].sort(
    (a, b) => rank(a) - rank(b) || b.narSize - a.narSize || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/** The keys of a chain's boxes: its store paths, with the middle of a long one folded into one key. */
function chainKeys(chains: ChainReader, path: string, maxChain: number): { keys: string[]; hidden: Map<string, number> } {
  const hidden = new Map<string, number>();
  const { first, omitted, last } = chains.short(path, 1, maxChain - 2);
  if (omitted === 0) return { keys: [...first, ...last], hidden };
  // Keyed by the last path it hides: chains are paths of one tree, so two chains through the
  // same elided stretch end it at the same path, and share the box.
  const key = `\0${chains.parentOf(last[0] as string) ?? ''}`;
  hidden.set(key, omitted);
  return { keys: [...first, key, ...last], hidden };
}

/**
 * The chains to the target's forbidden and new heavy paths as one Mermaid graph in a Markdown
 * block: a box per store path (name and NAR size, where the report knows it), common prefixes
 * merged, forbidden boxes red and new heavy ones amber, at most `maxNodes` boxes and the paths
 * left out counted below. Null when there is nothing to draw (no chain with an edge).
 */
export function renderChainGraph(target: TargetReport, options: ChainGraphOptions = {}): string | null {
  const maxNodes = options.maxNodes ?? GRAPH_MAX_NODES;
  const maxChain = Math.max(3, options.maxChain ?? GRAPH_MAX_CHAIN);
  // NAR sizes the report knows: every path new to the closure. A path that was already in
  // the base (a forbidden one, or a link on its chain) gets a box without a size.
  const sizes = new Map<string, number>();
  for (const p of target.added) sizes.set(p.path, p.narSize);
  for (const h of target.heavy) sizes.set(h.path, h.narSize);

  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, [string, string]>();
  let notDrawn = 0;

  const chains = chainsOf(target);
  for (const subject of subjects(target, sizes)) {
    const { keys, hidden } = chainKeys(chains, subject.path, maxChain);
    const fresh = [...new Set(keys)].filter((k) => !nodes.has(k));
    if (nodes.size + fresh.length > maxNodes) {
      notDrawn++;
      continue;
    }
    for (const key of fresh) {
      const count = hidden.get(key);
      const size = sizes.get(key);
      const label =
        count !== undefined
          ? `⋯ ${plural(count, 'path')}`
          : `${escapeMermaidLabel(storePathName(key))}${size === undefined ? '' : `<br/>${escapeMermaidLabel(formatBytes(size))}`}`;
      nodes.set(key, { id: `n${nodes.size}`, label, class: null });
    }
    for (let i = 1; i < keys.length; i++) {
      const from = nodes.get(keys[i - 1] ?? '');
      const to = nodes.get(keys[i] ?? '');
      if (from && to) edges.set(`${from.id} ${to.id}`, [from.id, to.id]);
    }
    const last = nodes.get(keys.at(-1) ?? '');
    if (last && last.class !== 'forbidden') last.class = subject.forbidden ? 'forbidden' : 'heavy';
  }
  if (edges.size === 0) return null;

  const lines = ['graph LR'];
  for (const node of nodes.values()) lines.push(`  ${node.id}["${node.label}"]`);
  for (const [from, to] of edges.values()) lines.push(`  ${from} --> ${to}`);
  const legend: string[] = [];
  for (const cls of ['forbidden', 'heavy'] as const) {
    const ids = [...nodes.values()].filter((n) => n.class === cls).map((n) => n.id);
    if (ids.length === 0) continue;
    lines.push(`  classDef ${cls} ${CLASS_DEFS[cls]}`, `  class ${ids.join(',')} ${cls}`);
    legend.push(LEGEND[cls]);
  }

  const parts = [
    `**Why they are here** (${legend.join(', ')})`,
    `\`\`\`mermaid\n${lines.join('\n')}\n\`\`\``,
  ];
  if (notDrawn > 0) parts.push(`_… and ${plural(notDrawn, 'more path', 'more paths')} not drawn; the tables above list them all._`);
  return parts.join('\n\n');
}
