// The fast way through a big `nix path-info --json --recursive` dump: the bytes are read where
// they lie, taking only each entry's path, narSize, references, deriver and `valid`; references
// become indices without a string made for each (100 000 paths hold a million references), and
// a deriver one string however many outputs of it there are.
// Nothing is lost by it: whatever it does not expect (an escape or a non-ASCII byte in a string,
// a field of another type, a shape of its own, a reference to a path not in the dump, invalid
// JSON) makes it return null, and JSON.parse with parsePathInfoJson decides, and words the error.
// The result is the PathGraph parsePathInfoJson + graphOfObjects would give, tested to be so.

import { randomBytes } from 'node:crypto';
import { type PathGraph, graphOfObjects } from '../core/closure.js';
import { DEFAULT_STORE_DIR } from '../core/store-path.js';
import { parsePathInfoJson } from './path-info.js';

export interface PathInfoScan extends PathGraph {
  /** Paths Nix reported as not valid. */
  invalid: string[];
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const LBRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;

/**
 * Below this size JSON.parse is faster: it is native from the first byte, while this scan runs
 * in the interpreter until the JIT has compiled it (3 000 paths, 2.7 MiB: ~100 ms against ~50).
 */
export const SCAN_MIN_BYTES = 4 * 1024 * 1024;

/**
 * What `nix path-info --json --recursive` printed, as a PathGraph and the paths it called
 * invalid: scanned from SCAN_MIN_BYTES on, else (and whenever the scan leaves it) parsed by
 * `parseJson` (the caller's JSON.parse, which words its own error) and parsePathInfoJson.
 */
export function readPathInfo(bytes: Uint8Array, source: string, parseJson: (text: string) => unknown): PathInfoScan {
  const scanned = bytes.length >= SCAN_MIN_BYTES ? scanPathInfo(bytes) : null;
  if (scanned) return scanned;
  const parsed = parsePathInfoJson(parseJson(utf8Text(bytes)), source);
  return { ...graphOfObjects(parsed.objects, source), invalid: parsed.invalid };
}

/**
 * The bytes as text, as TextDecoder reads UTF-8 (a byte-order mark dropped, a bad sequence
 * U+FFFD), through Buffer: TextDecoder's first use in a process loads its own machinery,
 * ~6 ms of a run that reads a 3 000-path closure in ~15.
 */
function utf8Text(bytes: Uint8Array): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bufferOf(bytes).toString('utf8', bom);
}

/** Thrown inside the scan for anything it leaves to JSON.parse; never escapes it. */
class NotForScan extends Error {}
const notForScan = new NotForScan();

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const KEY_PATH = ascii('path');
const KEY_NAR_SIZE = ascii('narSize');
const KEY_REFERENCES = ascii('references');
const KEY_VALID = ascii('valid');
const KEY_DERIVER = ascii('deriver');
const KEY_STORE_DIR = ascii('storeDir');
const KEY_VERSION = ascii('version');
const KEY_INFO = ascii('info');
const LITERAL_TRUE = ascii('true');
const LITERAL_FALSE = ascii('false');
const LITERAL_NULL = ascii('null');

/** Growable Int32 list: a million reference positions without a JS array of numbers. */
class Int32List {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/**
 * The dump's entries as a PathGraph, or null when this scan leaves it to JSON.parse (see above).
 * Reads the three shapes parsePathInfoJson reads (array; keyed by path; the v2/v3 wrapper).
 */
export function scanPathInfo(bytes: Uint8Array, storeDir = DEFAULT_STORE_DIR): PathInfoScan | null {
  try {
    return scan(bytes, storeDir);
  } catch (error) {
    if (error instanceof NotForScan) return null;
    throw error;
  }
}

function scan(bytes: Uint8Array, defaultStoreDir: string): PathInfoScan {
  const end = bytes.length;
  const view = viewOf(bytes);
  let pos = 0;
  // The last string read: bytes[stringStart] up to bytes[stringEnd].
  let stringStart = 0;
  let stringEnd = 0;

  // The hot loops count in a local and store `pos` once: a captured variable is slow to step.
  const ws = (): void => {
    let at = pos;
    for (let c = bytes[at]; c === SPACE || c === LF || c === CR || c === TAB; c = bytes[++at]);
    pos = at;
  };
  const expect = (c: number): void => {
    if (bytes[pos] !== c) throw notForScan;
    pos++;
  };
  /** A string without escapes or non-ASCII bytes (what Nix prints for paths and fields). */
  const string = (): void => {
    if (bytes[pos] !== QUOTE) throw notForScan;
    const start = pos + 1;
    let at = start;
    for (;;) {
      const c = bytes[at] as number;
      if (c === QUOTE) break;
      // An escape, a control character, a non-ASCII byte, or the end: JSON.parse's to read.
      if (c === BACKSLASH || c < SPACE || c >= 0x80 || at >= end) throw notForScan;
      at++;
    }
    stringStart = start;
    stringEnd = at;
    pos = at + 1;
  };
  const literal = (word: Uint8Array): void => {
    for (let i = 0; i < word.length; i++) if (bytes[pos + i] !== word[i]) throw notForScan;
    pos += word.length;
  };
  /** A JSON number, checked as JSON.parse checks it; its value when it is a plain integer. */
  const number = (): number => {
    const start = pos;
    if (bytes[pos] === MINUS) pos++;
    let value = 0;
    if (bytes[pos] === ZERO) pos++;
    else {
      if (!isDigit(bytes[pos])) throw notForScan;
      while (isDigit(bytes[pos])) value = value * 10 + (bytes[pos++] as number) - ZERO;
    }
    let integer = bytes[start] !== MINUS;
    if (bytes[pos] === DOT) {
      integer = false;
      pos++;
      if (!isDigit(bytes[pos])) throw notForScan;
      while (isDigit(bytes[pos])) pos++;
    }
    if (bytes[pos] === 0x65 || bytes[pos] === 0x45) {
      integer = false;
      pos++;
      if (bytes[pos] === 0x2b || bytes[pos] === MINUS) pos++;
      if (!isDigit(bytes[pos])) throw notForScan;
      while (isDigit(bytes[pos])) pos++;
    }
    return integer && Number.isSafeInteger(value) ? value : -1;
  };
  /**
   * A list at `pos`: `open`, then `item` for each element (separated by commas), then `close`;
   * an empty one is fine.
   */
  const each = (open: number, close: number, item: () => void): void => {
    expect(open);
    ws();
    if (bytes[pos] === close) {
      pos++;
      return;
    }
    for (;;) {
      ws();
      item();
      ws();
      if (bytes[pos] === COMMA) pos++;
      else {
        expect(close);
        return;
      }
    }
  };
  /** An object at `pos`: `member` for each member, with its key just read and `pos` at its value. */
  const members = (member: () => void): void =>
    each(LBRACE, RBRACE, () => {
      string();
      ws();
      expect(COLON);
      ws();
      member();
    });
  /** Any JSON value, checked and passed over. */
  const skipValue = (): void => {
    const c = bytes[pos];
    if (c === QUOTE) string();
    else if (c === LBRACE) members(skipValue);
    else if (c === LBRACKET) each(LBRACKET, RBRACKET, skipValue);
    else if (c === 0x74) literal(LITERAL_TRUE);
    else if (c === 0x66) literal(LITERAL_FALSE);
    else if (c === 0x6e) literal(LITERAL_NULL);
    else number();
  };
  const keyIs = (key: Uint8Array): boolean => {
    if (stringEnd - stringStart !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (bytes[stringStart + i] !== key[i]) return false;
    return true;
  };

  // What the entries hold. A path is kept as the byte range of its string: a full path (array
  // and keyed shapes) or a base name (the v2/v3 wrapper).
  const pathStart = new Int32List();
  const pathEnd = new Int32List();
  const narSizes: number[] = [];
  const refStart = new Int32List();
  const refStringStart = new Int32List();
  const refStringEnd = new Int32List();
  // Each kept entry's deriver string, -1 when it has none (absent, or null).
  const deriverStart = new Int32List();
  const deriverEnd = new Int32List();
  let anyDeriver = false;
  const invalidRanges: number[] = [];
  let entryDirStart = -1;
  let entryDirEnd = -1;

  /**
   * One entry object. `keyStart`/`keyEnd` is its key in the keyed shapes (-1: the array shape,
   * where the path is the entry's `path` field).
   */
  const reference = (): void => {
    string();
    refStringStart.push(stringStart);
    refStringEnd.push(stringEnd);
  };
  const entry = (keyStart: number, keyEnd: number, storeDir: string | null): void => {
    let start = keyStart;
    let stop = keyEnd;
    let narSize = -1;
    let refsFrom = -1;
    let derivedFrom = -1;
    let derivedTo = -1;
    let valid = true;
    let seen = 0;
    const once = (bit: number): void => {
      if (seen & bit) throw notForScan;
      seen |= bit;
    };
    members(() => {
      if (keyIs(KEY_PATH) && keyStart === -1) {
        once(1);
        string();
        start = stringStart;
        stop = stringEnd;
      } else if (keyIs(KEY_NAR_SIZE)) {
        once(2);
        narSize = number();
        if (narSize < 0) throw notForScan;
      } else if (keyIs(KEY_REFERENCES)) {
        once(4);
        refsFrom = refStringStart.length;
        each(LBRACKET, RBRACKET, reference);
      } else if (keyIs(KEY_VALID)) {
        once(8);
        if (bytes[pos] === 0x66) {
          literal(LITERAL_FALSE);
          valid = false;
        } else skipValue();
      } else if (keyIs(KEY_DERIVER)) {
        once(32);
        if (bytes[pos] === 0x6e) literal(LITERAL_NULL);
        else {
          string();
          derivedFrom = stringStart;
          derivedTo = stringEnd;
        }
      } else if (keyIs(KEY_STORE_DIR)) {
        once(16);
        string();
        // An entry of another store than the dump's: JSON.parse's to read. In the wrapper, whose
        // own storeDir may come after "info" (keys are sorted), they must all agree, and with
        // it (checked at the end).
        if (storeDir !== null) {
          if (!rangeIs(bytes, stringStart, stringEnd, storeDir)) throw notForScan;
        } else if (entryDirStart === -1) {
          entryDirStart = stringStart;
          entryDirEnd = stringEnd;
        } else if (!sameBytes(view, bytes, entryDirStart, entryDirEnd, view, bytes, stringStart, stringEnd)) throw notForScan;
      } else skipValue();
    });
    if (start === -1) throw notForScan;
    if (!valid) {
      // Its references do not count; drop what was read of them.
      if (refsFrom !== -1) refStringStart.length = refStringEnd.length = refsFrom;
      invalidRanges.push(start, stop);
      return;
    }
    if (narSize === -1 || refsFrom === -1) throw notForScan;
    pathStart.push(start);
    pathEnd.push(stop);
    narSizes.push(narSize);
    refStart.push(refsFrom);
    deriverStart.push(derivedFrom);
    deriverEnd.push(derivedTo);
    if (derivedFrom !== -1) anyDeriver = true;
  };
  /** The keyed entries of an object (at its `{`): a path (or base name) → an entry, or null. */
  const keyedEntries = (storeDir: string | null): void =>
    members(() => {
      const keyStart = stringStart;
      const keyEnd = stringEnd;
      if (bytes[pos] === 0x6e) {
        literal(LITERAL_NULL);
        invalidRanges.push(keyStart, keyEnd);
      } else entry(keyStart, keyEnd, storeDir);
    });

  let storeDir = defaultStoreDir;
  let baseNames = false;
  ws();
  if (bytes[pos] === LBRACKET) {
    // Nix ≤ 2.18 and Lix: [{"path": …, …}, …]
    each(LBRACKET, RBRACKET, () => entry(-1, -1, defaultStoreDir));
  } else {
    // Keyed by path (Nix 2.19–2.32, and 2.33's --json-format 1), or the wrapper
    // {"info": {base name: entry}, "storeDir": …, "version": 2|3}: its first key tells which.
    const objectStart = pos;
    expect(LBRACE);
    ws();
    const wrapper = bytes[pos] === QUOTE && bytes[pos + 1] !== SLASH && bytes[pos + 1] !== QUOTE;
    pos = objectStart;
    if (!wrapper) keyedEntries(defaultStoreDir);
    else {
      let version = false;
      let info = false;
      let wrapperDir: string | null = null;
      members(() => {
        if (keyIs(KEY_VERSION) && !version) {
          version = true;
          if (number() < 0) throw notForScan;
        } else if (keyIs(KEY_STORE_DIR) && wrapperDir === null) {
          string();
          wrapperDir = decodeAscii(bytes, stringStart, stringEnd);
        } else if (keyIs(KEY_INFO) && !info) {
          info = true;
          keyedEntries(null);
        } else throw notForScan;
      });
      if (!version || !info) throw notForScan;
      storeDir = wrapperDir ?? defaultStoreDir;
      if (entryDirStart !== -1 && !rangeIs(bytes, entryDirStart, entryDirEnd, storeDir)) throw notForScan;
      baseNames = true;
    }
  }
  ws();
  if (pos !== end) throw notForScan;
  return resolve(bytes, { pathStart, pathEnd, narSizes, refStart, refStringStart, refStringEnd, deriverStart: anyDeriver ? deriverStart : null, deriverEnd, invalidRanges }, storeDir, baseNames);
}

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= ZERO && c <= NINE;

function rangeIs(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether x[a, aEnd) and y[b, bEnd) hold the same bytes, compared four at a time through
 * DataViews of x and y: resolving a 100 000-path dump compares a million base names of ~50
 * bytes that match, and a DataView's reads are ~3× quicker than a byte loop there (V8 compiles
 * them to plain loads).
 */
function sameBytes(xv: DataView, x: Uint8Array, a: number, aEnd: number, yv: DataView, y: Uint8Array, b: number, bEnd: number): boolean {
  const length = aEnd - a;
  if (length !== bEnd - b) return false;
  let i = 0;
  for (; i + 4 <= length; i += 4) if (xv.getUint32(a + i, true) !== yv.getUint32(b + i, true)) return false;
  for (; i < length; i++) if (x[a + i] !== y[b + i]) return false;
  return true;
}

const viewOf = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The same bytes as a Buffer, for Node's native decoders (no copy). */
const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function decodeAscii(bytes: Uint8Array, start: number, end: number): string {
  // Only ASCII gets here (the scan leaves any other byte to JSON.parse), where latin1 is ASCII:
  // Node's native latin1 decoding, a few times quicker than String.fromCharCode over the bytes.
  return bufferOf(bytes).toString('latin1', start, end);
}

interface Scanned {
  pathStart: Int32List;
  pathEnd: Int32List;
  narSizes: number[];
  refStart: Int32List;
  refStringStart: Int32List;
  refStringEnd: Int32List;
  /** null when no entry has a deriver. */
  deriverStart: Int32List | null;
  deriverEnd: Int32List;
  invalidRanges: number[];
}

/**
 * Where the base name (`hash-name`) of the string at [start, end) begins: after the store
 * directory of a full path, at once for a base name. A full path elsewhere than `storeDir`, or a
 * base name that is a full path, is JSON.parse's to read. (Two full paths in the same store
 * directory are equal when their base names are, whatever these hold.)
 */
function baseNameStart(bytes: Uint8Array, start: number, end: number, storeDir: string, baseNames: boolean): number {
  if (baseNames) {
    if (bytes[start] === SLASH || start === end) throw notForScan;
    return start;
  }
  const from = start + storeDir.length + 1;
  if (from >= end || bytes[from - 1] !== SLASH || !rangeIs(bytes, start, from - 1, storeDir)) throw notForScan;
  return from;
}

/**
 * Where a base name goes in the hash tables. quickHash reads its first 16 bytes (a real store
 * path's hash part is random), wholeHash every byte of it; both four at a time (FNV-1a's steps)
 * from a seed drawn for this process, then mixed so that the table's low bits hang on all the
 * bytes read (murmur3's finaliser). Test data's hash parts often repeat (Nix's own:
 * `g1w7hy3qg1w7hy3q…`), and a dump can be written to collide: on such a dump the quick hash
 * alone made the tables cost paths × paths (9.4 s for 20 000 paths), so each table is made with
 * it under a budget of probes linear in what it holds, and made again with wholeHash when that
 * runs out. Hashing every byte of every reference always would cost ~5 % at 100 000 paths.
 */
type NameHash = (view: DataView, bytes: Uint8Array, start: number, end: number) => number;

const SEED = randomBytes(4).readUInt32LE(0);

function mixed(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** FNV-1a's steps over bytes[start, stop), four at a time, from the seed and the name's length, mixed. */
function hashBytes(view: DataView, bytes: Uint8Array, start: number, stop: number, length: number): number {
  let hash = SEED ^ length;
  let i = start;
  for (; i + 4 <= stop; i += 4) hash = Math.imul(hash ^ view.getUint32(i, true), 0x01000193);
  for (; i < stop; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return mixed(hash);
}

const quickHash: NameHash = (view, bytes, start, end) => hashBytes(view, bytes, start, Math.min(end, start + 16), end - start);
const wholeHash: NameHash = (view, bytes, start, end) => hashBytes(view, bytes, start, end, end - start);

/**
 * The probes a table of `entries` (and `lookups` more) may take with `hashOf` before it is made
 * again with the whole hash; the whole hash has no budget.
 */
const probeBudget = (hashOf: NameHash, entries: number, lookups: number): number => (hashOf === quickHash ? 8 * (entries + lookups) + 4096 : Infinity);

/** The quick hash's budget ran out: made again with wholeHash. */
const overBudget = Symbol('over budget');

/** What `make` makes with the quick hash, or, when its probes ran out, with the whole one. */
function quickThenWhole<T>(make: (hashOf: NameHash) => T | typeof overBudget): T {
  const quick = make(quickHash);
  return quick === overBudget ? (make(wholeHash) as T) : quick;
}

/** Entries to a PathGraph: references to indices through a hash table of base names. */
function resolve(bytes: Uint8Array, scanned: Scanned, storeDir: string, baseNames: boolean): PathInfoScan {
  const graph = quickThenWhole((hashOf) => resolveReferences(bytes, scanned, storeDir, baseNames, hashOf));
  const { deriverStart, deriverEnd } = scanned;
  if (!deriverStart) return graph;
  return { ...graph, ...quickThenWhole((hashOf) => resolveDerivers(bytes, deriverStart, deriverEnd, scanned.pathStart.length, storeDir, baseNames, hashOf)) };
}

/** The paths and their references, resolved through a table of base names; overBudget when the quick hash's probes ran out. */
function resolveReferences(bytes: Uint8Array, scanned: Scanned, storeDir: string, baseNames: boolean, hashOf: NameHash): PathInfoScan | typeof overBudget {
  const n = scanned.pathStart.length;
  const starts = scanned.pathStart.data;
  const ends = scanned.pathEnd.data;
  // The base names, copied next to each other: a reference is checked against a few MiB that
  // stay in the CPU's cache, not against bytes anywhere in a 100 MiB file.
  const nameAt = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    nameAt[i] = total;
    total += (ends[i] as number) - baseNameStart(bytes, starts[i] as number, ends[i] as number, storeDir, baseNames);
  }
  nameAt[n] = total;
  const names = new Uint8Array(total);
  for (let i = 0; i < n; i++) {
    const length = (nameAt[i + 1] as number) - (nameAt[i] as number);
    names.set(bytes.subarray((ends[i] as number) - length, ends[i] as number), nameAt[i] as number);
  }
  const namesView = viewOf(names);
  const bytesView = viewOf(bytes);
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const refCount = scanned.refStringStart.length;
  let budget = probeBudget(hashOf, n, refCount);
  for (let i = 0; i < n; i++) {
    const from = nameAt[i] as number;
    const to = nameAt[i + 1] as number;
    let slot = hashOf(namesView, names, from, to) & mask;
    for (;;) {
      if (--budget < 0) return overBudget;
      const at = table[slot] as number;
      if (at === -1) {
        table[slot] = i;
        break;
      }
      // The same path twice: references point at the first.
      if (sameBytes(namesView, names, nameAt[at] as number, nameAt[at + 1] as number, namesView, names, from, to)) break;
      slot = (slot + 1) & mask;
    }
  }
  const refs = new Int32Array(refCount);
  const refStarts = scanned.refStringStart.data;
  const refEnds = scanned.refStringEnd.data;
  for (let k = 0; k < refCount; k++) {
    const to = refEnds[k] as number;
    const from = baseNameStart(bytes, refStarts[k] as number, to, storeDir, baseNames);
    let slot = hashOf(bytesView, bytes, from, to) & mask;
    for (;;) {
      if (--budget < 0) return overBudget;
      const at = table[slot] as number;
      // A reference to a path not in the dump: parsePathInfoJson's error to word.
      if (at === -1) throw notForScan;
      if (sameBytes(namesView, names, nameAt[at] as number, nameAt[at + 1] as number, bytesView, bytes, from, to)) {
        refs[k] = at;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const refStart = new Int32Array(n + 1);
  refStart.set(scanned.refStart.data.subarray(0, n));
  refStart[n] = refCount;
  const prefix = baseNames ? `${storeDir}/` : '';
  const paths = new Array<string>(n);
  const text = bufferOf(bytes);
  for (let i = 0; i < n; i++) paths[i] = prefix + text.toString('latin1', starts[i] as number, ends[i] as number);
  const invalid: string[] = [];
  for (let i = 0; i < scanned.invalidRanges.length; i += 2) {
    invalid.push(prefix + decodeAscii(bytes, scanned.invalidRanges[i] as number, scanned.invalidRanges[i + 1] as number));
  }
  return { paths, narSizes: scanned.narSizes, refStart, refs, invalid };
}

// Bytes of a store path's hash (Nix's base32: no e, o, u, t) and of its name (toStorePath's set).
const HASH_BYTE = new Uint8Array(128);
const NAME_BYTE = new Uint8Array(128);
for (const c of '0123456789abcdfghijklmnpqrsvwxyz') HASH_BYTE[c.charCodeAt(0)] = 1;
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-._?=') NAME_BYTE[c.charCodeAt(0)] = 1;
const DRV = ascii('.drv');

/** Whether bytes[from, to) is `HASH-NAME.drv`, as toStorePath reads a store path's base name: checked in place, not by a regex on a string. */
function isDrvBaseName(bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from < 32 + 1 + 1 + DRV.length || bytes[from + 32] !== MINUS) return false;
  for (let i = from; i < from + 32; i++) if (HASH_BYTE[bytes[i] as number] !== 1) return false;
  for (let i = from + 33; i < to; i++) if (NAME_BYTE[bytes[i] as number] !== 1) return false;
  for (let i = 0; i < DRV.length; i++) if (bytes[to - DRV.length + i] !== DRV[i]) return false;
  return true;
}

/**
 * Each entry's deriver as an index into a table of the distinct ones, in the order they first
 * appear (as graphOfObjects makes it): the outputs of one derivation share one string. A deriver
 * that is not the store path of a .drv is parsePathInfoJson's to word.
 */
interface Derivers {
  deriverOf: Int32Array;
  derivers: string[];
}

function resolveDerivers(bytes: Uint8Array, starts: Int32List, ends: Int32List, n: number, storeDir: string, baseNames: boolean, hashOf: NameHash): Derivers | typeof overBudget {
  const deriverOf = new Int32Array(n).fill(-1);
  const derivers: string[] = [];
  // Where each distinct deriver's base name lies in `bytes`.
  const firstStart: number[] = [];
  const firstEnd: number[] = [];
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const prefix = baseNames ? `${storeDir}/` : '';
  const view = viewOf(bytes);
  let budget = probeBudget(hashOf, n, 0);
  for (let i = 0; i < n; i++) {
    const start = starts.data[i] as number;
    if (start === -1) continue;
    const to = ends.data[i] as number;
    const from = baseNameStart(bytes, start, to, storeDir, baseNames);
    let slot = hashOf(view, bytes, from, to) & mask;
    for (;;) {
      if (--budget < 0) return overBudget;
      const at = table[slot] as number;
      if (at === -1) {
        if (!isDrvBaseName(bytes, from, to)) throw notForScan;
        table[slot] = derivers.push(prefix + decodeAscii(bytes, start, to)) - 1;
        firstStart.push(from);
        firstEnd.push(to);
        deriverOf[i] = table[slot] as number;
        break;
      }
      if (sameBytes(view, bytes, firstStart[at] as number, firstEnd[at] as number, view, bytes, from, to)) {
        deriverOf[i] = at;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { deriverOf, derivers };
}
