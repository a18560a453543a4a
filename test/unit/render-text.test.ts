import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { GiB, ROOT, applianceReport, chain, duplicates, makeReport, makeTarget, storePath } from '../helpers/report-factory.js';

// ESC, as every ANSI colour sequence starts.
const ANSI = /\u001b\[/;
const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

const shrinking = makeTarget({
  name: 'installer',
  closureSizeDelta: -2 * GiB,
  base: { ...makeTarget().base, closureSize: 4 * GiB },
  head: { ...makeTarget().head, closureSize: 2 * GiB },
  budgets: [{ name: 'max-closure', kind: 'size', limit: 3 * GiB, actual: 2 * GiB, unit: 'bytes', ok: true }],
});

describe('renderText', () => {
  const plain = renderText(applianceReport(), { color: false });

  it('starts with the verdict and the size changes', () => {
    expect(plain.split('\n')[0]).toBe('✗ nix-size-guard: 3 rules broken (new forbidden: perl-5.38.2) — appliance: nixos.img +80.0 MiB (+5.2%), closure +112.4 MiB');
  });

  it.each([
    ['closure totals', '  closure  486.3 MiB → 598.7 MiB  +112.4 MiB (+23.1%)  (812 → 847 paths)'],
    // 1.1 GiB → 1.2 GiB allocated: +0.1 GiB = +102.4 MiB, 0.1 / 1.1 = +9.1%.
    ['image totals', '  image    nixos.img: apparent 1.5 GiB → 1.6 GiB  +80.0 MiB (+5.2%);  allocated 1.1 GiB → 1.2 GiB  +102.4 MiB (+9.1%);  zstd 412.0 MiB → 438.0 MiB  +26.0 MiB (+6.3%)'],
    ['a broken budget', '    ✗ max-closure-increase: +112.4 MiB (limit +50.0 MiB)'],
    ['a percent budget', '    ✓ max-image-increase (compressed): +6.31% (limit +10%)'],
    ['a new forbidden path', '    NEW perl-5.38.2 (matches -perl-)'],
    ['its chain', '      nixos-system-appliance-24.05 → system-path → iproute2-6.1.0 → perl-5.38.2'],
    ['a forbidden path already in base', '    already in base gcc-13.2.0 (matches -gcc-)'],
    ['growth from after the root', '    +110.0 MiB via system-path → iproute2-6.1.0 → python3-3.11.4 (37 paths)'],
    ['a heavy path', '    python3-3.11.4 78.5 MiB'],
    ['a version change', '    iproute2: 6.0.0 → 6.1.0, +12.0 KiB'],
    ['a removed package', '    mesa: 24.0.7 → ∅, -51.1 MiB'],
    ['a package with an empty version', '    nixos-firewall-tool: ∅ → ε, +4.0 KiB'],
    ['a note', '    - The base closure came from the cache (main 3f2c1e9); it was not rebuilt.'],
  ])('shows %s', (_what, line) => {
    expect(plain.split('\n')).toContain(line);
  });

  it('shows the update download under the image, and says when its zstd size was not measured', () => {
    // The appliance's 39 added paths: python3 78.5 MiB, perl 56.2, iproute2 1.2 and python's 36
    // dependencies of 31.5 MiB / 2, / 3, … / 37, each rounded to whole bytes: 248 250 332 bytes,
    // 36 bytes short of 236.75 MiB, so 236.7 MiB.
    expect(plain.split('\n')).toContain('  update   236.7 MiB NAR, 61.7 MiB zstd to download (39 new paths)');
    const unmeasured = makeTarget({ added: [{ path: storePath('hello-2.12.1'), narSize: 262_144 }], update: { narSize: 262_144, compressedSize: null } });
    expect(renderText(makeReport([unmeasured]), { color: false }).split('\n')).toContain('  update   256.0 KiB NAR, zstd not measured to download (1 new path)');
    expect(renderText(makeReport([makeTarget()]), { color: false })).not.toMatch(/update/);
  });

  it('flags new duplicates on the second line and lists every duplicate with its chains', () => {
    const text = renderText(makeReport([makeTarget({ duplicates: duplicates() })]), { color: false }).split('\n');
    expect(text[1]).toBe('! new duplicate packages: util-linux (util-linux-2.39, util-linux-minimal-2.39)');
    expect(text).toContain('  packages in more than one version or variant');
    expect(text).toContain('    NEW util-linux (util-linux-2.39, util-linux-minimal-2.39) 208.0 KiB');
    expect(text).toContain('      48.0 KiB: system-path → e2fsprogs-1.47.0 → util-linux-minimal-2.39-lib');
    expect(text).toContain('    already in base db (db-4.8.30, db-5.3.28) 3.0 MiB');
    expect(plain).not.toMatch(/duplicate/);
  });

  it('writes no colour codes when colour is off', () => {
    expect(plain).not.toMatch(ANSI);
    expect(renderText(makeReport([shrinking]), { color: false })).not.toMatch(ANSI);
  });

  it('paints growth and failures red when colour is on', () => {
    const coloured = renderText(applianceReport(), { color: true });
    expect(coloured).toContain(`${RED}+112.4 MiB (+23.1%)${RESET}`);
    expect(coloured).toContain(`${RED}✗${RESET} max-closure-increase`);
    expect(coloured).toContain(`${RED}NEW${RESET}`);
  });

  it('paints shrinkage and passes green when colour is on', () => {
    const coloured = renderText(makeReport([shrinking]), { color: true });
    expect(coloured.startsWith(`${GREEN}✓${RESET} `)).toBe(true);
    expect(coloured).toContain(`${GREEN}-2.0 GiB (-50.0%)${RESET}`);
    expect(coloured).toContain(`${GREEN}✓${RESET} max-closure`);
  });

  it('colours nothing but its own marks: the text is the same without the codes', () => {
    const coloured = renderText(applianceReport(), { color: true });
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('keeps repository text from sending escape sequences to the terminal', () => {
    const target = makeTarget({
      name: 'evil\u001b[2J',
      ok: false,
      forbidden: [{ path: storePath('perl-5.38.2'), pattern: '-perl-\u001b]0;pwned\u0007', new: true, chain: chain(ROOT, 'perl-5.38.2') }],
      notes: ['line one\nline two'],
    });
    const text = renderText(makeReport([target]), { color: false });
    expect(text).not.toMatch(/[\u001b\u0007]/);
    expect(text).toContain('    - line one line two');
  });
});
