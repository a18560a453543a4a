// docs/report.schema.json: the reports the guard makes fit it, and what another job could hand in
// (an artifact, a matrix job's report, a cache entry) is refused with one line naming the field.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { checkReport } from '../../src/schema/validate.js';
import { ROOT } from '../helpers/action-runner.js';
import { SHARED_DATA, hasOyster, oysterPaths } from '../helpers/nixos-data.js';
import { REPORT_SCHEMA, reportSchemaErrors } from '../helpers/report-schema.js';
import { applianceReport, applianceTarget, duplicates, makeReport, makeTarget, massRebuildTarget, mib, storePath } from '../helpers/report-factory.js';

const HOSTILE = 'x](https://evil.example) @acme/admins <img src=x onerror=alert(1)> [click](https://evil.example)';
const STORE_PATH_WORDS = 'a store path (/nix/store/, 32 nix-base32 characters, -, a name of [A-Za-z0-9+._?=-])';

function everyReport(): [string, Report][] {
  const withImage = applianceTarget();
  withImage.name = 'image';
  withImage.base.image = { file: `${storePath('nixos-disk-image', 'base')}/nixos.img`, apparentSize: mib(900), allocatedSize: mib(700), compressedSize: mib(300) };
  withImage.head.image = { file: `${storePath('nixos-disk-image', 'head')}/nixos.img`, apparentSize: mib(950), allocatedSize: mib(720), compressedSize: mib(310) };
  withImage.trend = [{ commit: 'a'.repeat(40), closureSize: mib(480), imageSize: mib(890) }, { commit: 'b'.repeat(64), closureSize: mib(481), imageSize: null }];
  withImage.update = { narSize: mib(12), compressedSize: null, image: { compressedSize: mib(310) } };
  withImage.contents = { system: 'toplevel', extra: [{ path: storePath('linux-firmware-20250101'), narSize: mib(9) }] };
  return [
    ['the appliance', applianceReport()],
    ['a mass rebuild', makeReport([massRebuildTarget(2000)])],
    ['duplicates, an image, a trend', makeReport([makeTarget({ duplicates: duplicates() }), withImage], { name: 'gateway' })],
    ['a waived report', { ...applianceReport(), ok: true, waiver: { label: 'size-increase-approved', by: 'alice' } }],
    ['a waiver by nobody known', { ...applianceReport(), waiver: { label: 'size-increase-approved', by: null } }],
    ['no targets', makeReport([])],
  ];
}

describe('the published schema', () => {
  it('is what the bundled validators were compiled from (npm run schema)', () => {
    // Exits 1 with a message when src/schema/validators.generated.js is not the schema's compilation.
    expect(() => execFileSync(process.execPath, ['scripts/compile-schema.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
  });

  it.each(everyReport())('%s fits it, by ajv and by the bundled validator', (_what, report) => {
    expect(reportSchemaErrors(report)).toBeNull();
    // Through JSON, as it is written and read back.
    expect(checkReport(JSON.parse(JSON.stringify(report)))).toEqual({ ok: true, value: report });
  });

  // makeTarget and makeReport are typed TargetReport and Report and give exactly the fields the
  // types require: the schema must require the same, and know the types' optional ones.
  it.each([
    ['a target', makeTarget() as object, REPORT_SCHEMA.$defs.target, ['contents', 'trend', 'options', 'waiver', 'settings']],
    ['a report', makeReport([]) as object, REPORT_SCHEMA, ['name', 'waiver']],
  ])('requires the fields src/core/types.ts requires of %s, and allows its optional ones', (_what, value, schema, optional) => {
    expect([...schema.required].sort()).toEqual(Object.keys(value).sort());
    expect(Object.keys(schema.properties).sort()).toEqual([...Object.keys(value), ...optional].sort());
  });

  it('takes every store path of the local store, each a name Nix itself accepted', () => {
    const paths = execFileSync('nix', ['--extra-experimental-features', 'nix-command', 'path-info', '--all'], { encoding: 'utf8', maxBuffer: 1 << 28 }).trim().split('\n');
    expect(paths.length).toBeGreaterThan(100);
    const pattern = new RegExp(REPORT_SCHEMA.$defs.storePath.pattern, 'u');
    expect(paths.filter((p) => !pattern.test(p))).toEqual([]);
  });

  // Real NixOS closures (a headless appliance, NixOS test VMs' binary-cache records): on the
  // machines that hold the shared data set (see its PROVENANCE.md); not part of the repository.
  it.skipIf(!hasOyster())('takes every real store path name of two NixOS data sets', () => {
    const names = oysterPaths().map((p) => p.path);
    const narinfo = execFileSync('zstd', ['-dc', path.join(SHARED_DATA, 'tvix-narinfo-sample.zst')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const paths = [...names, ...[...narinfo.matchAll(/^StorePath: (\S+)$/gm)].map((m) => m[1]!)];
    expect(paths.length).toBeGreaterThan(1000);
    const pattern = new RegExp(REPORT_SCHEMA.$defs.storePath.pattern, 'u');
    expect(paths.filter((p) => !pattern.test(p))).toEqual([]);
  });
});

describe('a report from elsewhere', () => {
  const base = applianceReport();
  const edit = (change: (r: any) => void): unknown => {
    const copy = JSON.parse(JSON.stringify(base));
    change(copy);
    return copy;
  };

  it.each([
    ['a number field holding text', edit((r) => (r.targets[0].head.pathCount = HOSTILE)), 'targets[0].head.pathCount must be a whole number'],
    ['a delta holding text', edit((r) => (r.targets[0].closureSizeDelta = HOSTILE)), 'targets[0].closureSizeDelta must be a whole number'],
    ['a size that is a fraction', edit((r) => (r.targets[0].added[0].narSize = 1.5)), 'targets[0].added[0].narSize must be a whole number'],
    ['a negative size', edit((r) => (r.targets[0].base.closureSize = -1)), 'targets[0].base.closureSize must be at least 0'],
    ['a budget limit holding text', edit((r) => (r.targets[0].budgets[0].limit = HOSTILE)), 'targets[0].budgets[0].limit must be a number'],
    ['a chain with a link in it', edit((r) => (r.targets[0].parents[r.targets[0].heavy[0].path] = `/nix/store/${'a'.repeat(32)}-x](https://evil.example)`)), `targets[0].parents[${JSON.stringify(base.targets[0]!.heavy[0]!.path.slice(0, 40))}] must be ${STORE_PATH_WORDS}`],
    ['a chain table keyed by a link', edit((r) => (r.targets[0].parents['x](https://evil.example)'] = r.targets[0].head.root)), `the key targets[0].parents["x](https://evil.example)"] must be ${STORE_PATH_WORDS}`],
    ['a store path with a short hash', edit((r) => (r.targets[0].added[0].path = '/nix/store/abc-python3')), `targets[0].added[0].path must be ${STORE_PATH_WORDS}`],
    ['a store path with e in its hash (not nix-base32)', edit((r) => (r.targets[0].head.root = `/nix/store/${'e'.repeat(32)}-system`)), `targets[0].head.root must be ${STORE_PATH_WORDS}`],
    ['a store path elsewhere', edit((r) => (r.targets[0].forbidden[0].path = `/tmp/store/${'a'.repeat(32)}-perl`)), `targets[0].forbidden[0].path must be ${STORE_PATH_WORDS}`],
    ['a note longer than the bound', edit((r) => (r.targets[0].notes = ['x'.repeat(5000)])), 'targets[0].notes[0] is longer than 4096 characters'],
    ['a missing list', edit((r) => delete r.targets[0].added), 'targets[0].added is missing'],
    ['an unknown field', edit((r) => (r.targets[0].html = HOSTILE)), 'targets[0].html is not a field of this schema'],
    ['an unknown field with a hostile name', edit((r) => (r[HOSTILE] = 1)), `["x](https://evil.example) @acme/admins <i"] is not a field of this schema`],
    ['an image that is a string', edit((r) => (r.targets[0].head.image = HOSTILE)), 'targets[0].head.image must be null or an object'],
    ['an image size that is text', edit((r) => (r.targets[0].head.image = { file: 'a.img', apparentSize: HOSTILE, allocatedSize: 1, compressedSize: 1 })), 'targets[0].head.image.apparentSize must be a whole number'],
    ['a source nobody writes', edit((r) => (r.targets[0].base.source = 'evil')), 'targets[0].base.source must be one of "built", "baseline-cache", "binary-cache", "given"'],
    ['a trend commit that is not a hash', edit((r) => (r.targets[0].trend = [{ commit: HOSTILE, closureSize: 1, imageSize: null }])), 'targets[0].trend[0].commit must be a full commit hash'],
    ['a waiver by a number', edit((r) => (r.waiver = { label: 'ok', by: 7 })), 'waiver.by must be null or a string'],
    ['another schema version', edit((r) => (r.schemaVersion = 1)), 'schemaVersion must be 2'],
    ['targets that are not a list', edit((r) => (r.targets = {})), 'targets must be a list'],
    ['not an object at all', [], 'the top level must be an object'],
  ])('%s is refused, naming the field', (_what, value, problem) => {
    expect(checkReport(value)).toEqual({ ok: false, problem });
    // ajv itself, from the JSON file, agrees that it does not fit.
    expect(reportSchemaErrors(value)).not.toBeNull();
  });

  // Generated: every number and every store path of a real-looking report, one at a time,
  // replaced by the hostile text; each is refused and the line names exactly that field.
  it('refuses hostile text in any number or store-path field, naming it', () => {
    const leaves: { at: (string | number)[]; value: unknown }[] = [];
    const walk = (value: unknown, at: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
      else leaves.push({ at, value });
    };
    walk(base, []);
    const targets = leaves.filter((l) => typeof l.value === 'number' || (typeof l.value === 'string' && l.value.startsWith('/nix/store/') && !l.at.includes('file')));
    expect(targets.length).toBeGreaterThan(100);
    for (const { at } of targets) {
      // Through JSON: the factory shares chain arrays between sections, which structuredClone would keep shared.
      const copy = JSON.parse(JSON.stringify(base));
      let parent = copy;
      for (const key of at.slice(0, -1)) parent = parent[key];
      parent[at.at(-1)!] = HOSTILE;
      // Keys that are not names (the store paths `parents` is keyed by) are quoted, cut to 40.
      const field = at.map((k, i) => (typeof k === 'number' ? `[${k}]` : !/^[A-Za-z_]\w*$/.test(k) ? `[${JSON.stringify(k.slice(0, 40))}]` : i === 0 ? k : `.${k}`)).join('');
      const result = checkReport(copy);
      expect(result.ok, field).toBe(false);
      expect(result.ok ? '' : result.problem, field).toMatch(new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')} must be `));
    }
  });
});
