// The files someone adopting the action relies on: LICENSE is the MIT text as SPDX publishes it
// (spdx-license-list), package.json says the same licence, the README links LICENSE, SECURITY.md
// and CHANGELOG.md, and scripts/changelog-entry.mjs (the release notes of release.yml) picks the
// right entry and refuses a release whose version or date is missing.
import { execa } from 'execa';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/action-runner.js';

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
// Read as a file: imported as a module, its "JSON" licence would shadow the JSON global.
const spdx = JSON.parse(read('node_modules/spdx-license-list/spdx-full.json')) as Record<string, { licenseText: string }>;
const pkg = JSON.parse(read('package.json')) as { license: string; version: string };

describe('LICENSE', () => {
  it("is SPDX's MIT text for 2026 and the nix-size-guard authors, as package.json says", () => {
    const mit = spdx.MIT?.licenseText ?? '';
    expect(mit).toContain('<year> <copyright holders>');
    expect(pkg.license).toBe('MIT');
    expect(words(read('LICENSE'))).toBe(words(mit.replace('<year> <copyright holders>', '2026 The nix-size-guard authors')));
  });
});

describe('README', () => {
  it('links LICENSE, SECURITY.md and CHANGELOG.md, which exist', () => {
    const readme = read('README.md');
    for (const file of ['LICENSE', 'SECURITY.md', 'CHANGELOG.md']) {
      expect(readme).toContain(`](${file})`);
      expect(existsSync(path.join(ROOT, file))).toBe(true);
    }
  });
});

describe('scripts/changelog-entry.mjs', () => {
  const SCRIPT = path.join(ROOT, 'scripts/changelog-entry.mjs');
  const NODE = path.join(ROOT, 'node_modules/.bin/node');

  async function entry(tag: string, files: { changelog?: string; version?: string } = {}) {
    const dir = await mkdtemp(path.join(tmpdir(), 'nsg-changelog-'));
    const args = ['--tag', tag];
    if (files.changelog !== undefined) {
      await writeFile(path.join(dir, 'CHANGELOG.md'), files.changelog);
      args.push('--changelog', path.join(dir, 'CHANGELOG.md'));
    }
    if (files.version !== undefined) {
      await writeFile(path.join(dir, 'package.json'), JSON.stringify({ version: files.version }));
      args.push('--package', path.join(dir, 'package.json'));
    }
    return execa(NODE, [SCRIPT, ...args], { cwd: ROOT, reject: false });
  }

  const CHANGELOG = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '- Next.',
    '',
    '## [1.2.0] - 2026-12-24',
    '',
    '### Fixed',
    '',
    '- Image sizes.',
    '',
    '```md',
    '## [1.1.0] - not a heading inside a code block',
    '```',
    '',
    '## [1.1.0] - 2026-11-30',
    '',
    '- Older.',
    '',
    '[1.2.0]: https://example.invalid/v1.2.0',
    '',
  ].join('\n');

  it("prints the tag's entry, without the next entry or the link definitions", async () => {
    const run = await entry('v1.2.0', { changelog: CHANGELOG, version: '1.2.0' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('### Fixed\n\n- Image sizes.\n\n```md\n## [1.1.0] - not a heading inside a code block\n```'); // execa strips the final newline
    expect(run.exitCode).toBe(0);
  });

  it.each<[string, string, string, string, RegExp]>([
    ['a tag that is not a version', 'latest', CHANGELOG, '1.2.0', /tag 'latest' is not a version tag/],
    ['a package.json of another version', 'v1.2.0', CHANGELOG, '1.1.0', /package\.json says version "1\.1\.0", the tag v1\.2\.0/],
    ['a version without an entry', 'v1.3.0', CHANGELOG, '1.3.0', /has no entry for 1\.3\.0/],
    ['an entry without a date', 'v1.3.0', CHANGELOG.replace('## [Unreleased]', '## [1.3.0] - Unreleased'), '1.3.0', /is not dated/],
  ])('refuses %s, in one line', async (_, tag, changelog, version, message) => {
    const run = await entry(tag, { changelog, version });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it("finds this version's entry in the real CHANGELOG.md (refused until it is dated on the day of the tag)", async () => {
    const run = await entry(`v${pkg.version}`);
    const dated = new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(read('CHANGELOG.md'));
    if (dated) {
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain('### ');
    } else {
      expect(run.stderr).toMatch(/is not dated/);
      expect(run.exitCode).toBe(2);
    }
  });
});
