// The GitHub Actions cache service on loopback, as @actions/cache v6 talks to it on github.com
// today (cache service v2): the Twirp API `github.actions.results.api.v1.CacheService` at
// ACTIONS_RESULTS_URL, and the Azure Blob endpoints its signed URLs point at, served by the same
// server (Azurite-style path URLs: /<account>/<container>/<blob>?<sas>). Entries live in memory,
// keyed by (key, version) like the real service (one scope). A request the real service would refuse
// is refused the same way AND recorded in `violations`, which every test asserts is empty.
//
//   const server = await startActionsCacheServer();
//   for (const [name, value] of Object.entries(server.env)) vi.stubEnv(name, value);
//   await saveCache([file], 'key');                 // CreateCacheEntry, Put Blob, FinalizeCacheEntryUpload
//   server.failNext('download-500');
//   await restoreCache([file], 'key');              // GetCacheEntryDownloadURL, then GET blob → 500
//   expect(server.violations).toEqual([]);
//   await server.close();
//
// @actions/cache downloads through the Azure SDK only from *.blob.core.windows.net; from loopback it
// downloads with one plain GET (no Range). The blob side still answers ranged GETs and the block
// upload (Put Block + Put Block List) the SDK uses above 128 MiB, for tests that call the SDK directly.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.js';

/**
 * What to answer instead of the real thing, one matching request each:
 * - 'reserve-500': CreateCacheEntry answers 500 (Twirp `internal`); @actions/cache retries it.
 * - 'download-500': the blob GET answers 500 (Azure `InternalError`); not retried.
 * - 'unavailable': any request answers 503, as during an outage (Twirp `unavailable`, Azure
 *   `ServerBusy`); @actions/cache retries Twirp calls 5 times over ~25 s.
 */
export type CacheFault = 'reserve-500' | 'download-500' | 'unavailable';

export type CacheOperation =
  | 'CreateCacheEntry'
  | 'FinalizeCacheEntryUpload'
  | 'GetCacheEntryDownloadURL'
  | 'PutBlob'
  | 'PutBlock'
  | 'PutBlockList'
  | 'GetBlob'
  | 'unknown';

export interface RecordedCacheRequest {
  method: string;
  /** Path only: the SAS query (with its signature) is left out. */
  path: string;
  operation: CacheOperation;
  /** The Twirp request, as JSON; undefined for blob requests. */
  body: unknown;
  /** Bytes received (blob uploads). */
  bytes: number;
  /** `bytes=0-99` when the blob GET asked for a range. */
  range: string | undefined;
  status: number;
  fault: CacheFault | undefined;
}

export interface Violation {
  request: string;
  problems: string[];
}

/** One cache entry as `gh cache list` would show it. */
export interface CacheEntrySummary {
  id: number;
  key: string;
  version: string;
  /** Archive size in bytes; 0 until finalized. */
  size: number;
  /** Reserved (CreateCacheEntry) but not finalized yet. */
  pending: boolean;
  createdAt: Date;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  blob: string;
  size: number;
  finalized: boolean;
  createdAt: Date;
}

interface Blob {
  /** Committed content; undefined until Put Blob or Put Block List. */
  data: Buffer | undefined;
  staged: Map<string, Buffer>;
  etag: string;
  lastModified: Date;
  uploadSig: string;
  downloadSig: string;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const SERVICE = 'github.actions.results.api.v1.CacheService';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';
// The storage service version @azure/storage-blob 12.31 speaks; echoed back like Azure does.
const STORAGE_VERSION = '2026-02-06';

const TWIRP_STATUS: Record<string, number> = {
  invalid_argument: 400,
  unauthenticated: 401,
  not_found: 404,
  already_exists: 409,
  internal: 500,
  unavailable: 503,
};

export async function startActionsCacheServer(options: { token?: string } = {}): Promise<ActionsCacheServer> {
  const server = new ActionsCacheServer(options.token ?? 'loopback-actions-runtime-token');
  await server.listen();
  return server;
}

export class ActionsCacheServer {
  readonly requests: RecordedCacheRequest[] = [];
  readonly violations: Violation[] = [];

  private readonly http: Server;
  private readonly store = new Map<string, Entry>();
  private readonly blobs = new Map<string, Blob>();
  private readonly faults: Array<{ kind: CacheFault; left: number }> = [];
  private nextId = 1;
  private origin = '';

  constructor(readonly token: string) {
    this.http = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push({ request: `${req.method} ${req.url}`, problems: [`the test server failed: ${String(error)}`] });
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  }

  get url(): string {
    return this.origin;
  }

  /**
   * What the runner gives a JavaScript action, pointing at this server. GITHUB_SERVER_URL is set
   * because @actions/cache falls back to the v1 API on anything that looks like GHES.
   */
  get env(): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: `${this.origin}/`,
      ACTIONS_RUNTIME_TOKEN: this.token,
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  async listen(): Promise<void> {
    this.origin = await listenOnLoopback(this.http);
  }

  async close(): Promise<void> {
    await closeServer(this.http);
  }

  /** Every entry, finalized or pending, oldest first. */
  entries(): CacheEntrySummary[] {
    return [...this.store.values()].map((e) => ({
      id: e.id,
      key: e.key,
      version: e.version,
      size: e.size,
      pending: !e.finalized,
      createdAt: e.createdAt,
    }));
  }

  /** The archive (tar.zst) of a finalized entry, as uploaded. */
  archive(key: string): Buffer | undefined {
    const entry = [...this.store.values()].find((e) => e.key === key && e.finalized);
    return entry ? this.blobs.get(entry.blob)?.data : undefined;
  }

  /**
   * Answer the next `times` requests of this kind with the fault ('unavailable': any request).
   * `Infinity` keeps it up until `heal()`.
   */
  failNext(kind: CacheFault, times = 1): void {
    this.faults.push({ kind, left: times });
  }

  /** Drop every pending fault. */
  heal(): void {
    this.faults.length = 0;
  }

  requestsFor(operation: CacheOperation): RecordedCacheRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.origin);
    const data = await readBody(req);
    const record: RecordedCacheRequest = {
      method,
      path: url.pathname,
      operation: 'unknown',
      body: undefined,
      bytes: data.length,
      range: undefined,
      status: 0,
      fault: undefined,
    };
    this.requests.push(record);
    const label = `${method} ${url.pathname}`;
    const reply = (r: Reply): void => {
      record.status = r.status;
      send(res, method, r, url.pathname.startsWith(`/${ACCOUNT}/`));
    };
    const refuse = (problems: string[], r: Reply): void => {
      this.violations.push({ request: label, problems });
      reply(r);
    };

    const twirp = new RegExp(`^/twirp/${SERVICE.replaceAll('.', '\\.')}/(\\w+)$`).exec(url.pathname);
    const blob = new RegExp(`^/${ACCOUNT}/${CONTAINER}/([\\w.-]+)$`).exec(url.pathname);

    if (twirp) {
      const name = twirp[1]!;
      if (name === 'CreateCacheEntry' || name === 'FinalizeCacheEntryUpload' || name === 'GetCacheEntryDownloadURL') {
        record.operation = name;
      }
      if (method !== 'POST') return refuse([`Twirp takes POST, not ${method}`], twirpError('bad_route', `${method} ${url.pathname}`, 404));
      const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
      if (auth?.[1] !== this.token) {
        return refuse(['no Bearer ACTIONS_RUNTIME_TOKEN'], twirpError('unauthenticated', 'invalid or missing token'));
      }
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        return refuse([`body sent as ${req.headers['content-type']}`], twirpError('malformed', 'expected application/json', 415));
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
      } catch {
        return refuse(['the body is not JSON'], twirpError('malformed', 'the body is not JSON', 400));
      }
      record.body = body;
      const fault = this.takeFault(record.operation);
      if (fault) {
        record.fault = fault;
        return reply(fault === 'unavailable' ? twirpError('unavailable', 'service unavailable') : twirpError('internal', 'internal error'));
      }
      const answer = this.rpc(name, body);
      if (answer.violation) this.violations.push({ request: label, problems: [answer.violation] });
      return reply(answer.reply);
    }

    if (blob) {
      const name = blob[1]!;
      const comp = url.searchParams.get('comp');
      record.operation =
        method === 'PUT' ? (comp === 'block' ? 'PutBlock' : comp === 'blocklist' ? 'PutBlockList' : 'PutBlob') : 'GetBlob';
      record.range = header(req, 'x-ms-range') ?? header(req, 'range');
      const fault = this.takeFault(record.operation);
      if (fault) {
        record.fault = fault;
        return reply(fault === 'unavailable' ? storageError(503, 'ServerBusy', 'The server is busy.') : storageError(500, 'InternalError', 'The server encountered an internal error.'));
      }
      const stored = this.blobs.get(name);
      const write = method === 'PUT';
      const sig = url.searchParams.get('sig');
      if (!stored || sig !== (write ? stored.uploadSig : stored.downloadSig) || url.searchParams.get('sp') !== (write ? 'cw' : 'r')) {
        return refuse(['the signed URL is not one this service handed out for that'], storageError(403, 'AuthenticationFailed', 'Signature did not match.'));
      }
      if (write) return reply(this.putBlob(stored, comp, url, req, data, refuse));
      if (method === 'GET' || method === 'HEAD') {
        if (!stored.data) return reply(storageError(404, 'BlobNotFound', 'The specified blob does not exist.'));
        return reply(getBlob(stored, stored.data, record.range));
      }
      return refuse([`${method} on a blob`], storageError(405, 'UnsupportedHttpVerb', 'The resource does not support the specified HTTP verb.'));
    }

    const fault = this.takeFault('unknown');
    if (fault) {
      record.fault = fault;
      return reply({ status: 503 });
    }
    refuse([`nothing here: ${url.pathname}`], { status: 404 });
  }

  private takeFault(operation: CacheOperation): CacheFault | undefined {
    const matches = (kind: CacheFault): boolean =>
      kind === 'unavailable' ||
      (kind === 'reserve-500' && operation === 'CreateCacheEntry') ||
      (kind === 'download-500' && operation === 'GetBlob');
    const fault = this.faults.find((f) => matches(f.kind));
    if (!fault) return undefined;
    fault.left -= 1;
    if (fault.left <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return fault.kind;
  }

  private rpc(name: string, body: Record<string, unknown>): { reply: Reply; violation?: string } {
    const key = body['key'];
    const version = body['version'];
    if (typeof key !== 'string' || key === '' || key.length > 512 || key.includes(',')) {
      return { reply: twirpError('invalid_argument', 'key is required, at most 512 characters, no commas'), violation: `bad key ${JSON.stringify(key)}` };
    }
    if (typeof version !== 'string' || !/^[0-9a-f]{64}$/.test(version)) {
      return { reply: twirpError('invalid_argument', 'version is required'), violation: `bad version ${JSON.stringify(version)}` };
    }
    const id = `${version}\u0000${key}`;
    switch (name) {
      case 'CreateCacheEntry': {
        // The real service's words, as @actions/cache users see them in their logs.
        if (this.store.has(id)) {
          return { reply: twirpError('already_exists', 'cache entry with the same key, version, and scope already exists') };
        }
        const blobName = randomUUID();
        const stored: Blob = {
          data: undefined,
          staged: new Map(),
          etag: etag(),
          lastModified: new Date(),
          uploadSig: randomBytes(24).toString('base64'),
          downloadSig: randomBytes(24).toString('base64'),
        };
        this.blobs.set(blobName, stored);
        this.store.set(id, { id: this.nextId++, key, version, blob: blobName, size: 0, finalized: false, createdAt: new Date() });
        return { reply: json({ ok: true, signed_upload_url: this.signedUrl(blobName, 'cw', stored.uploadSig) }) };
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.store.get(id);
        if (!entry || entry.finalized) return { reply: twirpError('not_found', 'no cache entry is being uploaded with this key and version') };
        const data = this.blobs.get(entry.blob)?.data;
        const size = Number(body['size_bytes']);
        if (!data) return { reply: json({ ok: false, message: 'the archive was not uploaded' }) };
        if (size !== data.length) {
          return { reply: json({ ok: false, message: `size_bytes ${size} is not the uploaded ${data.length}` }), violation: 'size_bytes differs from the upload' };
        }
        entry.finalized = true;
        entry.size = size;
        // int64 fields are strings in proto3 JSON.
        return { reply: json({ ok: true, entry_id: String(entry.id) }) };
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = body['restore_keys'] ?? [];
        if (!Array.isArray(restoreKeys) || restoreKeys.some((k) => typeof k !== 'string')) {
          return { reply: twirpError('invalid_argument', 'restore_keys must be strings'), violation: 'bad restore_keys' };
        }
        const entry = this.lookup([key, ...(restoreKeys as string[])], version);
        if (!entry) return { reply: json({ ok: false }) };
        const stored = this.blobs.get(entry.blob)!;
        return {
          reply: json({ ok: true, signed_download_url: this.signedUrl(entry.blob, 'r', stored.downloadSig), matched_key: entry.key }),
        };
      }
      default:
        return { reply: twirpError('bad_route', `no method ${name}`, 404), violation: `unknown method ${name}` };
    }
  }

  /**
   * The cache matching rules GitHub documents: the first key with an entry of this version, each key
   * matched exactly first, then as a prefix (newest entry first).
   */
  private lookup(keys: string[], version: string): Entry | undefined {
    const finalized = [...this.store.values()].filter((e) => e.finalized && e.version === version).reverse();
    for (const key of keys) {
      const hit = finalized.find((e) => e.key === key) ?? finalized.find((e) => e.key.startsWith(key));
      if (hit) return hit;
    }
    return undefined;
  }

  private signedUrl(blob: string, permissions: 'cw' | 'r', sig: string): string {
    const expiry = new Date(Date.now() + 60 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const sas = new URLSearchParams({ sv: STORAGE_VERSION, se: expiry, sr: 'b', sp: permissions, sig });
    return `${this.origin}/${ACCOUNT}/${CONTAINER}/${blob}?${sas}`;
  }

  private putBlob(
    stored: Blob,
    comp: string | null,
    url: URL,
    req: IncomingMessage,
    data: Buffer,
    refuse: (problems: string[], r: Reply) => void,
  ): Reply {
    const length = Number(header(req, 'content-length') ?? NaN);
    if (length !== data.length) {
      const r = storageError(400, 'InvalidHeaderValue', 'Content-Length does not match the body.');
      refuse([`Content-Length ${header(req, 'content-length')} for ${data.length} bytes`], r);
      return r;
    }
    const created = (): Reply => {
      stored.etag = etag();
      stored.lastModified = new Date();
      return { status: 201, headers: { etag: stored.etag, 'last-modified': stored.lastModified.toUTCString(), 'x-ms-request-server-encrypted': 'true' } };
    };
    switch (comp) {
      case null: {
        // Put Blob: the whole archive in one request (the SDK's single shot, up to 128 MiB here).
        if (header(req, 'x-ms-blob-type') !== 'BlockBlob') {
          const r = storageError(400, 'MissingRequiredHeader', 'An HTTP header that is mandatory for this request is not specified.');
          refuse(['Put Blob without x-ms-blob-type: BlockBlob'], r);
          return r;
        }
        stored.data = data;
        stored.staged.clear();
        return { ...created(), headers: { ...created().headers, 'content-md5': createHash('md5').update(data).digest('base64') } };
      }
      case 'block': {
        const id = url.searchParams.get('blockid');
        if (!id) {
          const r = storageError(400, 'InvalidQueryParameterValue', 'blockid is required.');
          refuse(['Put Block without blockid'], r);
          return r;
        }
        stored.staged.set(id, data);
        return created();
      }
      case 'blocklist': {
        const ids = [...data.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2]!);
        const missing = ids.filter((id) => !stored.staged.has(id));
        if (ids.length === 0 || missing.length > 0) {
          const r = storageError(400, 'InvalidBlockList', 'The specified block list is invalid.');
          refuse([`Put Block List with ${ids.length} blocks, ${missing.length} never staged`], r);
          return r;
        }
        stored.data = Buffer.concat(ids.map((id) => stored.staged.get(id)!));
        stored.staged.clear();
        return created();
      }
      default: {
        const r = storageError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported here.`);
        refuse([`comp=${comp}`], r);
        return r;
      }
    }
  }
}

function getBlob(stored: Blob, data: Buffer, range: string | undefined): Reply {
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'accept-ranges': 'bytes',
    etag: stored.etag,
    'last-modified': stored.lastModified.toUTCString(),
    'x-ms-blob-type': 'BlockBlob',
  };
  if (range === undefined) return { status: 200, headers, body: data };
  const m = /^bytes=(\d+)-(\d*)$/.exec(range);
  const start = Number(m?.[1] ?? NaN);
  const end = Math.min(m?.[2] ? Number(m[2]) : data.length - 1, data.length - 1);
  if (!m || start >= data.length || end < start) {
    return { ...storageError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.'), headers: { 'content-range': `bytes */${data.length}` } };
  }
  return { status: 206, headers: { ...headers, 'content-range': `bytes ${start}-${end}/${data.length}` }, body: data.subarray(start, end + 1) };
}

function twirpError(code: string, msg: string, status = TWIRP_STATUS[code] ?? 500): Reply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, msg }) };
}

function json(body: unknown): Reply {
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

function storageError(status: number, code: string, message: string): Reply {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`;
  return { status, headers: { 'content-type': 'application/xml', 'x-ms-error-code': code }, body };
}

function etag(): string {
  return `"0x8DC${randomBytes(6).toString('hex').toUpperCase()}"`;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function send(res: ServerResponse, method: string, reply: Reply, storage: boolean): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : (reply.body ?? Buffer.alloc(0));
  res.writeHead(reply.status, {
    'content-length': String(body.length),
    ...(storage ? { 'x-ms-request-id': randomUUID(), 'x-ms-version': STORAGE_VERSION, date: new Date().toUTCString() } : {}),
    ...reply.headers,
  });
  res.end(method === 'HEAD' ? undefined : body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
