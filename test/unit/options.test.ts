// The pure part of "why this option": which options changed, and which of them (and which
// module file) is behind a chain. The facts are shaped as the appliance's real evaluation
// gives them (test/integration/cli.test.ts checks that against Nix).
import { describe, expect, it } from 'vitest';
import { type OptionFacts, attributeToOptions, causeHeadline, causeOf, changedOptions, moduleFile, priorityName } from '../../src/core/options.js';

const SRC = '/nix/store/zf2lavsdyjzfwvqm64kqh96p61zqadaa-source';
const NIXPKGS = '/nix/store/0iaTCZDEORJeWamOjfDZaoZZx686f7QO-source'.replace(/[A-Z]/g, 'a');
const p = (name: string) => `/nix/store/${'a'.repeat(32)}-${name}`;

function facts(speechd: boolean, desktop: boolean): OptionFacts {
  return {
    source: SRC,
    enable: [
      { name: 'services.graphical-desktop.enable', value: desktop, priority: desktop ? 100 : 1500, definedIn: desktop ? [`${SRC}/configuration.nix`] : [], declaredIn: [`${SRC}/nixos/modules/services/misc/graphical-desktop.nix`] },
      { name: 'services.speechd.enable', value: speechd, priority: speechd ? 1000 : 1500, definedIn: speechd ? [`${SRC}/nixos/modules/services/misc/graphical-desktop.nix`] : [], declaredIn: [`${SRC}/nixos/modules/services/accessibility/speechd.nix`] },
    ],
    packages: [
      { option: 'environment.systemPackages', file: `${SRC}/nixos/modules/services/accessibility/speechd.nix`, outPaths: speechd ? [p('speech-dispatcher-0.11.5')] : [] },
      { option: 'environment.systemPackages', file: `${SRC}/configuration.nix`, outPaths: [p('e2fsprogs-1.47.0')] },
    ],
  };
}

describe('moduleFile', () => {
  it.each([
    [`${SRC}/configuration.nix`, 'configuration.nix'],
    [`${NIXPKGS}/nixos/modules/services/misc/graphical-desktop.nix`, 'nixpkgs/nixos/modules/services/misc/graphical-desktop.nix'],
    [`${NIXPKGS}/hosts/x.nix`, 'hosts/x.nix'],
    ['/etc/nixos/configuration.nix', '/etc/nixos/configuration.nix'],
  ])('%s is %s', (file, expected) => {
    expect(moduleFile(file, SRC)).toBe(expected);
  });
});

describe('priorityName', () => {
  it.each([
    [50, 'mkForce'],
    [100, null],
    [1000, 'mkDefault'],
    [1500, 'the option default'],
    [900, 'mkOverride 900'],
    [null, null],
  ])('%s is %s', (priority, name) => {
    expect(priorityName(priority)).toBe(name);
  });
});

describe('changedOptions and causeOf', () => {
  // Computed in each test (not while the file loads), where a mutation run sees it.
  const sides = () => {
    const base = facts(false, false);
    const head = facts(true, true);
    return { base, head, changed: changedOptions(base, head) };
  };

  it('lists the options whose value changed, with how and where they are set now', () => {
    const { base, head, changed } = sides();
    expect(changed).toEqual([
      { option: 'services.graphical-desktop.enable', base: false, head: true, change: 'turned on', how: null, files: ['configuration.nix'] },
      { option: 'services.speechd.enable', base: false, head: true, change: 'turned on', how: 'mkDefault', files: ['nixos/modules/services/misc/graphical-desktop.nix'] },
    ]);
    expect(changedOptions(head, head)).toEqual([]);
    expect(changedOptions(head, base).map((c) => c.change)).toEqual(['turned off', 'turned off']);
  });

  it('names the changed option declared in the module that put the package there', () => {
    const { head, changed } = sides();
    const cause = causeOf([p('nixos-system-appliance-1.0'), p('system-path'), p('speech-dispatcher-0.11.5'), p('python3-3.11.4')], head, changed)!;
    expect(cause).toEqual({ option: 'services.speechd.enable', change: 'turned on', how: 'mkDefault', file: 'nixos/modules/services/misc/graphical-desktop.nix', package: p('speech-dispatcher-0.11.5') });
    expect(causeHeadline(cause)).toBe('services.speechd.enable turned on (mkDefault in nixos/modules/services/misc/graphical-desktop.nix)');
  });

  it('without a changed option there, names the package list and its file', () => {
    const { head, changed } = sides();
    const cause = causeOf([p('nixos-system-appliance-1.0'), p('system-path'), p('e2fsprogs-1.47.0')], head, changed)!;
    expect(cause).toEqual({ option: 'environment.systemPackages', change: null, how: null, file: 'configuration.nix', package: p('e2fsprogs-1.47.0') });
    expect(causeHeadline(cause)).toBe('environment.systemPackages (in configuration.nix)');
  });

  it('finds nothing for a chain no package list explains', () => {
    const { head, changed } = sides();
    expect(causeOf([p('nixos-system-appliance-1.0'), p('etc'), p('systemd-254.6')], head, changed)).toBeNull();
  });
});

describe('attributeToOptions on chains through system-path, wherever it sits', () => {
  // facts() is the test file's own data (no code under test), built once.
  const base = facts(false, false);
  const head = facts(true, true);
  /** A target whose chains are `links` from the root (its table of parents), with growth via `via` and heavy `heavy`. */
  function target(links: string[], via: string, heavy: string) {
    const parents: Record<string, string> = {};
    for (let i = 1; i < links.length; i++) parents[links[i] as string] = links[i - 1] as string;
    return { head: { root: links[0] as string }, parents, growth: [{ via, addedSize: 10, addedPaths: 2 }], heavy: [{ path: heavy, narSize: 9 }] };
  }
  const speechd = { option: 'services.speechd.enable', change: 'turned on', how: 'mkDefault', file: 'nixos/modules/services/misc/graphical-desktop.nix', package: p('speech-dispatcher-0.11.5') };

  it("an image's chain: image → nixos-system → system-path → package, and a path under that package", () => {
    const links = [p('appliance-image-1.0'), p('nixos-system-appliance-1.0'), p('system-path'), p('speech-dispatcher-0.11.5'), p('python3-3.11.4')];
    const { growth, heavy } = attributeToOptions(target(links, p('speech-dispatcher-0.11.5'), p('python3-3.11.4')), base, head);
    expect(growth[0]!.cause).toEqual(speechd);
    expect(heavy[0]!.cause).toEqual(speechd);
  });

  it('system-path deeper than the first links of a chain (an image in a wrapper in a wrapper …)', () => {
    const wrappers = Array.from({ length: 12 }, (_, i) => p(`wrapper-${i}`));
    const links = [p('bundle'), ...wrappers, p('nixos-system-appliance-1.0'), p('system-path'), p('speech-dispatcher-0.11.5'), p('python3-3.11.4'), p('libffi-3.4.4')];
    const { growth, heavy } = attributeToOptions(target(links, p('python3-3.11.4'), p('libffi-3.4.4')), base, head);
    expect(growth[0]!.cause).toEqual(speechd);
    expect(heavy[0]!.cause).toEqual(speechd);
  });

  it('a chain without system-path and without a package list entry near the top has no cause', () => {
    const links = [p('appliance-image-1.0'), p('nixos-system-appliance-1.0'), p('etc'), p('systemd-254.6')];
    const { growth, heavy } = attributeToOptions(target(links, p('systemd-254.6'), p('systemd-254.6')), base, head);
    expect(growth[0]!.cause).toBeUndefined();
    expect(heavy[0]!.cause).toBeUndefined();
  });

  it('a table of parents that loops (a hostile artifact) ends the climb without a cause', () => {
    const t = target([p('a'), p('b'), p('c')], p('c'), p('c'));
    t.parents[p('a')] = p('c');
    const { growth } = attributeToOptions(t, base, head);
    expect(growth[0]!.cause).toBeUndefined();
  });
});

// Rows the mutation run named (README, "Mutation score of the core"); each answer is worked out
// by hand from the facts in its comment.
describe('options, the edges', () => {
  const enable = (name: string, value: unknown) => ({ name, value, priority: 100, definedIn: [`${SRC}/configuration.nix`], declaredIn: [] });
  const only = (...enableOptions: ReturnType<typeof enable>[]): OptionFacts => ({ source: SRC, enable: enableOptions, packages: [] });

  it.each([
    [`${NIXPKGS}/pkgs/top-level/all-packages.nix`, 'nixpkgs/pkgs/top-level/all-packages.nix'],
    [`${NIXPKGS}/lib/modules.nix`, 'nixpkgs/lib/modules.nix'],
    [`${NIXPKGS}/hosts/pkgs/x.nix`, 'hosts/pkgs/x.nix'],
    // A store path only from /nix on: a file outside the store, shown as it is.
    [`/home/alice${NIXPKGS}/nixos/x.nix`, `/home/alice${NIXPKGS}/nixos/x.nix`],
    // A file name may hold a newline (a store path name may not): shown whole, not cut there.
    [`${NIXPKGS}/nixos/a\nb.nix`, `${NIXPKGS}/nixos/a\nb.nix`],
  ])('moduleFile: %s is %s', (file, expected) => {
    expect(moduleFile(file, SRC)).toBe(expected);
  });

  it.each([
    // [base value (undefined: the base lacks the option), head value, how the change reads]
    [undefined, true, 'turned on'],
    [undefined, false, 'null → false'], // off from nothing is no "turned off"
    ['yes', true, 'turned on'],
    [true, 3, 'true → 3'],
    [undefined, 3, 'null → 3'],
    ['a', 'b', '"a" → "b"'],
    [false, null, 'false → null'],
  ])('a change from %j to %j reads %s, with both values', (baseValue, headValue, change) => {
    const base = baseValue === undefined ? only() : only(enable('x.enable', baseValue));
    expect(changedOptions(base, only(enable('x.enable', headValue)))).toEqual([
      { option: 'x.enable', base: baseValue ?? null, head: headValue, change, how: null, files: ['configuration.nix'] },
    ]);
  });

  it('lists the changed options by name, whatever order the evaluation gave', () => {
    const head = only(enable('services.zram.enable', true), enable('programs.mtr.enable', true), enable('services.avahi.enable', true));
    expect(changedOptions(only(), head).map((c) => c.option)).toEqual(['programs.mtr.enable', 'services.avahi.enable', 'services.zram.enable']);
  });

  it('takes the package right under system-path first, before a package list entry above it', () => {
    // e2fsprogs is in configuration.nix's list and sits above system-path on this (odd) chain;
    // the package under system-path, speech-dispatcher, is the one the chain is about.
    const head = facts(true, true);
    const chain = [p('nixos-system-appliance-1.0'), p('e2fsprogs-1.47.0'), p('system-path'), p('speech-dispatcher-0.11.5')];
    expect(causeOf(chain, head, changedOptions(facts(false, false), head))?.package).toBe(p('speech-dispatcher-0.11.5'));
    // system-path last: nothing under it, so the list entry above it.
    expect(causeOf(chain.slice(0, 3), head, changedOptions(facts(false, false), head))?.package).toBe(p('e2fsprogs-1.47.0'));
  });

  it('names the option of the module that changed, not another one the module declares', () => {
    // plasma6.nix declares two enables: the desktop (on at both sides, listed first) and its Qt 5
    // integration (turned on now); the changed one is behind the package.
    const plasma = `${NIXPKGS}/nixos/modules/services/desktop-managers/plasma6.nix`;
    const side = (qt5: boolean): OptionFacts => ({
      source: SRC,
      enable: [
        { name: 'services.desktopManager.plasma6.enable', value: true, priority: 100, definedIn: [`${SRC}/configuration.nix`], declaredIn: [plasma] },
        { name: 'services.desktopManager.plasma6.enableQt5Integration', value: qt5, priority: 100, definedIn: [`${SRC}/configuration.nix`], declaredIn: [plasma] },
      ],
      packages: [{ option: 'environment.systemPackages', file: plasma, outPaths: [p('kwin-6.2.4')] }],
    });
    const cause = causeOf([p('nixos-system-appliance-1.0'), p('system-path'), p('kwin-6.2.4')], side(true), changedOptions(side(false), side(true)));
    expect(cause).toMatchObject({ option: 'services.desktopManager.plasma6.enableQt5Integration', change: 'turned on', file: 'configuration.nix' });
  });

  it('names the changed option of the module when it is the only change', () => {
    // Only speechd turns on (the desktop was on already): the speechd module declares it.
    const head = facts(true, true);
    const cause = causeOf([p('nixos-system-appliance-1.0'), p('system-path'), p('speech-dispatcher-0.11.5')], head, changedOptions(facts(false, true), head));
    expect(cause?.option).toBe('services.speechd.enable');
  });
});
