// Every bad input, at both front doors, as a careless or unlucky user gives it: the bundled CLI
// (dist/cli.js) and the bundled action (dist/index.js) as the runner starts it. Each case
// asserts the exact exit, the one line (Nix's or git's own words may follow it once), that no
// report came out and that nothing was left behind.
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, examplePayload, runAction } from '../helpers/action-runner.js';
import { nixPathInfoJson } from '../helpers/nix-facts.js';

const CLI = path.join(ROOT, 'dist/cli.js');

async function cli(args: string[], cwd: string) {
  const result = await execa(process.execPath, [CLI, ...args], { cwd, env: { NO_COLOR: '1' }, reject: false, stdin: 'ignore' });
  return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Everything under `dir`, as relative paths (hidden ones included: a leftover temp folder is one). */
async function listing(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

let work: string;
/** A path-info dump of a real store path, made by Nix. */
let dump: string;
let storePath: string;
/** Mount points made for the run (a read-only and a full file system), unmounted after. */
const mounts: string[] = [];
let canMount = false;

function mountTmpfs(dir: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'nsg-bad-'));
  const file = path.join(work, 'payload.txt');
  await writeFile(file, 'nix-size-guard bad-input fixture\n');
  storePath = execFileSync('nix', ['store', 'add-file', file], { encoding: 'utf8' }).trim();
  dump = path.join(work, 'dump.json');
  await writeFile(dump, nixPathInfoJson(storePath));
  await mkdir(path.join(work, 'ro'));
  await mkdir(path.join(work, 'full'));
  canMount = mountTmpfs(path.join(work, 'ro'), 'ro,size=64k') && mountTmpfs(path.join(work, 'full'), 'size=4k');
  // Fill the small one: a report cannot fit.
  if (canMount) await writeFile(path.join(work, 'full', 'filler'), Buffer.alloc(4096)).catch(() => undefined);
});

afterAll(async () => {
  for (const dir of mounts) execFileSync('umount', [dir], { stdio: 'ignore' });
  await rm(work, { recursive: true, force: true });
});

/** A dump file holding `entries` (the array shape of nix path-info --json). */
async function dumpOf(name: string, entries: unknown): Promise<string> {
  const file = path.join(work, name);
  await writeFile(file, JSON.stringify(entries));
  return file;
}

describe('the CLI: one line on stderr, exit 2, no report, nothing left behind', () => {
  const run = ['run', '--base', 'main', '--target', 't=.#x'];
  type Case = [label: string, args: () => Promise<string[]> | string[], line: RegExp];
  const cases: Case[] = [
    ['a flag missing its value (--option NAME)', () => [...run, '--nix-arg=--option', '--nix-arg=max-jobs'], /^--nix-arg: '--option' takes 2 values \(--option NAME VALUE\), but nothing follows it; e\.g\. --option max-jobs 4$/],
    ['a flag whose value is another flag', () => [...run, '--nix-arg=--builders', '--nix-arg=--impure'], /^--nix-arg: '--builders' takes a value .*but '--impure' is a flag/],
    ['a stray word among the nix args', () => [...run, '--nix-arg=--builders', '--nix-arg=ssh://pi', '--nix-arg=aarch64-linux'], /^--nix-arg: 'aarch64-linux' is not a flag nor the value of one/],
    ['a nix arg that changes what the tool reads', () => [...run, '--nix-arg=--json'], /^--nix-arg: '--json' changes what nix-size-guard's own nix calls print/],
    ['compare with one path', () => ['compare', dump], /^compare takes BASE and HEAD \(got 1 argument\); see 'nix-size-guard --help'$/],
    ['compare with no path', () => ['compare'], /^compare takes BASE and HEAD \(got 0 arguments\); see 'nix-size-guard --help'$/],
    ['compare with three paths', () => ['compare', dump, dump, dump], /^compare takes BASE and HEAD \(got 3 arguments\); see 'nix-size-guard --help'$/],
    ['a misspelt flag', () => ['compare', dump, dump, '--max-closure-increse', '20MiB'], /^unknown option '--max-closure-increse'; did you mean --max-closure-increase\? \(nix-size-guard --help lists the options\)$/],
    ['a misspelt flag with its value after =', () => ['compare', dump, dump, '--max-closure-increse=20MiB'], /^unknown option '--max-closure-increse'; did you mean --max-closure-increase\?/],
    ['two letters swapped in a flag', () => ['compare', dump, dump, '--mxa-closure', '2GiB'], /^unknown option '--mxa-closure'; did you mean --max-closure\? /],
    ['a flag cut short', () => ['compare', dump, dump, '--max-update', '5MiB'], /^unknown option '--max-update'; did you mean --max-update-size\? /],
    ['a flag in capitals', () => ['compare', dump, dump, '--JSON', 'r.json'], /^unknown option '--JSON'; did you mean --json\? /],
    ['a flag like no other', () => ['compare', dump, dump, '--frobnicate'], /^unknown option '--frobnicate' \(nix-size-guard --help lists the options\)$/],
    ['a short flag it does not have', () => ['compare', dump, dump, '-x'], /^unknown option '-x' \(nix-size-guard --help lists the options\)$/],
    ['a repeated single-value flag', () => ['compare', dump, dump, '--max-closure', '1MiB', '--max-closure', '1TiB'], /^--max-closure is given twice; give it once$/],
    ['a repeated --json', () => ['compare', dump, dump, '--json', 'a.json', '--json', 'b.json'], /^--json is given twice; give it once$/],
    ['a run option given to compare', () => ['compare', dump, dump, '--store', 'file:///var/cache/nix'], /^--store is an option of 'run', not of 'compare'; see 'nix-size-guard --help'$/],
    ['a compare option given to run', () => [...run, '--name', 'x'], /^--name is an option of 'compare', not of 'run'/],
    ['a value that looks like an option', () => ['compare', dump, dump, '--max-closure-increase', '-5%'], /^--max-closure-increase: its value starts with '-'; write it as --max-closure-increase=VALUE if that is meant$/],
    ['--color with --no-color', () => ['compare', dump, dump, '--color', '--no-color'], /^--color and --no-color contradict each other/],
    ['a 400-digit size', () => ['compare', dump, dump, '--max-closure', '9'.repeat(400)], /^max-closure: '9{400}' is beyond the largest size nix-size-guard takes \(8 PiB\)/],
    ['a size beyond 8 PiB', () => ['compare', dump, dump, '--max-image', '9000000TiB'], /^max-image: '9000000TiB' is beyond the largest size/],
    ['a 400-digit percent', () => ['compare', dump, dump, '--max-closure-increase', `${'9'.repeat(400)}%`], /^max-closure-increase: '9{400}%' is beyond the largest increase/],
    ['an image glob that climbs out', () => ['compare', dump, dump, '--image-glob', '../../../etc/host*'], /^image-glob: '\.\.\/\.\.\/\.\.\/etc\/host\*' climbs out of the output with '\.\.'/],
    ['an absolute image glob', () => ['compare', dump, dump, '--image-glob', '/etc/hosts'], /^image-glob: '\/etc\/hosts' is an absolute path/],
    ['two outputs to one file', () => ['compare', dump, dump, '--json', 'same', '--markdown', 'same'], /^--json and --markdown both write 'same'; give each its own file$/],
    ['two outputs to one file by two names', () => ['compare', dump, dump, '--json', 'same', '--csv', './x/../same'], /^--json and --csv both write '.\/x\/..\/same'/],
    ['an empty output name', () => ['compare', dump, dump, '--json', ''], /^--json: the file name is empty/],
    ['a store URL Nix cannot open', () => [...run, '--store', 'bogus://x'], /^--store: Nix cannot open the store 'bogus:\/\/x' \(don't know how to open Nix store.*bogus.*\); give a store URL Nix knows/],
    ['a file store that does not exist', () => [...run, '--store', `file://${work}/no-cache`], /^--store: file:\/\/.*\/no-cache does not exist/],
    ['a dump with a negative narSize', async () => ['compare', await dumpOf('neg.json', [{ path: storePath, narSize: -5, references: [] }]), dump], /^BASE: '.*neg\.json': the entry for \/nix\/store\/.* has a negative narSize \(-5\)/],
    ['a dump entry that is not a store path', async () => ['compare', dump, await dumpOf('notstore.json', [{ path: '/etc/hosts', narSize: 5, references: [] }])], /^HEAD: '.*notstore\.json': '\/etc\/hosts' is not a store path/],
    ['a dump whose reference is not a store path', async () => ['compare', await dumpOf('ref.json', [{ path: storePath, narSize: 5, references: ['/etc/hosts'] }]), dump], /^BASE: .* references '\/etc\/hosts', which is not a store path/],
    ['a report into a folder that is a file', () => ['compare', dump, dump, '--json', `${dump}/r.json`], /^--json: cannot write '.*dump\.json\/r\.json': a part of the path is a file, not a folder \(ENOTDIR\); choose another path$/],
    ['a report onto a folder', async () => { await mkdir(path.join(work, 'a-folder'), { recursive: true }); return ['compare', dump, dump, '--json', path.join(work, 'a-folder')]; }, /^--json: cannot write '.*a-folder': it is a folder \(EISDIR\)/],
    ['a report onto a device', () => ['compare', dump, dump, '--json', '/dev/full'], /^--json: '\/dev\/full' is not a regular file/],
    ['a file name too long for the file system', () => ['compare', dump, dump, '--json', path.join(work, `${'r'.repeat(256)}.json`)], /^--json: cannot write '.*': the name is too long \(ENAMETOOLONG\)/],
  ];

  it.each(cases)('%s', async (_label, args, line) => {
    const before = await listing(work);
    const result = await cli(await args(), work);
    expect(result.exitCode).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^nix-size-guard: /);
    expect((lines[0] as string).slice('nix-size-guard: '.length)).toMatch(line);
    expect(result.stderr).not.toMatch(/\n\s+at |internal error|let t = /);
    expect(result.stdout).toBe('');
    // Nothing new: no report, no temporary file or folder (the dump files a case made aside).
    expect((await listing(work)).filter((f) => !before.includes(f) && !/\.json$/.test(f) && f !== 'a-folder')).toEqual([]);
    expect(existsSync(path.join(work, 'same'))).toBe(false);
  });

  it('a 250-character file name is written: nothing is added to the name on the way', async () => {
    const file = path.join(work, `${'r'.repeat(250)}.json`);
    const result = await cli(['compare', dump, dump, '--json', file], work);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    await rm(file);
  });

  describe.runIf(process.getuid?.() === 0)('on file systems that refuse the write', () => {
    it.each([
      ['a read-only file system', () => ['--json', path.join(work, 'ro', 'r.json')], /^--json: cannot write '.*ro\/r\.json': the file system is read-only \(EROFS\); choose another path$/],
      ['a full disk', () => ['--json', path.join(work, 'full', 'r.json')], /^--json: cannot write '.*full\/r\.json': no space is left on the device \(ENOSPC\); choose another path$/],
      ['half a set: the JSON would fit, the Markdown not', () => ['--json', path.join(work, 'ok.json'), '--markdown', path.join(work, 'ro', 'r.md')], /^--markdown: cannot write '.*ro\/r\.md': the file system is read-only \(EROFS\)/],
    ])('%s: one line, exit 2, and nothing of the set is left', async (_label, args, line) => {
      expect(canMount).toBe(true);
      const before = await listing(work);
      const result = await cli(['compare', dump, dump, ...args()], work);
      expect(result.exitCode).toBe(2);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines, result.stderr).toHaveLength(1);
      expect((lines[0] as string).replace(/^nix-size-guard: /, '')).toMatch(line);
      expect(await listing(work)).toEqual(before);
      expect(existsSync(path.join(work, 'ok.json'))).toBe(false);
    });
  });

  it('a current folder deleted under the shell: one line, exit 2', async () => {
    const gone = path.join(work, 'gone');
    await mkdir(gone);
    const result = await execa('/bin/sh', ['-c', `cd "$1" && rmdir "$1" && exec "$2" "$3" compare a b`, 'sh', gone, process.execPath, CLI], { reject: false, stdin: 'ignore' });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toBe('nix-size-guard: the current folder no longer exists (it was deleted under this shell); cd into the repository again and rerun');
  });
});

describe('the action: a failed step with one ::error:: line, never passed=true, nothing left behind', () => {
  const API = 'http://127.0.0.1:9';
  const pullRequest = () => {
    const payload = examplePayload('pull_request', 'opened');
    payload.pull_request.base.sha = '1111111111111111111111111111111111111111';
    return payload;
  };
  type Case = [label: string, setup: () => Promise<{ inputs?: Record<string, string>; payload?: unknown; eventFile?: string; env?: Record<string, string>; workspace?: string; eventName?: string }>, line: RegExp];
  const cases: Case[] = [
    ['nix-args with an unterminated quote', async () => ({ inputs: { 'nix-args': "--option 'max-jobs" } }), /^nix-args: unterminated quoted string in "--option 'max-jobs"; close the quote/],
    ['nix-args with a flag short of its value', async () => ({ inputs: { 'nix-args': '--option max-jobs' } }), /^nix-args: '--option' takes 2 values/],
    ['nix-args with a shell operator', async () => ({ inputs: { 'nix-args': '--impure; rm -rf /' } }), /^nix-args: ';' is a shell operator/],
    ['nix-args with an expansion', async () => ({ inputs: { 'nix-args': '--store $CACHE' } }), /^nix-args: '\$CACHE' would be expanded by a shell/],
    ['a 400-digit size', async () => ({ inputs: { 'max-closure': '9'.repeat(400) } }), /^max-closure: '9{400}' is beyond the largest size/],
    ['an image glob that climbs out', async () => ({ inputs: { 'image-glob': '../../etc/host*' } }), /^image-glob: .* climbs out of the output/],
    ['no event file set', async () => ({ env: { GITHUB_EVENT_PATH: '' } }), /^GITHUB_EVENT_PATH is not set, so there is no event to read/],
    ['an event file that does not exist', async () => ({ eventFile: path.join(work, 'no-event.json') }), /^GITHUB_EVENT_PATH: cannot read the event file '.*no-event\.json' \(it does not exist\)/],
    ['an event file that is a folder', async () => ({ eventFile: work }), /^GITHUB_EVENT_PATH: cannot read the event file '.*' \(EISDIR\)/],
    ['a truncated event file', async () => {
      const file = path.join(work, 'truncated.json');
      await writeFile(file, JSON.stringify(pullRequest()).slice(0, 200));
      return { eventFile: file };
    }, /^GITHUB_EVENT_PATH: the event file '.*truncated\.json' is not valid JSON \(.*\); it may be truncated$/],
    ['an event that is an array', async () => ({ payload: [] }), /^GITHUB_EVENT_PATH: the event file '.*' holds an array, not an event object$/],
    ['an event whose base.sha is a number', async () => {
      const payload = pullRequest();
      payload.pull_request.base.sha = 1234;
      return { payload };
    }, /^the event's pull_request\.base\.sha is number 1234, not a commit or a ref/],
    ['a pull_request event without a base', async () => {
      const payload = pullRequest();
      delete payload.pull_request.base;
      return { payload };
    }, /^the pull_request event has no pull_request\.base\.sha/],
    ['an event whose pull request number is a string', async () => {
      const payload = pullRequest();
      payload.pull_request.number = 'x';
      return { payload };
    }, /^the event's pull_request\.number is "x", not a pull request number/],
    ['a working directory that does not exist', async () => ({ inputs: { 'working-directory': 'no/such/dir' } }), /^working-directory: 'no\/such\/dir' does not exist in the workspace/],
    ['a store URL Nix cannot open', async () => ({ inputs: { store: 'bogus://x' } }), /^store: Nix cannot open the store 'bogus:\/\/x'/],
    ['a GITHUB_OUTPUT file that is not there', async () => {
      const file = path.join(work, 'real-report.json');
      expect((await cli(['compare', dump, dump, '--json', file], work)).exitCode).toBe(0);
      return { inputs: { mode: 'comment', report: file, 'pr-number': '7' }, env: { GITHUB_OUTPUT: path.join(work, 'no-such-dir', 'output') } };
    }, /^GITHUB_OUTPUT: cannot write the step's outputs to '.*no-such-dir\/output' \(Missing file at path: .*\); the runner makes this file for every step$/],
    ['mode comment: a report whose target is null', async () => {
      const file = path.join(work, 'null-target.json');
      await writeFile(file, JSON.stringify({ schemaVersion: 2, targets: [null] }));
      return { inputs: { mode: 'comment', report: file, 'pr-number': '7' } };
    }, /^report: /],
    ['mode comment: a workflow_run whose head_sha is a number', async () => {
      // A real report, from the CLI.
      const file = path.join(work, 'real-report.json');
      expect((await cli(['compare', dump, dump, '--json', file], work)).exitCode).toBe(0);
      const payload = examplePayload('workflow_run', 'completed');
      payload.workflow_run.head_sha = 42;
      return { inputs: { mode: 'comment', report: file, 'pr-number': '7' }, payload, eventName: 'workflow_run' };
    }, /^the event's workflow_run\.head_sha is number 42, not a commit or a ref/],
  ];

  it.each(cases)('%s', async (_label, setup, line) => {
    const given = await setup();
    const workspace = given.workspace ?? work;
    const result = await runAction({
      workspace,
      eventName: given.eventName ?? 'pull_request',
      payload: (given.payload ?? pullRequest()) as Record<string, unknown>,
      inputs: { targets: 'toplevel=.#x', 'github-token': '', ...given.inputs },
      apiUrl: API,
      env: { ...(given.eventFile ? { GITHUB_EVENT_PATH: given.eventFile } : {}), ...given.env },
    });
    // A failed step; 2 is an error, as at the CLI (1 would be a broken rule).
    expect(result.exitCode, result.stdout + result.stderr).toBe(2);
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors, result.stdout).toHaveLength(1);
    const message = (errors[0] as string).replace(/^::error::/, '').replace(/%0A.*/s, '');
    expect(message).toMatch(/^nix-size-guard: /);
    expect(message.slice('nix-size-guard: '.length)).toMatch(line);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |internal error|SyntaxError|nothing to compare with/);
    expect(result.outputs.passed).toBeUndefined();
    expect(existsSync(path.join(result.runnerTemp, 'nix-size-guard'))).toBe(false);
  });

  it("a base commit that cannot be fetched keeps git's whole message", async () => {
    const repo = path.join(work, 'repo');
    await mkdir(repo, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-q', '--allow-empty', '-m', 'x');
    git('remote', 'add', 'origin', path.join(work, 'no-such-remote'));
    const result = await runAction({ workspace: repo, eventName: 'pull_request', payload: pullRequest(), inputs: { targets: 'toplevel=.#x', 'github-token': '' }, apiUrl: API });
    expect(result.exitCode).toBe(2);
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    const text = decodeURIComponent((errors[0] as string).replace(/^::error::/, '').replace(/%0A/g, '\n').replace(/%25/g, '%'));
    // What `git fetch` itself says for a remote that is not there, first line and last.
    const said = (() => {
      try {
        execFileSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', '1111111111111111111111111111111111111111'], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
        return '';
      } catch (error) {
        return String((error as { stderr: Buffer }).stderr).trim();
      }
    })();
    expect(said.split('\n').length).toBeGreaterThan(1);
    for (const gitLine of said.split('\n').filter((l) => l.trim() !== '')) expect(text).toContain(gitLine.trim());
    expect(text).toMatch(/^nix-size-guard: base: cannot find or fetch '1{40}' from origin/);
  });
});
