#!/usr/bin/env node
import { createRequire as __nsgCreateRequire } from 'node:module';
const require = __nsgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name3 in all)
    __defProp(target, name3, { get: all[name3], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/errors.ts
function isUserFacing(error) {
  return error instanceof UsageError || error instanceof ToolError;
}
function internalErrorLine(error, hint) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const first = (text.split(/\r?\n/, 1)[0] ?? "").slice(0, 500);
  return `nix-size-guard: internal error: ${first} (${hint ? `${hint}; ` : ""}please report it)`;
}
var UsageError, ToolError;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    UsageError = class extends Error {
      name = "UsageError";
    };
    ToolError = class extends Error {
      constructor(message, detail = "") {
        super(detail ? `${message}
${detail}` : message);
        this.detail = detail;
      }
      detail;
      name = "ToolError";
    };
  }
});

// src/exec.ts
import { spawn } from "node:child_process";
function tail(text, lines = 15) {
  const kept = text.trimEnd().split("\n").slice(-lines);
  return kept.map((line) => `  ${line}`).join("\n");
}
function start(command, args, options) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ? { ...process.env, ...options.env } : process.env,
    stdio: ["ignore", "pipe", "pipe"]
  });
  const stderr = [];
  const { onStderr } = options;
  child.stderr.on("data", (chunk) => {
    stderr.push(chunk);
    onStderr?.(chunk.toString());
  });
  const finished = new Promise((resolve2, reject) => {
    child.once("error", (error) => {
      reject(error.code === "ENOENT" ? new ToolMissingError(`${command} is not installed or not on PATH`) : error);
    });
    child.once("close", (code) => resolve2({ exitCode: code ?? 1, stderr: Buffer.concat(stderr).toString("utf8") }));
  });
  return { child, finished };
}
async function collect(stdout) {
  const chunks = [];
  for await (const chunk of stdout) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function runTool(command, args, options = {}) {
  const { value, stderr, exitCode } = await streamTool(command, args, collect, options);
  if (options.bytes) return { stdout: "", stdoutBytes: value, stderr, exitCode };
  return { stdout: value.toString("utf8"), stderr, exitCode };
}
async function streamTool(command, args, consume, options = {}) {
  const { child, finished } = start(command, args, options);
  finished.catch(() => void 0);
  let value;
  try {
    value = await consume(child.stdout);
  } catch (error) {
    child.kill();
    await finished.catch(() => void 0);
    throw error;
  }
  const { exitCode, stderr } = await finished;
  return { value, stderr, exitCode };
}
var ToolMissingError;
var init_exec = __esm({
  "src/exec.ts"() {
    "use strict";
    init_errors();
    ToolMissingError = class extends ToolError {
    };
  }
});

// src/core/size.ts
function sizeHint(option, text, extra = "") {
  return new UsageError(
    `${option}: '${text}' is not a size${extra}; write e.g. 500MiB, 1.5 GiB or 1048576 (bytes)`
  );
}
function parseSize(text, option) {
  const match = SIZE_RE.exec(text);
  if (!match) throw sizeHint(option, text);
  const [, number = "", unitText = ""] = match;
  const unit = unitText.toLowerCase();
  if (DECIMAL_UNITS.has(unit)) {
    throw sizeHint(option, text, ` in binary units (${unitText} is ambiguous)`);
  }
  const factor = UNITS[unit];
  if (factor === void 0) throw sizeHint(option, text);
  const bytes = Math.round(Number(number) * factor);
  if (!(bytes <= MAX_BYTES)) throw new UsageError(`${option}: '${text.trim()}' is beyond the largest size nix-size-guard takes (${MAX_SIZE_TEXT}); write e.g. 500MiB or 2TiB`);
  return bytes;
}
function parseIncrease(text, option) {
  const trimmed = text.trim().replace(/^\+/, "");
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent) {
    const value = Number(percent[1]);
    if (!(value <= MAX_PERCENT)) throw new UsageError(`${option}: '${text.trim()}' is beyond the largest increase nix-size-guard takes (${MAX_PERCENT}%); write e.g. 2% or +20MiB`);
    return { unit: "percent", value };
  }
  try {
    return { unit: "bytes", value: parseSize(trimmed, option) };
  } catch (error) {
    if (error instanceof UsageError && error.message.includes("beyond the largest")) throw error;
    throw new UsageError(
      `${option}: '${text}' is not a size increase; write e.g. +20MiB, 1.5GiB or 2%`
    );
  }
}
function prefixList(measures) {
  const prefixes = measures.map((m) => `${m}:`);
  return prefixes.length === 1 ? prefixes[0] ?? "" : `${prefixes.slice(0, -1).join(", ")} or ${prefixes.at(-1) ?? ""}`;
}
function splitMeasure(text, option, measures, what, example) {
  const match = /^\s*([a-z]+)\s*:(.*)$/.exec(text);
  if (!match) return { measure: measures[0], rest: text };
  const measure = match[1];
  if (!measures.includes(measure)) {
    throw new UsageError(
      `${option}: '${match[1]}' is not ${what} measure; write ${prefixList(measures)} before the size, e.g. ${example}`
    );
  }
  return { measure, rest: match[2] ?? "" };
}
function splitImageMeasure(text, option) {
  return splitMeasure(text, option, IMAGE_MEASURES, "an image", "compressed:300MiB");
}
function splitUpdateMeasure(text, option) {
  return splitMeasure(text, option, UPDATE_MEASURES, "an update", "compressed:50MiB");
}
function formatBytes(bytes) {
  const negative = bytes < 0;
  let value = Math.abs(bytes);
  let step = 0;
  while (value >= 1024 && step < BINARY_STEPS.length - 1) {
    value /= 1024;
    step++;
  }
  const text = step === 0 ? `${value} B` : `${value.toFixed(1)} ${BINARY_STEPS[step]}`;
  return negative ? `-${text}` : text;
}
function formatDelta(bytes) {
  if (bytes === 0) return "\xB10 B";
  return bytes > 0 ? `+${formatBytes(bytes)}` : formatBytes(bytes);
}
function percentChange(base, head) {
  if (base === 0) return null;
  return (head - base) / base * 100;
}
function formatPercent(percent) {
  if (percent === null) return "new";
  const rounded = Math.round(percent * 10) / 10;
  if (rounded === 0) return "\xB10%";
  return `${rounded > 0 ? "+" : ""}${rounded.toFixed(1)}%`;
}
var UNITS, DECIMAL_UNITS, SIZE_RE, MAX_BYTES, MAX_SIZE_TEXT, MAX_PERCENT, IMAGE_MEASURES, UPDATE_MEASURES, BINARY_STEPS;
var init_size = __esm({
  "src/core/size.ts"() {
    "use strict";
    init_errors();
    UNITS = {
      "": 1,
      b: 1,
      kib: 1024,
      mib: 1024 ** 2,
      gib: 1024 ** 3,
      tib: 1024 ** 4
    };
    DECIMAL_UNITS = /* @__PURE__ */ new Set(["k", "kb", "m", "mb", "g", "gb", "t", "tb"]);
    SIZE_RE = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)\s*$/;
    MAX_BYTES = Number.MAX_SAFE_INTEGER;
    MAX_SIZE_TEXT = "8 PiB";
    MAX_PERCENT = 1e5;
    IMAGE_MEASURES = ["apparent", "allocated", "compressed"];
    UPDATE_MEASURES = ["nar", "compressed"];
    BINARY_STEPS = ["B", "KiB", "MiB", "GiB", "TiB"];
  }
});

// src/core/settings.ts
function compileRegex(pattern, option) {
  try {
    return new RegExp(pattern);
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : "";
    throw new UsageError(`${option}: '${pattern}' is not a valid regular expression (${why}); escape special characters like \\( or \\+`);
  }
}
function parseAllowLine(line) {
  const hash = /(^|\s)#/.exec(line);
  if (!hash) return { pattern: line.trim(), reason: "" };
  return { pattern: line.slice(0, hash.index).trim(), reason: line.slice(hash.index + hash[0].length).trim() };
}
function checkImageGlob(glob2) {
  if (glob2.startsWith("/") || glob2.startsWith("~")) {
    throw new UsageError(`image-glob: '${glob2}' is an absolute path; the glob is matched inside each target's output, e.g. '*.raw' or 'sd-image/*.img'`);
  }
  if (glob2.split(/[\\/]+/).some((part) => part === "..")) {
    throw new UsageError(`image-glob: '${glob2}' climbs out of the output with '..'; the glob is matched inside each target's output, e.g. 'sd-image/*.img'`);
  }
  return glob2;
}
function parseSettings(raw) {
  const forbid = nonEmpty(raw.forbid).map((pattern) => ({ pattern, regex: compileRegex(pattern, "forbid") }));
  const allow = nonEmpty(raw.allow).map((line) => {
    const { pattern, reason } = parseAllowLine(line);
    if (pattern === "") throw new UsageError(`allow: '${line}' has a reason but no pattern; write 'REGEX # reason'`);
    return { pattern, reason, regex: compileRegex(pattern, "allow") };
  });
  const heavyThreshold = present(raw.heavyThreshold) ? parseSize(raw.heavyThreshold, "heavy-threshold") : DEFAULT_HEAVY_THRESHOLD;
  const imageGlob = present(raw.imageGlob) ? checkImageGlob(raw.imageGlob.trim()) : DEFAULT_IMAGE_GLOB;
  const budgets = {
    maxClosure: present(raw.maxClosure) ? parseSize(raw.maxClosure, "max-closure") : null,
    maxClosureIncrease: present(raw.maxClosureIncrease) ? parseIncrease(raw.maxClosureIncrease, "max-closure-increase") : null,
    maxImage: nonEmpty(raw.maxImage).map((text) => {
      const { measure, rest } = splitImageMeasure(text, "max-image");
      return { measure, limit: parseSize(rest, "max-image") };
    }),
    maxImageIncrease: nonEmpty(raw.maxImageIncrease).map((text) => {
      const { measure, rest } = splitImageMeasure(text, "max-image-increase");
      return { measure, limit: parseIncrease(rest, "max-image-increase") };
    }),
    maxUpdateSize: nonEmpty(raw.maxUpdateSize).map((text) => {
      const { measure, rest } = splitUpdateMeasure(text, "max-update-size");
      return { measure, limit: parseSize(rest, "max-update-size") };
    })
  };
  return { heavyThreshold, forbid, allow, budgets, imageGlob };
}
var DEFAULT_HEAVY_THRESHOLD, DEFAULT_IMAGE_GLOB, present, nonEmpty;
var init_settings = __esm({
  "src/core/settings.ts"() {
    "use strict";
    init_errors();
    init_size();
    DEFAULT_HEAVY_THRESHOLD = 1024 * 1024;
    DEFAULT_IMAGE_GLOB = "*.raw";
    present = (value) => value !== void 0 && value.trim() !== "";
    nonEmpty = (values) => (values ?? []).map((v) => v.trim()).filter((v) => v !== "");
  }
});

// src/core/targets.ts
function describeInstallable(installable) {
  return installable.kind === "flake" ? installable.ref : `-f ${installable.file} -A ${installable.attr}`;
}
function parseClassic(text, option) {
  const words = text.trim().split(/\s+/);
  let file;
  let attr;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === "-f" || word === "--file") file = words[++i];
    else if (word === "-A" || word === "--attr") attr = words[++i];
    else if (attr === void 0 && word !== void 0 && !word.startsWith("-")) attr = word;
    else throw new UsageError(`${option}: '${text}' is not an installable; write -f FILE -A ATTR`);
  }
  if (!file || !attr) throw new UsageError(`${option}: '${text}' needs both a file and an attribute; write -f FILE -A ATTR`);
  return { kind: "file", file, attr };
}
function parseInstallable(text, option = "target") {
  const trimmed = text.trim();
  if (trimmed === "") throw new UsageError(`${option}: the installable is empty; write NAME=.#attr or NAME=-f FILE -A ATTR`);
  if (trimmed.startsWith("-")) return parseClassic(trimmed, option);
  if (/\s/.test(trimmed)) throw new UsageError(`${option}: '${trimmed}' has spaces; a flake installable is one word, e.g. .#image`);
  return { kind: "flake", ref: trimmed };
}
function parseTarget(text, option = "target") {
  const eq = text.indexOf("=");
  if (eq === -1) {
    throw new UsageError(
      `${option}: '${text.trim()}' has no name; write NAME=INSTALLABLE, e.g. toplevel=.#nixosConfigurations.appliance.config.system.build.toplevel`
    );
  }
  const name3 = text.slice(0, eq).trim();
  if (!NAME_RE.test(name3)) {
    throw new UsageError(`${option}: '${name3}' is not a target name; use letters, digits, '.', '_' and '-'`);
  }
  return { name: name3, installable: parseInstallable(text.slice(eq + 1), `${option} ${name3}`) };
}
function parseTargets(lines, option = "target") {
  const targets = lines.filter((l) => l.trim() !== "" && !l.trim().startsWith("#")).map((l) => parseTarget(l, option));
  if (targets.length === 0) {
    throw new UsageError(`${option}: no targets; give at least one NAME=INSTALLABLE, e.g. toplevel=.#nixosConfigurations.appliance.config.system.build.toplevel`);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const { name: name3 } of targets) {
    if (seen.has(name3)) throw new UsageError(`${option}: the name '${name3}' is used twice; give each target its own name`);
    seen.add(name3);
  }
  return targets;
}
var NAME_RE;
var init_targets = __esm({
  "src/core/targets.ts"() {
    "use strict";
    init_errors();
    NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
  }
});

// src/git/git.ts
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
var Git;
var init_git = __esm({
  "src/git/git.ts"() {
    "use strict";
    init_errors();
    init_exec();
    Git = class {
      constructor(cwd2) {
        this.cwd = cwd2;
      }
      cwd;
      async run(args) {
        try {
          return await runTool("git", args, { cwd: this.cwd });
        } catch (error) {
          if (error instanceof ToolMissingError) {
            if (!existsSync(this.cwd)) throw new UsageError(`the folder ${this.cwd} does not exist; run nix-size-guard inside the repository`);
            throw new ToolError("git is not installed or not on PATH; install git");
          }
          throw error;
        }
      }
      async output(args, what) {
        const result = await this.run(args);
        if (result.exitCode !== 0) throw new ToolError(`${what} failed:`, tail(result.stderr, 5));
        return result.stdout.trim();
      }
      /** The repository's top folder; a clear error outside a repository. */
      async toplevel() {
        const result = await this.run(["rev-parse", "--show-toplevel"]);
        if (result.exitCode !== 0) {
          throw new UsageError(
            `${this.cwd} is not inside a git repository; 'run' builds commits of a repository (cd into it), 'compare' takes store paths`
          );
        }
        return result.stdout.trim();
      }
      /** No uncommitted change to tracked files: the working tree is its HEAD commit. */
      async isClean() {
        return await this.output(["status", "--porcelain", "--untracked-files=no"], "git status") === "";
      }
      async isShallow() {
        return await this.output(["rev-parse", "--is-shallow-repository"], "git rev-parse") === "true";
      }
      /** The commit a revision names, or null when this repository does not have it. */
      async tryResolve(rev) {
        if (rev.startsWith("-")) throw new UsageError(`'${rev}' is not a git revision`);
        const result = await this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
        return result.exitCode === 0 ? result.stdout.trim() : null;
      }
      async resolve(rev, option) {
        const sha = await this.tryResolve(rev);
        if (sha) return sha;
        const shallow = await this.isShallow();
        throw new UsageError(
          shallow ? `${option}: unknown git revision '${rev}' in this shallow clone; fetch it first: git fetch --depth=1 origin ${rev}` : `${option}: unknown git revision '${rev}'; check the name, or fetch it: git fetch origin ${rev}`
        );
      }
      /**
       * The commit `rev` names, fetched first when this clone lacks it (actions/checkout makes a
       * depth-1 clone, so the base is usually missing). `origin/BRANCH` fetches the branch.
       */
      async ensureCommit(rev, option, remote = "origin") {
        const known = await this.tryResolve(rev);
        if (known) return known;
        const branch = rev.startsWith(`${remote}/`) ? rev.slice(remote.length + 1) : null;
        const refspec = branch ? `+refs/heads/${branch}:refs/remotes/${remote}/${branch}` : rev;
        const fetched = await this.run(["fetch", "--no-tags", "--depth=1", remote, refspec]);
        if (fetched.exitCode === 0) {
          const sha = await this.tryResolve(rev) ?? await this.tryResolve("FETCH_HEAD");
          if (sha) return sha;
        }
        throw new ToolError(
          `${option}: cannot find or fetch '${rev}' from ${remote}; check the ref, and that the checkout has a remote named ${remote}. git fetch said:`,
          tail(fetched.stderr, 20)
        );
      }
      /** Checks `sha` out in a temporary worktree beside the user's; `remove` takes it away again. */
      async addWorktree(sha) {
        const dir = await mkdtemp(path.join(tmpdir(), "nix-size-guard-"));
        await this.output(["worktree", "add", "--detach", "--force", dir, sha], `git worktree add ${sha.slice(0, 12)}`);
        return {
          dir,
          remove: async () => {
            await this.run(["worktree", "remove", "--force", dir]);
          }
        };
      }
    };
  }
});

// src/core/store-path.ts
function storePathName(path5) {
  const base = path5.slice(path5.lastIndexOf("/") + 1);
  const dash = base.indexOf("-");
  return dash === -1 ? base : base.slice(dash + 1);
}
function splitDrvName(fullName) {
  for (let i = fullName.indexOf("-"); i !== -1 && i < fullName.length - 1; i = fullName.indexOf("-", i + 1)) {
    const next = fullName.charCodeAt(i + 1);
    const letter = next >= 65 && next <= 90 || next >= 97 && next <= 122;
    if (!letter) return { name: fullName.slice(0, i), version: fullName.slice(i + 1) };
  }
  return { name: fullName, version: "" };
}
function parseStorePathName(path5) {
  let fullName = storePathName(path5);
  let output = "";
  const dash = fullName.lastIndexOf("-");
  if (dash !== -1 && OUTPUT_NAME.test(fullName.slice(dash + 1))) {
    output = fullName.slice(dash + 1);
    fullName = fullName.slice(0, dash);
  }
  return { ...splitDrvName(fullName), output };
}
function toStorePath(path5, storeDir = DEFAULT_STORE_DIR) {
  const prefix = storeDir.endsWith("/") ? storeDir : `${storeDir}/`;
  if (!path5.startsWith(prefix)) return null;
  const rest = path5.slice(prefix.length);
  const base = rest.split("/")[0] ?? "";
  if (!/^[0-9a-df-np-sv-z]{32}-[A-Za-z0-9+\-._?=]+$/.test(base)) return null;
  return prefix + base;
}
var DEFAULT_STORE_DIR, OUTPUT_NAME;
var init_store_path = __esm({
  "src/core/store-path.ts"() {
    "use strict";
    DEFAULT_STORE_DIR = "/nix/store";
    OUTPUT_NAME = /^(?:[a-z]+|lib32|lib64)$/;
  }
});

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
function makeClosure(objects, root, source = "nix path-info") {
  return closureOfGraph(graphOfObjects(objects, source), root, source);
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
  let count2 = 0;
  stack[top++] = rootId;
  reached[rootId] = 1;
  while (top > 0) {
    const id = stack[--top];
    count2++;
    for (let k = refStart[id], end = refStart[id + 1]; k < end; k++) {
      const ref = refs[k];
      if (reached[ref] === 0) {
        reached[ref] = 1;
        stack[top++] = ref;
      }
    }
  }
  if (count2 === n) return closure;
  const newId = new Int32Array(n).fill(-1);
  const keptPaths = [];
  for (let i = 0; i < n; i++) if (reached[i] === 1) newId[i] = keptPaths.push(paths[i]) - 1;
  const keptSizes = new Float64Array(count2);
  const keptStart = new Int32Array(count2 + 1);
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
  keptStart[count2] = at;
  return { root: closure.root, rootId: newId[rootId], paths: keptPaths, narSizes: keptSizes, refStart: keptStart, refs: keptRefs };
}
function idOf(closure, path5) {
  return binarySearch(closure.paths, path5);
}
function binarySearch(paths, path5) {
  let low = 0;
  let high = paths.length - 1;
  while (low <= high) {
    const middle = low + high >>> 1;
    const at = paths[middle];
    if (at === path5) return middle;
    if (at < path5) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
function referencesOf(closure, id) {
  const result = [];
  for (let k = closure.refStart[id], end = closure.refStart[id + 1]; k < end; k++) {
    result.push(closure.paths[closure.refs[k]]);
  }
  return result;
}
function storeObjects(closure) {
  return closure.paths.map((path5, id) => ({ path: path5, narSize: closure.narSizes[id], references: referencesOf(closure, id) }));
}
function closureSize(closure) {
  let total = 0;
  for (const size of closure.narSizes) total += size;
  return total;
}
function pathCount(closure) {
  return closure.paths.length;
}
var init_closure = __esm({
  "src/core/closure.ts"() {
    "use strict";
    init_errors();
    init_store_path();
  }
});

// src/core/chains.ts
function indexChains(closure) {
  const { paths, refStart, refs, rootId } = closure;
  const n = paths.length;
  const parent = new Int32Array(n).fill(-2);
  const queue = new Int32Array(n);
  parent[rootId] = -1;
  queue[0] = rootId;
  let tail2 = 1;
  for (let head = 0; head < tail2; head++) {
    const id = queue[head];
    for (let k = refStart[id], end = refStart[id + 1]; k < end; k++) {
      const ref = refs[k];
      if (parent[ref] === -2) {
        parent[ref] = id;
        queue[tail2++] = ref;
      }
    }
  }
  const chainToId = (id) => {
    const chain = [];
    for (let at = id; at >= 0; at = parent[at]) chain.push(paths[at]);
    return chain.reverse();
  };
  return {
    parent,
    order: tail2 === n ? queue : queue.subarray(0, tail2),
    chainToId,
    chainTo(path5) {
      const id = idOf(closure, path5);
      return id === -1 || parent[id] === -2 ? null : chainToId(id);
    }
  };
}
function chainParents(closure, index, ids) {
  const { paths } = closure;
  const { parent } = index;
  const on = new Uint8Array(paths.length);
  for (const id of ids) {
    for (let at = id; on[at] === 0 && parent[at] >= 0; at = parent[at]) on[at] = 1;
  }
  const parents = {};
  for (let id = 0; id < paths.length; id++) if (on[id] === 1) parents[paths[id]] = paths[parent[id]];
  return parents;
}
function chainsOf(target) {
  const parents = target.parents ?? {};
  let reader = readers.get(parents);
  if (!reader) {
    reader = new ChainReader(target.head.root, parents);
    readers.set(parents, reader);
  }
  return reader;
}
var ChainReader, readers;
var init_chains = __esm({
  "src/core/chains.ts"() {
    "use strict";
    init_closure();
    ChainReader = class {
      constructor(root, parents) {
        this.root = root;
        this.parents = parents;
      }
      root;
      parents;
      lengths = /* @__PURE__ */ new Map();
      /** For each `first` asked for: a path → its ancestor whose chain is `first` paths long. */
      tops = /* @__PURE__ */ new Map();
      /** The path before `path` on its chain; undefined for the root or a path the table lacks. */
      parentOf(path5) {
        return Object.hasOwn(this.parents, path5) ? this.parents[path5] : void 0;
      }
      /** How many paths the chain to `path` holds (1 for the root, or for a path the table lacks). */
      length(path5) {
        const known = this.lengths.get(path5);
        if (known !== void 0) return known;
        const climb = [];
        let at = path5;
        let base = 0;
        const seen = /* @__PURE__ */ new Set();
        while (at !== void 0) {
          const have = this.lengths.get(at);
          if (have !== void 0) {
            base = have;
            break;
          }
          if (seen.has(at)) break;
          seen.add(at);
          climb.push(at);
          at = at === this.root ? void 0 : this.parentOf(at);
        }
        for (let i = climb.length - 1; i >= 0; i--) this.lengths.set(climb[i], base + climb.length - i);
        return this.lengths.get(path5);
      }
      /** The path on the chain to `path` whose own chain is `first` paths long (or `path` if shorter). */
      ancestor(path5, first) {
        let tops = this.tops.get(first);
        if (!tops) {
          tops = /* @__PURE__ */ new Map();
          this.tops.set(first, tops);
        }
        const climb = [];
        let at = path5;
        let top;
        for (let steps = this.length(path5); ; steps--) {
          top = tops.get(at);
          if (top !== void 0) break;
          const parent = this.parentOf(at);
          if (this.length(at) <= first || parent === void 0 || steps <= 0) {
            top = at;
            break;
          }
          climb.push(at);
          at = parent;
        }
        for (const passed of climb) tops.set(passed, top);
        tops.set(at, top);
        return top;
      }
      /** The whole chain from the root to `path`. */
      chain(path5) {
        const length = this.length(path5);
        const chain = new Array(length);
        let at = path5;
        for (let i = length - 1; i >= 0 && at !== void 0; i--) {
          chain[i] = at;
          at = this.parentOf(at);
        }
        return chain;
      }
      /**
       * The chain to `path` with at most `first` + `last` links shown: the first ones from the
       * root, the last ones ending at `path`, and how many are left out between them.
       */
      short(path5, first, last) {
        const length = this.length(path5);
        if (length <= first + last) return { first: this.chain(path5), omitted: 0, last: [] };
        const tail2 = [];
        let at = path5;
        for (let i = 0; i < last && at !== void 0; i++) {
          tail2.push(at);
          at = this.parentOf(at);
        }
        const head = this.chain(this.ancestor(at, first));
        return { first: head, omitted: length - last - head.length, last: tail2.reverse() };
      }
    };
    readers = /* @__PURE__ */ new WeakMap();
  }
});

// src/core/diff.ts
function pairClosures(base, head) {
  let byHead = pairs.get(base);
  const known = byHead?.get(head);
  if (known) return known;
  const headInBase = new Int32Array(head.paths.length).fill(-1);
  const baseInHead = new Int32Array(base.paths.length).fill(-1);
  const b = base.paths;
  const h = head.paths;
  for (let i = 0, j = 0; i < b.length && j < h.length; ) {
    const x = b[i];
    const y = h[j];
    if (x === y) {
      baseInHead[i] = j;
      headInBase[j] = i;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const pair = { base, head, headInBase, baseInHead };
  if (!byHead) {
    byHead = /* @__PURE__ */ new WeakMap();
    pairs.set(base, byHead);
  }
  byHead.set(head, pair);
  return pair;
}
function pathNames(closure) {
  let known = names.get(closure);
  if (!known) {
    known = closure.paths.map(parseStorePathName);
    names.set(closure, known);
  }
  return known;
}
function pairNames(base, head) {
  const headNames = pathNames(head);
  let baseNames = names.get(base);
  if (!baseNames) {
    const { baseInHead } = pairClosures(base, head);
    baseNames = base.paths.map((path5, id) => {
      const other = baseInHead[id];
      return other === -1 ? parseStorePathName(path5) : headNames[other];
    });
    names.set(base, baseNames);
  }
  return { base: baseNames, head: headNames };
}
function only(from, otherId) {
  const ids = [];
  for (let id = 0; id < otherId.length; id++) if (otherId[id] === -1) ids.push(id);
  const sizes = from.narSizes;
  ids.sort((a, b) => sizes[b] - sizes[a] || a - b);
  return ids.map((id) => ({ path: from.paths[id], narSize: sizes[id] }));
}
function addedPaths(base, head) {
  return only(head, pairClosures(base, head).headInBase);
}
function removedPaths(base, head) {
  return only(base, pairClosures(base, head).baseInHead);
}
function groupByPackage(closure, wanted) {
  const groups = /* @__PURE__ */ new Map();
  const parsed = pathNames(closure);
  for (let id = 0; id < parsed.length; id++) {
    const { name: name3, version } = parsed[id];
    if (!wanted.has(name3)) continue;
    let group = groups.get(name3);
    if (!group) {
      group = { versions: /* @__PURE__ */ new Set(), size: 0 };
      groups.set(name3, group);
    }
    group.versions.add(version);
    group.size += closure.narSizes[id];
  }
  return groups;
}
function packageChanges(base, head) {
  const { headInBase, baseInHead } = pairClosures(base, head);
  const touched = /* @__PURE__ */ new Set();
  const { base: baseNames, head: headNames } = pairNames(base, head);
  for (let id = 0; id < headInBase.length; id++) if (headInBase[id] === -1) touched.add(headNames[id].name);
  for (let id = 0; id < baseInHead.length; id++) if (baseInHead[id] === -1) touched.add(baseNames[id].name);
  const before = groupByPackage(base, touched);
  const after = groupByPackage(head, touched);
  const changes = [];
  for (const name3 of sortedStrings(touched)) {
    const baseVersions = sortedStrings(before.get(name3)?.versions ?? []);
    const headVersions = sortedStrings(after.get(name3)?.versions ?? []);
    const sizeDelta = (after.get(name3)?.size ?? 0) - (before.get(name3)?.size ?? 0);
    const versionsChanged = baseVersions.length !== headVersions.length || baseVersions.some((v, i) => v !== headVersions[i]);
    if (versionsChanged || Math.abs(sizeDelta) >= PACKAGE_SIZE_DELTA_THRESHOLD) {
      changes.push({ name: name3, baseVersions, headVersions, sizeDelta });
    }
  }
  return changes;
}
function versionsOnlyIn(from, other) {
  const otherSet = new Set(other);
  return from.filter((v) => !otherSet.has(v));
}
function attributeGrowth(base, head, chains) {
  const baseNames = /* @__PURE__ */ new Set();
  for (const { name: name3 } of pathNames(base)) baseNames.add(name3);
  const headNames = pathNames(head);
  const { headInBase } = pairClosures(base, head);
  const { parent, order } = chains;
  const via = new Int32Array(head.paths.length).fill(-1);
  for (let k = 0; k < order.length; k++) {
    const id = order[k];
    const up = parent[id];
    if (up < 0) continue;
    const inherited = via[up];
    via[id] = inherited !== -1 ? inherited : baseNames.has(headNames[id].name) ? -1 : id;
  }
  const groups = /* @__PURE__ */ new Map();
  for (let id = 0; id < headInBase.length; id++) {
    if (headInBase[id] !== -1 || via[id] === -1) continue;
    const at = via[id];
    let group = groups.get(at);
    if (!group) {
      group = { via: head.paths[at], addedSize: 0, addedPaths: 0 };
      groups.set(at, group);
    }
    group.addedSize += head.narSizes[id];
    group.addedPaths += 1;
  }
  return [...groups.values()].sort((a, b) => b.addedSize - a.addedSize || (a.via < b.via ? -1 : 1));
}
var PACKAGE_SIZE_DELTA_THRESHOLD, pairs, names, sortedStrings;
var init_diff = __esm({
  "src/core/diff.ts"() {
    "use strict";
    init_store_path();
    PACKAGE_SIZE_DELTA_THRESHOLD = 8 * 1024;
    pairs = /* @__PURE__ */ new WeakMap();
    names = /* @__PURE__ */ new WeakMap();
    sortedStrings = (values) => [...values].sort();
  }
});

// src/core/duplicates.ts
function packageFamily(name3) {
  if (name3.indexOf("-") === -1) return name3;
  let family = name3;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const suffix of VARIANT_SUFFIXES) {
      if (family.length > suffix.length && family.endsWith(suffix)) {
        family = family.slice(0, -suffix.length);
        stripped = true;
      }
    }
  }
  return family;
}
function variantOfName({ name: name3, version }) {
  const last = version.charCodeAt(version.length - 1);
  const letter = last >= 65 && last <= 90 || last >= 97 && last <= 122;
  return { name: name3, version: letter ? version.replace(TRAILING_WORDS, "") : version };
}
function variantOf(path5) {
  return variantOfName(parseStorePathName(path5));
}
function pathVariants(names2, known) {
  const family = new Array(names2.length);
  const label3 = new Array(names2.length);
  for (let id = 0; id < names2.length; id++) {
    const other = known ? known.ids[id] : -1;
    if (other !== -1) {
      family[id] = known?.variants.family[other];
      label3[id] = known?.variants.label[other];
      continue;
    }
    const parsed = names2[id];
    const variant = variantOfName(parsed);
    family[id] = packageFamily(variant.name);
    label3[id] = parsed.version === "" ? null : variantLabel(variant);
  }
  return { family, label: label3 };
}
function severalVariants({ family, label: label3 }) {
  const first = /* @__PURE__ */ new Map();
  const several = /* @__PURE__ */ new Set();
  for (let id = 0; id < family.length; id++) {
    const own = label3[id];
    if (own == null) continue;
    const seen = first.get(family[id]);
    if (seen === void 0) first.set(family[id], own);
    else if (seen !== own) several.add(family[id]);
  }
  const families = /* @__PURE__ */ new Map();
  if (several.size === 0) return families;
  for (let id = 0; id < family.length; id++) {
    const own = label3[id];
    if (own == null || !several.has(family[id])) continue;
    let variants = families.get(family[id]);
    if (!variants) {
      variants = /* @__PURE__ */ new Map();
      families.set(family[id], variants);
    }
    const ids = variants.get(own);
    if (ids) ids.push(id);
    else variants.set(own, [id]);
  }
  return families;
}
function findDuplicates(base, head) {
  const names2 = pairNames(base, head);
  const headVariants = pathVariants(names2.head);
  const several = severalVariants(headVariants);
  if (several.size === 0) return [];
  const baseVariants = pathVariants(names2.base, { variants: headVariants, ids: pairClosures(base, head).baseInHead });
  const before = /* @__PURE__ */ new Map();
  for (let id = 0; id < baseVariants.family.length; id++) {
    const family = baseVariants.family[id];
    const own = baseVariants.label[id];
    if (own == null || !several.has(family)) continue;
    const labels = before.get(family) ?? /* @__PURE__ */ new Set();
    labels.add(own);
    before.set(family, labels);
  }
  const duplicates = [];
  for (const [name3, variants] of several) {
    const paths = [...variants.keys()].sort(byString).flatMap(
      (label3) => (variants.get(label3) ?? []).map((id) => ({ path: head.paths[id], narSize: head.narSizes[id] })).sort((a, b) => byName(a.path, b.path))
    );
    const size = paths.reduce((sum, p) => sum + p.narSize, 0);
    duplicates.push({ name: name3, paths, size, new: (before.get(name3)?.size ?? 0) < 2 });
  }
  return duplicates.sort((a, b) => Number(b.new) - Number(a.new) || b.size - a.size || byString(a.name, b.name));
}
function duplicateVariants(duplicate) {
  return [...new Set(duplicate.paths.map((p) => variantLabel(variantOf(p.path))))];
}
var VARIANT_SUFFIXES, TRAILING_WORDS, variantLabel, byString, byName;
var init_duplicates = __esm({
  "src/core/duplicates.ts"() {
    "use strict";
    init_diff();
    init_store_path();
    VARIANT_SUFFIXES = ["-minimal", "-small", "-headless", "-nox", "-lite", "-slim", "-tiny"];
    TRAILING_WORDS = /(?:-[A-Za-z]+)+$/;
    variantLabel = (variant) => `${variant.name}-${variant.version}`;
    byString = (a, b) => a < b ? -1 : a > b ? 1 : 0;
    byName = (a, b) => byString(storePathName(a), storePathName(b)) || byString(a, b);
  }
});

// src/core/policy.ts
function findForbidden(base, head, forbid, allow) {
  const forbidden = [];
  const allowed = [];
  if (forbid.length === 0) return { forbidden, allowed };
  const { headInBase } = pairClosures(base, head);
  head.paths.forEach((path5, id) => {
    const rule = forbid.find((r) => r.regex.test(path5));
    if (!rule) return;
    const exception = allow.find((r) => r.regex.test(path5));
    if (exception) {
      allowed.push({ path: path5, forbiddenBy: rule.pattern, allowedBy: exception.pattern, reason: exception.reason });
      return;
    }
    forbidden.push({ path: path5, pattern: rule.pattern, new: headInBase[id] === -1 });
  });
  return { forbidden: forbidden.sort((a, b) => Number(b.new) - Number(a.new)), allowed };
}
function imageSize(image, measure) {
  switch (measure) {
    case "apparent":
      return image.apparentSize;
    case "allocated":
      return image.allocatedSize;
    case "compressed":
      return image.compressedSize;
  }
}
function increaseResult(name3, limit, base, head) {
  const delta = head - base;
  if (limit.unit === "bytes") return { name: name3, kind: "increase", limit: limit.value, actual: delta, unit: "bytes", ok: delta <= limit.value };
  if (base === 0) return `${name3}: the base has nothing to compare a percentage with; not checked`;
  const percent = Math.round(delta / base * 1e4) / 100;
  return { name: name3, kind: "increase", limit: limit.value, actual: percent, unit: "percent", ok: percent <= limit.value };
}
function checkBudgets(budgets, base, head, update) {
  const results = [];
  const notes = [];
  const push = (result) => {
    if (typeof result === "string") notes.push(result);
    else results.push(result);
  };
  if (budgets.maxClosure !== null) {
    push({ name: "max-closure", kind: "size", limit: budgets.maxClosure, actual: head.closureSize, unit: "bytes", ok: head.closureSize <= budgets.maxClosure });
  }
  if (budgets.maxClosureIncrease !== null) {
    push(increaseResult("max-closure-increase", budgets.maxClosureIncrease, base.closureSize, head.closureSize));
  }
  if (head.image) {
    const headImage = head.image;
    for (const { measure, limit } of budgets.maxImage) {
      const actual = imageSize(headImage, measure);
      push({ name: label("max-image", measure), kind: "size", limit, actual, unit: "bytes", ok: actual <= limit });
    }
    for (const { measure, limit } of budgets.maxImageIncrease) {
      const baseSize = base.image ? imageSize(base.image, measure) : 0;
      push(increaseResult(label("max-image-increase", measure), limit, baseSize, imageSize(headImage, measure)));
    }
  }
  for (const { measure, limit } of budgets.maxUpdateSize) {
    const name3 = label("max-update-size", measure, "nar");
    const actual = measure === "nar" ? update.narSize : update.compressedSize;
    if (actual === null) push(`${name3}: the zstd size of the update was not measured; not checked`);
    else push({ name: name3, kind: "size", limit, actual, unit: "bytes", ok: actual <= limit });
  }
  return { results, notes };
}
var label;
var init_policy = __esm({
  "src/core/policy.ts"() {
    "use strict";
    init_diff();
    label = (option, measure, defaultMeasure = "apparent") => measure === defaultMeasure ? option : `${option} (${measure})`;
  }
});

// src/core/analyze.ts
function summarize(side) {
  return {
    root: side.closure.root,
    source: side.source ?? "given",
    closureSize: closureSize(side.closure),
    pathCount: pathCount(side.closure),
    image: side.image
  };
}
function analyzeClosures(input, settings) {
  const base = summarize(input.base);
  const head = summarize(input.head);
  const baseClosure = input.base.closure;
  const headClosure = input.head.closure;
  const chains = indexChains(headClosure);
  const added = addedPaths(baseClosure, headClosure);
  const heavy = added.filter((p) => p.narSize >= settings.heavyThreshold);
  const { forbidden, allowed } = findForbidden(baseClosure, headClosure, settings.forbid, settings.allow);
  const growth = attributeGrowth(baseClosure, headClosure, chains);
  const duplicates = findDuplicates(baseClosure, headClosure);
  const listed = [
    ...heavy.map((p) => p.path),
    ...forbidden.map((f) => f.path),
    ...growth.map((g) => g.via),
    ...duplicates.flatMap((d) => d.paths.map((p) => p.path))
  ];
  const parents = chainParents(headClosure, chains, listed.map((path5) => idOf(headClosure, path5)));
  return {
    name: input.name,
    base,
    head,
    closureSizeDelta: head.closureSize - base.closureSize,
    pathCountDelta: head.pathCount - base.pathCount,
    updateNarSize: added.reduce((sum, p) => sum + p.narSize, 0),
    added,
    removed: removedPaths(baseClosure, headClosure),
    packages: packageChanges(baseClosure, headClosure),
    heavy,
    growth,
    duplicates,
    forbidden,
    allowed,
    parents
  };
}
function completeTarget(analysis, input, settings) {
  const { updateNarSize, ...closures } = analysis;
  const update = { narSize: updateNarSize, compressedSize: input.updateCompressedSize ?? null };
  const budgets = checkBudgets(settings.budgets, analysis.base, analysis.head, update);
  const { name: name3, base, head, closureSizeDelta, pathCountDelta, added, removed, packages, heavy, growth, duplicates, forbidden, allowed, parents } = closures;
  return {
    name: name3,
    ok: forbidden.length === 0 && budgets.results.every((b) => b.ok),
    base,
    head,
    closureSizeDelta,
    pathCountDelta,
    update,
    added,
    removed,
    packages,
    heavy,
    growth,
    duplicates,
    forbidden,
    allowed,
    budgets: budgets.results,
    ...input.trend && input.trend.length > 0 ? { trend: input.trend } : {},
    notes: [...input.notes ?? [], ...budgets.notes],
    parents
  };
}
function buildReport(targets, settings, meta) {
  return {
    schemaVersion: 2,
    tool: { name: "nix-size-guard", version: meta.version },
    ok: targets.every((t) => t.ok),
    base: { label: meta.baseLabel },
    head: { label: meta.headLabel },
    settings: {
      heavyThreshold: settings.heavyThreshold,
      forbid: settings.forbid.map((r) => r.pattern),
      allow: settings.allow.map((r) => ({ pattern: r.pattern, reason: r.reason }))
    },
    targets
  };
}
var init_analyze = __esm({
  "src/core/analyze.ts"() {
    "use strict";
    init_chains();
    init_closure();
    init_diff();
    init_duplicates();
    init_policy();
  }
});

// src/build.ts
import path2 from "node:path";
function revisionLabel(revision) {
  return revision.kind === "commit" ? revision.label : "working tree";
}
function flakeRefAtCommit(ref, where) {
  const hash = ref.indexOf("#");
  const flake = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? "" : ref.slice(hash);
  if (!LOCAL_FLAKE_REF.test(flake)) return ref;
  const localPath = flake.replace(/^(path:|git\+file:(\/\/)?)/, "").replace(/\?.*$/, "");
  const relative = path2.relative(where.toplevel, path2.resolve(where.cwd, localPath || "."));
  if (relative.startsWith("..") || path2.isAbsolute(relative)) return ref;
  const query = [`rev=${where.sha}`];
  if (where.shallow) query.push("shallow=1");
  if (relative !== "") query.push(`dir=${encodeURIComponent(relative.split(path2.sep).join("/"))}`);
  return `git+file://${encodeURI(where.toplevel)}?${query.join("&")}${fragment}`;
}
async function installablesAt(revision, cwd2, git) {
  if (revision.kind === "worktree") return (installable) => installable;
  const toplevel = await git.toplevel();
  const shallow = await git.isShallow();
  return (installable) => installable.kind === "flake" ? { kind: "flake", ref: flakeRefAtCommit(installable.ref, { cwd: cwd2, toplevel, sha: revision.sha, shallow }) } : installable;
}
async function evaluateOne(nix, target, at, context, along) {
  if (along) {
    try {
      return await nix.evaluate(at({ kind: "flake", ref: along.from }), context, along.select, along.extra);
    } catch (error) {
      along.onFailure(error);
    }
  }
  return nix.evaluate(at(target.installable), context);
}
async function evaluateSide(targets, revision, context) {
  const { nix, git, cwd: cwd2 } = context;
  const along = context.along ?? (() => null);
  const results = /* @__PURE__ */ new Map();
  if (targets.length === 0) return results;
  if (revision.kind === "worktree") {
    for (const target of targets) {
      results.set(target.name, await evaluateOne(nix, target, (i) => i, { cwd: cwd2, what: `${target.name} at ${context.what}` }, along(target)));
    }
    return results;
  }
  const at = await installablesAt(revision, cwd2, git);
  const worktree = targets.some((t) => t.installable.kind === "file") ? await git.addWorktree(revision.sha) : null;
  try {
    const evalCwd = worktree ? path2.join(worktree.dir, path2.relative(await git.toplevel(), cwd2)) : cwd2;
    for (const target of targets) {
      results.set(target.name, await evaluateOne(nix, target, at, { cwd: evalCwd, what: `${target.name} at ${context.what}` }, along(target)));
    }
    return results;
  } finally {
    await worktree?.remove();
  }
}
var LOCAL_FLAKE_REF;
var init_build = __esm({
  "src/build.ts"() {
    "use strict";
    LOCAL_FLAKE_REF = /^(\.{1,2}(\/|$)|\/|path:|git\+file:)/;
  }
});

// src/nix/path-info.ts
function fullPath(pathOrBase, storeDir) {
  return pathOrBase.startsWith("/") ? pathOrBase : `${storeDir}/${pathOrBase}`;
}
function readEntry(source, path5, entry, storeDir) {
  const { narSize, references } = entry;
  const full = fullPath(path5, storeDir);
  if (toStorePath(full, storeDir) !== full) fail(source, `'${path5}' is not a store path (${storeDir}/HASH-NAME)`);
  if (narSize === void 0) fail(source, `the entry for ${path5} has no narSize`);
  if (typeof narSize !== "number" || !Number.isSafeInteger(narSize)) {
    fail(source, `the entry for ${path5} has narSize ${JSON.stringify(narSize)?.slice(0, 40)}, not a whole number of bytes`);
  }
  if (narSize < 0) fail(source, `the entry for ${path5} has a negative narSize (${narSize})`);
  if (!Array.isArray(references)) fail(source, `the entry for ${path5} has no references list`);
  const refs = [];
  for (const reference of references) {
    if (typeof reference !== "string") fail(source, `the entry for ${path5} has a reference that is not a string (${JSON.stringify(reference)?.slice(0, 40)})`);
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
var fail;
var init_path_info = __esm({
  "src/nix/path-info.ts"() {
    "use strict";
    init_closure();
    init_store_path();
    fail = closureInputError;
  }
});

// src/nix/path-info-scan.ts
function readPathInfo(bytes, source, parseJson) {
  const scanned = bytes.length >= SCAN_MIN_BYTES ? scanPathInfo(bytes) : null;
  if (scanned) return scanned;
  const parsed = parsePathInfoJson(parseJson(new TextDecoder().decode(bytes)), source);
  return { ...graphOfObjects(parsed.objects, source), invalid: parsed.invalid };
}
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
    const start2 = pos + 1;
    let at = start2;
    for (; ; ) {
      const c = bytes[at];
      if (c === QUOTE) break;
      if (c === BACKSLASH || c < SPACE || c >= 128 || at >= end) throw notForScan;
      at++;
    }
    stringStart = start2;
    stringEnd = at;
    pos = at + 1;
  };
  const literal = (word) => {
    for (let i = 0; i < word.length; i++) if (bytes[pos + i] !== word[i]) throw notForScan;
    pos += word.length;
  };
  const number = () => {
    const start2 = pos;
    if (bytes[pos] === MINUS) pos++;
    let value = 0;
    if (bytes[pos] === ZERO) pos++;
    else {
      if (!isDigit(bytes[pos])) throw notForScan;
      while (isDigit(bytes[pos])) value = value * 10 + bytes[pos++] - ZERO;
    }
    let integer = bytes[start2] !== MINUS;
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
    let start2 = keyStart;
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
        start2 = stringStart;
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
    if (start2 === -1) throw notForScan;
    if (!valid) {
      if (refsFrom !== -1) refStringStart.length = refStringEnd.length = refsFrom;
      invalidRanges.push(start2, stop);
      return;
    }
    if (narSize === -1 || refsFrom === -1) throw notForScan;
    pathStart.push(start2);
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
function rangeIs(bytes, start2, end, text) {
  if (end - start2 !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start2 + i] !== text.charCodeAt(i)) return false;
  return true;
}
function sameBytes(x, a, aEnd, y, b, bEnd) {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (x[a + i] !== y[b + i]) return false;
  return true;
}
function decodeAscii(bytes, start2, end) {
  let text = "";
  for (let at = start2; at < end; at += 4096) text += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(end, at + 4096)));
  return text;
}
function baseNameStart(bytes, start2, end, storeDir, baseNames) {
  if (baseNames) {
    if (bytes[start2] === SLASH || start2 === end) throw notForScan;
    return start2;
  }
  const from = start2 + storeDir.length + 1;
  if (from >= end || bytes[from - 1] !== SLASH || !rangeIs(bytes, start2, from - 1, storeDir)) throw notForScan;
  return from;
}
function hashOf(bytes, start2, end) {
  let hash = 2166136261 ^ end - start2;
  for (let i = start2, stop = Math.min(end, start2 + 16); i < stop; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
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
  const names2 = new Uint8Array(total);
  for (let i = 0; i < n; i++) {
    const length = nameAt[i + 1] - nameAt[i];
    names2.set(bytes.subarray(ends[i] - length, ends[i]), nameAt[i]);
  }
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table2 = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) {
    const from = nameAt[i];
    const to = nameAt[i + 1];
    let slot = hashOf(names2, from, to) & mask;
    for (; ; ) {
      const at = table2[slot];
      if (at === -1) {
        table2[slot] = i;
        break;
      }
      if (sameBytes(names2, nameAt[at], nameAt[at + 1], names2, from, to)) break;
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
      const at = table2[slot];
      if (at === -1) throw notForScan;
      if (sameBytes(names2, nameAt[at], nameAt[at + 1], bytes, from, to)) {
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
var TAB, LF, CR, SPACE, QUOTE, COMMA, MINUS, DOT, SLASH, ZERO, NINE, COLON, LBRACKET, BACKSLASH, RBRACKET, LBRACE, RBRACE, SCAN_MIN_BYTES, NotForScan, notForScan, ascii, KEY_PATH, KEY_NAR_SIZE, KEY_REFERENCES, KEY_VALID, KEY_STORE_DIR, KEY_VERSION, KEY_INFO, LITERAL_TRUE, LITERAL_FALSE, LITERAL_NULL, Int32List, isDigit;
var init_path_info_scan = __esm({
  "src/nix/path-info-scan.ts"() {
    "use strict";
    init_closure();
    init_store_path();
    init_path_info();
    TAB = 9;
    LF = 10;
    CR = 13;
    SPACE = 32;
    QUOTE = 34;
    COMMA = 44;
    MINUS = 45;
    DOT = 46;
    SLASH = 47;
    ZERO = 48;
    NINE = 57;
    COLON = 58;
    LBRACKET = 91;
    BACKSLASH = 92;
    RBRACKET = 93;
    LBRACE = 123;
    RBRACE = 125;
    SCAN_MIN_BYTES = 4 * 1024 * 1024;
    NotForScan = class extends Error {
    };
    notForScan = new NotForScan();
    ascii = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    KEY_PATH = ascii("path");
    KEY_NAR_SIZE = ascii("narSize");
    KEY_REFERENCES = ascii("references");
    KEY_VALID = ascii("valid");
    KEY_STORE_DIR = ascii("storeDir");
    KEY_VERSION = ascii("version");
    KEY_INFO = ascii("info");
    LITERAL_TRUE = ascii("true");
    LITERAL_FALSE = ascii("false");
    LITERAL_NULL = ascii("null");
    Int32List = class {
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
    isDigit = (c) => c !== void 0 && c >= ZERO && c <= NINE;
  }
});

// src/threads/pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { Worker } from "node:worker_threads";
function workerAvailable() {
  present2 ??= WORKER.protocol === "file:" && existsSync2(WORKER);
  return present2;
}
var WORKER, present2, WorkerThread;
var init_pool = __esm({
  "src/threads/pool.ts"() {
    "use strict";
    WORKER = new URL("./worker.js", import.meta.url);
    WorkerThread = class {
      worker = new Worker(WORKER);
      waiting = /* @__PURE__ */ new Map();
      next = 0;
      /** Why the worker is gone, once it is: a message to it then would wait forever. */
      gone;
      constructor() {
        this.worker.unref();
        this.worker.on("message", ({ id, reply }) => {
          this.waiting.get(id)?.resolve(reply);
          this.waiting.delete(id);
          if (this.waiting.size === 0) this.worker.unref();
        });
        const failAll = (error) => {
          this.gone ??= error;
          for (const { reject } of this.waiting.values()) reject(error);
          this.waiting.clear();
        };
        this.worker.on("error", failAll);
        this.worker.on("exit", (code) => failAll(new Error(`the worker thread stopped (exit code ${code})`)));
      }
      ask(task) {
        if (this.gone) return Promise.reject(this.gone);
        const id = this.next++;
        this.worker.ref();
        return new Promise((resolve2, reject) => {
          this.waiting.set(id, { resolve: resolve2, reject });
          this.worker.postMessage({ id, task });
        });
      }
      close() {
        void this.worker.terminate();
      }
    };
  }
});

// src/dump/read.ts
import { readFile, stat } from "node:fs/promises";
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
  for (const path5 of dump.paths) {
    if (toStorePath(path5) !== path5) throw new UsageError(`${source}: '${path5}' is not a store path (/nix/store/HASH-NAME); ${SOURCE_HINT}`);
  }
  return closureOfGraph(dump, null, source);
}
function checkNotAllInvalid(valid, invalid, source) {
  if (invalid.length > 0 && valid === 0) {
    throw new UsageError(`${source} lists only paths Nix called invalid (${invalid[0]}); dump a path that is in the store`);
  }
}
async function loadDump(dump) {
  const { size } = await stat(dump.file);
  if (size < WORKER_MIN_BYTES || !workerAvailable()) return readDump(dump);
  const thread = new WorkerThread();
  let reply;
  try {
    reply = await thread.ask({ task: "dump", dump });
  } catch {
    return readDump(dump);
  } finally {
    thread.close();
  }
  if ("closure" in reply) return reply.closure;
  if ("error" in reply) throw reply.error.usage ? new UsageError(reply.error.message) : new Error(reply.error.message);
  throw new Error(`the worker thread answered a dump with ${JSON.stringify(reply)}`);
}
var SOURCE_HINT, WORKER_MIN_BYTES;
var init_read = __esm({
  "src/dump/read.ts"() {
    "use strict";
    init_closure();
    init_path_info_scan();
    init_errors();
    init_store_path();
    init_pool();
    SOURCE_HINT = "give a store path, a 'result' link, or a JSON file written by 'nix path-info --json --recursive'";
    WORKER_MIN_BYTES = 8 * 1024 * 1024;
  }
});

// src/zstd.ts
import { isMainThread } from "node:worker_threads";
import zlib from "node:zlib";
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
async function zstdSizeOf(bytes) {
  if (bytes.length < AT_ONCE_MAX || !isMainThread) return zlib.zstdCompressSync(bytes, zstdOptions(bytes.length)).length;
  return zstdSize([bytes], bytes.length);
}
function zstdOptions(pledgedSrcSize) {
  const params = { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL };
  return pledgedSrcSize === void 0 ? { params } : { params, pledgedSrcSize };
}
var ZSTD_LEVEL, zstdAvailable, AT_ONCE_MAX;
var init_zstd = __esm({
  "src/zstd.ts"() {
    "use strict";
    ZSTD_LEVEL = 3;
    zstdAvailable = () => typeof zlib.createZstdCompress === "function";
    AT_ONCE_MAX = 1024 * 1024;
  }
});

// src/image/measure.ts
import { createReadStream } from "node:fs";
import * as fsp from "node:fs/promises";
import path3 from "node:path";
async function zstdCompressedSize(file) {
  if (!zstdAvailable()) {
    throw new ToolError(`measuring ${file} needs zstd in Node's zlib: run nix-size-guard with Node 24 or newer (this is ${process.version})`);
  }
  return zstdSize(createReadStream(file, { highWaterMark: 1024 * 1024 }));
}
async function measureFile(file) {
  const info = await fsp.stat(file);
  return {
    file,
    apparentSize: info.size,
    // st_blocks counts 512-byte units whatever the filesystem's block size.
    allocatedSize: info.blocks * 512,
    compressedSize: await zstdCompressedSize(file)
  };
}
async function findImage(output, imageGlob) {
  const info = await fsp.stat(output);
  if (info.isFile()) return { image: await measureFile(output) };
  const matches = [];
  const inside = await fsp.realpath(output);
  const inStore = toStorePath(inside) !== null;
  for await (const relative of fsp.glob(imageGlob, { cwd: output })) {
    const file = path3.join(output, relative);
    const real = await fsp.realpath(file).catch(() => null);
    if (real === null) continue;
    const below = path3.relative(inside, real);
    if ((below.startsWith("..") || path3.isAbsolute(below)) && !(inStore && toStorePath(real) !== null)) continue;
    const fileInfo = await fsp.stat(real);
    if (fileInfo.isFile()) matches.push({ file, size: fileInfo.size });
  }
  if (matches.length === 0) return { image: null };
  matches.sort((a, b) => b.size - a.size || a.file.localeCompare(b.file));
  const chosen = matches[0];
  const note = matches.length > 1 ? `image glob '${imageGlob}' matched ${matches.length} files; measured the largest, ${path3.basename(chosen.file)}` : void 0;
  return { image: await measureFile(chosen.file), note };
}
var init_measure = __esm({
  "src/image/measure.ts"() {
    "use strict";
    init_errors();
    init_store_path();
    init_zstd();
  }
});

// src/core/options.ts
function moduleFile(file, source) {
  if (source && file.startsWith(`${source}/`)) return file.slice(source.length + 1);
  const inStore = STORE_FILE.exec(file);
  if (!inStore) return file;
  const inside = inStore[1];
  return inside.startsWith("nixos/") || inside.startsWith("pkgs/") || inside.startsWith("lib/") ? `nixpkgs/${inside}` : inside;
}
function priorityName(priority) {
  if (priority === null || priority === 100) return null;
  if (priority === 50) return "mkForce";
  if (priority === 1e3) return "mkDefault";
  if (priority === 1500) return "the option default";
  return `mkOverride ${priority}`;
}
function describeChange(base, head) {
  if (head === true && base !== true) return "turned on";
  if (head === false && base === true) return "turned off";
  return `${JSON.stringify(base ?? null)} \u2192 ${JSON.stringify(head ?? null)}`;
}
function changedOptions(base, head) {
  const before = new Map(base.enable.map((o) => [o.name, o]));
  const changes = [];
  for (const option of head.enable) {
    const old = before.get(option.name);
    const baseValue = old ? old.value : null;
    if (JSON.stringify(baseValue) === JSON.stringify(option.value)) continue;
    changes.push({
      option: option.name,
      base: baseValue ?? null,
      head: option.value ?? null,
      change: describeChange(baseValue, option.value),
      how: priorityName(option.priority),
      files: [...new Set(option.definedIn.map((f) => moduleFile(f, head.source)))]
    });
  }
  return changes.sort((a, b) => a.option < b.option ? -1 : a.option > b.option ? 1 : 0);
}
function packageUnderSystemPath(chain) {
  const at = chain.findIndex((p) => parseStorePathName(p).name === "system-path");
  return at === -1 ? null : chain[at + 1] ?? null;
}
function causeOf(chain, head, changed) {
  const candidates = [packageUnderSystemPath(chain), ...chain.slice(1)].filter((p) => p !== null);
  for (const path5 of candidates) {
    const definition = head.packages.find((d) => d.outPaths.includes(path5));
    if (!definition) continue;
    const guard = head.enable.find((o) => o.declaredIn.includes(definition.file) && changed.some((c) => c.option === o.name));
    const change = guard ? changed.find((c) => c.option === guard.name) : void 0;
    return {
      option: change ? change.option : definition.option,
      change: change ? change.change : null,
      how: change ? change.how : null,
      file: change ? change.files[0] ?? moduleFile(definition.file, head.source) : moduleFile(definition.file, head.source),
      package: path5
    };
  }
  return null;
}
function attributeToOptions(target, base, head) {
  const changed = changedOptions(base, head);
  const chains = chainsOf(target);
  const withCause = (entry, path5) => {
    const cause = causeOf(chains.short(path5, CAUSE_DEPTH, 0).first, head, changed);
    return cause ? { ...entry, cause } : entry;
  };
  return { changed, growth: target.growth.map((g) => withCause(g, g.via)), heavy: target.heavy.map((h) => withCause(h, h.path)) };
}
function causeHeadline(cause) {
  const how = cause.how ? `${cause.how} in ${cause.file}` : `in ${cause.file}`;
  return cause.change ? `${cause.option} ${cause.change} (${how})` : `${cause.option} (${how})`;
}
var STORE_FILE, CAUSE_DEPTH;
var init_options = __esm({
  "src/core/options.ts"() {
    "use strict";
    init_store_path();
    init_chains();
    STORE_FILE = /^\/nix\/store\/[0-9a-z]{32}-[^/]+\/(.*)$/;
    CAUSE_DEPTH = 8;
  }
});

// src/explain/options.ts
function configurationOf(target) {
  if (target.installable.kind !== "flake") return null;
  const match = CONFIG_OF_TOPLEVEL.exec(target.installable.ref);
  return match ? { configuration: match[1], build: match[2] } : null;
}
function strings(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}
function readOptionFacts(json, source) {
  const root = json ?? {};
  const enable = (Array.isArray(root.enable) ? root.enable : []).flatMap(
    (o) => o && typeof o.name === "string" && strings(o.definedIn) && strings(o.declaredIn) ? [{ name: o.name, value: o.value ?? null, priority: typeof o.priority === "number" ? o.priority : null, definedIn: o.definedIn, declaredIn: o.declaredIn }] : []
  );
  const packages = (Array.isArray(root.packages) ? root.packages : []).flatMap(
    (p) => p && typeof p.option === "string" && typeof p.file === "string" && strings(p.outPaths) ? [{ option: p.option, file: p.file, outPaths: p.outPaths }] : []
  );
  return { enable, packages, source };
}
function firstLine(error) {
  return error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
}
var ENABLE_NAMESPACES, PACKAGE_OPTIONS, OPTIONS_EXPRESSION, CONFIG_OF_TOPLEVEL, NOTE, OptionsReader;
var init_options2 = __esm({
  "src/explain/options.ts"() {
    "use strict";
    ENABLE_NAMESPACES = ["services", "programs", "hardware", "security", "networking", "fonts", "xdg", "boot", "documentation", "virtualisation", "i18n", "systemd"];
    PACKAGE_OPTIONS = ["environment.systemPackages", "systemd.packages", "fonts.packages", "services.udev.packages"];
    OPTIONS_EXPRESSION = `d: if !(builtins.isAttrs d && d ? options) then null else let
  isOption = v: builtins.isAttrs v && (v._type or null) == "option";
  try = v: let r = builtins.tryEval (builtins.deepSeq v v); in if r.success then r.value else null;
  get = path: builtins.foldl' (a: n: if a != null && builtins.isAttrs a && a ? \${n} then a.\${n} else null) d.options path;
  enableIn = prefix: node: depth: builtins.concatMap (n:
    let v = try (isOption node.\${n} || builtins.isAttrs node.\${n}); o = node.\${n}; name = "\${prefix}.\${n}"; in
    if v == null then [ ]
    else if n == "enable" && isOption o then
      let read = try { value = o.value; priority = o.highestPrio or null; definedIn = map (x: x.file) o.definitionsWithLocations; declaredIn = map toString o.declarations; }; in
      if read == null then [ ] else [ (read // { inherit name; }) ]
    else if depth > 0 && builtins.isAttrs o && !(isOption o) then enableIn name o (depth - 1)
    else [ ]) (let names = try (builtins.attrNames node); in if names == null then [ ] else names);
  packagesOf = option: let o = get (builtins.filter builtins.isString (builtins.split "\\\\." option)); in
    if !(isOption o) then [ ] else
      let defs = try (map (x: { file = x.file; outPaths = map (p: p.outPath) x.value; }) o.definitionsWithLocations); in
      if defs == null then [ ] else map (x: x // { inherit option; }) defs;
in {
  enable = builtins.concatMap (ns: let node = get [ ns ]; in if node == null || isOption node then [ ] else enableIn ns node 2) NAMESPACES;
  packages = builtins.concatMap packagesOf PACKAGE_OPTIONS;
}`.replace("NAMESPACES", `[ ${ENABLE_NAMESPACES.map((n) => JSON.stringify(n)).join(" ")} ]`).replace("PACKAGE_OPTIONS", `[ ${PACKAGE_OPTIONS.map((n) => JSON.stringify(n)).join(" ")} ]`);
    CONFIG_OF_TOPLEVEL = /^(.*#.+)\.config\.system\.build\.([A-Za-z0-9_-]+)$/;
    NOTE = "options not read, so growth is not traced to NixOS options";
    OptionsReader = class {
      failures = /* @__PURE__ */ new Map();
      sources = /* @__PURE__ */ new Map();
      nix;
      cwd;
      /** The configuration (`nixosConfigurations.appliance`) of targets that do not name one (an image's `.#image`). */
      configuration;
      alone = /* @__PURE__ */ new Map();
      constructor(nix, cwd2, configuration) {
        this.nix = nix;
        this.cwd = cwd2;
        this.configuration = configuration;
      }
      /**
       * The facts of the named configuration at a side, read by a `nix eval` of their own (once per
       * side, whatever the number of targets): for targets built from it that are not its toplevel.
       */
      readAlone(side, at) {
        let facts = this.alone.get(side);
        if (!facts) {
          const installable = at({ kind: "flake", ref: `.#${this.configuration}` });
          facts = (async () => {
            try {
              const extra = await this.nix.evalJson(installable, OPTIONS_EXPRESSION, { cwd: this.cwd, what: `the options of ${this.configuration} at the ${side}` }, true);
              if (extra === null || typeof extra !== "object") return `${this.configuration} has no options (is it what lib.nixosSystem returns?)`;
              return readOptionFacts(extra, await this.source(installable));
            } catch (error) {
              return firstLine(error);
            }
          })();
          this.alone.set(side, facts);
        }
        return facts;
      }
      /** For evaluateSide: how to evaluate `target` at `side` with its options read along. */
      along(side, at) {
        return (target) => {
          const of = configurationOf(target);
          if (!of) return null;
          this.source(at({ kind: "flake", ref: of.configuration }));
          return {
            from: of.configuration,
            // `or null`: a missing attribute falls back to the plain evaluation, whose error is Nix's own.
            select: `d.config.system.build.${of.build} or null`,
            extra: OPTIONS_EXPRESSION,
            onFailure: (error) => this.failures.set(`${side} ${target.name}`, firstLine(error))
          };
        };
      }
      source(installable) {
        const ref = installable.kind === "flake" ? installable.ref.slice(0, Math.max(0, installable.ref.indexOf("#"))) : "";
        let source = this.sources.get(ref);
        if (!source) {
          source = ref === "" ? Promise.resolve(null) : this.nix.flakeSource(ref, { cwd: this.cwd, what: "the configuration" }).catch(() => null);
          this.sources.set(ref, source);
        }
        return source;
      }
      /** One side's facts of `target`, from what its evaluation read along (or, for a reused base, one read of its own). */
      async side(side, target, evaluated, at) {
        const of = configurationOf(target);
        const failed = this.failures.get(`${side} ${target.name}`);
        if (failed) return failed;
        const installable = at({ kind: "flake", ref: of.configuration });
        if (!evaluated) return `the ${side} was reused from an earlier run, not evaluated`;
        const extra = evaluated.extra;
        if (extra === null || typeof extra !== "object") return `${of.configuration} has no options (is it what lib.nixosSystem returns?)`;
        return readOptionFacts(extra, await this.source(installable));
      }
      /** Each NixOS target's facts at both sides, or the note that says why they are missing. */
      async read(targets, evaluated, at) {
        const results = /* @__PURE__ */ new Map();
        for (const target of targets) {
          let base;
          let head;
          if (configurationOf(target)) {
            base = await this.side("base", target, evaluated.base.get(target.name), at.base);
            head = await this.side("head", target, evaluated.head.get(target.name), at.head);
          } else if (this.configuration) {
            base = evaluated.base.has(target.name) ? await this.readAlone("base", at.base) : "the base was reused from an earlier run, not evaluated";
            head = await this.readAlone("head", at.head);
          } else {
            continue;
          }
          if (typeof base === "string" || typeof head === "string") {
            results.set(target.name, { note: `${NOTE}: ${typeof base === "string" ? base : head}` });
          } else {
            results.set(target.name, { base, head });
          }
        }
        return results;
      }
    };
  }
});

// src/nix/nar.ts
import { closeSync, lstatSync, openSync, readSync, readdirSync, readlinkSync } from "node:fs";
import { open } from "node:fs/promises";
function u64(value) {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(value));
  return bytes;
}
function str(value) {
  const bytes = typeof value === "string" ? Buffer.from(value) : value;
  return Buffer.concat([u64(bytes.length), bytes, padding(bytes.length)]);
}
function byteOrder(names2) {
  return names2.sort(Buffer.compare);
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
    for (const name3 of byteOrder(readdirSync(location, { encoding: "buffer" }))) {
      yield strs("entry", "(", "name", name3, "node");
      yield* node(Buffer.concat([location, SLASH2, name3]));
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
var PADDING, CHUNK, padding, strs, SLASH2, NarSizeMismatch;
var init_nar = __esm({
  "src/nix/nar.ts"() {
    "use strict";
    PADDING = Buffer.alloc(8);
    CHUNK = 1024 * 1024;
    padding = (length) => PADDING.subarray(0, (8 - length % 8) % 8);
    strs = (...values) => Buffer.concat(values.map(str));
    SLASH2 = Buffer.from("/");
    NarSizeMismatch = class extends Error {
      constructor(storePath, expected) {
        super(`${storePath} is not ${expected} bytes as a NAR`);
        this.storePath = storePath;
        this.expected = expected;
      }
      storePath;
      expected;
    };
  }
});

// src/nix/nar-size.ts
import { existsSync as existsSync3 } from "node:fs";
import { availableParallelism } from "node:os";
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
async function measureOne(nix, { path: path5, narSize }) {
  try {
    const nar = narSize <= IN_MEMORY_MAX ? narInMemory(path5, narSize) : null;
    return nar ? await zstdSizeOf(nar) : await measureStreamed(path5, narSize);
  } catch (error) {
    if (error.code !== "EACCES") throw error;
    return nix.dumpPath(path5, zstdSize);
  }
}
function narInMemory(path5, narSize) {
  try {
    return narOfSync(path5, narSize);
  } catch (error) {
    if (error instanceof NarSizeMismatch) return null;
    throw error;
  }
}
async function measureStreamed(path5, narSize) {
  let bytes = 0;
  const size = await zstdSize(
    (async function* counted() {
      for await (const chunk of narOf(path5)) {
        bytes += chunk.length;
        yield chunk;
      }
    })()
  );
  if (bytes !== narSize) throw new NotMeasured(`${storePathName(path5)} on disk is ${bytes} bytes as a NAR, Nix records ${narSize}`);
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
function whyNotMeasured(error) {
  if (error instanceof NotMeasured) return error.message;
  if (!(error instanceof ToolError) && error.code === void 0) return null;
  const lines = error.message.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  return lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : lines[0] ?? "";
}
async function compressedNarSize(measure, added, cache = /* @__PURE__ */ new Map()) {
  if (added.length === 0) return { compressedSize: 0 };
  if (!zstdAvailable()) {
    return { compressedSize: null, note: `${NOT_MEASURED}: it needs zstd in Node's zlib (Node 24 or newer; this is ${process.version})` };
  }
  const missing = added.filter(({ path: path5 }) => !existsSync3(path5)).map(({ path: path5 }) => path5);
  if (missing.length > 0) {
    return {
      compressedSize: null,
      note: `${NOT_MEASURED}: ${missing.length} of the ${added.length} added paths are not in the local store to read (e.g. ${storePathName(missing.sort()[0])})`
    };
  }
  const uncached = added.filter(({ path: path5 }) => !cache.has(path5));
  if (uncached.length > 0) {
    const sizes = measure(uncached);
    uncached.forEach(({ path: path5 }, i) => {
      const size = sizes.then((all) => all[i]);
      size.catch(() => void 0);
      cache.set(path5, size);
    });
  }
  try {
    const sizes = await Promise.all(added.map(({ path: path5 }) => cache.get(path5)));
    return { compressedSize: sizes.reduce((sum, size) => sum + size, 0) };
  } catch (error) {
    const why = whyNotMeasured(error);
    if (why === null) throw error;
    return { compressedSize: null, note: `${NOT_MEASURED}: ${why}` };
  }
}
function balance(paths, count2) {
  const groups = Array.from({ length: count2 }, () => ({ bytes: 0, paths: [] }));
  for (const entry of [...paths].sort((a, b) => b.narSize - a.narSize)) {
    const lightest = groups.reduce((a, b) => b.bytes < a.bytes ? b : a);
    lightest.paths.push(entry);
    lightest.bytes += entry.narSize;
  }
  return groups.map((g) => g.paths).filter((g) => g.length > 0);
}
var CONCURRENCY, NOT_MEASURED, IN_MEMORY_MAX, NotMeasured, UpdateMeasurer;
var init_nar_size = __esm({
  "src/nix/nar-size.ts"() {
    "use strict";
    init_errors();
    init_store_path();
    init_zstd();
    init_nar();
    init_pool();
    CONCURRENCY = 4;
    NOT_MEASURED = "update download: the zstd size was not measured";
    IN_MEMORY_MAX = 16 * 1024 * 1024;
    NotMeasured = class extends Error {
    };
    UpdateMeasurer = class {
      constructor(nix) {
        this.nix = nix;
      }
      nix;
      threads = null;
      /** Sizes measured by the workers, and by this thread once it measures instead. */
      inThreadsCache = /* @__PURE__ */ new Map();
      hereCache = /* @__PURE__ */ new Map();
      /** Set for good when the workers cannot measure: a path only Nix may read, or a worker gone. */
      here = !(workerAvailable() && zstdAvailable());
      /** Starts the workers now (they take ~30 ms), while Nix works: when the update will be in the store. */
      warmUp() {
        if (this.here || this.threads) return;
        this.threads = Array.from({ length: Math.max(1, Math.min(2, availableParallelism() - 1)) }, () => new WorkerThread());
      }
      async measure(added) {
        if (!this.here) {
          const result = await compressedNarSize((paths) => this.inThreads(paths), added, this.inThreadsCache);
          if (!this.here) return result;
        }
        return compressedNarSize(measureHere(this.nix), added, this.hereCache);
      }
      async inThreads(paths) {
        this.warmUp();
        const threads = this.threads ?? [];
        const groups = balance(paths, threads.length);
        let replies;
        try {
          replies = await Promise.all(groups.map((group, i) => threads[i].ask({ task: "sizes", paths: group })));
        } catch {
          this.here = true;
          throw new NotMeasured("a worker thread stopped");
        }
        const sizes = /* @__PURE__ */ new Map();
        for (const [i, reply] of replies.entries()) {
          if ("needsNix" in reply) {
            this.here = true;
            throw new NotMeasured("a path only Nix may read");
          }
          if ("notMeasured" in reply) throw new NotMeasured(reply.notMeasured);
          if ("error" in reply) throw new Error(reply.error.message);
          if (!("sizes" in reply)) throw new Error(`a worker thread answered sizes with ${JSON.stringify(reply)}`);
          groups[i].forEach(({ path: path5 }, k) => sizes.set(path5, reply.sizes[k]));
        }
        return paths.map(({ path: path5 }) => sizes.get(path5));
      }
      close() {
        for (const thread of this.threads ?? []) thread.close();
      }
    };
  }
});

// src/version.ts
var VERSION;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = "0.1.0";
  }
});

// src/guard.ts
import { realpath as realpath2, stat as stat3 } from "node:fs/promises";
function readClosures(nix, roots) {
  const unique = [...new Set(roots)];
  if (unique.length === 0) return /* @__PURE__ */ new Map();
  const all = nix.closures(unique);
  return new Map(
    unique.map((root, i) => {
      const closure = all.then((closures) => closures[i]);
      closure.catch(() => void 0);
      return [root, closure];
    })
  );
}
async function readOutput(nix, output, settings, cache, from = { source: "built" }, reads = /* @__PURE__ */ new Map()) {
  let side = cache.get(`${from.store ?? ""} ${output}`);
  if (!side) {
    side = (async () => {
      if (from.store) {
        const closure2 = await nix.closure(output, from.store);
        return { closure: closure2, image: null, source: from.source, notes: [`read from ${from.store} without building; its image (if any) was not measured`] };
      }
      const real = await realpath2(output);
      const root = toStorePath(real) ?? real;
      const [closure, found] = await Promise.all([reads.get(root) ?? nix.closure(root), findImage(real, settings.imageGlob)]);
      return { closure, image: found.image, source: from.source, notes: found.note ? [found.note] : [] };
    })();
    cache.set(`${from.store ?? ""} ${output}`, side);
  }
  return side;
}
function pendingTarget(updates, name3, base, head) {
  const update = updates.measure(addedPaths(base.closure, head.closure));
  update.catch(() => void 0);
  return {
    input: {
      name: name3,
      base: { closure: base.closure, image: base.image, source: base.source },
      head: { closure: head.closure, image: head.image, source: head.source },
      notes: [.../* @__PURE__ */ new Set([...base.notes, ...head.notes])]
    },
    update
  };
}
async function finish(pending, settings, labels) {
  const analyses = pending.map(({ input }) => analyzeClosures(input, settings));
  const targets = [];
  for (const [i, { input, update }] of pending.entries()) {
    const measured = await update;
    const complete = {
      ...input,
      updateCompressedSize: measured.compressedSize,
      notes: [.../* @__PURE__ */ new Set([...input.notes ?? [], ...measured.note ? [measured.note] : []])]
    };
    targets.push(completeTarget(analyses[i], complete, settings));
  }
  return {
    report: buildReport(targets, settings, { version: VERSION, baseLabel: labels.base, headLabel: labels.head }),
    closures: pending.map(({ input }) => ({ name: input.name, base: input.base.closure, head: input.head.closure }))
  };
}
function toSaved(side, trend) {
  return { formatVersion: 1, root: side.closure.root, objects: storeObjects(side.closure), image: side.image, trend };
}
function fromSaved(saved) {
  return {
    closure: makeClosure(saved.objects, saved.root, "the saved baseline"),
    image: saved.image,
    source: "baseline-cache",
    notes: [],
    trend: saved.trend ?? []
  };
}
function trendPoint(commit, side) {
  return { commit, closureSize: closureSize(side.closure), imageSize: side.image?.apparentSize ?? null };
}
async function guardRevisions(request) {
  return withUpdateMeasurer(request.nix, (updates) => {
    updates.warmUp();
    return guardRevisionsWith(request, updates);
  });
}
async function withUpdateMeasurer(nix, work) {
  const updates = new UpdateMeasurer(nix);
  try {
    return await work(updates);
  } finally {
    updates.close();
  }
}
async function locateOutputs(nix, outputs, store) {
  const located = /* @__PURE__ */ new Map();
  const toBuild = [];
  for (const evaluated of outputs) {
    if (located.has(evaluated.outPath)) continue;
    if (await nix.isValid(evaluated.outPath)) located.set(evaluated.outPath, { source: "built" });
    else if (store && await nix.isValid(evaluated.outPath, store)) {
      located.set(evaluated.outPath, { source: "binary-cache", store });
    } else {
      located.set(evaluated.outPath, { source: "built" });
      toBuild.push(evaluated);
    }
  }
  return { located, toBuild };
}
async function guardRevisionsWith(request, updates) {
  const { nix, git, cwd: cwd2, targets, settings, baseline } = request;
  const phase = async (title, work) => {
    request.onPhase?.(title, "start");
    try {
      return await work();
    } finally {
      request.onPhase?.(title, "end");
    }
  };
  const baseLabel = revisionLabel(request.base);
  const headLabel = revisionLabel(request.head);
  let settingsUsed = settings;
  const configNotes = [];
  if (request.forbidFromConfig) {
    const fromConfig = await phase(
      `nix eval: ${request.forbidFromConfig}'s system.forbiddenDependenciesRegexes`,
      () => readConfigForbidRules(request, request.forbidFromConfig)
    );
    settingsUsed = { ...settings, forbid: [...settings.forbid, ...fromConfig.filter((r) => !settings.forbid.some((f) => f.pattern === r.pattern))] };
    configNotes.push(
      fromConfig.length > 0 ? `forbid rules from ${request.forbidFromConfig}'s system.forbiddenDependenciesRegexes: ${fromConfig.map((r) => r.pattern).join(", ")}` : `${request.forbidFromConfig} sets no system.forbiddenDependenciesRegexes`
    );
  }
  const reused = /* @__PURE__ */ new Map();
  const base = request.base;
  if (baseline && base.kind === "commit") {
    for (const target of targets) {
      const saved = await baseline.cache.restore(baseline.keyFor(target, base.sha));
      if (saved) reused.set(target.name, fromSaved(saved));
    }
  }
  const options = request.explainOptions === false ? null : new OptionsReader(nix, cwd2, request.nixosConfig);
  const at = { base: await installablesAt(request.base, cwd2, git), head: await installablesAt(request.head, cwd2, git) };
  const baseEval = await phase(
    `nix eval: the base (${baseLabel})`,
    () => evaluateSide(targets.filter((t) => !reused.has(t.name)), request.base, { cwd: cwd2, nix, git, what: `the base (${baseLabel})`, along: options?.along("base", at.base) })
  );
  const headEval = await phase(
    `nix eval: the head (${headLabel})`,
    () => evaluateSide(targets, request.head, { cwd: cwd2, nix, git, what: `the head (${headLabel})`, along: options?.along("head", at.head) })
  );
  const explained = options ? options.read(targets, { base: new Map(baseEval), head: new Map(headEval) }, at) : Promise.resolve(/* @__PURE__ */ new Map());
  explained.catch(() => void 0);
  const all = () => [...baseEval.values(), ...headEval.values()];
  let { located, toBuild } = await locateOutputs(nix, all(), request.store);
  const checkOff = /* @__PURE__ */ new Set();
  if (toBuild.length > 0) {
    const what = `${targets.map((t) => t.name).join(", ")} at the base (${baseLabel}) and the head (${headLabel})`;
    const build = (outputs) => phase(
      `nix build: ${outputs.length} output${outputs.length === 1 ? "" : "s"} of ${targets.map((t) => t.name).join(", ")}`,
      () => nix.realise(outputs, { what })
    );
    try {
      await build(toBuild);
    } catch (error) {
      const retried = request.forbidFromConfig ? await withoutForbiddenCheck(request, request.forbidFromConfig, { base: baseEval, head: headEval }, checkOff) : false;
      if (!retried) throw error;
      ({ located, toBuild } = await locateOutputs(nix, all(), request.store));
      await build(toBuild);
    }
  }
  const cache = /* @__PURE__ */ new Map();
  const reads = readClosures(
    nix,
    all().map((e) => e.outPath).filter((outPath) => !located.get(outPath)?.store)
  );
  const read = (evaluated) => readOutput(nix, evaluated.outPath, settingsUsed, cache, located.get(evaluated.outPath), reads);
  const pending = [];
  const saves = [];
  for (const target of targets) {
    const baseEvaluated = baseEval.get(target.name);
    const [baseSide, headSide] = await Promise.all([
      reused.get(target.name) ?? read(baseEvaluated),
      read(headEval.get(target.name))
    ]);
    const { input } = pending[pending.push(pendingTarget(updates, target.name, baseSide, headSide)) - 1];
    const baseTrend = base.kind === "commit" ? [...(baseSide.trend ?? []).filter((p) => p.commit !== base.sha), trendPoint(base.sha, baseSide)].slice(-TREND_LENGTH) : [];
    if (baseSide.trend && baseSide.trend.length > 0) input.trend = baseTrend;
    input.notes = [...configNotes, ...checkOff.has(target.name) ? [CHECK_OFF_NOTE] : [], ...input.notes ?? []];
    if (baseline && base.kind === "commit" && !reused.has(target.name) && baseSide.source === "built") {
      saves.push(baseline.cache.save(baseline.keyFor(target, base.sha), toSaved(baseSide, baseTrend)));
    }
    if (baseline?.saveHeadAs && headSide.source === "built") {
      const headTrend = [...baseTrend.filter((p) => p.commit !== baseline.saveHeadAs), trendPoint(baseline.saveHeadAs, headSide)].slice(-TREND_LENGTH);
      saves.push(baseline.cache.save(baseline.keyFor(target, baseline.saveHeadAs), toSaved(headSide, headTrend)));
    }
  }
  await Promise.all(saves);
  if (request.imageGlobGiven && pending.every(({ input }) => !input.base.image && !input.head.image)) {
    throw new UsageError(
      `image-glob: '${settings.imageGlob}' matched no file in the output of any target (${targets.map((t) => t.name).join(", ")}); set it to the image's file name, e.g. '*.img' or 'sd-image/*.img'`
    );
  }
  const result = await finish(pending, settingsUsed, { base: baseLabel, head: headLabel });
  return withOptions(result, await explained);
}
function withOptions(result, options) {
  if (options.size === 0) return result;
  const targets = result.report.targets.map((target) => {
    const read = options.get(target.name);
    if (!read) return target;
    if ("note" in read) return { ...target, notes: [...target.notes, read.note] };
    const { changed, growth, heavy } = attributeToOptions(target, read.base, read.head);
    return { ...target, heavy, growth, options: { changed } };
  });
  return { ...result, report: { ...result.report, targets } };
}
async function readConfigForbidRules(request, attr) {
  const { nix, git, cwd: cwd2 } = request;
  const installable = (await installablesAt(request.head, cwd2, git))({ kind: "flake", ref: `.#${attr}` });
  const value = await nix.evalJson(installable, READ_FORBIDDEN, { cwd: cwd2, what: `the head (${revisionLabel(request.head)})` });
  const notAConfiguration = `give the attribute path of a NixOS configuration, e.g. nixosConfigurations.appliance`;
  if (value === null || typeof value !== "object") {
    throw new UsageError(`forbid-from-config: ${attr} is not a NixOS configuration; ${notAConfiguration}`);
  }
  if ("regex" in value) {
    if (typeof value.regex !== "string") throw new UsageError(`forbid-from-config: ${attr}.config.system.forbiddenDependenciesRegex is not a string; ${notAConfiguration}`);
    return value.regex === "" ? [] : parseSettings({ forbid: [value.regex] }).forbid;
  }
  const regexes = value.regexes ?? [];
  if (!Array.isArray(regexes) || !regexes.every((v) => typeof v === "string")) {
    throw new UsageError(`forbid-from-config: ${attr}.config.system.forbiddenDependenciesRegexes is not a list of strings; ${notAConfiguration}`);
  }
  return parseSettings({ forbid: regexes.filter((r) => r !== "") }).forbid;
}
async function withoutForbiddenCheck(request, attr, evaluated, checkOff) {
  const suffix = `#${attr}.config.system.build.toplevel`;
  let swapped = false;
  for (const target of request.targets) {
    if (target.installable.kind !== "flake" || !target.installable.ref.endsWith(suffix)) continue;
    const configRef = target.installable.ref.slice(0, -".config.system.build.toplevel".length);
    for (const side of ["base", "head"]) {
      const old = evaluated[side].get(target.name);
      if (!old) continue;
      const revision = side === "base" ? request.base : request.head;
      const installable = (await installablesAt(revision, request.cwd, request.git))({ kind: "flake", ref: configRef });
      const fresh = await request.nix.evaluate(installable, { cwd: request.cwd, what: `${target.name} at the ${side} without the forbidden-dependencies check` }, TURN_OFF_CHECK);
      evaluated[side].set(target.name, fresh);
      checkOff.add(target.name);
      swapped = true;
    }
  }
  return swapped;
}
async function resolveSource(argument, role) {
  let real;
  try {
    real = await realpath2(argument);
  } catch {
    throw new UsageError(`${role}: '${argument}' does not exist; ${SOURCE_HINT}`);
  }
  const storePath = toStorePath(real);
  if (storePath) return { storePath, real };
  const info = await stat3(real);
  if (!info.isFile()) throw new UsageError(`${role}: '${argument}' is not in the Nix store; ${SOURCE_HINT}`);
  return { file: real };
}
async function loadSource(nix, argument, role, resolved, settings, reads) {
  if ("storePath" in resolved) return readOutput(nix, resolved.real, settings, /* @__PURE__ */ new Map(), { source: "given" }, reads);
  return { closure: await loadDump({ file: resolved.file, role, argument }), image: null, source: "given", notes: [] };
}
async function bothInOrder(first, second) {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === "rejected") throw a.reason;
  if (b.status === "rejected") throw b.reason;
  return [a.value, b.value];
}
async function guardCompare(request) {
  return withUpdateMeasurer(request.nix, (updates) => guardCompareWith(request, updates));
}
async function guardCompareWith(request, updates) {
  const { nix, settings } = request;
  const [baseArgument, headArgument] = await bothInOrder(resolveSource(request.base, "BASE"), resolveSource(request.head, "HEAD"));
  if ("storePath" in headArgument) updates.warmUp();
  const reads = readClosures(
    nix,
    [baseArgument, headArgument].flatMap((a) => "storePath" in a ? [a.storePath] : [])
  );
  const [base, head] = await bothInOrder(
    loadSource(nix, request.base, "BASE", baseArgument, settings, reads),
    loadSource(nix, request.head, "HEAD", headArgument, settings, reads)
  );
  const name3 = request.name ?? (parseStorePathName(head.closure.root).name || "closure");
  return finish([pendingTarget(updates, name3, base, head)], settings, { base: request.base, head: request.head });
}
var TREND_LENGTH, CHECK_OFF_NOTE, READ_FORBIDDEN, TURN_OFF_CHECK;
var init_guard = __esm({
  "src/guard.ts"() {
    "use strict";
    init_analyze();
    init_closure();
    init_diff();
    init_errors();
    init_settings();
    init_store_path();
    init_build();
    init_read();
    init_measure();
    init_options();
    init_options2();
    init_nar_size();
    init_version();
    TREND_LENGTH = 20;
    CHECK_OFF_NOTE = "built with system.forbiddenDependenciesRegexes turned off (lib.mkForce [ ]): the configuration's own check fails this toplevel; the forbidden paths below are why";
    READ_FORBIDDEN = `d: let s = (d.options or { }).system or d.config.system or { }; in
  if s ? forbiddenDependenciesRegexes then { regexes = d.config.system.forbiddenDependenciesRegexes; }
  else if s ? forbiddenDependenciesRegex then { regex = d.config.system.forbiddenDependenciesRegex; }
  else { }`;
    TURN_OFF_CHECK = `let
    s = (d.options or { }).system or { };
    old = !(s ? forbiddenDependenciesRegexes) && s ? forbiddenDependenciesRegex;
  in (d.extendModules { modules = [ ({ lib, ... }: if old then { system.forbiddenDependenciesRegex = lib.mkForce ""; } else { system.forbiddenDependenciesRegexes = lib.mkForce [ ]; }) ]; }).config.system.build.toplevel`;
  }
});

// src/nix/version.ts
function parseNixVersion(output) {
  const line = output.split("\n").find((l) => l.trim() !== "") ?? "";
  const versions = [...line.matchAll(/(\d+)\.(\d+)(?:\.(\d+))?/g)];
  const last = versions.at(-1);
  if (!last) return null;
  const implementation = /\bLix\b/.test(line) ? "lix" : /Determinate/.test(line) ? "determinate" : "nix";
  return {
    implementation,
    major: Number(last[1]),
    minor: Number(last[2]),
    patch: Number(last[3] ?? 0),
    text: line.trim()
  };
}
function atLeast(version, major2, minor) {
  return version.major > major2 || version.major === major2 && version.minor >= minor;
}
function buildInstallable(version, drvPath, outputName) {
  const caret = version.implementation === "lix" || atLeast(version, 2, 13);
  return caret ? `${drvPath}^${outputName}` : drvPath;
}
function pathInfoJsonArgs(version) {
  if (version.implementation !== "lix" && atLeast(version, 2, 33)) return ["--json", "--json-format", "2"];
  return ["--json"];
}
var MINIMUM_NIX;
var init_version2 = __esm({
  "src/nix/version.ts"() {
    "use strict";
    MINIMUM_NIX = { major: 2, minor: 4 };
  }
});

// src/nix/nix.ts
import { existsSync as existsSync4 } from "node:fs";
var FEATURES, MISSING_NIX, Nix;
var init_nix = __esm({
  "src/nix/nix.ts"() {
    "use strict";
    init_closure();
    init_path_info_scan();
    init_errors();
    init_targets();
    init_exec();
    init_version2();
    FEATURES = ["--extra-experimental-features", "nix-command flakes"];
    MISSING_NIX = `nix is not installed or not on PATH; install Nix (e.g. 'apt-get install nix-bin', or cachix/install-nix-action in a workflow)`;
    Nix = class {
      constructor(options = {}) {
        this.options = options;
        this.binary = options.binary ?? "nix";
        this.nixArgs = options.nixArgs ?? [];
      }
      options;
      versionPromise;
      binary;
      nixArgs;
      systemPromise;
      async run(args, what, runOptions = {}) {
        return (await this.runFull(args, what, runOptions)).stdout;
      }
      /** Runs nix (or takes the run `started` already) and turns a failure into one ToolError. */
      async runFull(args, what, runOptions = {}, started) {
        let result;
        try {
          result = await (started ?? runTool(this.binary, args, { onStderr: this.options.log, ...runOptions }));
        } catch (error) {
          if (error instanceof ToolMissingError) throw new ToolError(MISSING_NIX);
          throw error;
        }
        if (result.exitCode !== 0) {
          const streamed = !started && ("onStderr" in runOptions ? runOptions.onStderr : this.options.log) !== void 0;
          if (streamed) throw new ToolError(`${what} failed (nix exited with ${result.exitCode}); Nix's error is above`);
          throw new ToolError(`${what} failed (nix exited with ${result.exitCode}):`, tail(result.stderr));
        }
        return result;
      }
      /**
       * Checks that Nix can open `store` (`nix store info`, `nix store ping` before 2.19), so that a
       * store URL Nix cannot use is one line, not a silent build of everything. A `file://` store
       * must exist: Nix would make the folder.
       */
      async checkStore(store, option) {
        const version = await this.version();
        const fileStore = /^file:\/\/(\/.*)$/.exec(store.split("?")[0] ?? "");
        if (fileStore && !existsSync4(fileStore[1])) {
          throw new UsageError(`${option}: ${store} does not exist; give the folder of a binary cache (made with nix copy --to file:///DIR)`);
        }
        const result = await runTool(this.binary, [...FEATURES, "store", atLeast(version, 2, 19) ? "info" : "ping", "--store", store], {});
        if (result.exitCode !== 0) {
          const lastError = result.stderr.split("\n").filter((line) => line.startsWith("error:")).at(-1) ?? tail(result.stderr, 1).trim();
          throw new UsageError(`${option}: Nix cannot open the store '${store}' (${lastError.replace(/^error:\s*/, "")}); give a store URL Nix knows, e.g. file:///var/cache/nix or https://cache.example.org`);
        }
      }
      /** Checks that nix exists and is new enough; cached. */
      version() {
        this.versionPromise ??= (async () => {
          const { stdout: output } = await this.runFull(["--version"], "nix --version", { onStderr: void 0 }, this.options.versionRun);
          const version = parseNixVersion(output);
          if (!version) throw new ToolError(`could not read the Nix version from 'nix --version': ${output.trim()}`);
          if (!atLeast(version, MINIMUM_NIX.major, MINIMUM_NIX.minor)) {
            throw new ToolError(
              `${version.text} is too old; nix-size-guard needs Nix ${MINIMUM_NIX.major}.${MINIMUM_NIX.minor} or newer (the 'nix' command with --json)`
            );
          }
          return version;
        })();
        return this.versionPromise;
      }
      /** Where a flake's source is in the store (`nix flake metadata --json`'s `path`). */
      async flakeSource(flake, context) {
        await this.version();
        const stdout = await this.run([...FEATURES, "flake", "metadata", "--json", ...this.nixArgs, flake], `nix flake metadata of ${context.what} (${flake})`, { cwd: context.cwd });
        let path5;
        try {
          path5 = JSON.parse(stdout).path;
        } catch {
          path5 = void 0;
        }
        if (typeof path5 !== "string") throw new ToolError(`nix flake metadata of ${context.what} (${flake}) printed no source path`, tail(stdout, 3));
        return path5;
      }
      /**
       * What an installable evaluates to, without building anything: its derivation, its output
       * path and that output's name. One `nix eval`; the build then names derivations, so Nix
       * evaluates each installable once and the results need no matching up.
       */
      async evaluate(installable, context, select = "d", extra) {
        const json = await this.evalJson(
          installable,
          // Anything that is not a derivation gives null, for the message below: never a Nix error
          // whose trace quotes this expression. `extra` rides along in the same evaluation, so what it
          // reads shares the work (and the Nix process) of the evaluation itself.
          `d: let t = ${select}; in if builtins.isAttrs t && t ? drvPath && t ? outPath then { drv = t.drvPath; out = t.outPath; output = t.outputName or "out";${extra ? ` extra = (${extra}) d;` : ""} } else null`,
          context,
          // With `extra` the caller falls back to a plain evaluation on failure, which shows Nix's
          // error: this attempt's stderr (whose trace would quote `extra`) is not logged.
          extra !== void 0
        );
        if (typeof json?.drv !== "string" || typeof json.out !== "string") {
          throw new ToolError(`${describeInstallable(installable)} (${context.what}) is not a derivation; a target must evaluate to something nix build can build`);
        }
        return { drvPath: json.drv, outPath: json.out, outputName: typeof json.output === "string" ? json.output : "out", ...extra ? { extra: json.extra } : {} };
      }
      /**
       * The system Nix builds for (`x86_64-linux`), as this Nix with these nix-args sees it: the
       * `system` setting of nix.conf, NIX_CONFIG or `--system` decides what `.#default` and
       * `builtins.currentSystem` mean, whatever machine Node runs on. Cached.
       */
      currentSystem() {
        this.systemPromise ??= (async () => {
          await this.version();
          const system = (await this.run([...FEATURES, "eval", "--impure", "--raw", ...this.nixArgs, "--expr", "builtins.currentSystem"], "nix eval of builtins.currentSystem")).trim();
          if (!/^[A-Za-z0-9_.-]+$/.test(system)) throw new ToolError(`nix eval of builtins.currentSystem printed '${system.slice(0, 80)}', not a system like x86_64-linux`);
          return system;
        })();
        return this.systemPromise;
      }
      /** `nix eval --json INSTALLABLE [--apply FN]`, parsed. */
      async evalJson(installable, apply, context, quiet = false) {
        await this.version();
        const file = installable.kind === "flake" ? [] : ["-f", installable.file];
        const positional = installable.kind === "flake" ? installable.ref : installable.attr;
        const stdout = await this.run(
          [...FEATURES, "eval", "--json", ...apply ? ["--apply", apply] : [], ...file, ...this.nixArgs, "--", positional],
          `nix eval of ${context.what} (${describeInstallable(installable)})`,
          { cwd: context.cwd, ...quiet ? { onStderr: void 0 } : {} }
        );
        try {
          return JSON.parse(stdout);
        } catch {
          throw new ToolError(`nix eval of ${context.what} printed something that is not JSON`, tail(stdout, 3));
        }
      }
      /**
       * Builds derivations in ONE `nix build` call, so Nix schedules them together and builds what
       * they share once; `--keep-going` so one failure does not hide the others.
       */
      async realise(evaluated, context) {
        if (evaluated.length === 0) return;
        const version = await this.version();
        const installables = [...new Set(evaluated.map((e) => buildInstallable(version, e.drvPath, e.outputName)))];
        const args = [...FEATURES, "build", "--no-link", "--keep-going", ...this.options.printBuildLogs ? ["--print-build-logs"] : [], ...this.nixArgs, "--", ...installables];
        try {
          await this.run(args, `nix build of ${context.what}`);
        } catch (error) {
          if (!(error instanceof ToolError)) throw error;
          const missing = [];
          for (const e of evaluated) if (!await this.isValid(e.outPath)) missing.push(e.outPath);
          throw new ToolError(`${error.message.split("\n")[0]?.replace(/:$/, "")}; not built: ${missing.join(", ") || "none?"}`, error.detail);
        }
      }
      /** Whether `path` is in the store (the local one, or `store`). */
      async isValid(path5, store) {
        const result = await runTool(this.binary, [...FEATURES, "path-info", ...store ? ["--store", store] : [], ...this.nixArgs, "--", path5], {});
        return result.exitCode === 0;
      }
      /**
       * The NAR of `path`, streamed to `consume` as `nix store dump-path` (Nix 2.4 on) writes it:
       * the archive a binary cache compresses and serves for that path. `path` must be valid, or
       * Nix would try to substitute it.
       */
      async dumpPath(path5, consume) {
        await this.version();
        let run;
        try {
          run = await streamTool(this.binary, [...FEATURES, "store", "dump-path", ...this.nixArgs, "--", path5], consume);
        } catch (error) {
          if (error instanceof ToolMissingError) throw new ToolError(MISSING_NIX);
          throw error;
        }
        if (run.exitCode !== 0) {
          throw new ToolError(`nix store dump-path ${path5} failed (nix exited with ${run.exitCode}):`, tail(run.stderr));
        }
        return run.value;
      }
      /** The closure of `root`, read with ONE `nix path-info --json --recursive` call. */
      async closure(root, store) {
        return (await this.closures([root], store))[0];
      }
      /**
       * The closures of `roots`, in their order, read with ONE `nix path-info --json --recursive`
       * call: Nix walks the paths they share once, and prints them once.
       */
      async closures(roots, store) {
        const version = await this.version();
        const unique = [...new Set(roots)];
        const what = unique.join(", ");
        const { stdoutBytes } = await this.runFull(
          [...FEATURES, "path-info", ...pathInfoJsonArgs(version), "--recursive", ...store ? ["--store", store] : [], ...this.nixArgs, "--", ...unique],
          `nix path-info of ${what}${store ? ` in ${store}` : ""}`,
          { bytes: true }
        );
        const source = `nix path-info ${what}`;
        const printed = readPathInfo(stdoutBytes ?? new Uint8Array(), source, (text) => {
          try {
            return JSON.parse(text);
          } catch {
            throw new ToolError(`${source} printed something that is not JSON`, tail(text, 3));
          }
        });
        if (printed.invalid.length > 0) {
          throw new ToolError(`${printed.invalid[0]} is not valid in the Nix store; build it first or pass --nix-arg --store URL`);
        }
        const graph = indexGraph(printed, source);
        return roots.map((root) => closureIn(graph, root, `nix path-info ${root}`));
      }
    };
  }
});

// src/render/csv.ts
function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function pathRows({ base, head }) {
  const { baseInHead, headInBase } = pairClosures(base, head);
  const rows = [];
  base.paths.forEach((path5, id) => rows.push({ path: path5, narSize: base.narSizes[id], inBase: true, inHead: baseInHead[id] !== -1 }));
  head.paths.forEach((path5, id) => {
    if (headInBase[id] === -1) rows.push({ path: path5, narSize: head.narSizes[id], inBase: false, inHead: true });
  });
  return rows.sort((a, b) => b.narSize - a.narSize || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function renderCsv(targets) {
  let csv = csvRow([...COLUMNS]);
  for (const target of targets) {
    for (const row of pathRows(target)) {
      const { name: name3, version } = parseStorePathName(row.path);
      csv += csvRow([target.name, row.path, name3, version, String(row.narSize), String(row.inBase), String(row.inHead)]);
    }
  }
  return csv;
}
var COLUMNS, csvRow;
var init_csv = __esm({
  "src/render/csv.ts"() {
    "use strict";
    init_diff();
    init_store_path();
    COLUMNS = ["target", "path", "name", "version", "narSize", "inBase", "inHead"];
    csvRow = (fields) => `${fields.map(csvField).join(",")}\r
`;
  }
});

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}
var init_markdown_table = __esm({
  "node_modules/markdown-table/index.js"() {
  }
});

// src/core/waiver.ts
function waiverOf(report, target) {
  return target.waiver !== void 0 ? target.waiver : report.waiver ?? null;
}
function settingsOf(report, target) {
  return target.settings ?? report.settings;
}
function waivedBudgets(report) {
  return report.targets.reduce((n, t) => n + (waiverOf(report, t) ? failedBudgets(t) : 0), 0);
}
function waiversUsed(report) {
  const seen = /* @__PURE__ */ new Map();
  for (const target of report.targets) {
    const waiver = waiverOf(report, target);
    if (waiver && failedBudgets(target) > 0) seen.set(JSON.stringify([waiver.label, waiver.by]), waiver);
  }
  return [...seen.values()];
}
var failedBudgets;
var init_waiver = __esm({
  "src/core/waiver.ts"() {
    "use strict";
    failedBudgets = (target) => target.budgets.filter((b) => !b.ok).length;
  }
});

// src/render/escape.ts
function escapeMarkdown(text) {
  return text.replace(LINE_BREAK, " ").replace(INVISIBLE, "").replace(/[&<>"]/g, (c) => HTML_ENTITY[c] ?? c).replace(MARKDOWN_SPECIAL, "\\$&").replace(/[@#]/g, `$&${ZERO_WIDTH_JOINER}`).replace(AUTOLINK, `$&${ZERO_WIDTH_JOINER}`);
}
function escapeTerminal(text) {
  return text.replace(LINE_BREAK, " ").replace(INVISIBLE, "");
}
var INVISIBLE, LINE_BREAK, MARKDOWN_SPECIAL, HTML_ENTITY, ZERO_WIDTH_JOINER, AUTOLINK;
var init_escape = __esm({
  "src/render/escape.ts"() {
    "use strict";
    INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    LINE_BREAK = /\r\n|[\r\n\t\u2028\u2029]/g;
    MARKDOWN_SPECIAL = /[\\`*_[\]|~$#]/g;
    HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
    ZERO_WIDTH_JOINER = "\u200D";
    AUTOLINK = /(?<=[A-Za-z0-9]:)(?=\/\/)|(?<=\bwww)(?=\.)|(?<=\bgh)(?=-\d)/gi;
  }
});

// src/render/summary.ts
function sizeChange(base, head) {
  return `${formatDelta(head - base)} (${formatPercent(percentChange(base, head))})`;
}
function brokenRules(target) {
  const budgets = target.budgets.filter((b) => !b.ok).map((b) => b.name);
  const patterns = [...new Set(target.forbidden.map((f) => `forbidden ${f.pattern}`))];
  return [...budgets, ...patterns];
}
function targetChange(target, escape) {
  const head = target.head.image;
  if (!head) return `${escape(target.name)} ${escape(sizeChange(target.base.closureSize, target.head.closureSize))}`;
  const file = escape(head.file.slice(head.file.lastIndexOf("/") + 1));
  const base = target.base.image;
  const change = base ? sizeChange(base.apparentSize, head.apparentSize) : `new, ${formatBytes(head.apparentSize)}`;
  return `${escape(target.name)}: ${file} ${escape(change)}, closure ${escape(formatDelta(target.closureSizeDelta))}`;
}
function headline(report, escape) {
  const broken = report.targets.reduce((count2, t) => count2 + (t.ok ? 0 : brokenRules(t).length), 0);
  const waived = waivedBudgets(report);
  const verdict = report.ok ? waived > 0 ? `${plural(waived, "budget")} exceeded, ${waiverText(report, escape)}` : "within budget" : broken === 0 ? "check failed" : `${plural(broken, "rule")} broken`;
  const targets = [...report.targets.filter((t) => !t.ok), ...report.targets.filter((t) => t.ok)];
  if (targets.length === 0) return `nix-size-guard: ${verdict} \u2014 no targets`;
  const shown = targets.slice(0, HEADLINE_TARGETS).map((t) => targetChange(t, escape));
  const more = targets.length - HEADLINE_TARGETS;
  if (more > 0) shown.push(plural(more, "more target", "more targets"));
  return `nix-size-guard: ${verdict} \u2014 ${shown.join("; ")}`;
}
function waiverText(report, escape) {
  const waivers = waiversUsed(report);
  if (waivers.length === 0) return "";
  const one = (w) => `${escape(w.label)}${w.by ? ` (added by ${escape(`@${w.by}`)})` : ""}`;
  return `waived by label ${waivers.map(one).join(", ")}`;
}
function joinChain(first, omitted, last, escape) {
  const names2 = first.map((path5) => escape(storePathName(path5)));
  if (omitted > 0) names2.push(`\u22EF ${plural(omitted, "path")}`);
  for (const path5 of last) names2.push(escape(storePathName(path5)));
  return names2.join(" \u2192 ");
}
function formatChain(target, path5, escape) {
  const { first, omitted, last } = chainsOf(target).short(path5, CHAIN_FIRST, CHAIN_LAST);
  return joinChain(first, omitted, last, escape);
}
function growthChain(target, path5, escape) {
  const { first, omitted, last } = chainsOf(target).short(path5, CHAIN_FIRST + 1, CHAIN_LAST);
  return joinChain(first.length > 1 ? first.slice(1) : first, omitted, last, escape);
}
function formatVersions(versions, escape) {
  if (versions.length === 0) return "\u2205";
  return versions.map((v) => v === "" ? "\u03B5" : escape(v)).join(", ");
}
function versionChange(change, escape) {
  const removed = versionsOnlyIn(change.baseVersions, change.headVersions);
  const added = versionsOnlyIn(change.headVersions, change.baseVersions);
  if (removed.length === 0 && added.length === 0) return "unchanged";
  return `${formatVersions(removed, escape)} \u2192 ${formatVersions(added, escape)}`;
}
function formatBudgetPercent(value, signed) {
  const sign = signed && value > 0 ? "+" : "";
  return `${sign}${value}%`;
}
function budgetLimit(budget) {
  if (budget.unit === "percent") return formatBudgetPercent(budget.limit, budget.kind === "increase");
  return budget.kind === "increase" ? formatDelta(budget.limit) : formatBytes(budget.limit);
}
function budgetActual(budget) {
  if (budget.unit === "percent") return formatBudgetPercent(budget.actual, true);
  return budget.kind === "increase" ? formatDelta(budget.actual) : formatBytes(budget.actual);
}
function sourcesNote(report, escape) {
  const parts = [];
  for (const side of ["base", "head"]) {
    const sources = report.targets.map((t) => t[side].source);
    if (sources.every((source) => source === "built" || source === "given")) continue;
    const bySource = /* @__PURE__ */ new Map();
    for (const target of report.targets) bySource.set(target[side].source, [...bySource.get(target[side].source) ?? [], escape(target.name)]);
    parts.push(`${side}: ${[...bySource].map(([source, names2]) => `${names2.join(", ")} ${SOURCE_WORDS[source]}`).join("; ")}`);
  }
  return parts.join(" \xB7 ");
}
function updateSize(update) {
  const zstd = update.compressedSize === null ? "zstd not measured" : `${formatBytes(update.compressedSize)} zstd`;
  return `${formatBytes(update.narSize)} NAR, ${zstd}`;
}
function duplicateText(duplicate, escape) {
  return `${escape(duplicate.name)} (${duplicateVariants(duplicate).map(escape).join(", ")})`;
}
function newDuplicates(report, escape) {
  const byText = /* @__PURE__ */ new Map();
  for (const target of report.targets) {
    for (const duplicate of duplicatesOf(target).filter((d) => d.new)) {
      const text = duplicateText(duplicate, escape);
      byText.set(text, [...byText.get(text) ?? [], escape(target.name)]);
    }
  }
  if (byText.size === 0) return "";
  const everyTarget = report.targets.length;
  const shown = [...byText].slice(0, FLAGGED_DUPLICATES).map(([text, targets]) => everyTarget === 1 ? text : `${text} in ${targets.join(", ")}`);
  const more = byText.size - FLAGGED_DUPLICATES;
  if (more > 0) shown.push(`${more} more`);
  return shown.join("; ");
}
function growthCauses(report, escape) {
  const lines = [];
  for (const target of report.targets) {
    const biggest = [...target.growth].sort((a, b) => b.addedSize - a.addedSize)[0];
    if (!biggest?.cause) continue;
    const chains = chainsOf(target);
    const under = (path5) => {
      let at = path5;
      while (at !== void 0 && chains.length(at) > chains.length(biggest.via)) at = chains.parentOf(at);
      return at === biggest.via;
    };
    const heaviest = target.heavy.filter((h) => h.path !== biggest.via && under(h.path)).sort((a, b) => b.narSize - a.narSize)[0];
    const via = [biggest.via, ...heaviest ? [heaviest.path] : []].map((p) => escape(storePathName(p))).join(" \u2192 ");
    const prefix = report.targets.length > 1 ? `${escape(target.name)}: ` : "";
    lines.push(`${prefix}${escape(causeHeadline(biggest.cause))}: +${formatBytes(biggest.addedSize)} via ${via}`);
  }
  return lines;
}
var HEADLINE_TARGETS, plural, CHAIN_FIRST, CHAIN_LAST, SOURCE_WORDS, duplicatesOf, updateOf, FLAGGED_DUPLICATES;
var init_summary = __esm({
  "src/render/summary.ts"() {
    "use strict";
    init_chains();
    init_diff();
    init_duplicates();
    init_waiver();
    init_size();
    init_store_path();
    init_options();
    HEADLINE_TARGETS = 3;
    plural = (count2, one, many = `${one}s`) => `${count2} ${count2 === 1 ? one : many}`;
    CHAIN_FIRST = 2;
    CHAIN_LAST = 4;
    SOURCE_WORDS = {
      built: "built",
      "baseline-cache": "reused from an earlier run (baseline cache)",
      "binary-cache": "read from the binary cache, not built",
      given: "given"
    };
    duplicatesOf = (target) => target.duplicates ?? [];
    updateOf = (target) => target.update ?? null;
    FLAGGED_DUPLICATES = 3;
  }
});

// src/render/mermaid.ts
function escapeMermaidLabel(text) {
  const oneLine = escapeTerminal(text);
  const short = [...oneLine].length > MAX_LABEL ? `${[...oneLine].slice(0, MAX_LABEL - 1).join("")}\u2026` : oneLine;
  let out = "";
  for (const char of short) out += LABEL_SAFE.test(char) ? char : `#${char.codePointAt(0)};`;
  return out;
}
function subjects(target, sizes) {
  const byPath = /* @__PURE__ */ new Map();
  for (const f of target.forbidden) {
    byPath.set(f.path, { path: f.path, forbidden: true, new: f.new, narSize: sizes.get(f.path) ?? 0 });
  }
  for (const h of target.heavy) {
    if (!byPath.has(h.path)) byPath.set(h.path, { path: h.path, forbidden: false, new: true, narSize: h.narSize });
  }
  const rank = (s) => s.forbidden ? s.new ? 0 : 1 : 2;
  return [...byPath.values()].sort(
    (a, b) => rank(a) - rank(b) || b.narSize - a.narSize || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}
function chainKeys(chains, path5, maxChain) {
  const hidden = /* @__PURE__ */ new Map();
  const { first, omitted, last } = chains.short(path5, 1, maxChain - 2);
  if (omitted === 0) return { keys: [...first, ...last], hidden };
  const key = `\0${chains.parentOf(last[0]) ?? ""}`;
  hidden.set(key, omitted);
  return { keys: [...first, key, ...last], hidden };
}
function renderChainGraph(target, options = {}) {
  const maxNodes = options.maxNodes ?? GRAPH_MAX_NODES;
  const maxChain = Math.max(3, options.maxChain ?? GRAPH_MAX_CHAIN);
  const sizes = /* @__PURE__ */ new Map();
  for (const p of target.added) sizes.set(p.path, p.narSize);
  for (const h of target.heavy) sizes.set(h.path, h.narSize);
  const nodes = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  let notDrawn = 0;
  const chains = chainsOf(target);
  for (const subject of subjects(target, sizes)) {
    const { keys, hidden } = chainKeys(chains, subject.path, maxChain);
    const fresh = [...new Set(keys)].filter((k) => !nodes.has(k));
    if (nodes.size + fresh.length > maxNodes) {
      notDrawn++;
      continue;
    }
    for (const key of fresh) {
      const count2 = hidden.get(key);
      const size = sizes.get(key);
      const label3 = count2 !== void 0 ? `\u22EF ${plural(count2, "path")}` : `${escapeMermaidLabel(storePathName(key))}${size === void 0 ? "" : `<br/>${escapeMermaidLabel(formatBytes(size))}`}`;
      nodes.set(key, { id: `n${nodes.size}`, label: label3, class: null });
    }
    for (let i = 1; i < keys.length; i++) {
      const from = nodes.get(keys[i - 1] ?? "");
      const to = nodes.get(keys[i] ?? "");
      if (from && to) edges.set(`${from.id} ${to.id}`, [from.id, to.id]);
    }
    const last = nodes.get(keys.at(-1) ?? "");
    if (last && last.class !== "forbidden") last.class = subject.forbidden ? "forbidden" : "heavy";
  }
  if (edges.size === 0) return null;
  const lines = ["graph LR"];
  for (const node2 of nodes.values()) lines.push(`  ${node2.id}["${node2.label}"]`);
  for (const [from, to] of edges.values()) lines.push(`  ${from} --> ${to}`);
  const legend = [];
  for (const cls of ["forbidden", "heavy"]) {
    const ids = [...nodes.values()].filter((n) => n.class === cls).map((n) => n.id);
    if (ids.length === 0) continue;
    lines.push(`  classDef ${cls} ${CLASS_DEFS[cls]}`, `  class ${ids.join(",")} ${cls}`);
    legend.push(LEGEND[cls]);
  }
  const parts = [
    `**Why they are here** (${legend.join(", ")})`,
    `\`\`\`mermaid
${lines.join("\n")}
\`\`\``
  ];
  if (notDrawn > 0) parts.push(`_\u2026 and ${plural(notDrawn, "more path", "more paths")} not drawn; the tables above list them all._`);
  return parts.join("\n\n");
}
var GRAPH_MAX_NODES, GRAPH_MAX_CHAIN, MAX_LABEL, LEGEND, CLASS_DEFS, LABEL_SAFE;
var init_mermaid = __esm({
  "src/render/mermaid.ts"() {
    "use strict";
    init_chains();
    init_size();
    init_store_path();
    init_summary();
    init_escape();
    GRAPH_MAX_NODES = 30;
    GRAPH_MAX_CHAIN = 8;
    MAX_LABEL = 48;
    LEGEND = { forbidden: "forbidden paths in red", heavy: "new heavy paths in amber" };
    CLASS_DEFS = {
      forbidden: "fill:#ffebe9,stroke:#cf222e,color:#82071e,stroke-width:2px",
      heavy: "fill:#fff8c5,stroke:#9a6700,color:#4d2d00"
    };
    LABEL_SAFE = /[A-Za-z0-9 ._+=?-]/;
  }
});

// src/render/trend.ts
function renderTrendChart(target) {
  const history = target.trend ?? [];
  if (history.length === 0) return null;
  const points = [
    ...history.map((p) => ({ label: p.commit.slice(0, 7), closure: p.closureSize, image: p.imageSize })),
    { label: "this change", closure: target.head.closureSize, image: target.head.image?.apparentSize ?? null }
  ];
  const withImage = points.every((p) => p.image !== null);
  const values = points.flatMap((p) => [p.closure, ...withImage && p.image !== null ? [p.image] : []]);
  const top = Math.max(...values) / MiB;
  const lines = [
    "```mermaid",
    "xychart-beta",
    `  title "${withImage ? "Closure and image" : "Closure"} size (MiB), last ${history.length} default-branch commit${history.length === 1 ? "" : "s"} and this change"`,
    `  x-axis [${points.map((p) => label2(p.label)).join(", ")}]`,
    `  y-axis "MiB" 0 --> ${Math.ceil(top * 1.1 * 10) / 10 || 1}`,
    `  line [${points.map((p) => mib(p.closure)).join(", ")}]`
  ];
  if (withImage) lines.push(`  line [${points.map((p) => mib(p.image)).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}
var MiB, label2, mib;
var init_trend = __esm({
  "src/render/trend.ts"() {
    "use strict";
    MiB = 1024 * 1024;
    label2 = (text) => `"${text.replace(/[^A-Za-z0-9 ._-]/g, "")}"`;
    mib = (bytes) => (bytes / MiB).toFixed(1);
  }
});

// src/render/markdown.ts
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function imageCell(base, head) {
  if (!head) return "\u2014";
  const measure = (pick) => base ? `${formatBytes2(pick(head))} (${formatDelta2(pick(head) - pick(base))})` : `${formatBytes2(pick(head))} (new)`;
  return `${measure((i) => i.apparentSize)} / ${measure((i) => i.compressedSize)}`;
}
function updateCell(target) {
  const update = updateOf(target);
  if (!update) return "\u2014";
  return `${formatBytes2(update.narSize)} / ${update.compressedSize === null ? "\u2014" : formatBytes2(update.compressedSize)}`;
}
function statusCell(target) {
  if (target.ok) return "\u2705";
  const broken = brokenRules(target).map(escapeMarkdown);
  return broken.length === 0 ? "\u274C" : `\u274C ${broken.join(", ")}`;
}
function summaryTable(report) {
  const header = ["Target", "Base closure", "Head closure", "Change", "Paths", "Image (apparent / compressed)", "Update (NAR / zstd)", "Status"];
  const rows = report.targets.map((t) => [
    escapeMarkdown(t.name),
    formatBytes2(t.base.closureSize),
    formatBytes2(t.head.closureSize),
    escapeMarkdown(sizeChange(t.base.closureSize, t.head.closureSize)),
    `${count(t.head.pathCount)} (${signedCount(t.pathCountDelta)})`,
    imageCell(t.base.image, t.head.image),
    updateCell(t),
    statusCell(t)
  ]);
  return table([header, ...rows], ["l", "r", "r", "r", "r", "r", "r", "l"]);
}
function openThenFolded(title, header, rows, moreLabel, align) {
  const blocks = [
    { text: `${title}

${table([header, ...rows.slice(0, OPEN_ROWS)], align)}`, drop: "open" }
  ];
  const rest = rows.slice(OPEN_ROWS);
  if (rest.length > 0) {
    blocks.push({ text: details(`${rest.length} more ${moreLabel}`, table([header, ...rest], align)), drop: "more" });
  }
  return blocks;
}
function budgetSection(target) {
  if (target.budgets.length === 0) return [];
  const rows = target.budgets.map((b) => [escapeMarkdown(b.name), escapeMarkdown(budgetLimit(b)), escapeMarkdown(budgetActual(b)), b.ok ? "\u2705" : "\u274C"]);
  return openThenFolded("**Budgets**", ["Budget", "Limit", "Actual", "OK"], rows, "budgets", ["l", "r", "r", "c"]);
}
function forbiddenSection(target) {
  if (target.forbidden.length === 0) return [];
  const rows = target.forbidden.map((f) => [
    name(f.path),
    escapeMarkdown(f.pattern),
    f.new ? "\u{1F195} new" : "already in base",
    formatChain(target, f.path, escapeMarkdown)
  ]);
  return openThenFolded(
    `**Forbidden paths** (${target.forbidden.length})`,
    ["Path", "Pattern", "Since", "Why it is here"],
    rows,
    "forbidden paths"
  );
}
function growthSection(target) {
  if (target.growth.length === 0) return [];
  const rows = target.growth.map((g) => [
    formatDelta2(g.addedSize),
    growthChain(target, g.via, escapeMarkdown),
    count(g.addedPaths)
  ]);
  return openThenFolded("**New packages and what they bring in**", ["Added", "Via", "Paths"], rows, "changes", ["r", "l", "r"]);
}
function heavySection(target, heavyThreshold) {
  if (target.heavy.length === 0) return [];
  const rows = target.heavy.map((h) => [name(h.path), formatBytes2(h.narSize), formatChain(target, h.path, escapeMarkdown)]);
  return openThenFolded(
    `**New heavy paths** (at least ${formatBytes2(heavyThreshold)})`,
    ["Path", "NAR size", "Why it is here"],
    rows,
    "heavy paths",
    ["l", "r", "l"]
  );
}
function graphSection(target) {
  const graph = renderChainGraph(target);
  return graph === null ? [] : [{ text: graph, drop: "more" }];
}
function trendSection(target) {
  const chart = renderTrendChart(target);
  return chart === null ? [] : [{ text: details(`Trend (${(target.trend ?? []).length} earlier commits)`, chart), drop: "more" }];
}
function duplicateSection(target) {
  const duplicates = duplicatesOf(target);
  if (duplicates.length === 0) return [];
  const rows = duplicates.map((d) => [
    escapeMarkdown(d.name),
    d.new ? "\u{1F195} new" : "already in base",
    formatBytes2(d.size),
    d.paths.map((p) => `${formatBytes2(p.narSize)}: ${growthChain(target, p.path, escapeMarkdown)}`).join("<br>")
  ]);
  const newCount = duplicates.filter((d) => d.new).length;
  const total = duplicates.reduce((sum, d) => sum + d.size, 0);
  const title = `Packages in more than one version or variant (${duplicates.length}${newCount > 0 ? `, ${newCount} new` : ""}): ${formatBytes2(total)}`;
  const body = table([["Package", "Since", "Together", "Each path and why it is here"], ...rows], ["l", "l", "r", "l"]);
  return [{ text: details(title, body), drop: "packages" }];
}
function packageSection(target) {
  if (target.packages.length === 0) return [];
  const rows = target.packages.map((p) => [escapeMarkdown(p.name), versionChange(p, escapeMarkdown), formatDelta2(p.sizeDelta)]);
  const body = table([["Package", "Versions", "Size"], ...rows], ["l", "l", "r"]);
  const title = `Package changes (${target.packages.length})`;
  const text = rows.length > OPEN_ROWS ? details(title, body) : `**${title}**

${body}`;
  return [{ text, drop: "packages" }];
}
function pathListSection(title, paths) {
  if (paths.length === 0) return [];
  const rows = paths.map((p) => [name(p.path), formatBytes2(p.narSize)]);
  const body = table([["Path", "NAR size"], ...rows], ["l", "r"]);
  return [{ text: details(`${title} (${paths.length})`, body), drop: "pathList" }];
}
function allowedSection(target) {
  if (target.allowed.length === 0) return [];
  const rows = target.allowed.map((a) => [name(a.path), escapeMarkdown(a.forbiddenBy), escapeMarkdown(a.allowedBy), escapeMarkdown(a.reason)]);
  return openThenFolded(
    `**Allowed paths** (${target.allowed.length})`,
    ["Path", "Forbidden by", "Allowed by", "Reason"],
    rows,
    "allowed paths"
  );
}
function notesSection(target) {
  if (target.notes.length === 0) return [];
  return [{ text: `**Notes**

${target.notes.map((n) => `- ${escapeMarkdown(n)}`).join("\n")}`, drop: "open" }];
}
function targetBlocks(target, index, report) {
  const sections = [
    ...budgetSection(target),
    ...forbiddenSection(target),
    ...growthSection(target),
    ...heavySection(target, settingsOf(report, target).heavyThreshold),
    ...graphSection(target),
    ...trendSection(target),
    ...duplicateSection(target),
    ...packageSection(target),
    ...pathListSection("Added paths", target.added),
    ...pathListSection("Removed paths", target.removed),
    ...allowedSection(target),
    ...notesSection(target)
  ];
  if (sections.length === 0) return [];
  const heading = { text: `#### ${target.ok ? "\u2705" : "\u274C"} ${escapeMarkdown(target.name)}`, drop: "open", heading: true };
  return [heading, ...sections].map((b) => ({ ...b, target: index }));
}
function assemble(blocks) {
  const withContent = new Set(blocks.filter((b) => !b.heading && b.target !== void 0).map((b) => b.target));
  return blocks.filter((b) => !b.heading || withContent.has(b.target)).map((b) => b.text).join("\n\n");
}
function truncationNote(maxLength, hint) {
  return `_This report was truncated to ${maxLength.toLocaleString("en-US")} characters; the full report is in ${hint}._`;
}
function dropUntilFits(blocks, fits) {
  let kept = blocks;
  for (const order of DROP_FIRST) {
    const biggestFirst = kept.filter((b) => b.drop === order).sort((a, b) => b.text.length - a.text.length);
    for (const block of biggestFirst) {
      kept = kept.filter((b) => b !== block);
      if (fits(kept)) return kept;
    }
  }
  while (kept.some((b) => b.drop === "open")) {
    const last = kept.findLastIndex((b) => b.drop === "open");
    kept = kept.filter((_, i) => i !== last);
    if (fits(kept)) return kept;
  }
  return null;
}
function cutToLength(text, headLines, tail2, maxLength) {
  const lines = text.split("\n");
  const room = maxLength - tail2.length - 2;
  let count2 = 0;
  let length = -1;
  for (const line of lines) {
    if (length + 1 + line.length > room) break;
    length += 1 + line.length;
    count2++;
  }
  if (count2 < headLines) return text.slice(0, maxLength);
  return `${lines.slice(0, count2).join("\n")}

${tail2}`;
}
function renderMarkdown(report, options = {}) {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const hint = options.fullReportHint ?? "the JSON report";
  const top = [
    { text: `### ${!report.ok ? "\u274C" : waivedBudgets(report) > 0 ? "\u26A0\uFE0F" : "\u2705"} ${headline(report, escapeMarkdown)}`, drop: "keep" },
    { text: summaryTable(report), drop: "keep" },
    { text: [`Base: ${escapeMarkdown(report.base.label)} \xB7 head: ${escapeMarkdown(report.head.label)}`, sourcesNote(report, escapeMarkdown)].filter((t) => t !== "").join(" \xB7 "), drop: "keep" }
  ];
  const flagged = newDuplicates(report, escapeMarkdown);
  if (flagged !== "") top.splice(1, 0, { text: `\u26A0\uFE0F **New duplicate packages**: ${flagged}`, drop: "keep" });
  const causes = growthCauses(report, escapeMarkdown);
  if (causes.length > 0) top.splice(1, 0, { text: causes.map((c) => `\u{1F50E} ${c}`).join("<br>\n"), drop: "keep" });
  const prefix = options.marker === void 0 ? "" : `${options.marker}
`;
  const footer = `<sub>${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}</sub>`;
  const body = [...top, ...report.targets.flatMap((t, i) => targetBlocks(t, i, report))];
  const full = `${prefix}${assemble(body)}

${footer}`;
  if (full.length <= maxLength) return full;
  const tail2 = `${truncationNote(maxLength, hint)}

${footer}`;
  const truncated = (kept2) => `${prefix}${assemble(kept2)}

${tail2}`;
  const kept = dropUntilFits(body, (k) => truncated(k).length <= maxLength);
  if (kept) return truncated(kept);
  return cutToLength(`${prefix}${assemble(top)}`, prefix.split("\n").length, tail2, maxLength);
}
var GITHUB_COMMENT_LIMIT, OPEN_ROWS, DROP_FIRST, table, name, formatBytes2, formatDelta2, count, signedCount;
var init_markdown = __esm({
  "src/render/markdown.ts"() {
    "use strict";
    init_markdown_table();
    init_waiver();
    init_size();
    init_store_path();
    init_escape();
    init_mermaid();
    init_trend();
    init_summary();
    GITHUB_COMMENT_LIMIT = 65536;
    OPEN_ROWS = 10;
    DROP_FIRST = ["pathList", "packages", "more"];
    table = (rows, align) => (
      // Unaligned delimiters: padding every cell to the widest would spend the length budget on spaces.
      markdownTable(rows, { alignDelimiters: false, align: align ?? null })
    );
    name = (path5) => escapeMarkdown(storePathName(path5));
    formatBytes2 = (bytes) => escapeMarkdown(formatBytes(bytes));
    formatDelta2 = (bytes) => escapeMarkdown(formatDelta(bytes));
    count = (n) => escapeMarkdown(String(n));
    signedCount = (n) => escapeMarkdown(n > 0 ? `+${n}` : n === 0 ? "\xB10" : String(n));
  }
});

// src/render/text.ts
function painter(color) {
  return color ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}` : (_style, text) => text;
}
function paintDelta(paint, delta, text) {
  if (delta > 0) return paint("red", text);
  if (delta < 0) return paint("green", text);
  return text;
}
function imageLine(paint, base, head) {
  if (!head) return [];
  const measure = (label3, pick) => {
    if (!base) return `${label3} ${formatBytes(pick(head))} (new)`;
    const change = paintDelta(paint, pick(head) - pick(base), sizeChange(pick(base), pick(head)));
    return `${label3} ${formatBytes(pick(base))} \u2192 ${formatBytes(pick(head))}  ${change}`;
  };
  return [`  image    ${measure("apparent", (i) => i.apparentSize)};  ${measure("compressed", (i) => i.compressedSize)}`];
}
function totals(paint, target) {
  const { base, head } = target;
  const closure = paintDelta(paint, target.closureSizeDelta, sizeChange(base.closureSize, head.closureSize));
  const paths = `${base.pathCount} \u2192 ${head.pathCount} paths`;
  const update = updateOf(target);
  return [
    `  closure  ${formatBytes(base.closureSize)} \u2192 ${formatBytes(head.closureSize)}  ${closure}  (${paths})`,
    ...imageLine(paint, base.image, head.image),
    // What a device on the base downloads; nothing to say when the head adds no path.
    ...update && target.added.length > 0 ? [`  update   ${updateSize(update)} to download (${plural(target.added.length, "new path")})`] : []
  ];
}
function section(paint, title, lines) {
  return lines.length === 0 ? [] : [`  ${paint("bold", title)}`, ...lines.map((l) => `    ${l}`)];
}
function targetLines(paint, target, heavyThreshold) {
  const broken = brokenRules(target).map(escapeTerminal);
  const status = target.ok ? mark(paint, true) : `${mark(paint, false)} ${paint("red", broken.join(", "))}`;
  return [
    `${paint("bold", escapeTerminal(target.name))}  ${status}`,
    ...totals(paint, target),
    ...section(
      paint,
      "budgets",
      target.budgets.map((b) => `${mark(paint, b.ok)} ${escapeTerminal(b.name)}: ${budgetActual(b)} (limit ${budgetLimit(b)})`)
    ),
    ...section(
      paint,
      "forbidden",
      target.forbidden.flatMap((f) => [
        `${paint("red", f.new ? "NEW" : "already in base")} ${name2(f.path)} (matches ${escapeTerminal(f.pattern)})`,
        `  ${paint("dim", formatChain(target, f.path, escapeTerminal))}`
      ])
    ),
    ...section(
      paint,
      "new packages and what they bring in",
      target.growth.map(
        (g) => `${paintDelta(paint, g.addedSize, formatDelta(g.addedSize))} via ${growthChain(target, g.via, escapeTerminal)} (${plural(g.addedPaths, "path")})`
      )
    ),
    ...section(
      paint,
      `new heavy paths (at least ${formatBytes(heavyThreshold)})`,
      target.heavy.flatMap((h) => [
        `${name2(h.path)} ${formatBytes(h.narSize)}`,
        `  ${paint("dim", formatChain(target, h.path, escapeTerminal))}`
      ])
    ),
    ...section(
      paint,
      "packages in more than one version or variant",
      duplicatesOf(target).flatMap((d) => [
        `${d.new ? paint("red", "NEW") : "already in base"} ${duplicateText(d, escapeTerminal)} ${formatBytes(d.size)}`,
        ...d.paths.map((p) => `  ${paint("dim", `${formatBytes(p.narSize)}: ${growthChain(target, p.path, escapeTerminal)}`)}`)
      ])
    ),
    ...section(
      paint,
      "version changes",
      target.packages.map(
        (p) => `${escapeTerminal(p.name)}: ${versionChange(p, escapeTerminal)}, ${paintDelta(paint, p.sizeDelta, formatDelta(p.sizeDelta))}`
      )
    ),
    ...section(
      paint,
      "allowed",
      target.allowed.map((a) => `${name2(a.path)} (forbidden by ${escapeTerminal(a.forbiddenBy)}, allowed by ${escapeTerminal(a.allowedBy)}: ${escapeTerminal(a.reason)})`)
    ),
    ...section(paint, "notes", target.notes.map((n) => `- ${escapeTerminal(n)}`))
  ];
}
function renderText(report, options) {
  const paint = painter(options.color);
  const flagged = newDuplicates(report, escapeTerminal);
  const lines = [
    `${mark(paint, report.ok)} ${paint("bold", headline(report, escapeTerminal))}`,
    ...growthCauses(report, escapeTerminal).map((c) => `why: ${c}`),
    ...flagged === "" ? [] : [`! new duplicate packages: ${flagged}`],
    paint("dim", [`base: ${escapeTerminal(report.base.label)}  head: ${escapeTerminal(report.head.label)}`, sourcesNote(report, escapeTerminal)].filter((t) => t !== "").join("  "))
  ];
  for (const target of report.targets) {
    lines.push("", ...targetLines(paint, target, settingsOf(report, target).heavyThreshold));
  }
  return `${lines.join("\n")}
`;
}
var ANSI, mark, name2;
var init_text = __esm({
  "src/render/text.ts"() {
    "use strict";
    init_size();
    init_store_path();
    init_waiver();
    init_escape();
    init_summary();
    ANSI = { red: "\x1B[31m", green: "\x1B[32m", bold: "\x1B[1m", dim: "\x1B[2m", reset: "\x1B[0m" };
    mark = (paint, ok) => ok ? paint("green", "\u2713") : paint("red", "\u2717");
    name2 = (path5) => escapeTerminal(storePathName(path5));
  }
});

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    var OPS = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    );
    var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
    var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module.exports = function quote(xs) {
      var sawComment = false;
      return xs.map(function(s) {
        if (sawComment && typeof s === "string" && LINE_TERMINATORS.test(s)) {
          throw new TypeError("a token after a `comment` must not contain line terminators");
        }
        if (s === "") {
          return (
            /** @type {const} */
            "''"
          );
        }
        if (s && typeof s === "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern !== "string") {
              throw new TypeError("glob token requires a string `pattern`");
            }
            if (LINE_TERMINATORS.test(s.pattern)) {
              throw new TypeError("glob `pattern` must not contain line terminators");
            }
            if (s.pattern === "") {
              return (
                /** @type {const} */
                "''"
              );
            }
            return s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op === "string") {
            if (OPS.indexOf(s.op) < 0) {
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            }
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment === "string") {
            if (LINE_TERMINATORS.test(s.comment)) {
              throw new TypeError("`comment` must not contain line terminators");
            }
            sawComment = true;
            return "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        if (/'/.test(s) && /!/.test(s)) {
          return "'" + s.replace(/'/g, `'"'"'`) + "'";
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    );
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = (
      /** @type {const} */
      "|&;()<> \\t"
    );
    var SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    );
    var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
    var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
    var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
    var ANSI_C_LETTERS = "abeEfnrtv";
    var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
    var hash = /^#$/;
    var SQ = (
      /** @type {const} */
      "'"
    );
    var DQ = (
      /** @type {const} */
      '"'
    );
    var DS = (
      /** @type {const} */
      "$"
    );
    var TOKEN = "";
    var mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches[matches.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape) {
      var kind = escape.charAt(0);
      if (kind === "c") {
        var ctrl = escape.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape.slice(1), 16);
        if (cp > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape);
      return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      ansiCAt.lastIndex = i2;
      return !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
      var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
      var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        }
        var quote = false;
        var esc = false;
        var out = "";
        var words = [];
        var sawQuote = false;
        var pendingNw = null;
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            var depth = 1;
            varend = i2;
            while (depth > 0 && varend < s.length) {
              if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                depth += 1;
              } else if (s.charAt(varend) === "}") {
                depth -= 1;
              }
              varend += 1;
            }
            if (depth !== 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varend -= 1;
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!-]/.test(char)) {
            varname = char;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += /** @type {number} */
              varend.index - 1;
            }
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw === null) {
            return;
          }
          if (pendingNw === 0) {
            if (out !== "") {
              words[words.length] = out;
              out = "";
            }
          } else {
            words[words.length] = out;
            out = "";
            for (var fe = 1; fe < pendingNw; fe += 1) {
              words[words.length] = "";
            }
          }
          pendingNw = null;
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS) {
            flushRun();
          }
          isGlob = isGlob || !quote && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote) {
            if (c === quote) {
              quote = false;
            } else if (quote == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote = c;
            sawQuote = true;
          } else if (controlRE.test(c)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string.slice(match.index + i2 + 1) };
            if (out.length) {
              return (
                /** @type {const} */
                [out, commentObj]
              );
            }
            return (
              /** @type {const} */
              [commentObj]
            );
          } else if (c === BS) {
            esc = true;
          } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
            flushRun();
            sawQuote = true;
            out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
            i2 = ansiCAt.lastIndex - 1;
          } else if (c === DS) {
            var value = parseEnvVar();
            if (!ifs) {
              out += value;
            } else {
              for (var vi = 0; vi < value.length; vi += 1) {
                var vc = value.charAt(vi);
                if (ifs.indexOf(vc) < 0) {
                  flushRun();
                  out += vc;
                } else if (pendingNw === null) {
                  pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                  pendingNw += 1;
                }
              }
            }
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        }
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out;
            out = "";
            for (var te = 1; te < pendingNw; te += 1) {
              words[words.length] = "";
            }
          }
          if (out !== "" || sawQuote && words.length === 0) {
            words[words.length] = out;
          }
          return words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          if (typeof arg === "undefined") {
            return prev;
          }
          [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          });
          return prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function parse2(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(
        function(acc, s2) {
          if (typeof s2 === "object") {
            acc[acc.length] = s2;
            return acc;
          }
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          if (xs.length === 1) {
            acc[acc.length] = xs[0];
            return acc;
          }
          xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          });
          return acc;
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// node_modules/shlex/shlex.js
var init_shlex = __esm({
  "node_modules/shlex/shlex.js"() {
    "use strict";
  }
});

// src/nix/flags.ts
var NIX_FLAG_VALUES;
var init_flags = __esm({
  "src/nix/flags.ts"() {
    "use strict";
    NIX_FLAG_VALUES = /* @__PURE__ */ new Map([
      ["--abort-on-warn", 0],
      ["--accept-flake-config", 0],
      ["--access-tokens", 1],
      ["--all", 0],
      ["--allow-dirty", 0],
      ["--allow-dirty-locks", 0],
      ["--allow-import-from-derivation", 0],
      ["--allow-new-privileges", 0],
      ["--allow-symlinked-store", 0],
      ["--allow-unsafe-native-code-during-evaluation", 0],
      ["--allowed-impure-host-deps", 1],
      ["--allowed-uris", 1],
      ["--allowed-users", 1],
      ["--always-allow-substitutes", 0],
      ["--apply", 1],
      ["--arg", 2],
      ["--arg-from-file", 2],
      ["--arg-from-stdin", 1],
      ["--argstr", 2],
      ["--auto-allocate-uids", 0],
      ["--auto-optimise-store", 0],
      ["--bash-prompt", 1],
      ["--bash-prompt-prefix", 1],
      ["--bash-prompt-suffix", 1],
      ["--binary-cache-public-keys", 1],
      ["--binary-caches", 1],
      ["--binary-caches-parallel-connections", 1],
      ["--build-chroot-dirs", 1],
      ["--build-compress-log", 0],
      ["--build-cores", 1],
      ["--build-dir", 1],
      ["--build-fallback", 0],
      ["--build-hook", 1],
      ["--build-impersonate-linux-26", 0],
      ["--build-keep-log", 0],
      ["--build-max-jobs", 1],
      ["--build-max-log-size", 1],
      ["--build-max-silent-time", 1],
      ["--build-poll-interval", 1],
      ["--build-repeat", 1],
      ["--build-sandbox-paths", 1],
      ["--build-timeout", 1],
      ["--build-use-chroot", 0],
      ["--build-use-sandbox", 0],
      ["--build-use-substitutes", 0],
      ["--build-users-group", 1],
      ["--builders", 1],
      ["--builders-use-substitutes", 0],
      ["--closure-size", 0],
      ["--commit-lock-file", 0],
      ["--commit-lock-file-summary", 1],
      ["--commit-lockfile-summary", 1],
      ["--compress-build-log", 0],
      ["--connect-timeout", 1],
      ["--cores", 1],
      ["--debug", 0],
      ["--debugger", 0],
      ["--debugger-on-trace", 0],
      ["--debugger-on-warn", 0],
      ["--derivation", 0],
      ["--diff-hook", 1],
      ["--download-attempts", 1],
      ["--download-buffer-size", 1],
      ["--download-speed", 1],
      ["--dry-run", 0],
      ["--enforce-determinism", 0],
      ["--env-keep-derivations", 0],
      ["--eval-cache", 0],
      ["--eval-profile-file", 1],
      ["--eval-profiler", 1],
      ["--eval-profiler-frequency", 1],
      ["--eval-store", 1],
      ["--eval-system", 1],
      ["--experimental-features", 1],
      ["--expr", 1],
      ["--extra-access-tokens", 1],
      ["--extra-allowed-impure-host-deps", 1],
      ["--extra-allowed-uris", 1],
      ["--extra-allowed-users", 1],
      ["--extra-bash-prompt", 1],
      ["--extra-bash-prompt-prefix", 1],
      ["--extra-bash-prompt-suffix", 1],
      ["--extra-binary-cache-public-keys", 1],
      ["--extra-binary-caches", 1],
      ["--extra-binary-caches-parallel-connections", 1],
      ["--extra-build-chroot-dirs", 1],
      ["--extra-build-cores", 1],
      ["--extra-build-dir", 1],
      ["--extra-build-hook", 1],
      ["--extra-build-max-jobs", 1],
      ["--extra-build-max-log-size", 1],
      ["--extra-build-max-silent-time", 1],
      ["--extra-build-poll-interval", 1],
      ["--extra-build-repeat", 1],
      ["--extra-build-sandbox-paths", 1],
      ["--extra-build-timeout", 1],
      ["--extra-build-users-group", 1],
      ["--extra-builders", 1],
      ["--extra-commit-lock-file-summary", 1],
      ["--extra-commit-lockfile-summary", 1],
      ["--extra-connect-timeout", 1],
      ["--extra-cores", 1],
      ["--extra-diff-hook", 1],
      ["--extra-download-attempts", 1],
      ["--extra-download-buffer-size", 1],
      ["--extra-download-speed", 1],
      ["--extra-eval-profile-file", 1],
      ["--extra-eval-profiler", 1],
      ["--extra-eval-profiler-frequency", 1],
      ["--extra-eval-system", 1],
      ["--extra-experimental-features", 1],
      ["--extra-extra-platforms", 1],
      ["--extra-flake-registry", 1],
      ["--extra-gc-reserved-space", 1],
      ["--extra-hashed-mirrors", 1],
      ["--extra-http-connections", 1],
      ["--extra-id-count", 1],
      ["--extra-ignored-acls", 1],
      ["--extra-impure-env", 1],
      ["--extra-json-log-path", 1],
      ["--extra-log-lines", 1],
      ["--extra-max-build-log-size", 1],
      ["--extra-max-call-depth", 1],
      ["--extra-max-free", 1],
      ["--extra-max-jobs", 1],
      ["--extra-max-silent-time", 1],
      ["--extra-max-substitution-jobs", 1],
      ["--extra-min-free", 1],
      ["--extra-min-free-check-interval", 1],
      ["--extra-nar-buffer-size", 1],
      ["--extra-narinfo-cache-negative-ttl", 1],
      ["--extra-narinfo-cache-positive-ttl", 1],
      ["--extra-netrc-file", 1],
      ["--extra-nix-path", 1],
      ["--extra-platforms", 1],
      ["--extra-plugin-files", 1],
      ["--extra-post-build-hook", 1],
      ["--extra-pre-build-hook", 1],
      ["--extra-repeat", 1],
      ["--extra-sandbox-build-dir", 1],
      ["--extra-sandbox-dev-shm-size", 1],
      ["--extra-sandbox-paths", 1],
      ["--extra-secret-key-files", 1],
      ["--extra-ssl-cert-file", 1],
      ["--extra-stalled-download-timeout", 1],
      ["--extra-start-id", 1],
      ["--extra-store", 1],
      ["--extra-substituters", 1],
      ["--extra-substitution-max-jobs", 1],
      ["--extra-system", 1],
      ["--extra-system-features", 1],
      ["--extra-tarball-ttl", 1],
      ["--extra-timeout", 1],
      ["--extra-trusted-binary-caches", 1],
      ["--extra-trusted-public-keys", 1],
      ["--extra-trusted-substituters", 1],
      ["--extra-trusted-users", 1],
      ["--extra-upgrade-nix-store-path-url", 1],
      ["--extra-user-agent-suffix", 1],
      ["--extra-warn-large-path-threshold", 1],
      ["--fallback", 0],
      ["--file", 1],
      ["--filter-syscalls", 0],
      ["--flake-registry", 1],
      ["--fsync-metadata", 0],
      ["--fsync-store-paths", 0],
      ["--gc-keep-derivations", 0],
      ["--gc-keep-outputs", 0],
      ["--gc-reserved-space", 1],
      ["--hashed-mirrors", 1],
      ["--help", 0],
      ["--http-connections", 1],
      ["--http2", 0],
      ["--human-readable", 0],
      ["--id-count", 1],
      ["--ignore-try", 0],
      ["--ignored-acls", 1],
      ["--impersonate-linux-26", 0],
      ["--impure", 0],
      ["--impure-env", 1],
      ["--include", 1],
      ["--inputs-from", 1],
      ["--json", 0],
      ["--json-log-path", 1],
      ["--keep-build-log", 0],
      ["--keep-derivations", 0],
      ["--keep-env-derivations", 0],
      ["--keep-failed", 0],
      ["--keep-going", 0],
      ["--keep-outputs", 0],
      ["--log-format", 1],
      ["--log-lines", 1],
      ["--max-build-log-size", 1],
      ["--max-call-depth", 1],
      ["--max-free", 1],
      ["--max-jobs", 1],
      ["--max-silent-time", 1],
      ["--max-substitution-jobs", 1],
      ["--min-free", 1],
      ["--min-free-check-interval", 1],
      ["--nar-buffer-size", 1],
      ["--narinfo-cache-negative-ttl", 1],
      ["--narinfo-cache-positive-ttl", 1],
      ["--netrc-file", 1],
      ["--nix-path", 1],
      ["--nix-shell-always-looks-for-shell-nix", 0],
      ["--nix-shell-shebang-arguments-relative-to-script", 0],
      ["--no-abort-on-warn", 0],
      ["--no-accept-flake-config", 0],
      ["--no-allow-dirty", 0],
      ["--no-allow-dirty-locks", 0],
      ["--no-allow-import-from-derivation", 0],
      ["--no-allow-new-privileges", 0],
      ["--no-allow-symlinked-store", 0],
      ["--no-allow-unsafe-native-code-during-evaluation", 0],
      ["--no-always-allow-substitutes", 0],
      ["--no-auto-allocate-uids", 0],
      ["--no-auto-optimise-store", 0],
      ["--no-build-compress-log", 0],
      ["--no-build-fallback", 0],
      ["--no-build-impersonate-linux-26", 0],
      ["--no-build-keep-log", 0],
      ["--no-build-use-chroot", 0],
      ["--no-build-use-sandbox", 0],
      ["--no-build-use-substitutes", 0],
      ["--no-builders-use-substitutes", 0],
      ["--no-compress-build-log", 0],
      ["--no-debugger-on-trace", 0],
      ["--no-debugger-on-warn", 0],
      ["--no-enforce-determinism", 0],
      ["--no-env-keep-derivations", 0],
      ["--no-eval-cache", 0],
      ["--no-fallback", 0],
      ["--no-filter-syscalls", 0],
      ["--no-fsync-metadata", 0],
      ["--no-fsync-store-paths", 0],
      ["--no-gc-keep-derivations", 0],
      ["--no-gc-keep-outputs", 0],
      ["--no-http2", 0],
      ["--no-ignore-try", 0],
      ["--no-impersonate-linux-26", 0],
      ["--no-keep-build-log", 0],
      ["--no-keep-derivations", 0],
      ["--no-keep-env-derivations", 0],
      ["--no-keep-failed", 0],
      ["--no-keep-going", 0],
      ["--no-keep-outputs", 0],
      ["--no-link", 0],
      ["--no-nix-shell-always-looks-for-shell-nix", 0],
      ["--no-nix-shell-shebang-arguments-relative-to-script", 0],
      ["--no-preallocate-contents", 0],
      ["--no-pretty", 0],
      ["--no-print-missing", 0],
      ["--no-pure-eval", 0],
      ["--no-registries", 0],
      ["--no-require-drop-supplementary-groups", 0],
      ["--no-require-sigs", 0],
      ["--no-restrict-eval", 0],
      ["--no-run-diff-hook", 0],
      ["--no-sandbox", 0],
      ["--no-sandbox-fallback", 0],
      ["--no-show-trace", 0],
      ["--no-substitute", 0],
      ["--no-sync-before-registering", 0],
      ["--no-trace-function-calls", 0],
      ["--no-trace-import-from-derivation", 0],
      ["--no-trace-verbose", 0],
      ["--no-trust-tarballs-from-git-forges", 0],
      ["--no-update-lock-file", 0],
      ["--no-use-case-hack", 0],
      ["--no-use-cgroups", 0],
      ["--no-use-registries", 0],
      ["--no-use-sqlite-wal", 0],
      ["--no-use-xdg-base-directories", 0],
      ["--no-warn-dirty", 0],
      ["--no-write-lock-file", 0],
      ["--offline", 0],
      ["--option", 2],
      ["--out-link", 1],
      ["--output-lock-file", 1],
      ["--override-flake", 2],
      ["--override-input", 2],
      ["--plugin-files", 1],
      ["--post-build-hook", 1],
      ["--pre-build-hook", 1],
      ["--preallocate-contents", 0],
      ["--pretty", 0],
      ["--print-build-logs", 0],
      ["--print-missing", 0],
      ["--print-out-paths", 0],
      ["--profile", 1],
      ["--pure-eval", 0],
      ["--quiet", 0],
      ["--raw", 0],
      ["--read-only", 0],
      ["--rebuild", 0],
      ["--recreate-lock-file", 0],
      ["--recursive", 0],
      ["--reference-lock-file", 1],
      ["--refresh", 0],
      ["--relaxed-sandbox", 0],
      ["--repair", 0],
      ["--repeat", 1],
      ["--require-drop-supplementary-groups", 0],
      ["--require-sigs", 0],
      ["--restrict-eval", 0],
      ["--run-diff-hook", 0],
      ["--sandbox", 0],
      ["--sandbox-build-dir", 1],
      ["--sandbox-dev-shm-size", 1],
      ["--sandbox-fallback", 0],
      ["--sandbox-paths", 1],
      ["--secret-key-files", 1],
      ["--show-trace", 0],
      ["--sigs", 0],
      ["--size", 0],
      ["--ssl-cert-file", 1],
      ["--stalled-download-timeout", 1],
      ["--start-id", 1],
      ["--stdin", 0],
      ["--store", 1],
      ["--substitute", 0],
      ["--substituters", 1],
      ["--substitution-max-jobs", 1],
      ["--sync-before-registering", 0],
      ["--system", 1],
      ["--system-features", 1],
      ["--tarball-ttl", 1],
      ["--timeout", 1],
      ["--trace-function-calls", 0],
      ["--trace-import-from-derivation", 0],
      ["--trace-verbose", 0],
      ["--trust-tarballs-from-git-forges", 0],
      ["--trusted-binary-caches", 1],
      ["--trusted-public-keys", 1],
      ["--trusted-substituters", 1],
      ["--trusted-users", 1],
      ["--update-input", 1],
      ["--upgrade-nix-store-path-url", 1],
      ["--use-case-hack", 0],
      ["--use-cgroups", 0],
      ["--use-registries", 0],
      ["--use-sqlite-wal", 0],
      ["--use-xdg-base-directories", 0],
      ["--user-agent-suffix", 1],
      ["--verbose", 0],
      ["--version", 0],
      ["--warn-dirty", 0],
      ["--warn-large-path-threshold", 1],
      ["--write-to", 1],
      ["-I", 1],
      ["-L", 0],
      ["-S", 0],
      ["-f", 1],
      ["-h", 0],
      ["-j", 1],
      ["-o", 1],
      ["-r", 0],
      ["-s", 0],
      ["-v", 0]
    ]);
  }
});

// src/nix/args.ts
function checkNixArgs(args, option) {
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (!word.startsWith("-") || word === "-") {
      throw new UsageError(
        `${option}: '${word}' is not a flag nor the value of one; nix-size-guard picks the installables itself (quote a value with spaces: --builders 'ssh://pi aarch64-linux')`
      );
    }
    if (OWN_FLAGS.has(word)) {
      throw new UsageError(`${option}: '${word}' changes what nix-size-guard's own nix calls print or evaluate; remove it (targets name what is built)`);
    }
    if (/^--[^=]+=/.test(word)) {
      throw new UsageError(`${option}: '${word}': nix does not read '--flag=value'; write the value as the next argument: ${word.replace("=", " ")}`);
    }
    if (/^-[a-zA-Z]./.test(word) && NIX_FLAG_VALUES.get(word.slice(0, 2)) === 1) continue;
    const count2 = NIX_FLAG_VALUES.get(word);
    if (count2 === void 0) {
      while (i + 1 < args.length && !args[i + 1].startsWith("-")) i++;
      continue;
    }
    const values = args.slice(i + 1, i + 1 + count2);
    const missing = values.length < count2 ? values.length : values.findIndex((v) => v.startsWith("--"));
    if (missing !== -1) {
      const usage = USAGE_OF[word] ?? `${word} VALUE`;
      const got = values[missing] === void 0 ? "nothing follows it" : `'${values[missing]}' is a flag`;
      throw new UsageError(`${option}: '${word}' takes ${count2 === 1 ? "a value" : `${count2} values`} (${usage}), but ${got}; e.g. ${EXAMPLE_OF[word] ?? `${word} VALUE`}`);
    }
    i += count2;
  }
}
var import_shell_quote, OWN_FLAGS, USAGE_OF, EXAMPLE_OF;
var init_args = __esm({
  "src/nix/args.ts"() {
    "use strict";
    import_shell_quote = __toESM(require_shell_quote(), 1);
    init_shlex();
    init_errors();
    init_flags();
    OWN_FLAGS = /* @__PURE__ */ new Set([
      "--apply",
      "--expr",
      "--file",
      "-f",
      "--json",
      "--json-format",
      "--raw",
      "--write-to",
      "--out-link",
      "-o",
      "--profile",
      "--print-out-paths",
      "--dry-run",
      "--derivation",
      "--recursive",
      "-r",
      "--stdin",
      "--help",
      "--version",
      "--closure-size",
      "--arg-from-stdin"
    ]);
    USAGE_OF = {
      "--option": "--option NAME VALUE",
      "--arg": "--arg NAME EXPR",
      "--argstr": "--argstr NAME STRING",
      "--override-input": "--override-input INPUT-PATH FLAKE-URL",
      "--override-flake": "--override-flake ORIGINAL-REF RESOLVED-REF",
      "--arg-from-file": "--arg-from-file NAME PATH"
    };
    EXAMPLE_OF = {
      "--option": "--option max-jobs 4",
      "--arg": `--arg system '"aarch64-linux"'`,
      "--argstr": "--argstr system aarch64-linux",
      "--override-input": "--override-input nixpkgs github:NixOS/nixpkgs/nixos-25.05",
      "--builders": "--builders 'ssh://pi aarch64-linux'",
      "--max-jobs": "--max-jobs 4",
      "-j": "-j 4",
      "--store": "--store file:///var/cache/nix",
      "--eval-store": "--eval-store auto",
      "-I": "-I nixpkgs=/path/to/nixpkgs",
      "--include": "--include nixpkgs=/path/to/nixpkgs"
    };
  }
});

// src/report-files.ts
import { lstat, mkdir, mkdtemp as mkdtemp2, realpath as realpath3, rename, rm, writeFile } from "node:fs/promises";
import path4 from "node:path";
function writeError(output, error) {
  const code = error?.code ?? "";
  const why = WHY[code] ?? (error instanceof Error ? error.message : String(error));
  return new UsageError(`${output.option}: cannot write '${output.file}': ${why}${code && WHY[code] ? ` (${code})` : ""}; choose another path`);
}
async function canonical(file) {
  const absolute = path4.resolve(file);
  const dir = path4.dirname(absolute);
  try {
    return path4.join(await realpath3(dir), path4.basename(absolute));
  } catch {
    return absolute;
  }
}
async function makeFolder(dir, output) {
  try {
    return await mkdir(dir, { recursive: true });
  } catch (error) {
    if (error.code === "EEXIST") throw writeError(output, Object.assign(new Error(""), { code: "ENOTDIR" }));
    throw writeError(output, error);
  }
}
async function checkOutputPaths(outputs) {
  const seen = /* @__PURE__ */ new Map();
  for (const output of outputs) {
    if (output.file.trim() === "") throw new UsageError(`${output.option}: the file name is empty; give a path, e.g. ${output.option} report.out`);
    if (output.file.endsWith("/") || [".", ".."].includes(path4.basename(output.file))) {
      throw new UsageError(`${output.option}: '${output.file}' names a folder; give a file name`);
    }
    const key = await canonical(output.file);
    const other = seen.get(key);
    if (other) {
      throw new UsageError(`${other.option} and ${output.option} both write '${output.file}'; give each its own file`);
    }
    seen.set(key, output);
  }
}
async function writeOutputs(outputs) {
  await checkOutputPaths(outputs);
  const made = [];
  const temporaryFolders = /* @__PURE__ */ new Map();
  const written = [];
  try {
    for (const output of outputs) {
      const target = path4.resolve(output.file);
      const dir = path4.dirname(target);
      const top = await makeFolder(dir, output);
      if (top) made.push(top);
      const existing = await lstat(target).catch((error) => {
        if (error.code === "ENOENT") return null;
        throw writeError(output, error);
      });
      if (existing && existing.isDirectory()) throw writeError(output, Object.assign(new Error(""), { code: "EISDIR" }));
      if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
        throw new UsageError(`${output.option}: '${output.file}' is not a regular file (a device or a pipe); give a file path`);
      }
      let folder = temporaryFolders.get(dir);
      if (!folder) {
        try {
          folder = await mkdtemp2(path4.join(dir, ".nix-size-guard-"));
        } catch (error) {
          throw writeError(output, error);
        }
        temporaryFolders.set(dir, folder);
      }
      const temporary = path4.join(folder, path4.basename(target));
      try {
        await writeFile(temporary, output.content);
      } catch (error) {
        throw writeError(output, error);
      }
      written.push({ output, temporary, target });
    }
    for (const { output, temporary, target } of written) {
      try {
        await rename(temporary, target);
      } catch (error) {
        throw writeError(output, error);
      }
    }
  } catch (error) {
    for (const { temporary } of written) await rm(temporary, { force: true });
    for (const dir of made) await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    for (const folder of temporaryFolders.values()) await rm(folder, { recursive: true, force: true });
  }
}
function reportJson(report) {
  const compact = JSON.stringify(report);
  return compact.length < INDENTED_MAX ? `${JSON.stringify(report, null, 2)}
` : `${compact}
`;
}
var WHY, INDENTED_MAX;
var init_report_files = __esm({
  "src/report-files.ts"() {
    "use strict";
    init_errors();
    WHY = {
      EROFS: "the file system is read-only",
      EACCES: "permission denied",
      EPERM: "permission denied",
      ENOTDIR: "a part of the path is a file, not a folder",
      EISDIR: "it is a folder",
      ENOSPC: "no space is left on the device",
      EDQUOT: "the disk quota is used up",
      ENAMETOOLONG: "the name is too long",
      ENOENT: "a folder on the way does not exist",
      ELOOP: "the path loops through symbolic links",
      EEXIST: "a file is in the way",
      EIO: "an I/O error"
    };
    INDENTED_MAX = 1 << 20;
  }
});

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  USAGE: () => USAGE,
  main: () => main
});
import { parseArgs } from "node:util";
function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    if (/Unknown option '-[fA]'|'--(file|attr)'/.test(message)) {
      throw new UsageError(`${message.replace(/\. To specify.*$/, "")}; quote a classic installable as one argument: --target 'toplevel=-f default.nix -A toplevel'`);
    }
    const ambiguous = /^Option '(--[a-z-]+)' argument is ambiguous/.exec(message);
    if (ambiguous) throw new UsageError(`${ambiguous[1]}: its value starts with '-'; write it as ${ambiguous[1]}=VALUE if that is meant`);
    throw new UsageError(`${message}; see 'nix-size-guard --help'`);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const token of parsed.tokens) {
    if (token.kind !== "option" || OPTIONS[token.name].multiple) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`);
    seen.add(token.name);
  }
  if (parsed.values.color && parsed.values["no-color"]) throw new UsageError("--color and --no-color contradict each other; give one");
  return parsed;
}
function rawSettings(values) {
  return {
    heavyThreshold: values["heavy-threshold"],
    forbid: values.forbid,
    allow: values.allow,
    maxClosure: values["max-closure"],
    maxClosureIncrease: values["max-closure-increase"],
    maxImage: values["max-image"],
    maxImageIncrease: values["max-image-increase"],
    maxUpdateSize: values["max-update-size"],
    imageGlob: values["image-glob"]
  };
}
function useColor(values, io) {
  if (values["no-color"]) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTty;
}
async function execute(argv, io) {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const settings = parseSettings(rawSettings(values));
  const nixArgs = values["nix-arg"] ?? [];
  checkNixArgs(nixArgs, "--nix-arg");
  const outputs = [
    ["--json", values.json],
    ["--markdown", values.markdown],
    ["--csv", values.csv]
  ].flatMap(([option, file]) => file === void 0 ? [] : [{ option, file }]);
  await checkOutputPaths(outputs);
  const nix = new Nix({ nixArgs, log: io.stderr, versionRun: io.nixVersion });
  let result;
  const onlyFor = {
    run: ["base", "head", "target", "store", "forbid-from-config", "no-explain-options", "nixos-config"],
    compare: ["name"]
  };
  for (const [owner, names2] of Object.entries(onlyFor)) {
    if (command === owner || command !== "run" && command !== "compare") continue;
    const given = names2.find((name3) => values[name3] !== void 0);
    if (given) throw new UsageError(`--${String(given)} is an option of '${owner}', not of '${command}'; see 'nix-size-guard --help'`);
  }
  if (command === "compare") {
    if (rest.length !== 2) throw new UsageError(`compare takes BASE and HEAD (got ${rest.length} arguments); see 'nix-size-guard --help'`);
    result = await guardCompare({ base: rest[0], head: rest[1], name: values.name, settings, nix });
  } else if (command === "run") {
    if (rest.length > 0) throw new UsageError(`run takes no positional arguments (got '${rest[0]}'); name targets with --target NAME=INSTALLABLE`);
    if (!values.base) throw new UsageError("run needs --base REV, the commit to compare with (e.g. --base origin/main)");
    if (values.store !== void 0) await nix.checkStore(values.store, "--store");
    const targets = parseTargets(values.target ?? [], "--target");
    const git = new Git(io.cwd);
    await git.toplevel();
    const baseSha = await git.resolve(values.base, "--base");
    const headSha = values.head ? await git.resolve(values.head, "--head") : null;
    const label3 = (rev, sha) => rev === sha ? sha.slice(0, 12) : `${rev} (${sha.slice(0, 12)})`;
    io.stderr(`nix-size-guard: building ${targets.map((t) => t.name).join(", ")} at ${label3(values.base, baseSha)} and ${values.head && headSha ? label3(values.head, headSha) : "the working tree"}
`);
    result = await guardRevisions({
      cwd: io.cwd,
      base: { kind: "commit", sha: baseSha, label: label3(values.base, baseSha) },
      head: values.head && headSha ? { kind: "commit", sha: headSha, label: label3(values.head, headSha) } : { kind: "worktree" },
      targets,
      settings,
      nix,
      git,
      imageGlobGiven: values["image-glob"] !== void 0,
      store: values.store,
      forbidFromConfig: values["forbid-from-config"],
      explainOptions: values["no-explain-options"] !== true,
      nixosConfig: values["nixos-config"]
    });
  } else if (command === void 0) {
    throw new UsageError("no command; use 'nix-size-guard compare BASE HEAD' or 'nix-size-guard run --base REV --target NAME=INSTALLABLE'");
  } else {
    throw new UsageError(`unknown command '${command}'; use 'compare' or 'run' (see 'nix-size-guard --help')`);
  }
  const content = (option) => option === "--json" ? reportJson(result.report) : option === "--markdown" ? renderMarkdown(result.report, { maxLength: Number.POSITIVE_INFINITY }) : renderCsv(result.closures);
  await writeOutputs(outputs.map((o) => ({ ...o, content: content(o.option) })));
  io.stdout(renderText(result.report, { color: useColor(values, io) }));
  return result.report.ok ? 0 : 1;
}
async function main(argv, io) {
  try {
    return await execute(argv, io);
  } catch (error) {
    if (isUserFacing(error)) {
      io.stderr(`nix-size-guard: ${error.message}
`);
    } else {
      const debug = argv.includes("--debug");
      io.stderr(`${internalErrorLine(error, debug ? "" : "rerun with --debug for the stack trace")}
`);
      if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
    }
    return 2;
  }
}
var USAGE, OPTIONS;
var init_main = __esm({
  "src/cli/main.ts"() {
    "use strict";
    init_errors();
    init_settings();
    init_targets();
    init_git();
    init_guard();
    init_nix();
    init_csv();
    init_markdown();
    init_text();
    init_args();
    init_report_files();
    init_version();
    USAGE = `nix-size-guard ${VERSION} \u2014 guard NixOS closures and images against size regressions

Usage:
  nix-size-guard compare BASE HEAD [options]
      BASE, HEAD: store paths (or 'result' links) already in the store, or JSON files
      written by 'nix path-info --json --recursive PATH'.
  nix-size-guard run --base REV [--head REV] --target NAME=INSTALLABLE... [options]
      Builds every target at both commits of the git repository it stands in and compares
      them. Without --head, the working tree is built as it stands. The base commit is read
      from git; the working tree is never touched.
      INSTALLABLE: a flake installable (.#image) or a classic one ('-f default.nix -A toplevel').

Rules (exit 1 when one breaks):
  --forbid RE                 a store path matching RE is forbidden (repeatable), like
                              NixOS's system.forbiddenDependenciesRegexes ('perl' for perlless)
  --allow 'RE # reason'       exempt paths matching RE from --forbid (repeatable)
  --forbid-from-config ATTR   run: also forbid what a NixOS configuration's own
                              system.forbiddenDependenciesRegexes forbids, e.g.
                              nixosConfigurations.appliance; a toplevel its check fails is
                              built with the check off, to show why
  --no-explain-options        run: do not trace growth to the NixOS option and module file
                              behind it (read from each side's options)
  --nixos-config ATTR         run: the NixOS configuration (nixosConfigurations.appliance)
                              that targets other than its toplevel (an image) are built from
  --max-closure SIZE          e.g. 2GiB
  --max-closure-increase INC  e.g. +20MiB or 2%
  --max-image [MEASURE:]SIZE  MEASURE: apparent (default), allocated or compressed (repeatable)
  --max-image-increase [MEASURE:]INC                                          (repeatable)
  --max-update-size [MEASURE:]SIZE  what a device on the base downloads to run the head:
                              MEASURE nar (default; the new paths' NAR size) or compressed
                              (their zstd size), e.g. compressed:50MiB       (repeatable)

Analysis and output:
  --heavy-threshold SIZE      new paths at least this big get a why-chain (default 1MiB)
  --image-glob GLOB           image file inside a target's output (default *.raw)
  --name NAME                 target name for 'compare' (default: the head's package name)
  --json FILE                 write the JSON report (schemaVersion 2)
  --markdown FILE             write the Markdown report (a pull-request comment)
  --csv FILE                  write every path of every closure as CSV
  --store URL                 run: read a closure from this Nix store (a binary cache, e.g.
                              file:///var/cache/nix or https://cache.example.org) when the
                              output is there, instead of building it
  --nix-arg=ARG               pass ARG to every nix call (repeatable), e.g. --nix-arg=--builders
  --color / --no-color        colour the terminal report (default: when stdout is a terminal)
  --debug                     on an internal error, print its stack trace too
  -h, --help                  this help
  --version                   the version
`;
    OPTIONS = {
      base: { type: "string" },
      head: { type: "string" },
      target: { type: "string", multiple: true },
      name: { type: "string" },
      forbid: { type: "string", multiple: true },
      allow: { type: "string", multiple: true },
      "heavy-threshold": { type: "string" },
      "max-closure": { type: "string" },
      "max-closure-increase": { type: "string" },
      "max-image": { type: "string", multiple: true },
      "max-image-increase": { type: "string", multiple: true },
      "max-update-size": { type: "string", multiple: true },
      "image-glob": { type: "string" },
      json: { type: "string" },
      markdown: { type: "string" },
      csv: { type: "string" },
      "nix-arg": { type: "string", multiple: true },
      store: { type: "string" },
      "forbid-from-config": { type: "string" },
      "no-explain-options": { type: "boolean" },
      "nixos-config": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" }
    };
  }
});

// src/cli.ts
init_exec();
var [major = 0] = process.versions.node.split(".").map(Number);
if (major < 22) {
  process.stderr.write(
    `nix-size-guard: needs Node 22 or newer (this is ${process.version}); run it with Node 24, e.g. through 'npx' in this package, or install Node 24
`
  );
  process.exit(2);
}
var nixVersion = ["compare", "run"].includes(process.argv[2] ?? "") ? runTool("nix", ["--version"]) : void 0;
nixVersion?.catch(() => void 0);
var cwd;
try {
  cwd = process.cwd();
} catch {
  process.stderr.write("nix-size-guard: the current folder no longer exists (it was deleted under this shell); cd into the repository again and rerun\n");
  process.exit(2);
}
var { main: main2 } = await Promise.resolve().then(() => (init_main(), main_exports));
process.exitCode = await main2(process.argv.slice(2), {
  cwd,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
  env: process.env,
  nixVersion
});
