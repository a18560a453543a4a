// The comment as GitHub shows it: every Markdown text is rendered by a real GFM renderer (marked,
// test/helpers/gfm.ts) and judged by its HTML: the headline's <h3>, the tables' rows and cells,
// the folded sections' <summary>, and nothing live in it.
import { describe, expect, it } from 'vitest';
import type { ForbiddenPath, PackageChange, TargetReport } from '../../src/core/types.js';
import { cutPrefix, renderMarkdown, utf8Length } from '../../src/render/markdown.js';
import {
  GiB,
  KiB,
  MiB,
  ROOT,
  applianceReport,
  chain,
  duplicates,
  makeReport,
  makeTarget,
  massRebuildTarget,
  mib,
  storePath,
} from '../helpers/report-factory.js';
import { htmlTables, renderGfm, visibleText } from '../helpers/gfm.js';

const MARKER = '<!-- nix-size-guard:default -->';
const HINT = 'the job summary and the JSON report artifact';
const NIX_HASH = /[0-9a-df-np-sv-z]{32}-/;

const lines = (text: string): string[] => text.split('\n');

// GitHub's own limits, as GitHub words them (not read from the code): a comment body is refused
// with 422 "Body is too long (maximum is 65536 characters)"; a step summary over 1 MiB with
// "Job summary … exceeds the 1024k limit".
const GITHUB_COMMENT_LIMIT = 65_536;
const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

const rendered = new Map<string, string>();
/** The HTML a GFM renderer makes of `markdown` (once per text: the big reports are rendered often). */
function html(markdown: string): string {
  let page = rendered.get(markdown);
  if (page === undefined) {
    page = renderGfm(markdown).html;
    rendered.set(markdown, page);
  }
  return page;
}

/** The rendered table row (of any table) whose first cell reads `first`: each cell's visible text. */
function row(markdown: string, first: string): string[] | undefined {
  return htmlTables(html(markdown))
    .flat()
    .find((c) => c[0] === first);
}

/** The headline as rendered: the text of the first <h3>. */
const headline = (markdown: string): string => visibleText(/<h3>([\s\S]*?)<\/h3>/.exec(html(markdown))?.[1] ?? '');

/** The text of every paragraph, as rendered. */
const paragraphs = (markdown: string): string[] => [...html(markdown).matchAll(/<p>([\s\S]*?)<\/p>/g)].map(([, p]) => visibleText(p!));

/** The folded sections, as rendered: each <summary>'s text. */
const summaries = (markdown: string): string[] => [...html(markdown).matchAll(/<summary>([\s\S]*?)<\/summary>/g)].map(([, s]) => visibleText(s!));

describe('renderMarkdown: headline and summary', () => {
  it('puts the marker first and the verdict with the size changes on line 2', () => {
    const markdown = renderMarkdown(applianceReport(), { marker: MARKER });
    // The marker is how the sticky comment is found again: the very first line, hidden on the page.
    expect(lines(markdown)[0]).toBe(MARKER);
    expect(html(markdown).startsWith('<h3>')).toBe(true);
    // The new forbidden perl, which no label waives, is named; gcc was in the base already.
    expect(headline(markdown)).toBe('❌ nix-size-guard: 3 rules broken (new forbidden: perl-5.38.2) — appliance: nixos.img +80.0 MiB (+5.2%), closure +112.4 MiB');
  });

  it('starts with the headline when there is no marker', () => {
    const markdown = renderMarkdown(makeReport([makeTarget()]), {});
    expect(html(markdown).startsWith('<h3>')).toBe(true);
    expect(headline(markdown)).toBe('✅ nix-size-guard: within budget — toplevel +1.2 KiB (±0%)');
  });

  it('counts a broken budget and each matched forbid pattern once as a rule', () => {
    const forbidden: ForbiddenPath[] = ['perl-5.38.2', 'perl-5.38.2-man', 'python3-3.11.4'].map((name) => ({
      path: storePath(name),
      pattern: name.startsWith('perl') ? '-perl-' : '-python3-',
      new: true,
      chain: chain(ROOT, name),
    }));
    const target = makeTarget({ ok: false, forbidden });
    // Three new paths: the first two named, the third counted.
    expect(headline(renderMarkdown(makeReport([target]), {}))).toMatch(/^❌ nix-size-guard: 2 rules broken \(new forbidden: perl-5\.38\.2, perl-5\.38\.2-man, 1 more\) — toplevel/);
  });

  it('names failing targets first in the headline and at most three', () => {
    const targets = ['a', 'b', 'c', 'd', 'e'].map((name) =>
      makeTarget({ name, ok: name !== 'd', budgets: name === 'd' ? [{ name: 'max-closure', kind: 'size', limit: GiB, actual: 2 * GiB, unit: 'bytes', ok: false }] : [] }),
    );
    expect(headline(renderMarkdown(makeReport(targets), {}))).toBe(
      '❌ nix-size-guard: 1 rule broken — d +1.2 KiB (±0%); a +1.2 KiB (±0%); b +1.2 KiB (±0%); 2 more targets',
    );
  });

  it.each([
    {
      what: 'a target with an image',
      report: applianceReport(),
      target: 'appliance',
      expected: [
        'appliance',
        '486.3 MiB',
        '598.7 MiB',
        '+112.4 MiB (+23.1%)',
        '847 (+35)',
        '1.6 GiB (+80.0 MiB) / 438.0 MiB (+26.0 MiB)',
        '236.7 MiB / 61.7 MiB',
        '❌ max-closure-increase, forbidden -perl-, forbidden -gcc-',
      ],
    },
    {
      what: 'a toplevel without an image',
      report: makeReport([makeTarget({ pathCountDelta: -3, head: { ...makeTarget().head, pathCount: 809 } })]),
      target: 'toplevel',
      expected: ['toplevel', '486.0 MiB', '486.0 MiB', '+1.2 KiB (±0%)', '809 (-3)', '—', '0 B / 0 B', '✅'],
    },
    {
      what: 'an image that is new in head',
      report: makeReport([
        makeTarget({
          name: 'sd-image',
          head: { ...makeTarget().head, image: { file: 'a.img', apparentSize: 2 * GiB, allocatedSize: GiB, compressedSize: 300 * MiB } },
        }),
      ]),
      target: 'sd-image',
      expected: ['sd-image', '486.0 MiB', '486.0 MiB', '+1.2 KiB (±0%)', '812 (±0)', '2.0 GiB (new) / 300.0 MiB (new)', '0 B / 0 B', '✅'],
    },
  ])('has a summary row for $what', ({ report, target, expected }) => {
    expect(row(renderMarkdown(report, {}), target)).toEqual(expected);
  });

  it('ends with a footer naming the tool version', () => {
    const markdown = renderMarkdown(makeReport([makeTarget()], { tool: { name: 'nix-size-guard', version: '1.4.2' } }), {});
    expect(html(markdown).trim().endsWith('<p><sub>nix-size-guard 1.4.2</sub></p>')).toBe(true);
  });
});

describe('renderMarkdown: target sections', () => {
  const markdown = renderMarkdown(applianceReport(), {});

  it('shows budgets with their units', () => {
    expect(row(markdown, 'max-closure-increase')).toEqual(['max-closure-increase', '+50.0 MiB', '+112.4 MiB', '❌']);
    expect(row(markdown, 'max-image-increase (compressed)')).toEqual(['max-image-increase (compressed)', '+10%', '+6.31%', '✅']);
  });

  it('shows each forbidden path with its chain of names and whether this change brought it', () => {
    expect(row(markdown, 'perl-5.38.2')).toEqual([
      'perl-5.38.2',
      '-perl-',
      '🆕 new',
      'nixos-system-appliance-24.05 → system-path → iproute2-6.1.0 → perl-5.38.2',
    ]);
    expect(row(markdown, 'gcc-13.2.0')).toEqual(['gcc-13.2.0', '-gcc-', 'already in base', 'nixos-system-appliance-24.05 → system-path → gcc-13.2.0']);
  });

  it('shows the biggest changes by the chain after the root', () => {
    expect(row(markdown, '+110.0 MiB')).toEqual(['+110.0 MiB', 'system-path → iproute2-6.1.0 → python3-3.11.4', '37']);
  });

  it('shows new heavy paths with their chains', () => {
    expect(row(markdown, 'python3-3.11.4')).toEqual([
      'python3-3.11.4',
      '78.5 MiB',
      'nixos-system-appliance-24.05 → system-path → iproute2-6.1.0 → python3-3.11.4',
    ]);
  });

  it.each([
    ['iproute2', '6.0.0 → 6.1.0', '+12.0 KiB'],
    ['mesa', '24.0.7 → ∅', '-51.1 MiB'],
    ['nixos-firewall-tool', '∅ → ε', '+4.0 KiB'],
    ['python3', '∅ → 3.11.4', '+110.0 MiB'],
  ])('writes the version change of %s as diff-closures does', (name, versions, size) => {
    expect(row(markdown, name)).toEqual([name, versions, size]);
  });

  it('says "unchanged" when only the size of a package moved', () => {
    const packages: PackageChange[] = [{ name: 'glibc', baseVersions: ['2.39-52'], headVersions: ['2.39-52'], sizeDelta: 64 * KiB }];
    expect(row(renderMarkdown(makeReport([makeTarget({ packages })]), {}), 'glibc')).toEqual(['glibc', 'unchanged', '+64.0 KiB']);
  });

  it('shows allowed paths with the reason and the notes', () => {
    expect(row(markdown, 'gcc-13.2.0-lib')).toEqual([
      'gcc-13.2.0-lib',
      '-gcc-',
      '-gcc-13\\.2\\.0-lib$',
      "libstdc++ for the vendor's closed-source modem agent",
    ]);
    expect([...html(markdown).matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, li]) => visibleText(li!))).toContain('The base closure came from the cache (main 3f2c1e9); it was not rebuilt.');
  });

  it('never shows a store hash', () => {
    expect(markdown).not.toMatch(NIX_HASH);
  });

  it('writes no target section when a target has nothing to show', () => {
    const quiet = renderMarkdown(makeReport([makeTarget()]), {});
    expect(quiet).not.toContain('####');
    expect(quiet).not.toContain('<details>');
  });
});

describe('renderMarkdown: duplicates and the update download', () => {
  const withDuplicates = (name: string, list = duplicates()) => makeTarget({ name, duplicates: list });

  it('flags new duplicates right under the headline, naming their variants and targets', () => {
    const markdown = renderMarkdown(makeReport([withDuplicates('toplevel'), withDuplicates('image')]), { marker: MARKER });
    expect(headline(markdown)).toBe('✅ nix-size-guard: within budget — toplevel +1.2 KiB (±0%); image +1.2 KiB (±0%)');
    // The paragraph right after the headline, its lead in bold.
    expect(html(markdown)).toMatch(/^<h3>[^<]*<\/h3>\n<p>⚠️ <strong>New duplicate packages<\/strong>:/);
    expect(paragraphs(markdown)[0]).toBe('⚠️ New duplicate packages: util-linux (util-linux-2.39, util-linux-minimal-2.39) in toplevel, image');
  });

  it('names no target when the report has one, and flags nothing when every duplicate was already there', () => {
    expect(paragraphs(renderMarkdown(makeReport([withDuplicates('toplevel')]), {}))[0]).toBe(
      '⚠️ New duplicate packages: util-linux (util-linux-2.39, util-linux-minimal-2.39)',
    );
    const old = renderMarkdown(makeReport([withDuplicates('toplevel', duplicates().filter((d) => !d.new))]), {});
    expect(visibleText(html(old))).not.toContain('New duplicate packages');
    expect(summaries(old)).toContain('Packages in more than one version or variant (1): 3.0 MiB');
  });

  it('lists every duplicate folded, with its combined size and the chain to each path', () => {
    const markdown = renderMarkdown(makeReport([withDuplicates('toplevel')]), {});
    expect(summaries(markdown)).toContain('Packages in more than one version or variant (2, 1 new): 3.2 MiB');
    expect(row(markdown, 'util-linux')).toEqual([
      'util-linux',
      '🆕 new',
      '208.0 KiB',
      '64.0 KiB: system-path → util-linux-2.39-bin\n96.0 KiB: system-path → util-linux-2.39-bin → util-linux-2.39-lib\n48.0 KiB: system-path → e2fsprogs-1.47.0 → util-linux-minimal-2.39-lib',
    ]);
    expect(row(markdown, 'db')?.slice(0, 3)).toEqual(['db', 'already in base', '3.0 MiB']);
  });

  it('shows the update download beside the image, and a dash for a zstd size not measured', () => {
    const target = makeTarget({ update: { narSize: mib(4.6), compressedSize: null } });
    expect(row(renderMarkdown(makeReport([target]), {}), 'toplevel')?.at(-2)).toBe('4.6 MiB / —');
  });

  it('renders a report written before duplicates and the update were measured', () => {
    const { duplicates: _d, update: _u, ...older } = makeTarget();
    const markdown = renderMarkdown(makeReport([older as TargetReport]), {});
    expect(row(markdown, 'toplevel')?.at(-2)).toBe('—');
  });
});

describe('renderMarkdown: folding', () => {
  it('folds the added and removed lists however short they are', () => {
    const markdown = renderMarkdown(applianceReport(), {});
    expect(summaries(markdown)).toEqual(expect.arrayContaining(['Added paths (39)', 'Removed paths (4)']));
    // Inside the fold, the table: its header, then one row per path.
    const folded = html(markdown).split('<summary>Added paths (39)</summary>')[1]!.split('</details>')[0]!;
    const [table] = htmlTables(folded);
    expect(table?.[0]).toEqual(['Path', 'NAR size']);
    expect(table).toHaveLength(40);
  });

  it('shows the first ten forbidden paths and folds the rest', () => {
    const forbidden: ForbiddenPath[] = Array.from({ length: 12 }, (_, i) => ({
      path: storePath(`perl5.38.2-module${i}-1.0`),
      pattern: '-perl',
      new: true,
      chain: chain(ROOT, 'system-path', `perl5.38.2-module${i}-1.0`),
    }));
    const markdown = renderMarkdown(makeReport([makeTarget({ ok: false, forbidden })]), {});
    const [open, folded] = html(markdown).split('<summary>2 more forbidden paths</summary>');
    expect(folded).toBeDefined();
    const modules = (part: string) => htmlTables(part).flat().filter((cells) => cells[0]!.startsWith('perl5.38.2-module'));
    expect(modules(open!)).toHaveLength(10);
    expect(modules(folded!)).toHaveLength(2);
  });

  it.each([
    [10, false],
    [11, true],
  ])('folds a package list of %i rows: %s', (count, folded) => {
    const packages: PackageChange[] = Array.from({ length: count }, (_, i) => ({
      name: `lib${i}`,
      baseVersions: ['1.0'],
      headVersions: ['1.1'],
      sizeDelta: KiB * 16,
    }));
    const markdown = renderMarkdown(makeReport([makeTarget({ packages })]), {});
    expect(summaries(markdown).includes(`Package changes (${count})`)).toBe(folded);
    expect(html(markdown).includes(`<strong>Package changes (${count})</strong>`)).toBe(!folded);
  });
});

describe('renderMarkdown: hostile repository text', () => {
  const hostile = {
    img: 'x-<img src=x onerror=alert(1)>',
    link: '[click](https:evil.example)',
    mention: '@someone',
    pipe: 'a|b',
  };
  const target = makeTarget({
    name: hostile.img,
    ok: false,
    forbidden: [{ path: storePath(hostile.link), pattern: hostile.pipe, new: true, chain: [storePath(ROOT), storePath(hostile.link)] }],
    allowed: [{ path: storePath('gcc-13.2.0-lib'), forbiddenBy: '-gcc-', allowedBy: '-gcc-', reason: `ping ${hostile.mention}` }],
    notes: [`</details><script>alert(1)</script>\n# spoofed heading`],
  });
  const markdown = renderMarkdown(makeReport([target], { base: { label: hostile.mention }, head: { label: '`main`' } }), {});

  it('lets no HTML, link, image, mention or reference through', () => {
    expect(renderGfm(markdown).problems).toEqual([]);
  });

  it('shows the hostile text as text: the target name, the note, no heading of its own', () => {
    expect(headline(markdown)).toContain(hostile.img);
    expect(visibleText(html(markdown))).toContain('</details><script>alert(1)</script> # spoofed heading');
    expect(paragraphs(markdown)[0]).toMatch(/^Base: @someone · head: `main`/);
    expect(html(markdown)).not.toMatch(/<h[1-6]>[^<]*spoofed/);
    expect([...html(markdown).matchAll(/<h3>/g)]).toHaveLength(1);
  });

  it('keeps every table row to its columns', () => {
    const forbiddenRow = row(markdown, hostile.link);
    expect(forbiddenRow).toHaveLength(4);
    expect(forbiddenRow?.[1]).toBe(hostile.pipe);
    expect(row(markdown, 'gcc-13.2.0-lib')?.at(-1)).toBe(`ping ${hostile.mention}`);
  });
});

describe('renderMarkdown: the length limit', () => {
  const opts = { marker: MARKER, fullReportHint: HINT };

  it('leaves a report that fits untouched', () => {
    expect(renderMarkdown(applianceReport(), opts)).not.toContain('truncated');
  });

  it('drops the full path lists first and keeps the package list', () => {
    const report = makeReport([massRebuildTarget(800)]);
    expect(renderMarkdown(report, { ...opts, maxLength: Infinity }).length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    const markdown = renderMarkdown(report, opts);
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(markdown).not.toContain('Added paths');
    expect(markdown).not.toContain('Removed paths');
    expect(markdown).toContain('Package changes (800)');
    expect(markdown).toContain(`the full report is in ${HINT}`);
  });

  it('drops the package list next, and keeps the biggest changes', () => {
    const markdown = renderMarkdown(makeReport([massRebuildTarget(3000)]), opts);
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(markdown).not.toContain('Package changes');
    expect(markdown).toContain('**New packages and what they bring in**');
  });

  it.each([GITHUB_COMMENT_LIMIT, 20_000, 3_000, 1_000, 700])(
    'fits %i characters with the headline, the summary table and the hint',
    (maxLength) => {
      const markdown = renderMarkdown(makeReport([massRebuildTarget(3000)]), { ...opts, maxLength });
      expect(markdown.length).toBeLessThanOrEqual(maxLength);
      expect(lines(markdown).slice(0, 2)).toEqual([MARKER, expect.stringMatching(/^### ❌ nix-size-guard: 1 rule broken — appliance/)]);
      expect(row(markdown, 'appliance')?.[0]).toBe('appliance');
      expect(markdown).toContain(`the full report is in ${HINT}`);
      expect(lines(markdown).at(-1)).toBe('<sub>nix-size-guard 0.1.0</sub>');
    },
  );

  it('cuts the summary table itself when thousands of targets do not fit', () => {
    const targets = Array.from({ length: 2000 }, (_, i) => makeTarget({ name: `host${i}` }));
    const markdown = renderMarkdown(makeReport(targets), opts);
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(row(markdown, 'host0')).toBeDefined();
    expect(row(markdown, 'host1999')).toBeUndefined();
    expect(markdown).toContain(`the full report is in ${HINT}`);
  });

  it.each([200, 50, 1])('never exceeds a limit too small for the hint (%i)', (maxLength) => {
    const markdown = renderMarkdown(makeReport([massRebuildTarget(100)]), { ...opts, maxLength });
    expect(markdown.length).toBeLessThanOrEqual(maxLength);
    expect(markdown.startsWith(MARKER.slice(0, maxLength))).toBe(true);
  });
});

describe('renderMarkdown: where each side came from', () => {
  it('says which targets reused their base from an earlier run', async () => {
    const { applianceReport } = await import('../helpers/report-factory.js');
    const markdown = renderMarkdown(applianceReport());
    expect(paragraphs(markdown).find((p) => p.startsWith('Base: '))).toMatch(/· base: appliance reused from an earlier run \(baseline cache\)$/);
  });
  it('says nothing when everything was built', () => {
    const markdown = renderMarkdown(makeReport([makeTarget()]));
    expect(markdown).not.toMatch(/baseline cache|binary cache/);
  });
});

/** No lone surrogate: the text survives a round trip through UTF-8 (the oracle is Node's encoder). */
const wellFormed = (text: string): boolean => Buffer.from(text, 'utf8').toString('utf8') === text;

describe('renderMarkdown: the job summary cap counts UTF-8 bytes', () => {
  it('utf8Length agrees with Buffer.byteLength on ASCII, 2-, 3- and 4-byte characters', () => {
    for (const text of ['perl', 'é', '→ ∅ ε', '📦 🐪', `a${'😀'.repeat(5)}b`]) expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('cuts before a surrogate pair, never inside it', () => {
    const text = `ab${'😀'.repeat(3)}`;
    for (let max = 0; max <= 14; max++) {
      const cut = cutPrefix(text, max, 'utf8');
      expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(max);
      expect(wellFormed(cut)).toBe(true);
      const units = cutPrefix(text, max, 'utf16');
      expect(units.length).toBeLessThanOrEqual(max);
      expect(wellFormed(units)).toBe(true);
    }
  });

  it.each([GITHUB_SUMMARY_LIMIT, 100_000, 5_000, 300, 7])('a report of multi-byte names fits %i bytes', (maxBytes) => {
    // Every version arrow and ∅ is 3 bytes: a cap on UTF-16 units would let this run over.
    const report = makeReport([massRebuildTarget(12_000)]);
    const markdown = renderMarkdown(report, { marker: MARKER, maxLength: maxBytes, unit: 'utf8' });
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(maxBytes);
    expect(wellFormed(markdown)).toBe(true);
    if (maxBytes > 1000) expect(markdown).toContain(`truncated to ${maxBytes.toLocaleString('en-US')} bytes`);
  });
});
