import { describe, expect, it } from 'vitest';
import { checkImageGlob, parseAllowLine, parseSettings } from '../../src/core/settings.js';
import { describeInstallable, parseInstallable, parseTarget, parseTargets } from '../../src/core/targets.js';
import { flakeRefAtCommit } from '../../src/build.js';
import { VERSION } from '../../src/version.js';
import packageJson from '../../package.json' with { type: 'json' };

describe('parseSettings', () => {
  it('has sensible defaults', () => {
    const settings = parseSettings({});
    expect(settings.heavyThreshold).toBe(1024 * 1024);
    expect(settings.imageGlob).toBe('*.raw');
    expect(settings.forbid).toEqual([]);
    expect(settings.budgets).toEqual({ maxClosure: null, maxClosureIncrease: null, maxImage: [], maxImageIncrease: [], maxUpdateSize: [] });
  });
  it('reads update budgets on the NAR size by default, or on the zstd size with compressed:', () => {
    expect(parseSettings({ maxUpdateSize: ['50MiB', 'compressed: 20MiB', 'nar:1GiB'] }).budgets.maxUpdateSize).toEqual([
      { measure: 'nar', limit: 50 * 1024 ** 2 },
      { measure: 'compressed', limit: 20 * 1024 ** 2 },
      { measure: 'nar', limit: 1024 ** 3 },
    ]);
  });
  it.each([
    [{ forbid: ['perl('] }, /^forbid: 'perl\(' is not a grep -E pattern this guard can check as NixOS does: a '\(' is never closed/],
    [{ allow: ['[a-'] }, /^allow: '\[a-' is not a grep -E pattern .*'\[' .* is never closed/],
    [{ forbid: ['perl-\\d'] }, /^forbid: 'perl-\\d' is not a grep -E pattern .*write \[\[:digit:\]\]$/],
    [{ allow: ['  # only a reason'] }, /^allow: .* has a reason but no pattern/],
    [{ maxClosure: '2 GB' }, /^max-closure: '2 GB' is not a size/],
    [{ maxClosureIncrease: 'lots' }, /^max-closure-increase: 'lots' is not a size increase/],
    [{ maxImage: ['zstd:1GiB'] }, /^max-image: 'zstd' is not an image measure/],
    [{ maxUpdateSize: ['apparent:1GiB'] }, /^max-update-size: 'apparent' is not an update measure; write nar:, compressed: or image: before the size, e\.g\. compressed:50MiB$/],
    [{ maxUpdateSize: ['+5%'] }, /^max-update-size: '\+5%' is not a size/],
    [{ heavyThreshold: '1 M' }, /^heavy-threshold: '1 M' is not a size/],
  ])('refuses %j naming the option', (raw, message) => {
    expect(() => parseSettings(raw)).toThrow(message);
  });
  it('ignores blank lines of multi-line inputs', () => {
    expect(parseSettings({ forbid: ['perl', '', '  ', 'python3'] }).forbid.map((r) => r.pattern)).toEqual(['perl', 'python3']);
  });
  it('splits an allow line into pattern and reason', () => {
    expect(parseAllowLine('perl-.*-man # docs only')).toEqual({ pattern: 'perl-.*-man', reason: 'docs only' });
    expect(parseAllowLine('perl#5')).toEqual({ pattern: 'perl#5', reason: '' });
  });
});

describe('targets', () => {
  it('reads flake and classic installables', () => {
    expect(parseTarget('image=.#image')).toEqual({ name: 'image', installable: { kind: 'flake', ref: '.#image' } });
    expect(parseTarget('toplevel=-f default.nix -A toplevel')).toEqual({ name: 'toplevel', installable: { kind: 'file', file: 'default.nix', attr: 'toplevel' } });
    expect(parseTarget('t=--file ./x.nix --attr a.b')).toEqual({ name: 't', installable: { kind: 'file', file: './x.nix', attr: 'a.b' } });
  });
  it.each([
    ['.#image', /has no name; write NAME=INSTALLABLE/],
    ['my target=.#x', /'my target' is not a target name/],
    ['x=', /the installable is empty/],
    ['x=-f default.nix', /needs both a file and an attribute/],
    ['x=.#a .#b', /has spaces/],
  ])('refuses %j', (text, message) => {
    expect(() => parseTarget(text, 'targets')).toThrow(message);
  });
  it('refuses a name used twice and an empty list', () => {
    expect(() => parseTargets(['a=.#x', 'a=.#y'])).toThrow(/'a' is used twice/);
    expect(() => parseTargets(['', '# comment'])).toThrow(/no targets/);
  });
});

describe('flakeRefAtCommit reads a local flake at a commit from git', () => {
  const where = { cwd: '/repo', toplevel: '/repo', sha: 'abc123', shallow: false };
  it.each([
    ['.#image', where, 'git+file:///repo?rev=abc123#image'],
    ['.', where, 'git+file:///repo?rev=abc123'],
    ['.#image', { ...where, shallow: true }, 'git+file:///repo?rev=abc123&shallow=1#image'],
    ['.#image', { ...where, cwd: '/repo/systems/pi' }, 'git+file:///repo?rev=abc123&dir=systems%2Fpi#image'],
    ['./systems/pi#toplevel', where, 'git+file:///repo?rev=abc123&dir=systems%2Fpi#toplevel'],
    ['path:.#x', where, 'git+file:///repo?rev=abc123#x'],
    ['github:nixos/nixpkgs#hello', where, 'github:nixos/nixpkgs#hello'],
    ['/elsewhere#x', where, '/elsewhere#x'],
  ])('%s', (ref, at, expected) => {
    expect(flakeRefAtCommit(ref, at)).toBe(expected);
  });
});

it('VERSION equals package.json', () => {
  expect(VERSION).toBe(packageJson.version);
});

// Rows the mutation run named (README, "Mutation score of the core"); each expected line is the
// documented one, written out.
describe('settings, the edges', () => {
  it('an allow line without a reason is its pattern, trimmed', () => {
    expect(parseAllowLine('  perl-.*-man  ')).toEqual({ pattern: 'perl-.*-man', reason: '' });
  });
  it('an option of spaces only is not given', () => {
    const settings = parseSettings({ maxClosure: '  ', maxClosureIncrease: ' ', heavyThreshold: '\t', imageGlob: '  ' });
    expect(settings.budgets.maxClosure).toBeNull();
    expect(settings.budgets.maxClosureIncrease).toBeNull();
    expect(settings.heavyThreshold).toBe(1024 * 1024);
    expect(settings.imageGlob).toBe('*.raw');
  });
  it('an image glob is taken trimmed', () => {
    expect(parseSettings({ imageGlob: ' sd-image/*.img ' }).imageGlob).toBe('sd-image/*.img');
  });
  it.each(['*.raw', 'sd-image/*.img', 'images/', 'x~', 'a..b/*.img', '...'])('takes the image glob %j', (glob) => {
    expect(checkImageGlob(glob)).toBe(glob);
  });
  it.each(['/nix/store/x-image/*.raw', '~/images/*.raw'])('refuses the absolute image glob %j', (glob) => {
    expect(() => checkImageGlob(glob)).toThrow(
      `image-glob: '${glob}' is an absolute path; the glob is matched inside each target's output, e.g. '*.raw' or 'sd-image/*.img'`,
    );
  });
  it.each(['../x.raw', 'sd-image/../../etc', 'a\\..\\b', 'a//..'])('refuses the image glob %j that climbs out', (glob) => {
    expect(() => checkImageGlob(glob)).toThrow(
      `image-glob: '${glob}' climbs out of the output with '..'; the glob is matched inside each target's output, e.g. 'sd-image/*.img'`,
    );
  });
  it.each([
    [{ maxImage: ['lots'] }, "max-image: 'lots' is not a size; write e.g. 500MiB, 1.5 GiB or 1048576 (bytes)"],
    [{ maxImageIncrease: ['zstd:5%'] }, "max-image-increase: 'zstd' is not an image measure; write apparent:, allocated: or compressed: before the size, e.g. compressed:300MiB"],
    [{ maxImageIncrease: ['compressed:5 MB'] }, "max-image-increase: '5 MB' is not a size increase in binary units (MB is ambiguous); write e.g. +20MiB, 1.5GiB or 2%"],
    [{ maxUpdateSize: ['nar:lots'] }, "max-update-size: 'lots' is not a size; write e.g. 500MiB, 1.5 GiB or 1048576 (bytes)"],
  ])('names the option in the line refusing %j', (raw, line) => {
    expect(() => parseSettings(raw)).toThrow(line);
  });
});

describe('targets, the edges', () => {
  it('shows an installable as it is written on the nix command line', () => {
    expect(describeInstallable({ kind: 'flake', ref: '.#image' })).toBe('.#image');
    expect(describeInstallable({ kind: 'file', file: 'default.nix', attr: 'toplevel' })).toBe('-f default.nix -A toplevel');
  });
  it.each([
    [' t = .#x ', { name: 't', installable: { kind: 'flake', ref: '.#x' } }], // spaces around the name and the installable
    ['t=-f default.nix toplevel', { name: 't', installable: { kind: 'file', file: 'default.nix', attr: 'toplevel' } }], // the attribute without -A, as nix-build takes it
    ['t=-f  a.nix \t -A  b', { name: 't', installable: { kind: 'file', file: 'a.nix', attr: 'b' } }], // runs of blanks between words
  ])('reads %j', (text, target) => {
    expect(parseTarget(text)).toEqual(target);
    expect(parseInstallable(text.slice(text.indexOf('=') + 1))).toEqual(target.installable);
  });
  it.each([
    ['x', "target: 'x' has no name; write NAME=INSTALLABLE, e.g. toplevel=.#nixosConfigurations.appliance.config.system.build.toplevel"],
    ['  x  ', "target: 'x' has no name; write NAME=INSTALLABLE, e.g. toplevel=.#nixosConfigurations.appliance.config.system.build.toplevel"],
    ['t=', 'target t: the installable is empty; write NAME=.#attr or NAME=-f FILE -A ATTR'],
    ['t=-f a.nix -A b extra', "target t: '-f a.nix -A b extra' is not an installable; write -f FILE -A ATTR"],
    ['t=-f a.nix --bogus', "target t: '-f a.nix --bogus' is not an installable; write -f FILE -A ATTR"],
    ['t=-f a.nix', "target t: '-f a.nix' needs both a file and an attribute; write -f FILE -A ATTR"],
  ])('refuses %j with the line %s', (text, line) => {
    expect(() => parseTarget(text)).toThrow(line);
  });
  it.each([
    ['', 'target: the installable is empty; write NAME=.#attr or NAME=-f FILE -A ATTR'],
    ['-f a.nix', "target: '-f a.nix' needs both a file and an attribute; write -f FILE -A ATTR"],
    ['.# image', "target: '.# image' has spaces; a flake installable is one word, e.g. .#image"],
  ])('parseInstallable alone refuses %j naming the option target, the input it is read from by default', (text, line) => {
    expect(() => parseInstallable(text)).toThrow(line);
  });
  it('skips blank and comment lines, indented too, and names the option when none is left', () => {
    expect(parseTargets(['  # the image', '   ', 'image=.#image']).map((t) => t.name)).toEqual(['image']);
    expect(() => parseTargets(['  # only a comment'])).toThrow(
      'target: no targets; give at least one NAME=INSTALLABLE, e.g. toplevel=.#nixosConfigurations.appliance.config.system.build.toplevel',
    );
  });
});
