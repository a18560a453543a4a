// Saved closures through the real @actions/cache 6 (real tar, real zstd) against a loopback Actions
// cache service. @actions/cache reads its environment at call time, so each test stubs it
// (vi.stubEnv) and puts it back; each test ends with no protocol violations, none of the library's
// annotations left in the log (ours replace them) and no runtime token in what was logged.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveCache } from '@actions/cache';
import { BlobClient } from '@azure/storage-blob';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { baselineKey, createActionsBaselineCache, savedClosureFile, type BaselineKeyParts } from '../../src/baseline/actions-cache.js';
import type { BaselineCache, SavedClosure } from '../../src/baseline/types.js';
import type { StoreObject } from '../../src/core/types.js';
import { startActionsCacheServer, type ActionsCacheServer } from '../helpers/actions-cache-server.js';
import { storePath } from '../helpers/store.js';

const COMMIT = '3f786850e387550fdab836ed7e6dc881de23001b';
const PARTS: BaselineKeyParts = {
  target: 'appliance',
  commit: COMMIT,
  installable: '.#nixosConfigurations.appliance.config.system.build.toplevel',
  nixArgs: ['--override-input', 'nixpkgs', 'github:NixOS/nixpkgs/nixos-25.05'],
  workingDirectory: '.',
  system: 'x86_64-linux',
  imageGlob: '*.raw',
  forbidFromConfig: '',
};
const KEY = baselineKey(PARTS);
// Everything the runner or an outer CI could have set that changes what @actions/cache does.
const CACHE_ENV = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'RUNNER_DEBUG',
  'CACHE_UPLOAD_CONCURRENCY',
  'CACHE_UPLOAD_CHUNK_SIZE',
  'SEGMENT_DOWNLOAD_TIMEOUT_MINS',
];

let server: ActionsCacheServer;
let temp: string;
let dir: string;
let warnings: string[];
let notes: string[];
let logged: string[];
let cache: BaselineCache;

beforeEach(async () => {
  server = await startActionsCacheServer();
  temp = await mkdtemp(join(tmpdir(), 'baseline-cache-'));
  dir = join(temp, 'runner-temp', 'nix-size-guard');
  for (const name of CACHE_ENV) vi.stubEnv(name, undefined);
  for (const [name, value] of Object.entries(server.env)) vi.stubEnv(name, value);
  // Where the runner puts them: archives go under RUNNER_TEMP, paths are relative to the workspace.
  vi.stubEnv('RUNNER_TEMP', join(temp, 'runner-temp'));
  vi.stubEnv('GITHUB_WORKSPACE', await mkdir(join(temp, 'work', 'fleet', 'fleet'), { recursive: true }));
  logged = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
  warnings = [];
  notes = [];
  cache = createActionsBaselineCache({ dir, warn: (m) => warnings.push(m), info: (m) => notes.push(m) });
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.useRealTimers();
  try {
    expect(server.violations).toEqual([]);
    expect(logged.filter((line) => /^::(warning|error)/.test(line))).toEqual([]);
    expect(logged.join('')).not.toContain(server.token);
  } finally {
    await server.close();
    await rm(temp, { recursive: true, force: true });
  }
});

/** A NixOS system's closure: a few thousand store objects, each referring to a few built before it. */
function applianceClosure(count = 3000): SavedClosure {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const names = ['glibc-2.40-66', 'gcc-14.2.1.20250322-lib', 'python3.12-requests-2.32.3', 'perl5.40.0-URI-5.21',
    'systemd-257.5', 'linux-6.12.30-modules', 'openssl-3.4.1', 'unit-sshd.service', 'etc-os-release', 'X-Restart-Triggers-nginx'];
  const objects: StoreObject[] = [];
  for (let i = 0; i < count; i++) {
    const [name, version] = (names[i % names.length] ?? 'x').split(/-(?=\d)/);
    const path = storePath(`${name}${i >= names.length ? `-${i}` : ''}${version ? `-${version}` : ''}`, 'appliance');
    const references = new Set<string>();
    for (let r = Math.floor(random() * 6); r > 0 && i > 0; r--) references.add(objects[Math.floor(random() * i)]!.path);
    // Sizes from a few hundred bytes to a few hundred MiB, like a real closure.
    objects.push({ path, narSize: Math.round(2 ** (8 + random() * 20)), references: [...references] });
  }
  const root = storePath('nixos-system-appliance-25.05.20250601.abcdef0', 'appliance');
  objects.push({ path: root, narSize: 12_288, references: objects.slice(-40).map((o) => o.path) });
  const image = { file: `${storePath('nixos-disk-image', 'appliance')}/nixos.img`, apparentSize: 4_294_967_296, allocatedSize: 2_147_483_648, compressedSize: 805_306_368 };
  return { formatVersion: 1, root, objects, image };
}

/**
 * @actions/cache sleeps 3 s, ~5 s, ~8 s, ~12 s between its five tries of a Twirp call (not
 * configurable): run setTimeout's clock 200 times faster while `work` runs.
 */
async function withFastRetries<T>(work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const pump = setInterval(() => vi.advanceTimersByTime(1000), 5);
  try {
    return await work();
  } finally {
    clearInterval(pump);
    vi.useRealTimers();
  }
}

/** Puts `text` in the cache as the file for `key`, the way a saved closure gets there. */
async function saveRawFile(key: string, text: string): Promise<void> {
  const file = savedClosureFile(dir, key);
  await mkdir(dir, { recursive: true });
  await writeFile(file, text);
  expect(await saveCache([file], key)).toBeGreaterThan(0);
  await rm(file);
}

describe('createActionsBaselineCache', () => {
  it('a saved closure restores equal, through tar, zstd and the blob store', async () => {
    const closure = applianceClosure();

    expect(await cache.save(KEY, closure)).toBe(true);
    expect(await cache.restore(KEY)).toEqual(closure);

    expect(warnings).toEqual([]);
    expect(server.entries()).toMatchObject([{ key: KEY, pending: false }]);
    expect(server.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
      'CreateCacheEntry 200',
      'PutBlob 201',
      'FinalizeCacheEntryUpload 200',
      'GetCacheEntryDownloadURL 200',
      'GetBlob 200',
    ]);
  });

  it('an unknown key is a miss, noted but not warned about', async () => {
    expect(await cache.restore(KEY)).toBeNull();

    expect(warnings).toEqual([]);
    expect(notes).toEqual([`No saved closure ${KEY} in the Actions cache.`]);
    expect(server.requestsFor('GetBlob')).toEqual([]);
  });

  it('another commit of the same target is a miss, not the nearest entry', async () => {
    await cache.save(KEY, applianceClosure(10));

    const other = baselineKey({ ...PARTS, commit: 'a'.repeat(40) });
    expect(await cache.restore(other)).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('saving a key that is already saved succeeds, without a second upload', async () => {
    const closure = applianceClosure(50);
    expect(await cache.save(KEY, closure)).toBe(true);

    expect(await cache.save(KEY, closure)).toBe(true);

    expect(warnings).toEqual([]);
    expect(notes).toContain(`The closure ${KEY} was already in the Actions cache.`);
    expect(server.requestsFor('CreateCacheEntry').map((r) => r.status)).toEqual([200, 409]);
    expect(server.requestsFor('PutBlob')).toHaveLength(1);
    expect(server.entries()).toHaveLength(1);
  });

  it('two targets saved and restored at once stay apart', async () => {
    const other = baselineKey({ ...PARTS, target: 'gateway', installable: '.#nixosConfigurations.gateway.config.system.build.toplevel' });
    const [a, b] = [applianceClosure(30), applianceClosure(60)];

    expect(await Promise.all([cache.save(KEY, a), cache.save(other, b)])).toEqual([true, true]);
    expect(await Promise.all([cache.restore(KEY), cache.restore(other)])).toEqual([a, b]);
    expect(warnings).toEqual([]);
  });

  const valid = JSON.stringify(applianceClosure(3));
  it.each([
    ['a truncated file', valid.slice(0, 200), 'not JSON'],
    ['another format version', valid.replace('"formatVersion":1', '"formatVersion":2'), 'formatVersion must be 1'],
    ['a size that is not a number', valid.replace(/"narSize":\d+/, '"narSize":"12 MiB"'), 'objects[0].narSize must be a whole number'],
    ['references that are not a list', valid.replace(/"references":\[[^\]]*\]/, '"references":null'), 'objects[0].references must be a list'],
    ['no objects', JSON.stringify({ ...applianceClosure(3), objects: {} }), 'objects must be a list'],
    ['a root that is not in the closure', JSON.stringify({ ...applianceClosure(3), root: storePath('elsewhere') }), 'the root is not among the objects'],
    ['a broken image', JSON.stringify({ ...applianceClosure(3), image: { file: 'nixos.img' } }), 'image.apparentSize is missing'],
    ['an image that is not one', JSON.stringify({ ...applianceClosure(3), image: 'nixos.img' }), 'image must be null or an object'],
    ['a size that is a fraction', valid.replace(/"narSize":\d+/, '"narSize":1.5'), 'objects[0].narSize must be a whole number'],
    ['a negative size', valid.replace(/"narSize":\d+/, '"narSize":-1'), 'objects[0].narSize must be at least 0'],
    ['a path that is not a store path', valid.replace(/"path":"\/nix\/store\/[^"]*"/, '"path":"/nix/store/x](https://evil.example)"'),
      'objects[0].path must be a store path (/nix/store/, 32 nix-base32 characters, -, a name of [A-Za-z0-9+._?=-])'],
    ['a field nobody wrote', JSON.stringify({ ...applianceClosure(3), extra: 1 }), 'extra is not a field of this schema'],
  ])('%s restored from the cache is a miss with a warning', async (_label, text, problem) => {
    await saveRawFile(KEY, text);

    expect(await cache.restore(KEY)).toBeNull();

    expect(warnings).toEqual([`Could not restore the saved closure ${KEY} from the Actions cache (unusable: ${problem}); building the base instead.`]);
  });

  it('cache service down: restore misses and save is refused, one warning each, nothing thrown', async () => {
    server.failNext('unavailable', Infinity);

    const restored = await withFastRetries(() => cache.restore(KEY));
    const saved = await withFastRetries(() => cache.save(KEY, applianceClosure(20)));

    expect(restored).toBeNull();
    expect(saved).toBe(false);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(new RegExp(`^Could not restore the saved closure ${KEY} from the Actions cache \\(Failed to restore: .*\\(503\\) Service Unavailable`));
    expect(warnings[0]).toMatch(/; building the base instead\.$/);
    // @actions/cache tries the Twirp call five times; after that the run stops asking.
    expect(server.requests.map((r) => r.operation)).toEqual(Array(5).fill('GetCacheEntryDownloadURL'));
    expect(warnings[1]).toMatch(new RegExp(`^Could not save the closure ${KEY} to the Actions cache \\(the service failed earlier in this run: Failed to restore: .*\\(503\\)`));
  });

  it('a save that finds the service down warns once, and the rest of the run does not wait for it', async () => {
    server.failNext('unavailable', Infinity);
    const other = baselineKey({ ...PARTS, target: 'gateway' });

    expect(await withFastRetries(() => cache.save(KEY, applianceClosure(20)))).toBe(false);
    expect(await cache.restore(other)).toBeNull();

    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(new RegExp(`^Could not save the closure ${KEY} to the Actions cache \\(Failed to CreateCacheEntry: Failed to make request after 5 attempts: Failed request: \\(503\\) Service Unavailable`));
    expect(warnings[1]).toMatch(/^Could not restore the saved closure .*gateway.* from the Actions cache \(the service failed earlier in this run: Failed to CreateCacheEntry/);
    expect(server.requests.map((r) => r.operation)).toEqual(Array(5).fill('CreateCacheEntry'));
  });

  it('a blob download failing with 500 is a miss with a warning', async () => {
    await cache.save(KEY, applianceClosure(20));
    server.failNext('download-500');

    expect(await cache.restore(KEY)).toBeNull();

    expect(warnings).toEqual([
      `Could not restore the saved closure ${KEY} from the Actions cache (Failed to restore: downloadCache failed: Cache service responded with 500); building the base instead.`,
    ]);
    // And the entry is still good for the next run.
    expect(await cache.restore(KEY)).not.toBeNull();
  });

  it('one 500 from CreateCacheEntry is retried by @actions/cache and the save goes through', async () => {
    server.failNext('reserve-500');

    expect(await withFastRetries(() => cache.save(KEY, applianceClosure(20)))).toBe(true);

    expect(warnings).toEqual([]);
    expect(server.requestsFor('CreateCacheEntry').map((r) => r.status)).toEqual([500, 200]);
  });

  it('a save refused for good is false with the service’s reason', async () => {
    server.failNext('reserve-500', 5);

    expect(await withFastRetries(() => cache.save(KEY, applianceClosure(20)))).toBe(false);

    expect(warnings).toEqual([
      `Could not save the closure ${KEY} to the Actions cache (Failed to CreateCacheEntry: Failed to make request after 5 attempts: ` +
        'Failed request: (500) Internal Server Error: internal error); the next run will build this commit again.',
    ]);
  });

  it('an entry saved from another workspace location restores elsewhere: a miss with a warning', async () => {
    await cache.save(KEY, applianceClosure(20));
    // The archive holds the file relative to GITHUB_WORKSPACE; a deeper workspace extracts it elsewhere.
    vi.stubEnv('GITHUB_WORKSPACE', await mkdir(join(temp, 'work', 'fleet', 'fleet', 'sub'), { recursive: true }));

    expect(await cache.restore(KEY)).toBeNull();
    expect(warnings).toEqual([
      `Could not restore the saved closure ${KEY} from the Actions cache (the entry did not contain ${savedClosureFile(dir, KEY)}; ` +
        'saved from another workspace location?); building the base instead.',
    ]);
  });

  it('a cache mode without writes skips the save with a note, not a warning', async () => {
    vi.stubEnv('ACTIONS_CACHE_MODE', 'read');

    expect(await cache.save(KEY, applianceClosure(5))).toBe(false);

    expect(warnings).toEqual([]);
    expect(notes).toEqual([`Not saving ${KEY}: Cache save skipped: the effective cache-mode 'read' does not permit writes.`]);
    expect(server.requests.map((r) => r.operation)).toEqual([]);
  });

  it('no cache service in the environment: a miss and a skipped save, without a warning or a request', async () => {
    for (const name of CACHE_ENV) vi.stubEnv(name, undefined);

    expect(await cache.restore(KEY)).toBeNull();
    expect(await cache.save(KEY, applianceClosure(5))).toBe(false);

    expect(warnings).toEqual([]);
    expect(notes).toEqual([
      `No Actions cache service in this environment; not looking for ${KEY}.`,
      `No Actions cache service in this environment; not saving ${KEY}.`,
    ]);
    expect(server.requests).toEqual([]);
  });
});

describe('the loopback cache service', () => {
  /** One Twirp call, as @actions/cache makes it. */
  async function twirp(method: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${server.url}/twirp/github.actions.results.api.v1.CacheService/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  }

  it('takes the Azure SDK’s block upload (Put Block, Put Block List) and serves ranged reads', async () => {
    const version = 'f'.repeat(64);
    const data = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const created = await twirp('CreateCacheEntry', { key: 'blocks', version });

    const upload = new BlobClient(created['signed_upload_url'] as string).getBlockBlobClient();
    await upload.uploadData(data, { blockSize: 64 * 1024, maxSingleShotSize: 64 * 1024, concurrency: 3 });
    expect(await twirp('FinalizeCacheEntryUpload', { key: 'blocks', version, size_bytes: String(data.length) })).toEqual({ ok: true, entry_id: '1' });

    const found = await twirp('GetCacheEntryDownloadURL', { key: 'nothing', restore_keys: ['blo'], version });
    expect(found).toMatchObject({ ok: true, matched_key: 'blocks' });
    const download = new BlobClient(found['signed_download_url'] as string);
    expect(await download.downloadToBuffer(0, undefined, { blockSize: 50_000, concurrency: 4 })).toEqual(data);
    expect(await download.downloadToBuffer(299_990, 10)).toEqual(data.subarray(299_990));

    expect(server.requestsFor('PutBlock')).toHaveLength(5);
    expect(server.requestsFor('PutBlockList')).toHaveLength(1);
    expect(server.requestsFor('GetBlob').map((r) => r.range)).toContain('bytes=250000-299999');
    expect(server.archive('blocks')).toEqual(data);
  });

  it('refuses a download URL used for upload and a wrong token', async () => {
    const version = 'e'.repeat(64);
    const created = await twirp('CreateCacheEntry', { key: 'k', version });
    const readOnly = (created['signed_upload_url'] as string).replace('sp=cw', 'sp=r');

    const put = await fetch(readOnly, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'x' });
    const rpc = await fetch(`${server.url}/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
      method: 'POST',
      headers: { authorization: 'Bearer nope', 'content-type': 'application/json' },
      body: '{}',
    });

    expect([put.status, rpc.status]).toEqual([403, 401]);
    expect(server.violations.map((v) => v.problems)).toHaveLength(2);
    server.violations.length = 0;
  });
});

describe('baselineKey', () => {
  it('reads as prefix, target, build hash and commit', () => {
    expect(KEY).toMatch(new RegExp(`^nix-size-guard-v1-appliance-[0-9a-f]{16}-${COMMIT}$`));
    expect(baselineKey({ ...PARTS })).toBe(KEY);
  });

  it.each<[string, Partial<BaselineKeyParts>]>([
    ['target', { target: 'gateway' }],
    ['commit', { commit: '0'.repeat(40) }],
    ['installable', { installable: '.#nixosConfigurations.gateway.config.system.build.toplevel' }],
    ['nix args', { nixArgs: [...PARTS.nixArgs, '--impure'] }],
    ['nix args split differently', { nixArgs: ['--override-input nixpkgs', 'github:NixOS/nixpkgs/nixos-25.05'] }],
    ['nix args order', { nixArgs: [...PARTS.nixArgs].reverse() }],
    ['working directory', { workingDirectory: 'hosts' }],
    ['system', { system: 'aarch64-linux' }],
    ['image glob', { imageGlob: 'sd-image/*.img' }],
    ['check-off builds (forbid-from-config)', { forbidFromConfig: 'nixosConfigurations.appliance' }],
  ])('changes with the %s', (_label, change) => {
    expect(baselineKey({ ...PARTS, ...change })).not.toBe(KEY);
  });

  it('takes the same working directory written differently as the same', () => {
    for (const workingDirectory of ['', '.', './']) expect(baselineKey({ ...PARTS, workingDirectory })).toBe(KEY);
    expect(baselineKey({ ...PARTS, workingDirectory: 'hosts/' })).toBe(baselineKey({ ...PARTS, workingDirectory: './hosts' }));
  });

  it('keeps to the cache’s key rules: no commas, at most 512 characters', () => {
    const key = baselineKey({ ...PARTS, target: 'edge, eu-west/1 '.repeat(100), commit: 'ab'.repeat(32) });

    expect(key).not.toContain(',');
    expect(key.length).toBeLessThanOrEqual(512);
    expect(key).toMatch(/^nix-size-guard-v1-edge__eu-west_1_edge/);
  });

  it('refuses a commit that is not a full hash', () => {
    expect(() => baselineKey({ ...PARTS, commit: 'main' })).toThrow(/not a full commit hash/);
    expect(() => baselineKey({ ...PARTS, commit: COMMIT.slice(0, 12) })).toThrow(/not a full commit hash/);
  });
});
