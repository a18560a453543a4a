import { createRequire as __nsgCreateRequire } from 'node:module';
const require = __nsgCreateRequire(import.meta.url);

// src/worker.ts
import { parentPort } from "node:worker_threads";

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ToolError = class extends Error {
  constructor(message, detail = "") {
    super(detail ? `${message}
${detail}` : message);
    this.detail = detail;
  }
  detail;
  name = "ToolError";
};

// src/dump/read.ts
import { readFile, stat } from "node:fs/promises";

// src/core/store-path.ts
var DEFAULT_STORE_DIR = "/nix/store";
function storePathName(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dash = base.indexOf("-");
  return dash === -1 ? base : base.slice(dash + 1);
}
function toStorePath(path, storeDir = DEFAULT_STORE_DIR) {
  const prefix = storeDir.endsWith("/") ? storeDir : `${storeDir}/`;
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  const base = rest.split("/")[0] ?? "";
  if (!/^[0-9a-df-np-sv-z]{32}-[A-Za-z0-9+\-._?=]+$/.test(base)) return null;
  return prefix + base;
}

// src/core/closure.ts
function closureInputError(source, what) {
  throw new UsageError(
    `${source}: ${what}; expected the output of 'nix path-info --json --recursive PATH'`
  );
}
function graphOfObjects(objects, source = "nix path-info") {
  const n = objects.length;
  const paths = new Array(n);
  const narSizes = new Float64Array(n);
  const ids = /* @__PURE__ */ new Map();
  let referenceCount = 0;
  for (let i = 0; i < n; i++) {
    const object = objects[i];
    paths[i] = object.path;
    narSizes[i] = object.narSize;
    if (!ids.has(object.path)) ids.set(object.path, i);
    referenceCount += object.references.length;
  }
  const refStart = new Int32Array(n + 1);
  const refs = new Int32Array(referenceCount);
  let at = 0;
  for (let i = 0; i < n; i++) {
    refStart[i] = at;
    for (const reference of objects[i].references) {
      const id = ids.get(reference);
      if (id === void 0) {
        if (toStorePath(reference) !== reference) closureInputError(source, `the entry for ${objects[i].path} references '${reference}', which is not a store path`);
        closureInputError(source, `${reference} is referenced but missing (was --recursive given?)`);
      }
      refs[at++] = id;
    }
  }
  refStart[n] = at;
  return { paths, narSizes, refStart, refs };
}
function sortedEntries(paths) {
  let sortedAndUnique = true;
  for (let i = 1; i < paths.length; i++) {
    if (paths[i - 1] >= paths[i]) {
      sortedAndUnique = false;
      break;
    }
  }
  if (sortedAndUnique) return null;
  const order = paths.map((_, i) => i).sort((a, b) => {
    const x = paths[a];
    const y = paths[b];
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  return order.filter((entry, k) => k === 0 || paths[order[k - 1]] !== paths[entry]);
}
function closureOfGraph(graph, root, source = "nix path-info") {
  return closureIn(indexGraph(graph, source), root, source);
}
function indexGraph(graph, source = "nix path-info") {
  const order = sortedEntries(graph.paths);
  const n = order ? order.length : graph.paths.length;
  if (n === 0) closureInputError(source, "it holds no store paths");
  const entryOf = (id) => order ? order[id] : id;
  let newId = null;
  if (order) {
    newId = new Int32Array(graph.paths.length).fill(-1);
    for (let id = 0; id < n; id++) newId[order[id]] = id;
  }
  const paths = order ? order.map((entry) => graph.paths[entry]) : graph.paths;
  const narSizes = new Float64Array(n);
  const refStart = new Int32Array(n + 1);
  const refs = new Int32Array(graph.refs.length);
  let at = 0;
  for (let id = 0; id < n; id++) {
    const entry = entryOf(id);
    narSizes[id] = graph.narSizes[entry];
    refStart[id] = at;
    let ascending = true;
    for (let k = graph.refStart[entry], end = graph.refStart[entry + 1]; k < end; k++) {
      const ref = newId ? newId[graph.refs[k]] : graph.refs[k];
      if (ref === id) continue;
      if (at > refStart[id] && refs[at - 1] >= ref) ascending = false;
      refs[at++] = ref;
    }
    if (!ascending) {
      const own = refs.subarray(refStart[id], at).sort();
      let kept = refStart[id];
      for (let k = 0; k < own.length; k++) if (k === 0 || own[k] !== own[k - 1]) refs[kept++] = own[k];
      at = kept;
    }
  }
  refStart[n] = at;
  return { paths, narSizes, refStart, refs: at === refs.length ? refs : refs.slice(0, at) };
}
function closureIn(graph, root, source = "nix path-info") {
  const { paths, refs } = graph;
  const n = paths.length;
  let rootId;
  if (root === null) {
    const referenced = new Uint8Array(n);
    for (let k = 0; k < refs.length; k++) referenced[refs[k]] = 1;
    const roots = [];
    for (let i = 0; i < n; i++) if (referenced[i] === 0) roots.push(i);
    if (roots.length === 0) closureInputError(source, "it has no root (every path is referenced by another)");
    if (roots.length > 1) {
      const named = roots.slice(0, 3).map((id) => paths[id]);
      throw new UsageError(
        `${source}: holds ${roots.length} closures (${named.join(", ")}${roots.length > 3 ? ", \u2026" : ""}); dump one root per file with 'nix path-info --json --recursive ROOT'`
      );
    }
    rootId = roots[0];
  } else {
    rootId = binarySearch(paths, root);
    if (rootId === -1) closureInputError(source, `it does not describe ${root}`);
  }
  return onlyReachable({ ...graph, root: paths[rootId], rootId });
}
function onlyReachable(closure) {
  const { paths, narSizes, refStart, refs, rootId } = closure;
  const n = paths.length;
  const reached = new Uint8Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  let count = 0;
  stack[top++] = rootId;
  reached[rootId] = 1;
  while (top > 0) {
    const id = stack[--top];
    count++;
    for (let k = refStart[id], end = refStart[id + 1]; k < end; k++) {
      const ref = refs[k];
      if (reached[ref] === 0) {
        reached[ref] = 1;
        stack[top++] = ref;
      }
    }
  }
  if (count === n) return closure;
  const newId = new Int32Array(n).fill(-1);
  const keptPaths = [];
  for (let i = 0; i < n; i++) if (reached[i] === 1) newId[i] = keptPaths.push(paths[i]) - 1;
  const keptSizes = new Float64Array(count);
  const keptStart = new Int32Array(count + 1);
  let total = 0;
  for (let i = 0; i < n; i++) if (reached[i] === 1) total += refStart[i + 1] - refStart[i];
  const keptRefs = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const id = newId[i];
    if (id === -1) continue;
    keptSizes[id] = narSizes[i];
    keptStart[id] = at;
    for (let k = refStart[i], end = refStart[i + 1]; k < end; k++) keptRefs[at++] = newId[refs[k]];
  }
  keptStart[count] = at;
  return { root: closure.root, rootId: newId[rootId], paths: keptPaths, narSizes: keptSizes, refStart: keptStart, refs: keptRefs };
}
function binarySearch(paths, path) {
  let low = 0;
  let high = paths.length - 1;
  while (low <= high) {
    const middle = low + high >>> 1;
    const at = paths[middle];
    if (at === path) return middle;
    if (at < path) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

// src/nix/path-info.ts
var fail = closureInputError;
function fullPath(pathOrBase, storeDir) {
  return pathOrBase.startsWith("/") ? pathOrBase : `${storeDir}/${pathOrBase}`;
}
function readEntry(source, path, entry, storeDir) {
  const { narSize, references } = entry;
  const full = fullPath(path, storeDir);
  if (toStorePath(full, storeDir) !== full) fail(source, `'${path}' is not a store path (${storeDir}/HASH-NAME)`);
  if (narSize === void 0) fail(source, `the entry for ${path} has no narSize`);
  if (typeof narSize !== "number" || !Number.isSafeInteger(narSize)) {
    fail(source, `the entry for ${path} has narSize ${JSON.stringify(narSize)?.slice(0, 40)}, not a whole number of bytes`);
  }
  if (narSize < 0) fail(source, `the entry for ${path} has a negative narSize (${narSize})`);
  if (!Array.isArray(references)) fail(source, `the entry for ${path} has no references list`);
  const refs = [];
  for (const reference of references) {
    if (typeof reference !== "string") fail(source, `the entry for ${path} has a reference that is not a string (${JSON.stringify(reference)?.slice(0, 40)})`);
    const ref = fullPath(reference, storeDir);
    if (ref !== full) refs.push(ref);
  }
  return { path: full, narSize, references: refs };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parsePathInfoJson(json, source = "nix path-info", storeDir = DEFAULT_STORE_DIR) {
  const objects = [];
  const invalid = [];
  const add = (key, entry, dir) => {
    if (entry === null) {
      invalid.push(fullPath(key, dir));
      return;
    }
    if (!isRecord(entry)) fail(source, `the entry for ${key} is not an object`);
    if (entry.valid === false) {
      invalid.push(fullPath(key, dir));
      return;
    }
    objects.push(readEntry(source, key, entry, typeof entry.storeDir === "string" ? entry.storeDir : dir));
  };
  if (Array.isArray(json)) {
    json.forEach((entry, index) => {
      if (!isRecord(entry) || typeof entry.path !== "string") fail(source, `entry ${index} has no "path"`);
      add(entry.path, entry, storeDir);
    });
  } else if (isRecord(json) && isRecord(json.info) && typeof json.version === "number") {
    const dir = typeof json.storeDir === "string" ? json.storeDir : storeDir;
    for (const [key, entry] of Object.entries(json.info)) add(key, entry, dir);
  } else if (isRecord(json)) {
    for (const [key, entry] of Object.entries(json)) add(key, entry, storeDir);
  } else {
    fail(source, "it is neither a JSON array nor a JSON object");
  }
  return { objects, invalid };
}

// src/nix/path-info-scan.ts
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var QUOTE = 34;
var COMMA = 44;
var MINUS = 45;
var DOT = 46;
var SLASH = 47;
var ZERO = 48;
var NINE = 57;
var COLON = 58;
var LBRACKET = 91;
var BACKSLASH = 92;
var RBRACKET = 93;
var LBRACE = 123;
var RBRACE = 125;
var SCAN_MIN_BYTES = 4 * 1024 * 1024;
function readPathInfo(bytes, source, parseJson) {
  const scanned = bytes.length >= SCAN_MIN_BYTES ? scanPathInfo(bytes) : null;
  if (scanned) return scanned;
  const parsed = parsePathInfoJson(parseJson(new TextDecoder().decode(bytes)), source);
  return { ...graphOfObjects(parsed.objects, source), invalid: parsed.invalid };
}
var NotForScan = class extends Error {
};
var notForScan = new NotForScan();
var ascii = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));
var KEY_PATH = ascii("path");
var KEY_NAR_SIZE = ascii("narSize");
var KEY_REFERENCES = ascii("references");
var KEY_VALID = ascii("valid");
var KEY_STORE_DIR = ascii("storeDir");
var KEY_VERSION = ascii("version");
var KEY_INFO = ascii("info");
var LITERAL_TRUE = ascii("true");
var LITERAL_FALSE = ascii("false");
var LITERAL_NULL = ascii("null");
var Int32List = class {
  data = new Int32Array(1024);
  length = 0;
  push(value) {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
};
function scanPathInfo(bytes, storeDir = DEFAULT_STORE_DIR) {
  try {
    return scan(bytes, storeDir);
  } catch (error) {
    if (error instanceof NotForScan) return null;
    throw error;
  }
}
function scan(bytes, defaultStoreDir) {
  const end = bytes.length;
  let pos = 0;
  let stringStart = 0;
  let stringEnd = 0;
  const ws = () => {
    let at = pos;
    for (let c = bytes[at]; c === SPACE || c === LF || c === CR || c === TAB; c = bytes[++at]) ;
    pos = at;
  };
  const expect = (c) => {
    if (bytes[pos] !== c) throw notForScan;
    pos++;
  };
  const string = () => {
    if (bytes[pos] !== QUOTE) throw notForScan;
    const start = pos + 1;
    let at = start;
    for (; ; ) {
      const c = bytes[at];
      if (c === QUOTE) break;
      if (c === BACKSLASH || c < SPACE || c >= 128 || at >= end) throw notForScan;
      at++;
    }
    stringStart = start;
    stringEnd = at;
    pos = at + 1;
  };
  const literal = (word) => {
    for (let i = 0; i < word.length; i++) if (bytes[pos + i] !== word[i]) throw notForScan;
    pos += word.length;
  };
  const number = () => {
    const start = pos;
    if (bytes[pos] === MINUS) pos++;
    let value = 0;
    if (bytes[pos] === ZERO) pos++;
    else {
      if (!isDigit(bytes[pos])) throw notForScan;
      while (isDigit(bytes[pos])) value = value * 10 + bytes[pos++] - ZERO;
    }
    let integer = bytes[start] !== MINUS;
    if (bytes[pos] === DOT) {
      integer = false;
      pos++;
      if (!isDigit(bytes[pos])) throw notForScan;
      while (isDigit(bytes[pos])) pos++;
    }
    if (bytes[pos] === 101 || bytes[pos] === 69) {
      integer = false;
      pos++;
      if (bytes[pos] === 43 || bytes[pos] === MINUS) pos++;
      if (!isDigit(bytes[pos])) throw notForScan;
      while (isDigit(bytes[pos])) pos++;
    }
    return integer && Number.isSafeInteger(value) ? value : -1;
  };
  const each = (open2, close, item) => {
    expect(open2);
    ws();
    if (bytes[pos] === close) {
      pos++;
      return;
    }
    for (; ; ) {
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
  const members = (member) => each(LBRACE, RBRACE, () => {
    string();
    ws();
    expect(COLON);
    ws();
    member();
  });
  const skipValue = () => {
    const c = bytes[pos];
    if (c === QUOTE) string();
    else if (c === LBRACE) members(skipValue);
    else if (c === LBRACKET) each(LBRACKET, RBRACKET, skipValue);
    else if (c === 116) literal(LITERAL_TRUE);
    else if (c === 102) literal(LITERAL_FALSE);
    else if (c === 110) literal(LITERAL_NULL);
    else number();
  };
  const keyIs = (key) => {
    if (stringEnd - stringStart !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (bytes[stringStart + i] !== key[i]) return false;
    return true;
  };
  const pathStart = new Int32List();
  const pathEnd = new Int32List();
  const narSizes = [];
  const refStart = new Int32List();
  const refStringStart = new Int32List();
  const refStringEnd = new Int32List();
  const invalidRanges = [];
  let entryDirStart = -1;
  let entryDirEnd = -1;
  const reference = () => {
    string();
    refStringStart.push(stringStart);
    refStringEnd.push(stringEnd);
  };
  const entry = (keyStart, keyEnd, storeDir2) => {
    let start = keyStart;
    let stop = keyEnd;
    let narSize = -1;
    let refsFrom = -1;
    let valid = true;
    let seen = 0;
    const once = (bit) => {
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
        if (bytes[pos] === 102) {
          literal(LITERAL_FALSE);
          valid = false;
        } else skipValue();
      } else if (keyIs(KEY_STORE_DIR)) {
        once(16);
        string();
        if (storeDir2 !== null) {
          if (!rangeIs(bytes, stringStart, stringEnd, storeDir2)) throw notForScan;
        } else if (entryDirStart === -1) {
          entryDirStart = stringStart;
          entryDirEnd = stringEnd;
        } else if (!sameBytes(bytes, entryDirStart, entryDirEnd, bytes, stringStart, stringEnd)) throw notForScan;
      } else skipValue();
    });
    if (start === -1) throw notForScan;
    if (!valid) {
      if (refsFrom !== -1) refStringStart.length = refStringEnd.length = refsFrom;
      invalidRanges.push(start, stop);
      return;
    }
    if (narSize === -1 || refsFrom === -1) throw notForScan;
    pathStart.push(start);
    pathEnd.push(stop);
    narSizes.push(narSize);
    refStart.push(refsFrom);
  };
  const keyedEntries = (storeDir2) => members(() => {
    const keyStart = stringStart;
    const keyEnd = stringEnd;
    if (bytes[pos] === 110) {
      literal(LITERAL_NULL);
      invalidRanges.push(keyStart, keyEnd);
    } else entry(keyStart, keyEnd, storeDir2);
  });
  let storeDir = defaultStoreDir;
  let baseNames = false;
  ws();
  if (bytes[pos] === LBRACKET) {
    each(LBRACKET, RBRACKET, () => entry(-1, -1, defaultStoreDir));
  } else {
    const objectStart = pos;
    expect(LBRACE);
    ws();
    const wrapper = bytes[pos] === QUOTE && bytes[pos + 1] !== SLASH && bytes[pos + 1] !== QUOTE;
    pos = objectStart;
    if (!wrapper) keyedEntries(defaultStoreDir);
    else {
      let version = false;
      let info = false;
      let wrapperDir = null;
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
  return resolve(bytes, { pathStart, pathEnd, narSizes, refStart, refStringStart, refStringEnd, invalidRanges }, storeDir, baseNames);
}
var isDigit = (c) => c !== void 0 && c >= ZERO && c <= NINE;
function rangeIs(bytes, start, end, text) {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}
function sameBytes(x, a, aEnd, y, b, bEnd) {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (x[a + i] !== y[b + i]) return false;
  return true;
}
function decodeAscii(bytes, start, end) {
  let text = "";
  for (let at = start; at < end; at += 4096) text += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(end, at + 4096)));
  return text;
}
function baseNameStart(bytes, start, end, storeDir, baseNames) {
  if (baseNames) {
    if (bytes[start] === SLASH || start === end) throw notForScan;
    return start;
  }
  const from = start + storeDir.length + 1;
  if (from >= end || bytes[from - 1] !== SLASH || !rangeIs(bytes, start, from - 1, storeDir)) throw notForScan;
  return from;
}
function hashOf(bytes, start, end) {
  let hash = 2166136261 ^ end - start;
  for (let i = start, stop = Math.min(end, start + 16); i < stop; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
  return hash >>> 0;
}
function resolve(bytes, scanned, storeDir, baseNames) {
  const n = scanned.pathStart.length;
  const starts = scanned.pathStart.data;
  const ends = scanned.pathEnd.data;
  const nameAt = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    nameAt[i] = total;
    total += ends[i] - baseNameStart(bytes, starts[i], ends[i], storeDir, baseNames);
  }
  nameAt[n] = total;
  const names = new Uint8Array(total);
  for (let i = 0; i < n; i++) {
    const length = nameAt[i + 1] - nameAt[i];
    names.set(bytes.subarray(ends[i] - length, ends[i]), nameAt[i]);
  }
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) {
    const from = nameAt[i];
    const to = nameAt[i + 1];
    let slot = hashOf(names, from, to) & mask;
    for (; ; ) {
      const at = table[slot];
      if (at === -1) {
        table[slot] = i;
        break;
      }
      if (sameBytes(names, nameAt[at], nameAt[at + 1], names, from, to)) break;
      slot = slot + 1 & mask;
    }
  }
  const refCount = scanned.refStringStart.length;
  const refs = new Int32Array(refCount);
  const refStarts = scanned.refStringStart.data;
  const refEnds = scanned.refStringEnd.data;
  for (let k = 0; k < refCount; k++) {
    const to = refEnds[k];
    const from = baseNameStart(bytes, refStarts[k], to, storeDir, baseNames);
    let slot = hashOf(bytes, from, to) & mask;
    for (; ; ) {
      const at = table[slot];
      if (at === -1) throw notForScan;
      if (sameBytes(names, nameAt[at], nameAt[at + 1], bytes, from, to)) {
        refs[k] = at;
        break;
      }
      slot = slot + 1 & mask;
    }
  }
  const refStart = new Int32Array(n + 1);
  refStart.set(scanned.refStart.data.subarray(0, n));
  refStart[n] = refCount;
  const prefix = baseNames ? `${storeDir}/` : "";
  const paths = new Array(n);
  for (let i = 0; i < n; i++) paths[i] = prefix + decodeAscii(bytes, starts[i], ends[i]);
  const invalid = [];
  for (let i = 0; i < scanned.invalidRanges.length; i += 2) {
    invalid.push(prefix + decodeAscii(bytes, scanned.invalidRanges[i], scanned.invalidRanges[i + 1]));
  }
  return { paths, narSizes: scanned.narSizes, refStart, refs, invalid };
}

// src/threads/pool.ts
var WORKER = new URL("./worker.js", import.meta.url);

// src/dump/read.ts
var SOURCE_HINT = "give a store path, a 'result' link, or a JSON file written by 'nix path-info --json --recursive'";
var WORKER_MIN_BYTES = 8 * 1024 * 1024;
async function readDump({ file, role, argument }) {
  const source = `${role}: '${argument}'`;
  const dump = readPathInfo(await readFile(file), source, (text) => {
    if (!/^\s*[[{]/.test(text)) throw new UsageError(`${source} is neither a store path nor a JSON file; ${SOURCE_HINT}`);
    try {
      return JSON.parse(text);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new UsageError(`${source} is not valid JSON (${why}); ${SOURCE_HINT}`);
    }
  });
  checkNotAllInvalid(dump.paths.length, dump.invalid, source);
  for (const path of dump.paths) {
    if (toStorePath(path) !== path) throw new UsageError(`${source}: '${path}' is not a store path (/nix/store/HASH-NAME); ${SOURCE_HINT}`);
  }
  return closureOfGraph(dump, null, source);
}
function checkNotAllInvalid(valid, invalid, source) {
  if (invalid.length > 0 && valid === 0) {
    throw new UsageError(`${source} lists only paths Nix called invalid (${invalid[0]}); dump a path that is in the store`);
  }
}

// src/zstd.ts
import { isMainThread } from "node:worker_threads";
import zlib from "node:zlib";
var ZSTD_LEVEL = 3;
async function zstdSize(source, pledgedSrcSize) {
  const compress = zlib.createZstdCompress(zstdOptions(pledgedSrcSize));
  let size = 0;
  compress.on("data", (chunk) => {
    size += chunk.length;
  });
  const finished = new Promise((resolve2, reject) => {
    compress.on("end", resolve2);
    compress.on("error", reject);
  });
  finished.catch(() => void 0);
  try {
    for await (const chunk of source) {
      await new Promise((resolve2, reject) => compress.write(chunk, (error) => error ? reject(error) : resolve2()));
    }
  } catch (error) {
    compress.destroy();
    throw error;
  }
  compress.end();
  await finished;
  return size;
}
var AT_ONCE_MAX = 1024 * 1024;
async function zstdSizeOf(bytes) {
  if (bytes.length < AT_ONCE_MAX || !isMainThread) return zlib.zstdCompressSync(bytes, zstdOptions(bytes.length)).length;
  return zstdSize([bytes], bytes.length);
}
function zstdOptions(pledgedSrcSize) {
  const params = { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL };
  return pledgedSrcSize === void 0 ? { params } : { params, pledgedSrcSize };
}

// src/nix/nar.ts
import { closeSync, lstatSync, openSync, readSync, readdirSync, readlinkSync } from "node:fs";
import { open } from "node:fs/promises";
var PADDING = Buffer.alloc(8);
var CHUNK = 1024 * 1024;
var padding = (length) => PADDING.subarray(0, (8 - length % 8) % 8);
function u64(value) {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(value));
  return bytes;
}
function str(value) {
  const bytes = typeof value === "string" ? Buffer.from(value) : value;
  return Buffer.concat([u64(bytes.length), bytes, padding(bytes.length)]);
}
var strs = (...values) => Buffer.concat(values.map(str));
var SLASH2 = Buffer.from("/");
function byteOrder(names) {
  return names.sort(Buffer.compare);
}
function* node(location) {
  const info = lstatSync(location);
  if (info.isSymbolicLink()) {
    yield strs("(", "type", "symlink", "target", readlinkSync(location, { encoding: "buffer" }), ")");
  } else if (info.isFile()) {
    const kind = info.mode & 64 ? strs("(", "type", "regular", "executable", "", "contents") : strs("(", "type", "regular", "contents");
    yield Buffer.concat([kind, u64(info.size)]);
    yield { location, size: info.size };
    yield Buffer.concat([padding(info.size), str(")")]);
  } else if (info.isDirectory()) {
    yield strs("(", "type", "directory");
    for (const name of byteOrder(readdirSync(location, { encoding: "buffer" }))) {
      yield strs("entry", "(", "name", name, "node");
      yield* node(Buffer.concat([location, SLASH2, name]));
      yield str(")");
    }
    yield str(")");
  } else {
    throw new Error(`${location.toString()} is neither a file, a directory nor a symlink; Nix cannot archive it`);
  }
}
function* narPieces(storePath) {
  yield str("nix-archive-1");
  yield* node(Buffer.from(storePath));
}
async function* narOf(storePath) {
  for (const piece of narPieces(storePath)) {
    if (Buffer.isBuffer(piece)) {
      yield piece;
      continue;
    }
    const handle = await open(piece.location, "r");
    try {
      for (let done = 0; done < piece.size; ) {
        const buffer = Buffer.allocUnsafe(Math.min(CHUNK, piece.size - done));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
        if (bytesRead === 0) throw new Error(`${piece.location.toString()} shrank while it was read`);
        done += bytesRead;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  }
}
var NarSizeMismatch = class extends Error {
  constructor(storePath, expected) {
    super(`${storePath} is not ${expected} bytes as a NAR`);
    this.storePath = storePath;
    this.expected = expected;
  }
  storePath;
  expected;
};
function narOfSync(storePath, narSize) {
  const out = Buffer.allocUnsafe(narSize);
  let at = 0;
  for (const piece of narPieces(storePath)) {
    const length = Buffer.isBuffer(piece) ? piece.length : piece.size;
    if (at + length > narSize) throw new NarSizeMismatch(storePath, narSize);
    if (Buffer.isBuffer(piece)) {
      piece.copy(out, at);
    } else {
      const handle = openSync(piece.location, "r");
      try {
        for (let done = 0; done < piece.size; ) {
          const read = readSync(handle, out, at + done, piece.size - done, done);
          if (read === 0) throw new Error(`${piece.location.toString()} shrank while it was read`);
          done += read;
        }
      } finally {
        closeSync(handle);
      }
    }
    at += length;
  }
  if (at !== narSize) throw new NarSizeMismatch(storePath, narSize);
  return out;
}

// src/nix/nar-size.ts
var CONCURRENCY = 4;
async function eachLimited(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
var IN_MEMORY_MAX = 16 * 1024 * 1024;
async function measureOne(nix, { path, narSize }) {
  try {
    const nar = narSize <= IN_MEMORY_MAX ? narInMemory(path, narSize) : null;
    return nar ? await zstdSizeOf(nar) : await measureStreamed(path, narSize);
  } catch (error) {
    if (error.code !== "EACCES") throw error;
    return nix.dumpPath(path, zstdSize);
  }
}
function narInMemory(path, narSize) {
  try {
    return narOfSync(path, narSize);
  } catch (error) {
    if (error instanceof NarSizeMismatch) return null;
    throw error;
  }
}
async function measureStreamed(path, narSize) {
  let bytes = 0;
  const size = await zstdSize(
    (async function* counted() {
      for await (const chunk of narOf(path)) {
        bytes += chunk.length;
        yield chunk;
      }
    })()
  );
  if (bytes !== narSize) throw new NotMeasured(`${storePathName(path)} on disk is ${bytes} bytes as a NAR, Nix records ${narSize}`);
  return size;
}
function measureHere(nix) {
  return async (paths) => {
    const sizes = new Array(paths.length);
    await eachLimited(paths, CONCURRENCY, async (entry, index) => {
      sizes[index] = await measureOne(nix, entry);
    });
    return sizes;
  };
}
var NotMeasured = class extends Error {
};
function whyNotMeasured(error) {
  if (error instanceof NotMeasured) return error.message;
  if (!(error instanceof ToolError) && error.code === void 0) return null;
  const lines = error.message.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  return lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : lines[0] ?? "";
}

// src/worker.ts
var NeedsNix = class extends Error {
};
var noNix = {
  dumpPath() {
    throw new NeedsNix();
  }
};
async function answer(task) {
  if (task.task === "dump") {
    const closure = await readDump(task.dump);
    return { reply: { closure }, transfer: [closure.narSizes.buffer, closure.refStart.buffer, closure.refs.buffer] };
  }
  return { reply: { sizes: await measureHere(noNix)(task.paths) }, transfer: [] };
}
function failure(task, error) {
  if (task.task === "sizes") {
    if (error instanceof NeedsNix) return { needsNix: true };
    const why = whyNotMeasured(error);
    if (why !== null) return { notMeasured: why };
  }
  return { error: { message: error instanceof Error ? error.message : String(error), usage: error instanceof UsageError } };
}
var port = parentPort;
port?.on("message", ({ id, task }) => {
  answer(task).then(
    ({ reply, transfer }) => port.postMessage({ id, reply }, transfer),
    (error) => port.postMessage({ id, reply: failure(task, error) })
  );
});
