// Reports as an attacker would write them: every string field the schema lets through holds
// Markdown links, autolinks, mentions, references, HTML and Mermaid statements; store path names
// hold what the name characters allow. Made from a seed, so a failure can be replayed.
import type { Report, TargetReport } from '../../src/core/types.js';
import { applianceReport, fakeHash, makeTarget, parentsOf } from './report-factory.js';

/** Free text: what a pattern, reason, note, label, target or package name could hold. */
export const HOSTILE_TEXT = [
  'x](https://evil.example) @acme/admins <img src=x onerror=alert(1)> [click](https://evil.example)',
  '[click](javascript:alert(1))',
  '![tracker](https://evil.example/pixel.png)',
  '<a href="https://evil.example">docs</a>',
  '<script>alert(1)</script>',
  '</td></tr></table><details open><summary>hidden</summary>',
  '</details><img src=x>',
  '<!-- hide the rest',
  'https://evil.example/phish',
  'www.evil.example',
  'mailto:root@evil.example',
  'admin@evil.example',
  '@acme',
  '@acme/security-team please approve',
  'cc:@someone',
  'fixes #1 and GH-2',
  '[ref]: https://evil.example',
  '[ref][ref]',
  '<https://evil.example>',
  '`code` ``` ~~~',
  '| x | y |\n| --- | --- |\n| row | injected |',
  'line one\n\n# heading\n\n[link](https://evil.example)',
  '&lt;img src=x&gt; &#60;b&#62; &amp;',
  '\\[escaped\\](https://evil.example)',
  '"] \n  click n0 "https://evil.example"\n  n0["',
  'perl-5.38.2\u202e)elpmaxe.live//:sptth(',
  '*bold* _em_ ~~del~~ $math$',
];

/** Store path names: only [A-Za-z0-9+._?=-], but still a domain, a query or a mention-like shape. */
export const HOSTILE_NAMES = ['www.evil.example', 'evil.example?x=1', 'a=b?c', 'perl-5.38.2', 'x.y.z-1.0-www.evil.example', '_bold_', '-.-', '++', '?=?'];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const pick = <T>(items: readonly T[], r: () => number): T => items[Math.floor(r() * items.length)]!;

/** A report with hostile text in every string the schema allows to be free, and hostile store names. */
export function hostileReport(seed = 1): Report {
  const r = random(seed);
  const text = () => `${pick(HOSTILE_TEXT, r)} ${pick(HOSTILE_TEXT, r)}`;
  const path = (i: number) => `/nix/store/${fakeHash(`${seed}-${i}-${r()}`)}-${pick(HOSTILE_NAMES, r)}`;
  // Each listed path's chain: three hostile links, then the path; all of them in `parents`.
  const chains: string[][] = [];
  const listed = (p: string): string => {
    chains.push([path(0), path(1), path(2), p]);
    return p;
  };
  const report = applianceReport();
  const target: TargetReport = {
    ...makeTarget(),
    name: text(),
    ok: false,
    base: { root: path(10), source: 'baseline-cache', closureSize: 1000, pathCount: 3, image: { file: text(), apparentSize: 4096, allocatedSize: 2048, compressedSize: 1024 } },
    head: { root: path(11), source: 'binary-cache', closureSize: 5_000_000, pathCount: 9, image: { file: text(), apparentSize: 8192, allocatedSize: 4096, compressedSize: 2048 } },
    closureSizeDelta: 4_999_000,
    pathCountDelta: 6,
    update: { narSize: 4_999_000, compressedSize: null },
    added: [{ path: path(20), narSize: 3_000_000 }, { path: path(21), narSize: 1_999_000 }],
    removed: [{ path: path(22), narSize: 1 }],
    packages: [{ name: text(), baseVersions: [text()], headVersions: [text(), ''], sizeDelta: -12 }],
    heavy: [{ path: listed(path(20)), narSize: 3_000_000 }],
    growth: [{ via: listed(path(23)), addedSize: 3_000_000, addedPaths: 2 }],
    duplicates: [{ name: text(), new: true, size: 3, paths: [{ path: listed(path(30)), narSize: 1 }, { path: listed(path(31)), narSize: 2 }] }],
    forbidden: [{ path: listed(path(40)), pattern: text(), new: true }],
    allowed: [{ path: path(41), forbiddenBy: text(), allowedBy: text(), reason: text() }],
    budgets: [{ name: text(), kind: 'increase', limit: 10, actual: 12.5, unit: 'percent', ok: false }],
    trend: [{ commit: 'a'.repeat(40), closureSize: 900, imageSize: null }],
    notes: [text(), text()],
    parents: parentsOf(chains),
  };
  return {
    ...report,
    name: text(),
    ok: false,
    base: { label: text() },
    head: { label: text() },
    tool: { name: 'nix-size-guard', version: text() },
    settings: { heavyThreshold: 1, forbid: [text()], allow: [{ pattern: text(), reason: text() }] },
    targets: [target, { ...target, name: text(), ok: true, forbidden: [], budgets: [] }],
    waiver: { label: text(), by: text() },
  };
}

/** The report of the issue: number fields holding Markdown, a mention and HTML. Not a valid report. */
export function numbersHoldingText(): Report {
  const evil = 'x](https://evil.example) @acme/admins <img src=x onerror=alert(1)> [click](https://evil.example)' as unknown as number;
  const report = applianceReport();
  for (const t of report.targets) {
    Object.assign(t, { closureSizeDelta: evil, pathCountDelta: evil });
    Object.assign(t.head, { pathCount: evil, closureSize: evil });
    Object.assign(t.update, { narSize: evil, compressedSize: evil });
    for (const g of t.growth) Object.assign(g, { addedPaths: evil, addedSize: evil });
    for (const h of t.heavy) Object.assign(h, { narSize: evil });
    for (const a of t.added) Object.assign(a, { narSize: evil });
    for (const b of t.budgets) Object.assign(b, { limit: evil, actual: evil });
    for (const d of t.duplicates) Object.assign(d, { size: evil });
    for (const p of t.packages) Object.assign(p, { sizeDelta: evil });
  }
  report.settings.heavyThreshold = evil;
  return report;
}
