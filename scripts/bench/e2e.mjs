// End to end on the fixture repository: the action, run the way the runner runs it
// (node dist/index.js, INPUT_*, a pull_request payload), against the loopback GitHub and the
// loopback Actions cache service of the tests. A cold run (nothing built, empty cache) against
// the warm rerun of the same pull request (base saved by the cold run): wall time, and the nix
// builds and base evaluations each one starts, counted by a logging `nix` first on PATH.
//
//   node scripts/bench/e2e.mjs [--runs N]     (npm run bench calls endToEnd())

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TOKEN = 'ghs_bench0e2e0token000000000000000000000';
const TOPLEVEL = 'nixosConfigurations.appliance.config.system.build.toplevel';
const TARGETS = `toplevel=.#${TOPLEVEL}\nimage=.#image`;

/** The tests' loopback servers and runner, bundled from test/helpers (TypeScript) for plain Node. */
async function helpers() {
  const out = join(repo, '.bench', 'e2e', 'helpers.mjs');
  mkdirSync(dirname(out), { recursive: true });
  const entry = join(repo, '.bench', 'e2e', 'entry.ts');
  writeFileSync(
    entry,
    [
      "export { startActionsCacheServer } from '../../test/helpers/actions-cache-server.ts';",
      "export { startGitHubServer } from '../../test/helpers/github-server.ts';",
      "export { createApplianceRepo } from '../../test/helpers/fixture-repo.ts';",
      "export { runAction, examplePayload } from '../../test/helpers/action-runner.ts';",
    ].join('\n'),
  );
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(out).href);
}

function git(dir, ...args) {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: dir, encoding: 'utf8' }).trim();
}

/** The example appliance at a version nothing else built: a cold run really builds. */
async function freshRepo(h) {
  const fixture = await h.createApplianceRepo();
  const version = `1.0-bench-${Date.now()}`;
  const setVersion = () => {
    const file = join(fixture.dir, 'configuration.nix');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/label = "[^"]*"/, `label = "${version}"`));
  };
  git(fixture.dir, 'checkout', '-q', 'main');
  setVersion();
  git(fixture.dir, 'commit', '-qam', 'bench base');
  const baseRev = git(fixture.dir, 'rev-parse', 'HEAD');
  git(fixture.dir, 'checkout', '-q', 'pr');
  git(fixture.dir, 'rebase', '-q', 'main');
  return { dir: fixture.dir, baseRev, headRev: git(fixture.dir, 'rev-parse', 'HEAD') };
}

function countingNix() {
  const dir = mkdtempSync(join(tmpdir(), 'nsg-bench-nix-'));
  const log = join(dir, 'calls.log');
  const real = execFileSync('sh', ['-c', 'command -v nix'], { encoding: 'utf8' }).trim();
  writeFileSync(join(dir, 'nix'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  return { dir, log };
}

export async function endToEnd({ runs = 3, log = () => {} } = {}) {
  const h = await helpers();
  const nix = countingNix();
  const samples = { cold: [], warm: [] };
  for (let i = 0; i < runs; i++) {
    const fixture = await freshRepo(h);
    const cache = await h.startActionsCacheServer();
    const github = await h.startGitHubServer({ token: TOKEN, owner: 'acme', repo: 'fleet' });
    github.addPullRequest(42, { baseSha: fixture.baseRev, headSha: fixture.headRev });
    try {
      for (const kind of ['cold', 'warm']) {
        writeFileSync(nix.log, '');
        const payload = h.examplePayload('pull_request', 'opened');
        payload.number = 42;
        payload.pull_request.number = 42;
        payload.pull_request.base.sha = fixture.baseRev;
        payload.pull_request.head.sha = fixture.headRev;
        const started = performance.now();
        const run = await h.runAction({
          workspace: fixture.dir,
          eventName: 'pull_request',
          payload,
          inputs: { 'github-token': TOKEN, targets: TARGETS },
          apiUrl: github.url,
          env: { ...cache.env, PATH: `${nix.dir}:${process.env.PATH}` },
        });
        const ms = performance.now() - started;
        if (run.exitCode !== 0) throw new Error(`the ${kind} run failed:\n${run.stdout.slice(-2000)}`);
        const calls = readFileSync(nix.log, 'utf8').split('\n').filter((l) => l.trim() !== '');
        samples[kind].push({
          ms,
          builds: calls.filter((c) => / build /.test(` ${c} `)).length,
          baseCalls: calls.filter((c) => c.includes(`rev=${fixture.baseRev}`)).length,
          nixCalls: calls.length,
        });
        log(`e2e ${kind} run ${i + 1}/${runs}: ${ms.toFixed(0)} ms`);
      }
    } finally {
      await cache.close();
      await github.close();
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const row = (label, list) => ({
    label,
    ms: { median: median(list.map((s) => s.ms)), min: Math.min(...list.map((s) => s.ms)), max: Math.max(...list.map((s) => s.ms)) },
    builds: [...new Set(list.map((s) => s.builds))].join('/'),
    baseCalls: [...new Set(list.map((s) => s.baseCalls))].join('/'),
    nixCalls: [...new Set(list.map((s) => s.nixCalls))].join('/'),
  });
  return { runs, rows: [row('cold: nothing built, empty cache', samples.cold), row('warm: rerun, base from the Actions cache', samples.warm)] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
  const result = await endToEnd({ runs, log: (line) => process.stderr.write(`${line}\n`) });
  for (const r of result.rows) {
    console.log(`${r.label}: ${r.ms.median.toFixed(0)} ms (${r.ms.min.toFixed(0)}–${r.ms.max.toFixed(0)}), nix builds ${r.builds}, base evaluations ${r.baseCalls}, nix calls ${r.nixCalls}`);
  }
}
