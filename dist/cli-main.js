import { createRequire as __nsgCreateRequire } from 'node:module';
const require = __nsgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc2) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc2 = __getOwnPropDesc(from, key)) || desc2.enumerable });
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

// src/cli/main.ts
import { parseArgs } from "node:util";

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
function isUserFacing(error) {
  return error instanceof UsageError || error instanceof ToolError;
}
function internalErrorLine(error, hint) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const first = (text.split(/\r?\n/, 1)[0] ?? "").slice(0, 500);
  return `nix-size-guard: internal error: ${first} (${hint ? `${hint}; ` : ""}please report it)`;
}

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str2) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str2.length; i++) {
    const digit = B64_MAP[str2.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str2, isStride1) => {
  const res = decodeVLQ(str2);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str2) => {
  const res = decodeVLQ(str2);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str2) {
    const string = String(str2);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str2) {
    return str2.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str2) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str2);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str2.length; i++) {
        let c = str2.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str2.length && (str2.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str2.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start2 = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start2;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start2 = pos - 1;
      r1 = this.bytes[start2--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start2 >= lim && (this.bytes[start2] & 192) === 128) start2--;
        if (start2 < this.start) start2 = this.start;
        const r = this.step(start2 - this.start);
        r1 = start2 + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start2 = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start2;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start2 = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start2, end);
  }
  static fromUTF16(charSequence, start2 = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start2, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str2, javaMode = false) {
    if (javaMode) {
      if (str2.indexOf("\\") < 0 && str2.indexOf("$") < 0) return str2;
      return str2.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str2.indexOf("$") < 0) return str2;
    return str2.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start2 = this.start(group);
    const end = this.end(group);
    if (start2 < 0 && end < 0) return null;
    return this.substring(start2, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name3 of Object.keys(this.namedGroups)) result[name3] = this.group(name3);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start2 = null) {
    if (start2 !== null) {
      if (!Number.isInteger(start2) || start2 < 0 || start2 > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start2}`);
      this.reset();
      return this.genMatch(start2, 0);
    }
    start2 = 0;
    if (this.hasMatch) {
      start2 = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start2);
        if (r < 0) start2++;
        else start2 += r & 7;
      }
    }
    return this.genMatch(start2, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start2, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start2, end));
    return this.matcherInput.asCharSequence().substring(start2, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit2 = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit2(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit2(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name3 = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name3)) {
            const group = this.group(name3);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result.push(group === null ? void 0 : group);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name3 in result) if (result[name3] === null) result[name3] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag, ids) {
    const hash = hashState(pcs, flag, ids);
    const cached = this.stateCache.get(hash);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids);
    if (cached === void 0) this.stateCache.set(hash, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag, ids) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table2 = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table2;
    else state.nextAnchored = table2;
    return table2;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table2 = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table2 !== null) {
      const cached = table2[cls];
      if (cached !== null) return cached;
    } else {
      table2 = this.allocTable(state, anchor);
      if (table2 === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids);
    if (nextState === null) return null;
    table2[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect2 = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect2) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check(inst.out) && check(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result;
    for (; ; ) {
      if (re.subs.length === 0) result = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words) {
      let node2 = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node2 * alphabetSize + word[i];
        let child = edges.get(key);
        if (child === void 0) {
          child = parent.length;
          edges.set(key, child);
          parent.push(node2);
          unit.push(word[i]);
          depth.push(depth[node2] + 1);
          terminal.push(0);
        }
        node2 = child;
      }
      terminal[node2] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail2 = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail2[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail2[f];
          next = this.next(f, unit[c]);
        }
        fail2[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail2[c]];
    }
    this.fail = fail2;
    this.match = match;
  }
  next(node2, u) {
    let lo = this.childStart[node2];
    let hi = this.childStart[node2 + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node2, u) {
    for (; ; ) {
      const next = this.next(node2, u);
      if (next >= 0) return next;
      if (node2 === 0) return 0;
      node2 = this.fail[node2];
    }
  }
  searchUTF16(charSeq, start2, end) {
    let node2 = 0;
    for (let i = start2; i < end; i++) {
      node2 = this.advance(node2, charSeq.charCodeAt(i));
      if (this.match[node2] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start2, end) {
    let node2 = 0;
    for (let i = start2; i < end; i++) {
      node2 = this.advance(node2, bytes[i]);
      if (this.match[node2] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result) => PrefilterTree2.child(re, state, result),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str2 = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str2 += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str2;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail2 = 0) {
    this.head = head;
    this.tail = tail2;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start2 = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start2;
      inst.arg = starts[i];
      start2 = f.i;
    }
    c.prog.start = start2;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result) => this.child(re, state, result),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result, i) => Simplify2.child(re, state, result, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table2) {
    for (let i = 0; i < table2.length; ++i) {
      const lo = table2.getLo(i);
      const hi = table2.getHi(i);
      const stride = table2.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table2) {
    let nextLo = 0;
    for (let i = 0; i < table2.length; ++i) {
      const lo = table2.getLo(i);
      const hi = table2.getHi(i);
      const stride = table2.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table2, sign) {
    return sign < 0 ? this.appendNegatedTable(table2) : this.appendTable(table2);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str2) {
    this.str = str2;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name3) {
    if (name3 === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name3 === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name3 === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name3 === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name3)) return {
      tab: UnicodeTables.CATEGORIES.get(name3),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name3),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name3)) return {
      tab: UnicodeTables.SCRIPTS.get(name3),
      fold: UnicodeTables.FOLD_SCRIPT.get(name3),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start2 = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start2));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name3) {
    if (name3.length === 0) return false;
    for (let i = 0; i < name3.length; i++) {
      const c = name3.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start2 = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start2);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str2 = null;
    let strlen = 0;
    let strflags = 0;
    let start2 = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str2[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start2) {
      } else if (i === start2 + 1) array[lenout++] = array[s + start2];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str2.slice(0, strlen);
        for (let j = start2; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start2, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start2 = i;
      str2 = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start2 = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start2) {
      } else if (i === start2 + 1) array[lenout++] = array[s + start2];
      else {
        const prefix = first;
        for (let j = start2; j < i; j++) {
          const reuse = j !== start2;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start2, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start2 = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start2 = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start2) {
      } else if (i === start2 + 1) array[lenout++] = array[s + start2];
      else {
        let max = start2;
        for (let j = start2 + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start2];
        array[s + start2] = array[s + max];
        array[s + max] = tmp;
        for (let j = start2 + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start2], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start2]);
        array[lenout++] = array[s + start2];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start2 = i + 1;
    }
    lensub = lenout;
    s = 0;
    start2 = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name3 = s.substring(begin, end);
      t.skipString(name3);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name3]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name3);
      this.namedGroups[name3] = this.numCap;
      re.name = name3;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name3 = cls.substring(0, i + 2);
    t.skipString(name3);
    const g = POSIX_GROUPS.has(name3) ? POSIX_GROUPS.get(name3) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name3);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name3;
    if (c !== Codepoint.CODES["{"]) name3 = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name3 = rest.substring(0, end);
      t.skipString(name3);
      t.skip(1);
    }
    if (!(name3.length === 0) && name3.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name3 = name3.substring(1);
    }
    const pair = Parser2.unicodeTable(name3);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start2, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start2, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start2, end, anchor, ngroup, lbState = null) {
    if (start2 > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start2, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result = m.matchArray();
  result.index = m.start(0);
  result.input = input;
  result.groups = m.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str2) {
    return Utils.quoteMeta(str2);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str2, javaMode = false) {
    return Matcher.quoteReplacement(str2, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/core/ere.ts
var EreError = class extends Error {
};
var CLASS_NAMES = /* @__PURE__ */ new Set(["alpha", "digit", "alnum", "upper", "lower", "space", "blank", "punct", "print", "graph", "cntrl", "xdigit"]);
var MAX_REPEAT = 1e3;
var literal = (ch) => `\\x{${ch.codePointAt(0).toString(16)}}`;
var PLAIN = /^[A-Za-z0-9_\-/=,:;!@#%&~`'"<> ]$/u;
var plainOrEscaped = (ch) => PLAIN.test(ch) ? ch : literal(ch);
function bracket(pattern, start2) {
  let i = start2;
  let negated = false;
  if (pattern[i] === "^") {
    negated = true;
    i++;
  }
  const items = [];
  let first = true;
  const unmatched = () => {
    throw new EreError(`the '[' at character ${start2} is never closed; close it with ']' or write \\[ for a literal [`);
  };
  const element = (kind) => {
    const close = pattern.indexOf(`${kind}]`, i + 2);
    if (close === -1) unmatched();
    const inner = [...pattern.slice(i + 2, close)];
    if (inner.length !== 1) {
      throw new EreError(`'[${kind}${inner.join("")}${kind}]' names a collating element of more than one character, which grep -E refuses; write the character itself`);
    }
    return { ch: inner[0], next: close + 2 };
  };
  const single = () => {
    if (i >= pattern.length) unmatched();
    if (pattern[i] === "[" && (pattern[i + 1] === "." || pattern[i + 1] === "=")) return element(pattern[i + 1]);
    if (pattern[i] === "[" && pattern[i + 1] === ":") return null;
    const ch = String.fromCodePoint(pattern.codePointAt(i));
    return { ch, next: i + ch.length };
  };
  for (; ; ) {
    if (i >= pattern.length) unmatched();
    if (pattern[i] === "]" && !first) break;
    first = false;
    if (pattern[i] === "[" && pattern[i + 1] === ":") {
      const close = pattern.indexOf(":]", i + 2);
      if (close === -1) unmatched();
      const name3 = pattern.slice(i + 2, close);
      if (!CLASS_NAMES.has(name3)) {
        throw new EreError(`'[:${name3}:]' is not a character class; use one of ${[...CLASS_NAMES].map((c) => `[:${c}:]`).join(" ")}`);
      }
      items.push(`[:${name3}:]`);
      i = close + 2;
      if (pattern[i] === "-" && pattern[i + 1] !== "]") throw new EreError(`a range cannot start at '[:${name3}:]'; write the class and the range apart`);
      continue;
    }
    const low = single();
    i = low.next;
    if (pattern[i] === "-" && pattern[i + 1] !== "]" && i + 1 < pattern.length) {
      i++;
      const high = single();
      if (!high) throw new EreError(`a range cannot end at a character class ('${pattern.slice(start2 - 1)}'); write the class and the range apart`);
      if (high.ch.codePointAt(0) < low.ch.codePointAt(0)) {
        throw new EreError(`the range '${low.ch}-${high.ch}' runs backwards; write it as '${high.ch}-${low.ch}'`);
      }
      i = high.next;
      items.push(`${literal(low.ch)}-${literal(high.ch)}`);
      if (pattern[i] === "-" && pattern[i + 1] !== "]") throw new EreError(`'-' after the range '${low.ch}-${high.ch}' starts no range; put a literal - first or last in the brackets`);
      continue;
    }
    items.push(literal(low.ch));
  }
  return { re2: `[${negated ? "^" : ""}${items.join("")}]`, end: i + 1 };
}
var GNU_ESCAPES = {
  w: "[0-9A-Za-z_]",
  W: "[^0-9A-Za-z_]",
  // [[:space:]] holds \v, which RE2's \s does not.
  s: "[[:space:]]",
  S: "[^[:space:]]",
  b: "\\b",
  B: "\\B",
  "`": "\\A",
  "'": "\\z"
};
var INTERVAL = /^\{(\d*)(?:(,)(\d*))?\}/;
function translateLine(pattern) {
  const out = [];
  let atom = null;
  const groups = [];
  const pushAtom = (re2) => {
    atom = { start: out.length, repeated: false };
    out.push(re2);
  };
  const repeat = (operator, shown) => {
    if (!atom) {
      throw new EreError(`'${shown}' at the start of an expression repeats nothing (grep -E only warns and ignores it); write \\${shown[0]} for a literal ${shown[0]}`);
    }
    if (atom.repeated) {
      out.splice(atom.start, 0, "(?:");
      out.push(")");
    }
    out.push(operator);
    atom.repeated = true;
  };
  for (let i = 0; i < pattern.length; ) {
    const ch = String.fromCodePoint(pattern.codePointAt(i));
    i += ch.length;
    switch (ch) {
      case "\\": {
        if (i >= pattern.length) throw new EreError("it ends in a lone backslash; write \\\\ for a literal backslash");
        const next = String.fromCodePoint(pattern.codePointAt(i));
        i += next.length;
        const gnu = GNU_ESCAPES[next];
        if (gnu !== void 0) {
          if (gnu.startsWith("\\")) {
            out.push(gnu);
            atom = null;
          } else pushAtom(gnu);
        } else if (/[1-9]/.test(next)) {
          throw new EreError(`'\\${next}' is a back reference, which no linear-time matcher can check; write the repeated text out`);
        } else if (next === "<" || next === ">") {
          throw new EreError(`'\\${next}' (start or end of a word) is not supported; write \\b`);
        } else if (/[A-Za-z0-9]/.test(next)) {
          const instead = next === "d" ? "[[:digit:]]" : next;
          throw new EreError(`'\\${next}' is not a POSIX escape (grep -E reads it as a plain '${next}'); write ${instead}`);
        } else pushAtom(literal(next));
        break;
      }
      case "[": {
        const { re2, end } = bracket(pattern, i);
        i = end;
        pushAtom(re2);
        break;
      }
      case "(":
        groups.push(out.length);
        out.push("(?:");
        atom = null;
        break;
      case ")":
        if (groups.length === 0) {
          pushAtom(literal(ch));
        } else {
          out.push(")");
          atom = { start: groups.pop(), repeated: false };
        }
        break;
      case "|":
        out.push("|");
        atom = null;
        break;
      case "^":
      case "$":
        out.push(ch);
        atom = null;
        break;
      case "*":
      case "+":
      case "?":
        repeat(ch, ch);
        break;
      case "{": {
        const interval = INTERVAL.exec(pattern.slice(i - 1));
        if (!interval) {
          pushAtom(literal(ch));
          break;
        }
        const [text, low = "", comma, high = ""] = interval;
        if (low === "" && comma === void 0) throw new EreError(`'${text}' is an empty repetition count; write e.g. {1,3}`);
        const min = low === "" ? 0 : Number(low);
        const max = comma === void 0 ? min : high === "" ? null : Number(high);
        if (max !== null && max < min) throw new EreError(`'${text}' repeats at least ${min} but at most ${max} times; swap the numbers`);
        if (min > MAX_REPEAT || (max ?? 0) > MAX_REPEAT) throw new EreError(`'${text}' repeats more than ${MAX_REPEAT} times, more than the linear-time matcher allows; use + or *`);
        repeat(max === null ? `{${min},}` : max === min ? `{${min}}` : `{${min},${max}}`, text);
        i += text.length - 1;
        break;
      }
      case ".":
        pushAtom(".");
        break;
      default:
        pushAtom(plainOrEscaped(ch));
    }
  }
  if (groups.length > 0) throw new EreError(`a '(' is never closed; close it with ')' or write \\( for a literal (`);
  return out.join("");
}
function ereToRe2(pattern) {
  const lines = pattern.split("\n");
  if (lines.length === 1) return translateLine(pattern);
  return lines.map((line) => `(?:${translateLine(line)})`).join("|");
}
function compileEre(pattern) {
  const re2 = ereToRe2(pattern);
  let compiled;
  try {
    compiled = RE2JS.compile(re2);
  } catch (error) {
    throw new EreError(`RE2 cannot match it (${error instanceof Error ? error.message : String(error)})`);
  }
  return { test: (path5) => compiled.test(path5) };
}

// src/core/size.ts
var UNITS = {
  "": 1,
  b: 1,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4
};
var DECIMAL_UNITS = /* @__PURE__ */ new Set(["k", "kb", "m", "mb", "g", "gb", "t", "tb"]);
var SIZE_RE = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)\s*$/;
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
var MAX_BYTES = Number.MAX_SAFE_INTEGER;
var MAX_SIZE_TEXT = "8 PiB";
var MAX_PERCENT = 1e5;
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
    const unitText = SIZE_RE.exec(trimmed)?.[2] ?? "";
    const why = DECIMAL_UNITS.has(unitText.toLowerCase()) ? ` in binary units (${unitText} is ambiguous)` : "";
    throw new UsageError(
      `${option}: '${text}' is not a size increase${why}; write e.g. +20MiB, 1.5GiB or 2%`
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
var IMAGE_MEASURES = ["apparent", "allocated", "compressed"];
function splitImageMeasure(text, option) {
  return splitMeasure(text, option, IMAGE_MEASURES, "an image", "compressed:300MiB");
}
var UPDATE_MEASURES = ["nar", "compressed", "image"];
function splitUpdateMeasure(text, option) {
  return splitMeasure(text, option, UPDATE_MEASURES, "an update", "compressed:50MiB");
}
var BINARY_STEPS = ["B", "KiB", "MiB", "GiB", "TiB"];
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

// src/core/settings.ts
var DEFAULT_HEAVY_THRESHOLD = 1024 * 1024;
var DEFAULT_IMAGE_GLOB = "*.raw";
function compileRegex(pattern, option) {
  try {
    return compileEre(pattern);
  } catch (error) {
    if (!(error instanceof EreError)) throw error;
    throw new UsageError(`${option}: '${pattern}' is not a grep -E pattern this guard can check as NixOS does: ${error.message}`);
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
var present = (value) => value !== void 0 && value.trim() !== "";
var nonEmpty = (values) => (values ?? []).map((v) => v.trim()).filter((v) => v !== "");
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

// src/core/suggest.ts
function editDistance(a, b) {
  const rows = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i];
      const above = rows[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      row[j] = best;
    }
  }
  return rows[a.length][b.length];
}
function closestName(given, names2) {
  const word = given.toLowerCase();
  const extended = names2.filter((name3) => name3.startsWith(word));
  if (word.length >= 2 && extended.length === 1) return extended[0];
  let best = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const name3 of names2) {
    const distance = editDistance(word, name3);
    if (distance < bestDistance) {
      best = name3;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) {
      tied = true;
    }
  }
  return best !== null && !tied && bestDistance <= 3 && bestDistance * 2 < word.length ? best : null;
}

// src/core/targets.ts
var NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
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

// src/git/git.ts
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// src/exec.ts
import { spawn } from "node:child_process";
function tail(text, lines = 15) {
  const kept = text.trimEnd().split("\n").slice(-lines);
  return kept.map((line) => `  ${line}`).join("\n");
}
var ToolMissingError = class extends ToolError {
  name = "ToolMissingError";
};
var isToolMissing = (error) => error instanceof Error && error.name === "ToolMissingError";
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

// src/git/git.ts
var Git = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  async run(args) {
    try {
      return await runTool("git", args, { cwd: this.cwd });
    } catch (error) {
      if (isToolMissing(error)) {
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
  /**
   * This repository's remotes (`git remote`), and whether a plain `git fetch REMOTE BRANCH` keeps
   * REMOTE/BRANCH: only when the remote's fetch refspec takes every branch. A single-branch or
   * shallow clone (`git clone --depth=1`) takes one branch, so its fetch lands in FETCH_HEAD only.
   */
  async remotes() {
    const listed = await this.run(["remote"]);
    if (listed.exitCode !== 0) return [];
    const names2 = listed.stdout.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    return Promise.all(
      names2.map(async (name3) => {
        const fetch = await this.run(["config", "--get-all", `remote.${name3}.fetch`]);
        const refspecs = fetch.exitCode === 0 ? fetch.stdout.split("\n").map((line) => line.trim().replace(/^\+/, "")) : [];
        return { name: name3, tracksBranches: refspecs.includes(`refs/heads/*:refs/remotes/${name3}/*`) };
      })
    );
  }
  async resolve(rev, option) {
    const sha = await this.tryResolve(rev);
    if (sha) return sha;
    const shallow = await this.isShallow();
    const hint = fetchHint(rev, option, await this.remotes(), shallow);
    throw new UsageError(`${option}: unknown git revision '${rev}'${shallow ? " in this shallow clone" : ""}${hint}`);
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
function fetchHint(rev, option, remotes, shallow) {
  const first = shallow ? "check the name, or fetch it first" : "check the name, or fetch it";
  const fetchBranch = (remote2, branch) => `git fetch ${shallow ? "--depth=1 " : ""}${remote2.name} ${branch}${remote2.tracksBranches ? "" : `:refs/remotes/${remote2.name}/${branch}`}`;
  const remote = remotes.filter(({ name: name3 }) => rev.startsWith(`${name3}/`) && rev.length > name3.length + 1).sort((a, b) => b.name.length - a.name.length)[0];
  if (remote !== void 0) return `; ${first}: ${fetchBranch(remote, rev.slice(remote.name.length + 1))}`;
  const have = remotes.length === 0 ? "this repository has no remote" : `its remotes: ${remotes.map(({ name: name3 }) => name3).join(", ")}`;
  const slash = rev.indexOf("/");
  if (slash > 0) {
    const named = rev.slice(0, slash);
    return `, and there is no remote '${named}' (${have}); add it (git remote add ${named} URL) or give a local branch or commit`;
  }
  if (remotes.length === 0) return `; check the name (${have} to fetch it from)`;
  const from = remotes.find(({ name: name3 }) => name3 === "origin") ?? remotes[0];
  if (!/^[\w.-]+$/.test(rev)) return shallow ? `; fetch the history it needs first: git fetch --unshallow ${from.name}` : "; check the name";
  if (/^[0-9a-f]{40}$/i.test(rev)) return `; ${first}: git fetch ${shallow ? "--depth=1 " : ""}${from.name} ${rev}`;
  return `; ${first}: ${fetchBranch(from, rev)}, then give ${option} ${from.name}/${rev}`;
}

// src/build.ts
import path2 from "node:path";
function revisionLabel(revision) {
  return revision.kind === "commit" ? revision.label : "working tree";
}
var LOCAL_FLAKE_REF = /^(\.{1,2}(\/|$)|\/|path:|git\+file:)/;
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
async function installablesAt(revision, cwd, git) {
  if (revision.kind === "worktree") return (installable) => installable;
  const toplevel = await git.toplevel();
  const shallow = await git.isShallow();
  return (installable) => installable.kind === "flake" ? { kind: "flake", ref: flakeRefAtCommit(installable.ref, { cwd, toplevel, sha: revision.sha, shallow }) } : installable;
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
  const { nix, git, cwd } = context;
  const along = context.along ?? (() => null);
  const results = /* @__PURE__ */ new Map();
  if (targets.length === 0) return results;
  if (revision.kind === "worktree") {
    for (const target of targets) {
      results.set(target.name, await evaluateOne(nix, target, (i) => i, { cwd, what: `${target.name} at ${context.what}` }, along(target)));
    }
    return results;
  }
  const at = await installablesAt(revision, cwd, git);
  const worktree = targets.some((t) => t.installable.kind === "file") ? await git.addWorktree(revision.sha) : null;
  try {
    const evalCwd = worktree ? path2.join(worktree.dir, path2.relative(await git.toplevel(), cwd)) : cwd;
    for (const target of targets) {
      results.set(target.name, await evaluateOne(nix, target, at, { cwd: evalCwd, what: `${target.name} at ${context.what}` }, along(target)));
    }
    return results;
  } finally {
    await worktree?.remove();
  }
}

// src/core/store-path.ts
var DEFAULT_STORE_DIR = "/nix/store";
var OUTPUT_NAME = /^(?:[a-z]+|lib32|lib64)$/;
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
  let deriverOf;
  const derivers = [];
  const deriverIds = /* @__PURE__ */ new Map();
  for (let i = 0; i < n; i++) {
    const object = objects[i];
    paths[i] = object.path;
    narSizes[i] = object.narSize;
    if (!ids.has(object.path)) ids.set(object.path, i);
    referenceCount += object.references.length;
    const deriver = object.deriver;
    if (typeof deriver === "string") {
      deriverOf ??= new Int32Array(n).fill(-1);
      let d = deriverIds.get(deriver);
      if (d === void 0) {
        d = derivers.push(deriver) - 1;
        deriverIds.set(deriver, d);
      }
      deriverOf[i] = d;
    }
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
  return deriverOf ? { paths, narSizes, refStart, refs, deriverOf, derivers } : { paths, narSizes, refStart, refs };
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
  const fromDerivers = graph.deriverOf;
  const deriverOf = fromDerivers ? new Int32Array(n) : void 0;
  let at = 0;
  for (let id = 0; id < n; id++) {
    const entry = entryOf(id);
    narSizes[id] = graph.narSizes[entry];
    if (deriverOf) deriverOf[id] = fromDerivers[entry];
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
  const indexed = { paths, narSizes, refStart, refs: at === refs.length ? refs : refs.slice(0, at) };
  return deriverOf ? { ...indexed, deriverOf, derivers: graph.derivers ?? [] } : indexed;
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
  const kept = { root: closure.root, rootId: newId[rootId], paths: keptPaths, narSizes: keptSizes, refStart: keptStart, refs: keptRefs };
  const { deriverOf, derivers } = closure;
  if (!deriverOf) return kept;
  const keptDerivers = new Int32Array(count2);
  for (let i = 0; i < n; i++) if (reached[i] === 1) keptDerivers[newId[i]] = deriverOf[i];
  return { ...kept, deriverOf: keptDerivers, derivers: derivers ?? [] };
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
function deriverOfPath(closure, id) {
  const d = closure.deriverOf ? closure.deriverOf[id] : -1;
  return d === -1 ? null : closure.derivers[d];
}
function storeObjects(closure) {
  return closure.paths.map((path5, id) => {
    const object = { path: path5, narSize: closure.narSizes[id], references: referencesOf(closure, id) };
    const deriver = deriverOfPath(closure, id);
    if (deriver !== null) object.deriver = deriver;
    return object;
  });
}
function closureSize(closure) {
  let total = 0;
  for (const size of closure.narSizes) total += size;
  return closure.image ? total - closure.narSizes[closure.rootId] : total;
}
function pathCount(closure) {
  return closure.image ? closure.paths.length - 1 : closure.paths.length;
}

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
var ChainReader = class {
  constructor(root, parents) {
    this.root = root;
    this.parents = parents;
    for (const path5 of Object.keys(parents)) {
      const id = this.idOf(path5);
      const parent = parents[path5];
      if (typeof parent === "string") this.parentIds[id] = this.idOf(parent);
    }
    this.rootId = this.idOf(root);
  }
  root;
  parents;
  /** Each path met (the table's keys and values, and paths asked about) → its id. */
  ids = /* @__PURE__ */ new Map();
  paths = [];
  /** Each id's parent's id; -1: none (the table lacks the path). */
  parentIds = [];
  /** How many paths the chain to each id holds; 0 until found. */
  lengths = [];
  /** For each `first` asked for: an id → its ancestor whose chain is `first` paths long; -1 until found. */
  tops = /* @__PURE__ */ new Map();
  rootId;
  /** The id of `path`, numbered when first met (without a parent, unless the table gives one). */
  idOf(path5) {
    let id = this.ids.get(path5);
    if (id === void 0) {
      id = this.paths.push(path5) - 1;
      this.ids.set(path5, id);
      this.parentIds.push(-1);
      this.lengths.push(0);
    }
    return id;
  }
  /** The path before `path` on its chain; undefined for the root or a path the table lacks. */
  parentOf(path5) {
    return Object.hasOwn(this.parents, path5) ? this.parents[path5] : void 0;
  }
  /** How many paths the chain to `path` holds (1 for the root, or for a path the table lacks). */
  length(path5) {
    return this.lengthOf(this.idOf(path5));
  }
  lengthOf(id) {
    const known = this.lengths[id];
    if (known !== 0) return known;
    const climb = [];
    const seen = /* @__PURE__ */ new Set();
    let at = id;
    let base = 0;
    while (at !== -1) {
      const have = this.lengths[at];
      if (have !== 0) {
        base = have;
        break;
      }
      if (seen.has(at)) break;
      seen.add(at);
      climb.push(at);
      at = at === this.rootId ? -1 : this.parentIds[at];
    }
    for (let i = climb.length - 1; i >= 0; i--) this.lengths[climb[i]] = base + climb.length - i;
    return this.lengths[id];
  }
  /** The path on the chain to `id` whose own chain is `first` paths long (or `id` if shorter). */
  ancestor(id, first) {
    let tops = this.tops.get(first);
    if (!tops) {
      tops = [];
      this.tops.set(first, tops);
    }
    while (tops.length < this.paths.length) tops.push(-1);
    const climb = [];
    let at = id;
    let top;
    for (let steps = this.lengthOf(id); ; steps--) {
      top = tops[at];
      if (top !== -1) break;
      const parent = this.parentIds[at];
      if (this.lengthOf(at) <= first || parent === -1 || steps <= 0) {
        top = at;
        break;
      }
      climb.push(at);
      at = parent;
    }
    for (const passed of climb) tops[passed] = top;
    tops[at] = top;
    return top;
  }
  /** The whole chain from the root to `path`. */
  chain(path5) {
    return this.chainOf(this.idOf(path5));
  }
  chainOf(id) {
    const length = this.lengthOf(id);
    const chain = new Array(length);
    let at = id;
    for (let i = length - 1; i >= 0 && at !== -1; i--) {
      chain[i] = this.paths[at];
      at = this.parentIds[at];
    }
    return chain;
  }
  /**
   * The chain to `path` with at most `first` + `last` links shown: the first ones from the
   * root, the last ones ending at `path`, and how many are left out between them.
   */
  short(path5, first, last) {
    const id = this.idOf(path5);
    const length = this.lengthOf(id);
    if (length <= first + last) return { first: this.chainOf(id), omitted: 0, last: [] };
    const tail2 = [];
    let at = id;
    for (let i = 0; i < last && at !== -1; i++) {
      tail2.push(this.paths[at]);
      at = this.parentIds[at];
    }
    const head = this.chainOf(this.ancestor(at, first));
    return { first: head, omitted: length - last - head.length, last: tail2.reverse() };
  }
};
var readers = /* @__PURE__ */ new WeakMap();
function chainsOf(target) {
  const parents = target.parents ?? {};
  let reader = readers.get(parents);
  if (!reader) {
    reader = new ChainReader(target.head.root, parents);
    readers.set(parents, reader);
  }
  return reader;
}

// src/core/image.ts
function referencesWholeClosure(closure) {
  const { paths, refStart, refs, rootId } = closure;
  const others = paths.length - 1;
  if (others <= 0 || refStart[rootId + 1] - refStart[rootId] !== others) return false;
  for (let id = 0; id < paths.length; id++) if (id !== rootId && refStart[id + 1] > refStart[id]) return true;
  return false;
}
function isImageRoot(side) {
  const { closure, image } = side;
  if (image === null) return false;
  const own = image.storePath === void 0 ? image.file.startsWith(`${closure.root}/`) || image.file === closure.root : image.storePath === closure.root;
  return own && (image.format !== void 0 || referencesWholeClosure(closure));
}
function imageContents(closure) {
  const { paths, refStart, refs, rootId } = closure;
  const n = paths.length;
  const referenced = new Uint8Array(n);
  for (let id = 0; id < n; id++) {
    if (id === rootId) continue;
    for (let k = refStart[id], end = refStart[id + 1]; k < end; k++) referenced[refs[k]] = 1;
  }
  const tops = [];
  for (let k = refStart[rootId], end = refStart[rootId + 1]; k < end; k++) {
    const ref = refs[k];
    if (referenced[ref] === 0) tops.push(ref);
  }
  const removed2 = refStart[rootId + 1] - refStart[rootId] - tops.length;
  const newRefs = new Int32Array(refs.length - removed2);
  const newStart = new Int32Array(n + 1);
  let at = 0;
  for (let id = 0; id < n; id++) {
    newStart[id] = at;
    if (id === rootId) {
      for (const top of tops) newRefs[at++] = top;
      continue;
    }
    for (let k = refStart[id], end = refStart[id + 1]; k < end; k++) newRefs[at++] = refs[k];
  }
  newStart[n] = at;
  return { ...closure, refStart: newStart, refs: newRefs, image: true };
}
function storeContents(side, asImage = isImageRoot(side)) {
  if (side.closure.image || !asImage) return side.closure;
  let contents = readings.get(side.closure);
  if (!contents) {
    contents = imageContents(side.closure);
    readings.set(side.closure, contents);
  }
  return contents;
}
var readings = /* @__PURE__ */ new WeakMap();
function targetContents(base, head) {
  const image = isImageRoot(head) || isImageRoot(base);
  return { base: storeContents(base, image), head: storeContents(head, image) };
}
var imageFileName = (image) => image.file.slice(image.file.lastIndexOf("/") + 1);
function imageRootId(closure) {
  return closure.image ? closure.rootId : -1;
}
function imageOf(image, system) {
  if (!image.image) return null;
  const id = idOf(image, system.root);
  let top = false;
  for (let k = image.refStart[image.rootId], end = image.refStart[image.rootId + 1]; k < end; k++) if (image.refs[k] === id) top = true;
  if (id === -1 || !top) return null;
  const extra = [];
  const a = image.paths;
  const b = system.paths;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (i === image.rootId) continue;
    const path5 = a[i];
    while (j < b.length && b[j] < path5) j++;
    if (j >= b.length || b[j] !== path5) extra.push(i);
  }
  const sizes = image.narSizes;
  extra.sort((x, y) => sizes[y] - sizes[x] || x - y);
  return { extra: extra.map((id2) => ({ path: a[id2], narSize: sizes[id2] })) };
}

// src/core/diff.ts
var PACKAGE_SIZE_DELTA_THRESHOLD = 8 * 1024;
var pairs = /* @__PURE__ */ new WeakMap();
var names = /* @__PURE__ */ new WeakMap();
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
  const skip = imageRootId(from);
  for (let id = 0; id < otherId.length; id++) if (otherId[id] === -1 && id !== skip) ids.push(id);
  const sizes = from.narSizes;
  ids.sort((a, b) => sizes[b] - sizes[a] || a - b);
  return ids.map((id) => ({ path: from.paths[id], narSize: sizes[id] }));
}
var added = /* @__PURE__ */ new WeakMap();
var removed = /* @__PURE__ */ new WeakMap();
function addedPaths(base, head) {
  const pair = pairClosures(base, head);
  let paths = added.get(pair);
  if (!paths) {
    paths = only(head, pair.headInBase);
    added.set(pair, paths);
  }
  return paths;
}
function removedPaths(base, head) {
  const pair = pairClosures(base, head);
  let paths = removed.get(pair);
  if (!paths) {
    paths = only(base, pair.baseInHead);
    removed.set(pair, paths);
  }
  return paths;
}
function packageChanges(base, head) {
  const { headInBase, baseInHead } = pairClosures(base, head);
  const { base: baseNames, head: headNames } = pairNames(base, head);
  const nameIds = /* @__PURE__ */ new Map();
  const touchedNames = [];
  const deltas = [];
  const touch = (name3, size) => {
    let id = nameIds.get(name3);
    if (id === void 0) {
      id = touchedNames.push(name3) - 1;
      nameIds.set(name3, id);
      deltas.push(0);
    }
    deltas[id] = deltas[id] + size;
  };
  const headImage = imageRootId(head);
  const baseImage = imageRootId(base);
  for (let id = 0; id < headInBase.length; id++) if (headInBase[id] === -1 && id !== headImage) touch(headNames[id].name, head.narSizes[id]);
  for (let id = 0; id < baseInHead.length; id++) if (baseInHead[id] === -1 && id !== baseImage) touch(baseNames[id].name, -base.narSizes[id]);
  if (touchedNames.length === 0) return [];
  const versionIds = /* @__PURE__ */ new Map();
  const versionOf = [];
  const pairsOf = (names2, skip) => {
    const keys = new Float64Array(names2.length);
    let count2 = 0;
    for (let id = 0; id < names2.length; id++) {
      if (id === skip) continue;
      const { name: name3, version } = names2[id];
      const nameId = nameIds.get(name3);
      if (nameId === void 0) continue;
      let versionId = versionIds.get(version);
      if (versionId === void 0) {
        versionId = versionOf.push(version) - 1;
        versionIds.set(version, versionId);
      }
      keys[count2++] = nameId * VERSION_IDS + versionId;
    }
    return keys.subarray(0, count2).sort();
  };
  const before = pairsOf(baseNames, baseImage);
  const after = pairsOf(headNames, headImage);
  const versionsChanged = new Uint8Array(touchedNames.length);
  for (let i = 0, j = 0; i < before.length || j < after.length; ) {
    const x = i < before.length ? before[i] : Infinity;
    const y = j < after.length ? after[j] : Infinity;
    if (x === y) {
      for (i++; before[i] === x; i++) ;
      for (j++; after[j] === y; j++) ;
      continue;
    }
    const only2 = Math.min(x, y);
    versionsChanged[Math.floor(only2 / VERSION_IDS)] = 1;
    if (x === only2) for (i++; before[i] === x; i++) ;
    else for (j++; after[j] === y; j++) ;
  }
  const versionsIn = (keys, nameId) => {
    const versions = [];
    let at = lowerBound(keys, nameId * VERSION_IDS);
    for (let last = -1; at < keys.length && Math.floor(keys[at] / VERSION_IDS) === nameId; at++) {
      if (keys[at] !== last) versions.push(versionOf[keys[at] % VERSION_IDS]);
      last = keys[at];
    }
    return versions.sort();
  };
  const changed = [];
  for (let nameId = 0; nameId < touchedNames.length; nameId++) {
    if (versionsChanged[nameId] === 1 || Math.abs(deltas[nameId]) >= PACKAGE_SIZE_DELTA_THRESHOLD) changed.push(touchedNames[nameId]);
  }
  return changed.sort().map((name3) => {
    const nameId = nameIds.get(name3);
    return { name: name3, baseVersions: versionsIn(before, nameId), headVersions: versionsIn(after, nameId), sizeDelta: deltas[nameId] };
  });
}
var VERSION_IDS = 2 ** 21;
function lowerBound(keys, value) {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (keys[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
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

// src/core/duplicates.ts
var VARIANT_SUFFIXES = ["-minimal", "-small", "-headless", "-nox", "-lite", "-slim", "-tiny"];
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
var TRAILING_WORD = /-([A-Za-z][A-Za-z0-9]*)$/;
var VERSION_WORD = /^(?:rc|beta|alpha|pre|post|dev|git|unstable)[0-9]*$/i;
function dropOutputWords(version) {
  for (; ; ) {
    const word = TRAILING_WORD.exec(version);
    if (!word || VERSION_WORD.test(word[1])) return version;
    version = version.slice(0, word.index);
  }
}
function variantOfName({ name: name3, version }) {
  const last = version.charCodeAt(version.length - 1);
  const digit = last >= 48 && last <= 57;
  return { name: name3, version: digit ? version : dropOutputWords(version) };
}
function isGeneratedByNixOS(name3, version) {
  return name3 === "unit" || name3.startsWith("unit-") || name3 === "dbus" && version === "1";
}
function looksLikeVersion(version) {
  const first = version.charCodeAt(0);
  return first >= 48 && first <= 57;
}
function variantOf(path5) {
  return variantOfName(parseStorePathName(path5));
}
var variantLabel = (variant) => `${variant.name}-${variant.version}`;
function derivationName(drv) {
  return { ...splitDrvName(storePathName(drv).slice(0, -".drv".length)), output: "" };
}
function pathVariants(names2, closure, known) {
  const family = new Array(names2.length);
  const label3 = new Array(names2.length);
  const { deriverOf, derivers = [] } = closure;
  const derivations = new Array(deriverOf ? derivers.length : 0);
  for (let id = 0; id < names2.length; id++) {
    const other = known ? known.ids[id] : -1;
    if (other !== -1) {
      family[id] = known?.variants.family[other];
      label3[id] = known?.variants.label[other];
      continue;
    }
    const d = deriverOf ? deriverOf[id] : -1;
    const parsed = d === -1 ? names2[id] : derivations[d] ??= derivationName(derivers[d]);
    const variant = variantOfName(parsed);
    family[id] = packageFamily(variant.name);
    label3[id] = !looksLikeVersion(parsed.version) || isGeneratedByNixOS(parsed.name, parsed.version) ? null : variantLabel(variant);
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
var byString = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var byName = (a, b) => byString(storePathName(a), storePathName(b)) || byString(a, b);
function findDuplicates(base, head) {
  const names2 = pairNames(base, head);
  const headVariants = pathVariants(names2.head, head);
  if (head.image) headVariants.label[head.rootId] = null;
  const several = severalVariants(headVariants);
  if (several.size === 0) return [];
  const baseVariants = pathVariants(names2.base, base, { variants: headVariants, ids: pairClosures(base, head).baseInHead });
  if (base.image) baseVariants.label[base.rootId] = null;
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
    const labels = [...variants.keys()].sort(byString);
    const paths = labels.flatMap(
      (label3) => (variants.get(label3) ?? []).map((id) => ({ path: head.paths[id], narSize: head.narSizes[id] })).sort((a, b) => byName(a.path, b.path))
    );
    const size = paths.reduce((sum, p) => sum + p.narSize, 0);
    duplicates.push({ name: name3, variants: labels, paths, size, new: (before.get(name3)?.size ?? 0) < 2 });
  }
  return duplicates.sort((a, b) => Number(b.new) - Number(a.new) || b.size - a.size || byString(a.name, b.name));
}
function duplicateVariants(duplicate) {
  return duplicate.variants ?? [...new Set(duplicate.paths.map((p) => variantLabel(variantOf(p.path))))];
}

// src/core/policy.ts
function findForbidden(base, head, forbid, allow) {
  const forbidden = [];
  const allowed = [];
  if (forbid.length === 0) return { forbidden, allowed };
  const { headInBase } = pairClosures(base, head);
  const image = imageRootId(head);
  head.paths.forEach((path5, id) => {
    if (id === image) return;
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
function imageUnmeasured(side) {
  return side.image === null && side.source === "binary-cache";
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
var label = (option, measure, defaultMeasure = "apparent") => measure === defaultMeasure ? option : `${option} (${measure})`;
function exactDecimal(limit) {
  const [mantissa = "0", exponent = "0"] = String(limit).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const shift = fraction.length - Number(exponent);
  const digits = BigInt(whole + fraction);
  return shift >= 0 ? { digits, scale: 10n ** BigInt(shift) } : { digits: digits * 10n ** BigInt(-shift), scale: 1n };
}
function withinPercent(delta, base, limit) {
  const { digits, scale } = exactDecimal(limit);
  return BigInt(delta) * 100n * scale <= digits * BigInt(base);
}
function increaseResult(name3, limit, base, head) {
  const delta = head - base;
  if (limit.unit === "bytes") return { name: name3, kind: "increase", limit: limit.value, actual: delta, unit: "bytes", ok: delta <= limit.value };
  if (base === 0) return `${name3}: the base has nothing to compare a percentage with; not checked`;
  const percent = delta / base * 100;
  return { name: name3, kind: "increase", limit: limit.value, actual: percent, unit: "percent", ok: withinPercent(delta, base, limit.value) };
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
      if (imageUnmeasured(base)) {
        notes.push(`${label("max-image-increase", measure)}: the base's image was not measured (read from the binary cache, not built); not checked`);
        continue;
      }
      const baseSize = base.image ? imageSize(base.image, measure) : 0;
      push(increaseResult(label("max-image-increase", measure), limit, baseSize, imageSize(headImage, measure)));
    }
  }
  for (const { measure, limit } of budgets.maxUpdateSize) {
    const name3 = label("max-update-size", measure, "nar");
    if (measure === "image") {
      if (update.image) push({ name: name3, kind: "size", limit, actual: update.image.compressedSize, unit: "bytes", ok: update.image.compressedSize <= limit });
      else if (imageUnmeasured(head)) push(`${name3}: the head's image was not measured (read from the binary cache, not built); not checked`);
      else if (head.image) push(`${name3}: ${imageFileName(head.image)} is not read as an image of store paths (no image format in its first bytes); not checked`);
      continue;
    }
    const actual = measure === "nar" ? update.narSize : update.compressedSize;
    if (actual === null) push(`${name3}: the zstd size of the update was not measured; not checked`);
    else push({ name: name3, kind: "size", limit, actual, unit: "bytes", ok: actual <= limit });
  }
  return { results, notes };
}

// src/core/analyze.ts
function summarize(side, closure) {
  return {
    root: closure.root,
    source: side.source ?? "given",
    closureSize: closureSize(closure),
    pathCount: pathCount(closure),
    image: side.image
  };
}
function analyzeClosures(input, settings) {
  const { base: baseClosure, head: headClosure } = targetContents(input.base, input.head);
  const base = summarize(input.base, baseClosure);
  const head = summarize(input.head, headClosure);
  const chains = indexChains(headClosure);
  const added2 = addedPaths(baseClosure, headClosure);
  const heavy = added2.filter((p) => p.narSize >= settings.heavyThreshold);
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
    ...headClosure.image ? { contents: { system: null, extra: [] } } : {},
    imageNotes: headClosure.image ? contentsNotes(input.head.closure, headClosure, input.head.image) : [],
    updateNarSize: added2.reduce((sum, p) => sum + p.narSize, 0),
    added: added2,
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
function contentsNotes(closure, contents, image) {
  const file = image ? imageFileName(image) : "the image";
  const format = image?.format ? ` (${image.format})` : "";
  const tops = referencesOf(contents, contents.rootId);
  if (tops.length === 0) {
    return [`${file}${format} holds its store compressed: Nix finds none of its store paths in the file, so no closure is counted inside it; only the file is measured`];
  }
  if (referencesWholeClosure(closure)) return [];
  const named = tops.slice(0, 3).map(storePathName).join(", ");
  return [
    `${file}${format} does not name every store path it holds (a compressed store, as an ISO's squashfs): its store paths are read as the closure of what it refers to (${named}${tops.length > 3 ? ", \u2026" : ""}); paths only inside the compressed store are not counted`
  ];
}
function analyzeTargets(inputs, settings) {
  const analyses = inputs.map((input) => analyzeClosures(input, settings));
  const heads = inputs.map((input) => targetContents(input.base, input.head).head);
  for (const [k, analysis] of analyses.entries()) {
    const image = heads[k];
    if (!image.image) continue;
    let best = null;
    for (const [j, system] of heads.entries()) {
      if (j === k || system.image) continue;
      const inside = imageOf(image, system);
      if (inside && (!best || system.paths.length > best.paths)) best = { system: inputs[j].name, extra: inside.extra, paths: system.paths.length };
    }
    if (best) analysis.contents = { system: best.system, extra: best.extra };
  }
  return analyses;
}
function completeTarget(analysis, input, settings) {
  const { updateNarSize, imageNotes, ...closures } = analysis;
  const update = {
    narSize: updateNarSize,
    compressedSize: input.updateCompressedSize ?? null,
    // An A/B update writes the whole image to the other slot: the device downloads it compressed.
    ...analysis.contents && analysis.head.image ? { image: { compressedSize: analysis.head.image.compressedSize } } : {}
  };
  const budgets = checkBudgets(settings.budgets, analysis.base, analysis.head, update);
  const { name: name3, base, head, closureSizeDelta, pathCountDelta, contents, added: added2, removed: removed2, packages, heavy, growth, duplicates, forbidden, allowed, parents } = closures;
  return {
    name: name3,
    ok: forbidden.length === 0 && budgets.results.every((b) => b.ok),
    base,
    head,
    closureSizeDelta,
    pathCountDelta,
    ...contents ? { contents } : {},
    update,
    added: added2,
    removed: removed2,
    packages,
    heavy,
    growth,
    duplicates,
    forbidden,
    allowed,
    budgets: budgets.results,
    ...input.trend && input.trend.length > 0 ? { trend: input.trend } : {},
    notes: [...input.notes ?? [], ...imageNotes, ...budgets.notes],
    parents
  };
}
function unusedImageBudgets(targets, settings) {
  if (targets.some((t) => t.head.image !== null)) return [];
  const { budgets } = settings;
  const names2 = [
    ...budgets.maxImage.length > 0 ? ["max-image"] : [],
    ...budgets.maxImageIncrease.length > 0 ? ["max-image-increase"] : [],
    ...budgets.maxUpdateSize.some((b) => b.measure === "image") ? ["max-update-size (image)"] : []
  ];
  return names2.map((name3) => `${name3}: no target has an image file (no match of the image glob '${settings.imageGlob}', no output that is an image); not checked`);
}
function buildReport(targets, settings, meta) {
  const unused = unusedImageBudgets(targets, settings);
  if (unused.length > 0) targets = targets.map((t) => ({ ...t, notes: [...t.notes, ...unused] }));
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

// src/nix/nar-size.ts
import { existsSync as existsSync2, readdirSync as readdirSync2, statSync } from "node:fs";

// node_modules/minizlib/dist/esm/index.js
import assert from "assert";
import { Buffer as Buffer2 } from "buffer";

// node_modules/minipass/dist/esm/index.js
import { EventEmitter } from "node:events";
import Stream from "node:stream";
import { StringDecoder } from "node:string_decoder";
var proc = typeof process === "object" && process ? process : {
  stdout: null,
  stderr: null
};
var isStream = (s) => !!s && typeof s === "object" && (s instanceof Minipass || s instanceof Stream || isReadable(s) || isWritable(s));
var isReadable = (s) => !!s && typeof s === "object" && s instanceof EventEmitter && typeof s.pipe === "function" && // node core Writable streams have a pipe() method, but it throws
s.pipe !== Stream.Writable.prototype.pipe;
var isWritable = (s) => !!s && typeof s === "object" && s instanceof EventEmitter && typeof s.write === "function" && typeof s.end === "function";
var EOF = /* @__PURE__ */ Symbol("EOF");
var MAYBE_EMIT_END = /* @__PURE__ */ Symbol("maybeEmitEnd");
var EMITTED_END = /* @__PURE__ */ Symbol("emittedEnd");
var EMITTING_END = /* @__PURE__ */ Symbol("emittingEnd");
var EMITTED_ERROR = /* @__PURE__ */ Symbol("emittedError");
var CLOSED = /* @__PURE__ */ Symbol("closed");
var READ = /* @__PURE__ */ Symbol("read");
var FLUSH = /* @__PURE__ */ Symbol("flush");
var FLUSHCHUNK = /* @__PURE__ */ Symbol("flushChunk");
var ENCODING = /* @__PURE__ */ Symbol("encoding");
var DECODER = /* @__PURE__ */ Symbol("decoder");
var FLOWING = /* @__PURE__ */ Symbol("flowing");
var PAUSED = /* @__PURE__ */ Symbol("paused");
var RESUME = /* @__PURE__ */ Symbol("resume");
var BUFFER = /* @__PURE__ */ Symbol("buffer");
var PIPES = /* @__PURE__ */ Symbol("pipes");
var BUFFERLENGTH = /* @__PURE__ */ Symbol("bufferLength");
var BUFFERPUSH = /* @__PURE__ */ Symbol("bufferPush");
var BUFFERSHIFT = /* @__PURE__ */ Symbol("bufferShift");
var OBJECTMODE = /* @__PURE__ */ Symbol("objectMode");
var DESTROYED = /* @__PURE__ */ Symbol("destroyed");
var ERROR = /* @__PURE__ */ Symbol("error");
var EMITDATA = /* @__PURE__ */ Symbol("emitData");
var EMITEND = /* @__PURE__ */ Symbol("emitEnd");
var EMITEND2 = /* @__PURE__ */ Symbol("emitEnd2");
var ASYNC = /* @__PURE__ */ Symbol("async");
var ABORT = /* @__PURE__ */ Symbol("abort");
var ABORTED = /* @__PURE__ */ Symbol("aborted");
var SIGNAL = /* @__PURE__ */ Symbol("signal");
var DATALISTENERS = /* @__PURE__ */ Symbol("dataListeners");
var DISCARDED = /* @__PURE__ */ Symbol("discarded");
var defer = (fn) => Promise.resolve().then(fn);
var nodefer = (fn) => fn();
var isEndish = (ev) => ev === "end" || ev === "finish" || ev === "prefinish";
var isArrayBufferLike = (b) => b instanceof ArrayBuffer || !!b && typeof b === "object" && b.constructor && b.constructor.name === "ArrayBuffer" && b.byteLength >= 0;
var isArrayBufferView = (b) => !Buffer.isBuffer(b) && ArrayBuffer.isView(b);
var Pipe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(src, dest, opts) {
    this.src = src;
    this.dest = dest;
    this.opts = opts;
    this.ondrain = () => src[RESUME]();
    this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  // only here for the prototype
  /* c8 ignore start */
  proxyErrors(_er) {
  }
  /* c8 ignore stop */
  end() {
    this.unpipe();
    if (this.opts.end)
      this.dest.end();
  }
};
var PipeProxyErrors = class extends Pipe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors);
    super.unpipe();
  }
  constructor(src, dest, opts) {
    super(src, dest, opts);
    this.proxyErrors = (er) => this.dest.emit("error", er);
    src.on("error", this.proxyErrors);
  }
};
var isObjectModeOptions = (o) => !!o.objectMode;
var isEncodingOptions = (o) => !o.objectMode && !!o.encoding && o.encoding !== "buffer";
var Minipass = class extends EventEmitter {
  [FLOWING] = false;
  [PAUSED] = false;
  [PIPES] = [];
  [BUFFER] = [];
  [OBJECTMODE];
  [ENCODING];
  [ASYNC];
  [DECODER];
  [EOF] = false;
  [EMITTED_END] = false;
  [EMITTING_END] = false;
  [CLOSED] = false;
  [EMITTED_ERROR] = null;
  [BUFFERLENGTH] = 0;
  [DESTROYED] = false;
  [SIGNAL];
  [ABORTED] = false;
  [DATALISTENERS] = 0;
  [DISCARDED] = false;
  /**
   * true if the stream can be written
   */
  writable = true;
  /**
   * true if the stream can be read
   */
  readable = true;
  /**
   * If `RType` is Buffer, then options do not need to be provided.
   * Otherwise, an options object must be provided to specify either
   * {@link Minipass.SharedOptions.objectMode} or
   * {@link Minipass.SharedOptions.encoding}, as appropriate.
   */
  constructor(...args) {
    const options = args[0] || {};
    super();
    if (options.objectMode && typeof options.encoding === "string") {
      throw new TypeError("Encoding and objectMode may not be used together");
    }
    if (isObjectModeOptions(options)) {
      this[OBJECTMODE] = true;
      this[ENCODING] = null;
    } else if (isEncodingOptions(options)) {
      this[ENCODING] = options.encoding;
      this[OBJECTMODE] = false;
    } else {
      this[OBJECTMODE] = false;
      this[ENCODING] = null;
    }
    this[ASYNC] = !!options.async;
    this[DECODER] = this[ENCODING] ? new StringDecoder(this[ENCODING]) : null;
    if (options && options.debugExposeBuffer === true) {
      Object.defineProperty(this, "buffer", { get: () => this[BUFFER] });
    }
    if (options && options.debugExposePipes === true) {
      Object.defineProperty(this, "pipes", { get: () => this[PIPES] });
    }
    const { signal } = options;
    if (signal) {
      this[SIGNAL] = signal;
      if (signal.aborted) {
        this[ABORT]();
      } else {
        signal.addEventListener("abort", () => this[ABORT]());
      }
    }
  }
  /**
   * The amount of data stored in the buffer waiting to be read.
   *
   * For Buffer strings, this will be the total byte length.
   * For string encoding streams, this will be the string character length,
   * according to JavaScript's `string.length` logic.
   * For objectMode streams, this is a count of the items waiting to be
   * emitted.
   */
  get bufferLength() {
    return this[BUFFERLENGTH];
  }
  /**
   * The `BufferEncoding` currently in use, or `null`
   */
  get encoding() {
    return this[ENCODING];
  }
  /**
   * @deprecated - This is a read only property
   */
  set encoding(_enc) {
    throw new Error("Encoding must be set at instantiation time");
  }
  /**
   * @deprecated - Encoding may only be set at instantiation time
   */
  setEncoding(_enc) {
    throw new Error("Encoding must be set at instantiation time");
  }
  /**
   * True if this is an objectMode stream
   */
  get objectMode() {
    return this[OBJECTMODE];
  }
  /**
   * @deprecated - This is a read-only property
   */
  set objectMode(_om) {
    throw new Error("objectMode must be set at instantiation time");
  }
  /**
   * true if this is an async stream
   */
  get ["async"]() {
    return this[ASYNC];
  }
  /**
   * Set to true to make this stream async.
   *
   * Once set, it cannot be unset, as this would potentially cause incorrect
   * behavior.  Ie, a sync stream can be made async, but an async stream
   * cannot be safely made sync.
   */
  set ["async"](a) {
    this[ASYNC] = this[ASYNC] || !!a;
  }
  // drop everything and get out of the flow completely
  [ABORT]() {
    this[ABORTED] = true;
    this.emit("abort", this[SIGNAL]?.reason);
    this.destroy(this[SIGNAL]?.reason);
  }
  /**
   * True if the stream has been aborted.
   */
  get aborted() {
    return this[ABORTED];
  }
  /**
   * No-op setter. Stream aborted status is set via the AbortSignal provided
   * in the constructor options.
   */
  set aborted(_) {
  }
  write(chunk, encoding, cb) {
    if (this[ABORTED])
      return false;
    if (this[EOF])
      throw new Error("write after end");
    if (this[DESTROYED]) {
      this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" }));
      return true;
    }
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = "utf8";
    }
    if (!encoding)
      encoding = "utf8";
    const fn = this[ASYNC] ? defer : nodefer;
    if (!this[OBJECTMODE] && !Buffer.isBuffer(chunk)) {
      if (isArrayBufferView(chunk)) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      } else if (isArrayBufferLike(chunk)) {
        chunk = Buffer.from(chunk);
      } else if (typeof chunk !== "string") {
        throw new Error("Non-contiguous data written to non-objectMode stream");
      }
    }
    if (this[OBJECTMODE]) {
      if (this[FLOWING] && this[BUFFERLENGTH] !== 0)
        this[FLUSH](true);
      if (this[FLOWING])
        this.emit("data", chunk);
      else
        this[BUFFERPUSH](chunk);
      if (this[BUFFERLENGTH] !== 0)
        this.emit("readable");
      if (cb)
        fn(cb);
      return this[FLOWING];
    }
    if (!chunk.length) {
      if (this[BUFFERLENGTH] !== 0)
        this.emit("readable");
      if (cb)
        fn(cb);
      return this[FLOWING];
    }
    if (typeof chunk === "string" && // unless it is a string already ready for us to use
    !(encoding === this[ENCODING] && !this[DECODER]?.lastNeed)) {
      chunk = Buffer.from(chunk, encoding);
    }
    if (Buffer.isBuffer(chunk) && this[ENCODING]) {
      chunk = this[DECODER].write(chunk);
    }
    if (this[FLOWING] && this[BUFFERLENGTH] !== 0)
      this[FLUSH](true);
    if (this[FLOWING])
      this.emit("data", chunk);
    else
      this[BUFFERPUSH](chunk);
    if (this[BUFFERLENGTH] !== 0)
      this.emit("readable");
    if (cb)
      fn(cb);
    return this[FLOWING];
  }
  /**
   * Low-level explicit read method.
   *
   * In objectMode, the argument is ignored, and one item is returned if
   * available.
   *
   * `n` is the number of bytes (or in the case of encoding streams,
   * characters) to consume. If `n` is not provided, then the entire buffer
   * is returned, or `null` is returned if no data is available.
   *
   * If `n` is greater that the amount of data in the internal buffer,
   * then `null` is returned.
   */
  read(n) {
    if (this[DESTROYED])
      return null;
    this[DISCARDED] = false;
    if (this[BUFFERLENGTH] === 0 || n === 0 || n && n > this[BUFFERLENGTH]) {
      this[MAYBE_EMIT_END]();
      return null;
    }
    if (this[OBJECTMODE])
      n = null;
    if (this[BUFFER].length > 1 && !this[OBJECTMODE]) {
      this[BUFFER] = [
        this[ENCODING] ? this[BUFFER].join("") : Buffer.concat(this[BUFFER], this[BUFFERLENGTH])
      ];
    }
    const ret = this[READ](n || null, this[BUFFER][0]);
    this[MAYBE_EMIT_END]();
    return ret;
  }
  [READ](n, chunk) {
    if (this[OBJECTMODE])
      this[BUFFERSHIFT]();
    else {
      const c = chunk;
      if (n === c.length || n === null)
        this[BUFFERSHIFT]();
      else if (typeof c === "string") {
        this[BUFFER][0] = c.slice(n);
        chunk = c.slice(0, n);
        this[BUFFERLENGTH] -= n;
      } else {
        this[BUFFER][0] = c.subarray(n);
        chunk = c.subarray(0, n);
        this[BUFFERLENGTH] -= n;
      }
    }
    this.emit("data", chunk);
    if (!this[BUFFER].length && !this[EOF])
      this.emit("drain");
    return chunk;
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === "function") {
      cb = chunk;
      chunk = void 0;
    }
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = "utf8";
    }
    if (chunk !== void 0)
      this.write(chunk, encoding);
    if (cb)
      this.once("end", cb);
    this[EOF] = true;
    this.writable = false;
    if (this[FLOWING] || !this[PAUSED])
      this[MAYBE_EMIT_END]();
    return this;
  }
  // don't let the internal resume be overwritten
  [RESUME]() {
    if (this[DESTROYED])
      return;
    if (!this[DATALISTENERS] && !this[PIPES].length) {
      this[DISCARDED] = true;
    }
    this[PAUSED] = false;
    this[FLOWING] = true;
    this.emit("resume");
    if (this[BUFFER].length)
      this[FLUSH]();
    else if (this[EOF])
      this[MAYBE_EMIT_END]();
    else
      this.emit("drain");
  }
  /**
   * Resume the stream if it is currently in a paused state
   *
   * If called when there are no pipe destinations or `data` event listeners,
   * this will place the stream in a "discarded" state, where all data will
   * be thrown away. The discarded state is removed if a pipe destination or
   * data handler is added, if pause() is called, or if any synchronous or
   * asynchronous iteration is started.
   */
  resume() {
    return this[RESUME]();
  }
  /**
   * Pause the stream
   */
  pause() {
    this[FLOWING] = false;
    this[PAUSED] = true;
    this[DISCARDED] = false;
  }
  /**
   * true if the stream has been forcibly destroyed
   */
  get destroyed() {
    return this[DESTROYED];
  }
  /**
   * true if the stream is currently in a flowing state, meaning that
   * any writes will be immediately emitted.
   */
  get flowing() {
    return this[FLOWING];
  }
  /**
   * true if the stream is currently in a paused state
   */
  get paused() {
    return this[PAUSED];
  }
  [BUFFERPUSH](chunk) {
    if (this[OBJECTMODE])
      this[BUFFERLENGTH] += 1;
    else
      this[BUFFERLENGTH] += chunk.length;
    this[BUFFER].push(chunk);
  }
  [BUFFERSHIFT]() {
    if (this[OBJECTMODE])
      this[BUFFERLENGTH] -= 1;
    else
      this[BUFFERLENGTH] -= this[BUFFER][0].length;
    return this[BUFFER].shift();
  }
  [FLUSH](noDrain = false) {
    do {
    } while (this[FLUSHCHUNK](this[BUFFERSHIFT]()) && this[BUFFER].length);
    if (!noDrain && !this[BUFFER].length && !this[EOF])
      this.emit("drain");
  }
  [FLUSHCHUNK](chunk) {
    this.emit("data", chunk);
    return this[FLOWING];
  }
  /**
   * Pipe all data emitted by this stream into the destination provided.
   *
   * Triggers the flow of data.
   */
  pipe(dest, opts) {
    if (this[DESTROYED])
      return dest;
    this[DISCARDED] = false;
    const ended = this[EMITTED_END];
    opts = opts || {};
    if (dest === proc.stdout || dest === proc.stderr)
      opts.end = false;
    else
      opts.end = opts.end !== false;
    opts.proxyErrors = !!opts.proxyErrors;
    if (ended) {
      if (opts.end)
        dest.end();
    } else {
      this[PIPES].push(!opts.proxyErrors ? new Pipe(this, dest, opts) : new PipeProxyErrors(this, dest, opts));
      if (this[ASYNC])
        defer(() => this[RESUME]());
      else
        this[RESUME]();
    }
    return dest;
  }
  /**
   * Fully unhook a piped destination stream.
   *
   * If the destination stream was the only consumer of this stream (ie,
   * there are no other piped destinations or `'data'` event listeners)
   * then the flow of data will stop until there is another consumer or
   * {@link Minipass#resume} is explicitly called.
   */
  unpipe(dest) {
    const p = this[PIPES].find((p2) => p2.dest === dest);
    if (p) {
      if (this[PIPES].length === 1) {
        if (this[FLOWING] && this[DATALISTENERS] === 0) {
          this[FLOWING] = false;
        }
        this[PIPES] = [];
      } else
        this[PIPES].splice(this[PIPES].indexOf(p), 1);
      p.unpipe();
    }
  }
  /**
   * Alias for {@link Minipass#on}
   */
  addListener(ev, handler) {
    return this.on(ev, handler);
  }
  /**
   * Mostly identical to `EventEmitter.on`, with the following
   * behavior differences to prevent data loss and unnecessary hangs:
   *
   * - Adding a 'data' event handler will trigger the flow of data
   *
   * - Adding a 'readable' event handler when there is data waiting to be read
   *   will cause 'readable' to be emitted immediately.
   *
   * - Adding an 'endish' event handler ('end', 'finish', etc.) which has
   *   already passed will cause the event to be emitted immediately and all
   *   handlers removed.
   *
   * - Adding an 'error' event handler after an error has been emitted will
   *   cause the event to be re-emitted immediately with the error previously
   *   raised.
   */
  on(ev, handler) {
    const ret = super.on(ev, handler);
    if (ev === "data") {
      this[DISCARDED] = false;
      this[DATALISTENERS]++;
      if (!this[PIPES].length && !this[FLOWING]) {
        this[RESUME]();
      }
    } else if (ev === "readable" && this[BUFFERLENGTH] !== 0) {
      super.emit("readable");
    } else if (isEndish(ev) && this[EMITTED_END]) {
      super.emit(ev);
      this.removeAllListeners(ev);
    } else if (ev === "error" && this[EMITTED_ERROR]) {
      const h = handler;
      if (this[ASYNC])
        defer(() => h.call(this, this[EMITTED_ERROR]));
      else
        h.call(this, this[EMITTED_ERROR]);
    }
    return ret;
  }
  /**
   * Alias for {@link Minipass#off}
   */
  removeListener(ev, handler) {
    return this.off(ev, handler);
  }
  /**
   * Mostly identical to `EventEmitter.off`
   *
   * If a 'data' event handler is removed, and it was the last consumer
   * (ie, there are no pipe destinations or other 'data' event listeners),
   * then the flow of data will stop until there is another consumer or
   * {@link Minipass#resume} is explicitly called.
   */
  off(ev, handler) {
    const ret = super.off(ev, handler);
    if (ev === "data") {
      this[DATALISTENERS] = this.listeners("data").length;
      if (this[DATALISTENERS] === 0 && !this[DISCARDED] && !this[PIPES].length) {
        this[FLOWING] = false;
      }
    }
    return ret;
  }
  /**
   * Mostly identical to `EventEmitter.removeAllListeners`
   *
   * If all 'data' event handlers are removed, and they were the last consumer
   * (ie, there are no pipe destinations), then the flow of data will stop
   * until there is another consumer or {@link Minipass#resume} is explicitly
   * called.
   */
  removeAllListeners(ev) {
    const ret = super.removeAllListeners(ev);
    if (ev === "data" || ev === void 0) {
      this[DATALISTENERS] = 0;
      if (!this[DISCARDED] && !this[PIPES].length) {
        this[FLOWING] = false;
      }
    }
    return ret;
  }
  /**
   * true if the 'end' event has been emitted
   */
  get emittedEnd() {
    return this[EMITTED_END];
  }
  [MAYBE_EMIT_END]() {
    if (!this[EMITTING_END] && !this[EMITTED_END] && !this[DESTROYED] && this[BUFFER].length === 0 && this[EOF]) {
      this[EMITTING_END] = true;
      this.emit("end");
      this.emit("prefinish");
      this.emit("finish");
      if (this[CLOSED])
        this.emit("close");
      this[EMITTING_END] = false;
    }
  }
  /**
   * Mostly identical to `EventEmitter.emit`, with the following
   * behavior differences to prevent data loss and unnecessary hangs:
   *
   * If the stream has been destroyed, and the event is something other
   * than 'close' or 'error', then `false` is returned and no handlers
   * are called.
   *
   * If the event is 'end', and has already been emitted, then the event
   * is ignored. If the stream is in a paused or non-flowing state, then
   * the event will be deferred until data flow resumes. If the stream is
   * async, then handlers will be called on the next tick rather than
   * immediately.
   *
   * If the event is 'close', and 'end' has not yet been emitted, then
   * the event will be deferred until after 'end' is emitted.
   *
   * If the event is 'error', and an AbortSignal was provided for the stream,
   * and there are no listeners, then the event is ignored, matching the
   * behavior of node core streams in the presense of an AbortSignal.
   *
   * If the event is 'finish' or 'prefinish', then all listeners will be
   * removed after emitting the event, to prevent double-firing.
   */
  emit(ev, ...args) {
    const data = args[0];
    if (ev !== "error" && ev !== "close" && ev !== DESTROYED && this[DESTROYED]) {
      return false;
    } else if (ev === "data") {
      return !this[OBJECTMODE] && !data ? false : this[ASYNC] ? (defer(() => this[EMITDATA](data)), true) : this[EMITDATA](data);
    } else if (ev === "end") {
      return this[EMITEND]();
    } else if (ev === "close") {
      this[CLOSED] = true;
      if (!this[EMITTED_END] && !this[DESTROYED])
        return false;
      const ret2 = super.emit("close");
      this.removeAllListeners("close");
      return ret2;
    } else if (ev === "error") {
      this[EMITTED_ERROR] = data;
      super.emit(ERROR, data);
      const ret2 = !this[SIGNAL] || this.listeners("error").length ? super.emit("error", data) : false;
      this[MAYBE_EMIT_END]();
      return ret2;
    } else if (ev === "resume") {
      const ret2 = super.emit("resume");
      this[MAYBE_EMIT_END]();
      return ret2;
    } else if (ev === "finish" || ev === "prefinish") {
      const ret2 = super.emit(ev);
      this.removeAllListeners(ev);
      return ret2;
    }
    const ret = super.emit(ev, ...args);
    this[MAYBE_EMIT_END]();
    return ret;
  }
  [EMITDATA](data) {
    for (const p of this[PIPES]) {
      if (p.dest.write(data) === false)
        this.pause();
    }
    const ret = this[DISCARDED] ? false : super.emit("data", data);
    this[MAYBE_EMIT_END]();
    return ret;
  }
  [EMITEND]() {
    if (this[EMITTED_END])
      return false;
    this[EMITTED_END] = true;
    this.readable = false;
    return this[ASYNC] ? (defer(() => this[EMITEND2]()), true) : this[EMITEND2]();
  }
  [EMITEND2]() {
    if (this[DECODER]) {
      const data = this[DECODER].end();
      if (data) {
        for (const p of this[PIPES]) {
          p.dest.write(data);
        }
        if (!this[DISCARDED])
          super.emit("data", data);
      }
    }
    for (const p of this[PIPES]) {
      p.end();
    }
    const ret = super.emit("end");
    this.removeAllListeners("end");
    return ret;
  }
  /**
   * Return a Promise that resolves to an array of all emitted data once
   * the stream ends.
   */
  async collect() {
    const buf = Object.assign([], {
      dataLength: 0
    });
    if (!this[OBJECTMODE])
      buf.dataLength = 0;
    const p = this.promise();
    this.on("data", (c) => {
      buf.push(c);
      if (!this[OBJECTMODE])
        buf.dataLength += c.length;
    });
    await p;
    return buf;
  }
  /**
   * Return a Promise that resolves to the concatenation of all emitted data
   * once the stream ends.
   *
   * Not allowed on objectMode streams.
   */
  async concat() {
    if (this[OBJECTMODE]) {
      throw new Error("cannot concat in objectMode");
    }
    const buf = await this.collect();
    return this[ENCODING] ? buf.join("") : Buffer.concat(buf, buf.dataLength);
  }
  /**
   * Return a void Promise that resolves once the stream ends.
   */
  async promise() {
    return new Promise((resolve2, reject) => {
      this.on(DESTROYED, () => reject(new Error("stream destroyed")));
      this.on("error", (er) => reject(er));
      this.on("end", () => resolve2());
    });
  }
  /**
   * Asynchronous `for await of` iteration.
   *
   * This will continue emitting all chunks until the stream terminates.
   */
  [Symbol.asyncIterator]() {
    this[DISCARDED] = false;
    let stopped = false;
    const stop = async () => {
      this.pause();
      stopped = true;
      return { value: void 0, done: true };
    };
    const next = () => {
      if (stopped)
        return stop();
      const res = this.read();
      if (res !== null)
        return Promise.resolve({ done: false, value: res });
      if (this[EOF])
        return stop();
      let resolve2;
      let reject;
      const onerr = (er) => {
        this.off("data", ondata);
        this.off("end", onend);
        this.off(DESTROYED, ondestroy);
        stop();
        reject(er);
      };
      const ondata = (value) => {
        this.off("error", onerr);
        this.off("end", onend);
        this.off(DESTROYED, ondestroy);
        this.pause();
        resolve2({ value, done: !!this[EOF] });
      };
      const onend = () => {
        this.off("error", onerr);
        this.off("data", ondata);
        this.off(DESTROYED, ondestroy);
        stop();
        resolve2({ done: true, value: void 0 });
      };
      const ondestroy = () => onerr(new Error("stream destroyed"));
      return new Promise((res2, rej) => {
        reject = rej;
        resolve2 = res2;
        this.once(DESTROYED, ondestroy);
        this.once("error", onerr);
        this.once("end", onend);
        this.once("data", ondata);
      });
    };
    return {
      next,
      throw: stop,
      return: stop,
      [Symbol.asyncIterator]() {
        return this;
      },
      [Symbol.asyncDispose]: async () => {
      }
    };
  }
  /**
   * Synchronous `for of` iteration.
   *
   * The iteration will terminate when the internal buffer runs out, even
   * if the stream has not yet terminated.
   */
  [Symbol.iterator]() {
    this[DISCARDED] = false;
    let stopped = false;
    const stop = () => {
      this.pause();
      this.off(ERROR, stop);
      this.off(DESTROYED, stop);
      this.off("end", stop);
      stopped = true;
      return { done: true, value: void 0 };
    };
    const next = () => {
      if (stopped)
        return stop();
      const value = this.read();
      return value === null ? stop() : { done: false, value };
    };
    this.once("end", stop);
    this.once(ERROR, stop);
    this.once(DESTROYED, stop);
    return {
      next,
      throw: stop,
      return: stop,
      [Symbol.iterator]() {
        return this;
      },
      [Symbol.dispose]: () => {
      }
    };
  }
  /**
   * Destroy a stream, preventing it from being used for any further purpose.
   *
   * If the stream has a `close()` method, then it will be called on
   * destruction.
   *
   * After destruction, any attempt to write data, read data, or emit most
   * events will be ignored.
   *
   * If an error argument is provided, then it will be emitted in an
   * 'error' event.
   */
  destroy(er) {
    if (this[DESTROYED]) {
      if (er)
        this.emit("error", er);
      else
        this.emit(DESTROYED);
      return this;
    }
    this[DESTROYED] = true;
    this[DISCARDED] = true;
    this[BUFFER].length = 0;
    this[BUFFERLENGTH] = 0;
    const wc = this;
    if (typeof wc.close === "function" && !this[CLOSED])
      wc.close();
    if (er)
      this.emit("error", er);
    else
      this.emit(DESTROYED);
    return this;
  }
  /**
   * Alias for {@link isStream}
   *
   * Former export location, maintained for backwards compatibility.
   *
   * @deprecated
   */
  static get isStream() {
    return isStream;
  }
};

// node_modules/minizlib/dist/esm/index.js
import * as realZlib2 from "zlib";

// node_modules/minizlib/dist/esm/constants.js
import realZlib from "zlib";
var realZlibConstants = realZlib.constants || { ZLIB_VERNUM: 4736 };
var constants = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), {
  Z_NO_FLUSH: 0,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH: 2,
  Z_FULL_FLUSH: 3,
  Z_FINISH: 4,
  Z_BLOCK: 5,
  Z_OK: 0,
  Z_STREAM_END: 1,
  Z_NEED_DICT: 2,
  Z_ERRNO: -1,
  Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4,
  Z_BUF_ERROR: -5,
  Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY: 0,
  DEFLATE: 1,
  INFLATE: 2,
  GZIP: 3,
  GUNZIP: 4,
  DEFLATERAW: 5,
  INFLATERAW: 6,
  UNZIP: 7,
  BROTLI_DECODE: 8,
  BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8,
  Z_MAX_WINDOWBITS: 15,
  Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity,
  Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1,
  Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1,
  Z_MAX_LEVEL: 9,
  Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0,
  BROTLI_OPERATION_FLUSH: 1,
  BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1,
  BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0,
  BROTLI_MIN_QUALITY: 0,
  BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_MIN_INPUT_BLOCK_BITS: 16,
  BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_MODE: 0,
  BROTLI_PARAM_QUALITY: 1,
  BROTLI_PARAM_LGWIN: 2,
  BROTLI_PARAM_LGBLOCK: 3,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
  BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7,
  BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0,
  BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0,
  BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5,
  BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11,
  BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15,
  BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19,
  BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21,
  BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31
}, realZlibConstants));

// node_modules/minizlib/dist/esm/index.js
var OriginalBufferConcat = Buffer2.concat;
var desc = Object.getOwnPropertyDescriptor(Buffer2, "concat");
var noop = (args) => args;
var passthroughBufferConcat = desc?.writable === true || desc?.set !== void 0 ? (makeNoOp) => {
  Buffer2.concat = makeNoOp ? noop : OriginalBufferConcat;
} : (_) => {
};
var _superWrite = /* @__PURE__ */ Symbol("_superWrite");
var ZlibError = class extends Error {
  code;
  errno;
  constructor(err, origin) {
    super("zlib: " + err.message, { cause: err });
    this.code = err.code;
    this.errno = err.errno;
    if (!this.code)
      this.code = "ZLIB_ERROR";
    this.message = "zlib: " + err.message;
    Error.captureStackTrace(this, origin ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
};
var _flushFlag = /* @__PURE__ */ Symbol("flushFlag");
var ZlibBase = class extends Minipass {
  #sawError = false;
  #ended = false;
  #flushFlag;
  #finishFlushFlag;
  #fullFlushFlag;
  #handle;
  #onError;
  get sawError() {
    return this.#sawError;
  }
  get handle() {
    return this.#handle;
  }
  /* c8 ignore start */
  get flushFlag() {
    return this.#flushFlag;
  }
  /* c8 ignore stop */
  constructor(opts, mode) {
    if (!opts || typeof opts !== "object")
      throw new TypeError("invalid options for ZlibBase constructor");
    super(opts);
    this.#flushFlag = opts.flush ?? 0;
    this.#finishFlushFlag = opts.finishFlush ?? 0;
    this.#fullFlushFlag = opts.fullFlushFlag ?? 0;
    if (typeof realZlib2[mode] !== "function") {
      throw new TypeError("Compression method not supported: " + mode);
    }
    try {
      this.#handle = new realZlib2[mode](opts);
    } catch (er) {
      throw new ZlibError(er, this.constructor);
    }
    this.#onError = (err) => {
      if (this.#sawError)
        return;
      this.#sawError = true;
      this.close();
      this.emit("error", err);
    };
    this.#handle?.on("error", (er) => this.#onError(new ZlibError(er)));
    this.once("end", () => this.close);
  }
  close() {
    if (this.#handle) {
      this.#handle.close();
      this.#handle = void 0;
      this.emit("close");
    }
  }
  reset() {
    if (!this.#sawError) {
      assert(this.#handle, "zlib binding closed");
      return this.#handle.reset?.();
    }
  }
  flush(flushFlag) {
    if (this.ended)
      return;
    if (typeof flushFlag !== "number")
      flushFlag = this.#fullFlushFlag;
    this.write(Object.assign(Buffer2.alloc(0), { [_flushFlag]: flushFlag }));
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === "function") {
      cb = chunk;
      encoding = void 0;
      chunk = void 0;
    }
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = void 0;
    }
    if (chunk) {
      if (encoding)
        this.write(chunk, encoding);
      else
        this.write(chunk);
    }
    this.flush(this.#finishFlushFlag);
    this.#ended = true;
    return super.end(cb);
  }
  get ended() {
    return this.#ended;
  }
  // overridden in the gzip classes to do portable writes
  [_superWrite](data) {
    return super.write(data);
  }
  write(chunk, encoding, cb) {
    if (typeof encoding === "function")
      cb = encoding, encoding = "utf8";
    if (typeof chunk === "string")
      chunk = Buffer2.from(chunk, encoding);
    if (this.#sawError)
      return;
    assert(this.#handle, "zlib binding closed");
    const nativeHandle = this.#handle._handle;
    const originalNativeClose = nativeHandle.close;
    nativeHandle.close = () => {
    };
    const originalClose = this.#handle.close;
    this.#handle.close = () => {
    };
    passthroughBufferConcat(true);
    let result = void 0;
    try {
      const flushFlag = typeof chunk[_flushFlag] === "number" ? chunk[_flushFlag] : this.#flushFlag;
      result = this.#handle._processChunk(chunk, flushFlag);
      passthroughBufferConcat(false);
    } catch (err) {
      passthroughBufferConcat(false);
      this.#onError(new ZlibError(err, this.write));
    } finally {
      if (this.#handle) {
        ;
        this.#handle._handle = nativeHandle;
        nativeHandle.close = originalNativeClose;
        this.#handle.close = originalClose;
        this.#handle.removeAllListeners("error");
      }
    }
    if (this.#handle)
      this.#handle.on("error", (er) => this.#onError(new ZlibError(er, this.write)));
    let writeReturn;
    if (result) {
      if (Array.isArray(result) && result.length > 0) {
        const r = result[0];
        writeReturn = this[_superWrite](Buffer2.from(r));
        for (let i = 1; i < result.length; i++) {
          writeReturn = this[_superWrite](result[i]);
        }
      } else {
        writeReturn = this[_superWrite](Buffer2.from(result));
      }
    }
    if (cb)
      cb();
    return writeReturn;
  }
};
var Zlib = class extends ZlibBase {
  #level;
  #strategy;
  constructor(opts, mode) {
    opts = opts || {};
    opts.flush = opts.flush || constants.Z_NO_FLUSH;
    opts.finishFlush = opts.finishFlush || constants.Z_FINISH;
    opts.fullFlushFlag = constants.Z_FULL_FLUSH;
    super(opts, mode);
    this.#level = opts.level;
    this.#strategy = opts.strategy;
  }
  params(level, strategy) {
    if (this.sawError)
      return;
    if (!this.handle)
      throw new Error("cannot switch params when binding is closed");
    if (!this.handle.params)
      throw new Error("not supported in this implementation");
    if (this.#level !== level || this.#strategy !== strategy) {
      this.flush(constants.Z_SYNC_FLUSH);
      assert(this.handle, "zlib binding closed");
      const origFlush = this.handle.flush;
      this.handle.flush = (flushFlag, cb) => {
        if (typeof flushFlag === "function") {
          cb = flushFlag;
          flushFlag = this.flushFlag;
        }
        this.flush(flushFlag);
        cb?.();
      };
      try {
        ;
        this.handle.params(level, strategy);
      } finally {
        this.handle.flush = origFlush;
      }
      if (this.handle) {
        this.#level = level;
        this.#strategy = strategy;
      }
    }
  }
};
var Gzip = class extends Zlib {
  #portable;
  constructor(opts) {
    super(opts, "Gzip");
    this.#portable = opts && !!opts.portable;
  }
  [_superWrite](data) {
    if (!this.#portable)
      return super[_superWrite](data);
    this.#portable = false;
    data[9] = 255;
    return super[_superWrite](data);
  }
};
var Zstd = class extends ZlibBase {
  constructor(opts, mode) {
    opts = opts || {};
    opts.flush = opts.flush || constants.ZSTD_e_continue;
    opts.finishFlush = opts.finishFlush || constants.ZSTD_e_end;
    opts.fullFlushFlag = constants.ZSTD_e_flush;
    super(opts, mode);
  }
};
var ZstdCompress = class extends Zstd {
  constructor(opts) {
    super(opts, "ZstdCompress");
  }
};

// src/zstd.ts
import zlib from "node:zlib";
var ZSTD_LEVEL = 3;
var zstdAvailable = () => typeof zlib.createZstdCompress === "function";
async function zstdSize(source, chunkSize) {
  const compress = zlib.createZstdCompress(zstdOptions(chunkSize));
  const size = outputSize(compress);
  size.catch(() => void 0);
  try {
    for await (const chunk of source) {
      await new Promise((resolve2, reject) => compress.write(chunk, (error) => error ? reject(error) : resolve2()));
    }
  } catch (error) {
    compress.destroy();
    throw error;
  }
  compress.end();
  return size;
}
function outputSize(compress) {
  return new Promise((resolve2, reject) => {
    let size = 0;
    compress.on("data", (chunk) => {
      size += chunk.length;
    });
    compress.once("end", () => resolve2(size));
    compress.once("error", reject);
  });
}
var AT_ONCE_MAX = 1024 * 1024;
var compressedBeside = (length) => length >= AT_ONCE_MAX;
function frameSizer() {
  const options = zstdOptions();
  const stream = new ZstdCompress(options);
  let out = 0;
  let failure;
  stream.on("data", (chunk) => {
    out += chunk.length;
  });
  stream.on("error", (error) => {
    failure ??= error;
  });
  return (bytes) => {
    if (failure) throw failure;
    const before = out;
    stream.write(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    stream.flush(constants.ZSTD_e_end);
    if (failure) throw failure;
    return out - before;
  };
}
async function zstdSizeOf(bytes, frames) {
  if (!compressedBeside(bytes.length)) return frames(bytes);
  return zstdSize([bytes], bytes.length + (bytes.length >> 7) + 1024);
}
function zstdOptions(chunkSize) {
  const params = { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL };
  return { params, ...chunkSize === void 0 ? {} : { chunkSize } };
}

// src/nix/nar.ts
import { closeSync, lstatSync, openSync, read, readSync, readdirSync, readlinkSync } from "node:fs";
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
var SLASH = Buffer.from("/");
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
      yield* node(Buffer.concat([location, SLASH, name3]));
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
var NAR_MAGIC = str("nix-archive-1");
var SYMLINK_OPEN = strs("(", "type", "symlink", "target");
var REGULAR_OPEN = strs("(", "type", "regular", "contents");
var EXECUTABLE_OPEN = strs("(", "type", "regular", "executable", "", "contents");
var DIRECTORY_OPEN = strs("(", "type", "directory");
var ENTRY_OPEN = strs("entry", "(", "name");
var NODE = str("node");
var CLOSE = str(")");
var NarWriter = class {
  constructor(out, storePath, later) {
    this.out = out;
    this.storePath = storePath;
    this.later = later;
  }
  out;
  storePath;
  later;
  at = 0;
  room(length) {
    if (this.at + length > this.out.length) throw new NarSizeMismatch(this.storePath, this.out.length);
  }
  bytes(bytes) {
    this.room(bytes.length);
    bytes.copy(this.out, this.at);
    this.at += bytes.length;
  }
  /** A little-endian u64; sizes stay below 2^53. */
  u64(value) {
    this.room(8);
    this.out.writeUInt32LE(value % 4294967296, this.at);
    this.out.writeUInt32LE(Math.floor(value / 4294967296), this.at + 4);
    this.at += 8;
  }
  /** Zeros up to the next multiple of 8 after `length` bytes. */
  pad(length) {
    const pad = (8 - length % 8) % 8;
    this.room(pad);
    this.out.fill(0, this.at, this.at + pad);
    this.at += pad;
  }
  string(bytes) {
    this.u64(bytes.length);
    this.bytes(bytes);
    this.pad(bytes.length);
  }
  /** `size` bytes of the file at `location`, read straight into place. */
  contents(location, size) {
    this.u64(size);
    this.room(size);
    if (size > 0) {
      if (this.later) this.later.push({ location, at: this.at, size });
      else this.read(location, size);
    }
    this.at += size;
    this.pad(size);
  }
  read(location, size) {
    const handle = openSync(location, "r");
    try {
      for (let done = 0; done < size; ) {
        const read2 = readSync(handle, this.out, this.at + done, size - done, done);
        if (read2 === 0) throw new Error(`${location.toString()} shrank while it was read`);
        done += read2;
      }
    } finally {
      closeSync(handle);
    }
  }
  /** The node at `location`, as node() frames it (the same bytes, without a piece per string). */
  node(location) {
    const info = lstatSync(location);
    if (info.isSymbolicLink()) {
      this.bytes(SYMLINK_OPEN);
      this.string(readlinkSync(location, { encoding: "buffer" }));
      this.bytes(CLOSE);
    } else if (info.isFile()) {
      this.bytes(info.mode & 64 ? EXECUTABLE_OPEN : REGULAR_OPEN);
      this.contents(location, info.size);
      this.bytes(CLOSE);
    } else if (info.isDirectory()) {
      this.bytes(DIRECTORY_OPEN);
      for (const name3 of byteOrder(readdirSync(location, { encoding: "buffer" }))) {
        this.bytes(ENTRY_OPEN);
        this.string(name3);
        this.bytes(NODE);
        this.node(Buffer.concat([location, SLASH, name3]));
        this.bytes(CLOSE);
      }
      this.bytes(CLOSE);
    } else {
      throw new Error(`${location.toString()} is neither a file, a directory nor a symlink; Nix cannot archive it`);
    }
  }
};
function narOfSync(storePath, narSize) {
  const writer = new NarWriter(Buffer.allocUnsafe(narSize), storePath);
  writer.bytes(NAR_MAGIC);
  writer.node(Buffer.from(storePath));
  if (writer.at !== narSize) throw new NarSizeMismatch(storePath, narSize);
  return writer.out;
}
async function narOfBeside(storePath, narSize) {
  const later = [];
  const writer = new NarWriter(Buffer.allocUnsafe(narSize), storePath, later);
  writer.bytes(NAR_MAGIC);
  writer.node(Buffer.from(storePath));
  if (writer.at !== narSize) throw new NarSizeMismatch(storePath, narSize);
  await Promise.all(later.map(({ location, at, size }) => readInto(location, writer.out, at, size)));
  return writer.out;
}
function readInto(location, out, at, size) {
  const handle = openSync(location, "r");
  return new Promise((resolve2, reject) => {
    const step = (done) => {
      read(handle, out, at + done, size - done, done, (error, bytesRead) => {
        const failure = error ?? (bytesRead === 0 ? new Error(`${location.toString()} shrank while it was read`) : null);
        if (!failure && done + bytesRead < size) return step(done + bytesRead);
        closeSync(handle);
        if (failure) reject(failure);
        else resolve2();
      });
    };
    step(0);
  });
}

// src/nix/nar-size.ts
var CONCURRENCY = 4;
var NOT_MEASURED = "update download: the zstd size was not measured";
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
async function measureOne(nix, { path: path5, narSize }, frames) {
  try {
    const nar = narSize <= IN_MEMORY_MAX ? await narInMemory(path5, narSize) : null;
    return nar ? await zstdSizeOf(nar, frames) : await measureStreamed(path5, narSize);
  } catch (error) {
    if (error.code !== "EACCES") throw error;
    return nix.dumpPath(path5, zstdSize);
  }
}
async function narInMemory(path5, narSize) {
  try {
    return compressedBeside(narSize) ? await narOfBeside(path5, narSize) : narOfSync(path5, narSize);
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
    let frames;
    const small = (bytes) => (frames ??= frameSizer())(bytes);
    const order = paths.map((_, index) => index);
    const beside = (index) => compressedBeside(paths[index].narSize);
    await eachLimited([...order.filter(beside), ...order.filter((index) => !beside(index))], CONCURRENCY, async (index) => {
      sizes[index] = await measureOne(nix, paths[index], small);
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
function presence(added2) {
  const first = added2[0].path;
  const folder = first.slice(0, first.lastIndexOf("/"));
  if (!added2.every(({ path: path5 }) => path5.length > folder.length + 1 && path5.startsWith(folder) && path5.lastIndexOf("/") === folder.length)) return existsSync2;
  try {
    if (added2.length * 64 <= statSync(folder).size) return existsSync2;
    const names2 = new Set(readdirSync2(folder));
    return (path5) => names2.has(path5.slice(folder.length + 1));
  } catch {
    return existsSync2;
  }
}
async function compressedNarSize(measure, added2, cache = /* @__PURE__ */ new Map()) {
  if (added2.length === 0) return { compressedSize: 0 };
  if (!zstdAvailable()) {
    return { compressedSize: null, note: `${NOT_MEASURED}: it needs zstd in Node's zlib (Node 24 or newer; this is ${process.version})` };
  }
  let missing = 0;
  let first;
  const present2 = presence(added2);
  for (const { path: path5 } of added2) {
    if (present2(path5)) continue;
    missing++;
    if (first === void 0 || path5 < first) first = path5;
  }
  if (first !== void 0) {
    return {
      compressedSize: null,
      note: `${NOT_MEASURED}: ${missing} of the ${added2.length} added paths are not in the local store to read (e.g. ${storePathName(first)})`
    };
  }
  const uncached = added2.filter(({ path: path5 }) => !cache.has(path5));
  if (uncached.length > 0) {
    const sizes = measure(uncached);
    uncached.forEach(({ path: path5 }, i) => {
      const size = sizes.then((all) => all[i]);
      size.catch(() => void 0);
      cache.set(path5, size);
    });
  }
  try {
    const sizes = await Promise.all(added2.map(({ path: path5 }) => cache.get(path5)));
    return { compressedSize: sizes.reduce((sum, size) => sum + size, 0) };
  } catch (error) {
    const why = whyNotMeasured(error);
    if (why === null) throw error;
    return { compressedSize: null, note: `${NOT_MEASURED}: ${why}` };
  }
}
var UpdateMeasurer = class {
  constructor(nix) {
    this.nix = nix;
  }
  nix;
  cache = /* @__PURE__ */ new Map();
  measure(added2) {
    return compressedNarSize(measureHere(this.nix), added2, this.cache);
  }
};

// src/version.ts
var VERSION = "1.0.0";

// src/run/analyse.ts
function pendingTarget(updates, name3, base, head) {
  const contents = targetContents(base, head);
  const update = updates.measure(addedPaths(contents.base, contents.head));
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
  const analyses = analyzeTargets(pending.map(({ input }) => input), settings);
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
async function withUpdateMeasurer(nix, work) {
  return work(new UpdateMeasurer(nix));
}

// src/run/baseline.ts
var TREND_LENGTH = 20;
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
  return { commit, closureSize: closureSize(storeContents(side)), imageSize: side.image?.apparentSize ?? null };
}
async function restoreBase(baseline, base, targets) {
  const reused = /* @__PURE__ */ new Map();
  if (baseline && base.kind === "commit") {
    for (const target of targets) {
      const saved = await baseline.cache.restore(baseline.keyFor(target, base.sha));
      if (saved) reused.set(target.name, fromSaved(saved));
    }
  }
  return reused;
}
function trendUpTo(base, baseSide) {
  return base.kind === "commit" ? [...(baseSide.trend ?? []).filter((p) => p.commit !== base.sha), trendPoint(base.sha, baseSide)].slice(-TREND_LENGTH) : [];
}
function saveForNextRun(baseline, target, sides) {
  const saves = [];
  const { base, head, revision, baseTrend } = sides;
  if (baseline && revision.kind === "commit" && !sides.reused && base.source === "built") {
    saves.push(baseline.cache.save(baseline.keyFor(target, revision.sha), toSaved(base, baseTrend)));
  }
  if (baseline?.saveHeadAs && head.source === "built") {
    const headTrend = [...baseTrend.filter((p) => p.commit !== baseline.saveHeadAs), trendPoint(baseline.saveHeadAs, head)].slice(-TREND_LENGTH);
    saves.push(baseline.cache.save(baseline.keyFor(target, baseline.saveHeadAs), toSaved(head, headTrend)));
  }
  return saves;
}

// src/run/evaluate.ts
async function evaluateSides(context, how) {
  const { cwd, nix, git, targets, labels, phase } = context;
  const base = await phase(
    `nix eval: the base (${labels.base})`,
    () => evaluateSide(targets.filter((t) => !how.reused.has(t.name)), context.base, { cwd, nix, git, what: `the base (${labels.base})`, along: how.along?.base })
  );
  const head = await phase(
    `nix eval: the head (${labels.head})`,
    () => evaluateSide(targets, context.head, { cwd, nix, git, what: `the head (${labels.head})`, along: how.along?.head })
  );
  return { base, head };
}

// src/core/options.ts
var STORE_FILE = /^\/nix\/store\/[0-9a-z]{32}-[^/]+\/(.*)$/;
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
function isSystemPath(path5) {
  return storePathName(path5) === "system-path";
}
function packageUnderSystemPath(chain) {
  const at = chain.findIndex(isSystemPath);
  return at === -1 ? null : chain[at + 1] ?? null;
}
function packagesUnderSystemPath(chains) {
  const known = /* @__PURE__ */ new Map();
  return (path5) => {
    const climbed = [];
    const seen = /* @__PURE__ */ new Set();
    let answer = null;
    for (let at = path5; at !== void 0 && !seen.has(at); ) {
      const have = known.get(at);
      if (have !== void 0) {
        answer = have;
        break;
      }
      seen.add(at);
      climbed.push(at);
      const parent = chains.parentOf(at);
      if (parent !== void 0 && isSystemPath(parent)) {
        answer = at;
        break;
      }
      at = parent;
    }
    for (const passed of climbed) known.set(passed, answer);
    return answer;
  };
}
function causeOf(chain, head, changed, underSystemPath = packageUnderSystemPath(chain)) {
  const candidates = [underSystemPath, ...chain.slice(1)].filter((p) => p !== null);
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
var CAUSE_DEPTH = 8;
function attributeToOptions(target, base, head) {
  const changed = changedOptions(base, head);
  const chains = chainsOf(target);
  const underSystemPath = packagesUnderSystemPath(chains);
  const withCause = (entry, path5) => {
    const cause = causeOf(chains.short(path5, CAUSE_DEPTH, 0).first, head, changed, underSystemPath(path5));
    return cause ? { ...entry, cause } : entry;
  };
  return { changed, growth: target.growth.map((g) => withCause(g, g.via)), heavy: target.heavy.map((h) => withCause(h, h.path)) };
}
function causeHeadline(cause) {
  const how = cause.how ? `${cause.how} in ${cause.file}` : `in ${cause.file}`;
  return cause.change ? `${cause.option} ${cause.change} (${how})` : `${cause.option} (${how})`;
}

// src/explain/options.ts
var ENABLE_NAMESPACES = ["services", "programs", "hardware", "security", "networking", "fonts", "xdg", "boot", "documentation", "virtualisation", "i18n", "systemd"];
var PACKAGE_OPTIONS = ["environment.systemPackages", "systemd.packages", "fonts.packages", "services.udev.packages"];
var OPTIONS_EXPRESSION = `d: if !(builtins.isAttrs d && d ? options) then null else let
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
var CONFIG_OF_TOPLEVEL = /^(.*#.+)\.config\.system\.build\.([A-Za-z0-9_-]+)$/;
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
var NOTE = "options not read, so growth is not traced to NixOS options";
function firstLine(error) {
  return error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
}
var OptionsReader = class {
  failures = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Map();
  nix;
  cwd;
  /** The configuration (`nixosConfigurations.appliance`) of targets that do not name one (an image's `.#image`). */
  configuration;
  alone = /* @__PURE__ */ new Map();
  constructor(nix, cwd, configuration) {
    this.nix = nix;
    this.cwd = cwd;
    this.configuration = configuration;
  }
  /**
   * The facts of the configuration `ref` (`.#nixosConfigurations.appliance`) at a side, read by a
   * `nix eval` of their own (once per side and configuration, whatever the number of targets):
   * for targets built from it that are not its toplevel, and for a base whose closure an earlier
   * run saved (its options are not saved with it, and reading them evaluates the module system
   * but builds nothing).
   */
  readAlone(side, ref, at) {
    let facts = this.alone.get(`${side} ${ref}`);
    if (!facts) {
      const installable = at({ kind: "flake", ref });
      facts = (async () => {
        try {
          const extra = await this.nix.evalJson(installable, OPTIONS_EXPRESSION, { cwd: this.cwd, what: `the options of ${ref} at the ${side}` }, true);
          if (extra === null || typeof extra !== "object") return `${ref} has no options (is it what lib.nixosSystem returns?)`;
          return readOptionFacts(extra, await this.source(installable));
        } catch (error) {
          return firstLine(error);
        }
      })();
      this.alone.set(`${side} ${ref}`, facts);
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
  /** One side's facts of `target`, from what its evaluation read along (or, for a reused base, a read of its own). */
  async side(side, target, evaluated, at) {
    const of = configurationOf(target);
    const failed = this.failures.get(`${side} ${target.name}`);
    if (failed) return failed;
    if (!evaluated) return this.readAlone(side, of.configuration, at);
    const installable = at({ kind: "flake", ref: of.configuration });
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
        base = await this.readAlone("base", `.#${this.configuration}`, at.base);
        head = await this.readAlone("head", `.#${this.configuration}`, at.head);
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

// src/run/explain.ts
async function explainer(context) {
  const reader = new OptionsReader(context.nix, context.cwd, context.nixosConfig);
  const at = { base: await installablesAt(context.base, context.cwd, context.git), head: await installablesAt(context.head, context.cwd, context.git) };
  return {
    along: { base: reader.along("base", at.base), head: reader.along("head", at.head) },
    read(targets, evaluated) {
      const read2 = reader.read(targets, { base: new Map(evaluated.base), head: new Map(evaluated.head) }, at);
      read2.catch(() => void 0);
      return read2;
    }
  };
}
function withOptions(result, options) {
  if (options.size === 0) return result;
  const targets = result.report.targets.map((target) => {
    const read2 = options.get(target.name);
    if (!read2) return target;
    if ("note" in read2) return { ...target, notes: [...target.notes, read2.note] };
    const { changed, growth, heavy } = attributeToOptions(target, read2.base, read2.head);
    return { ...target, heavy, growth, options: { changed } };
  });
  return { ...result, report: { ...result.report, targets } };
}

// src/run/forbid-from-config.ts
var TURNED_OFF = {
  regexes: { option: "system.forbiddenDependenciesRegexes", value: "lib.mkForce [ ]" },
  regex: { option: "system.forbiddenDependenciesRegex", value: 'lib.mkForce ""' }
};
function checkOffNote(sides) {
  const ways = [...new Set([sides.base, sides.head].filter((w) => w !== void 0))];
  const one = ways.length === 1 ? TURNED_OFF[ways[0]] : null;
  const at = (side) => `${TURNED_OFF[sides[side]].option} (${TURNED_OFF[sides[side]].value})`;
  const how = one ? `${one.option} turned off (${one.value})` : `the forbidden-dependencies check turned off, at the base ${at("base")} and at the head ${at("head")}`;
  return `built with ${how}: the configuration's own check fails this toplevel; the forbidden paths below are why`;
}
var READ_FORBIDDEN = `d: let s = (d.options or { }).system or d.config.system or { }; in
  if s ? forbiddenDependenciesRegexes then { regexes = d.config.system.forbiddenDependenciesRegexes; }
  else if s ? forbiddenDependenciesRegex then { regex = d.config.system.forbiddenDependenciesRegex; }
  else { }`;
async function readConfigForbidRules(context, attr) {
  const { nix, git, cwd } = context;
  const installable = (await installablesAt(context.head, cwd, git))({ kind: "flake", ref: `.#${attr}` });
  const value = await nix.evalJson(installable, READ_FORBIDDEN, { cwd, what: `the head (${revisionLabel(context.head)})` });
  const notAConfiguration = `give the attribute path of a NixOS configuration, e.g. nixosConfigurations.appliance`;
  if (value === null || typeof value !== "object") {
    throw new UsageError(`forbid-from-config: ${attr} is not a NixOS configuration; ${notAConfiguration}`);
  }
  if ("regex" in value) {
    if (typeof value.regex !== "string") throw new UsageError(`forbid-from-config: ${attr}.config.system.forbiddenDependenciesRegex is not a string; ${notAConfiguration}`);
    return { rules: value.regex === "" ? [] : parseSettings({ forbid: [value.regex] }).forbid, option: "system.forbiddenDependenciesRegex" };
  }
  const regexes = value.regexes ?? [];
  if (!Array.isArray(regexes) || !regexes.every((v) => typeof v === "string")) {
    throw new UsageError(`forbid-from-config: ${attr}.config.system.forbiddenDependenciesRegexes is not a list of strings; ${notAConfiguration}`);
  }
  return { rules: parseSettings({ forbid: regexes.filter((r) => r !== "") }).forbid, option: "system.forbiddenDependenciesRegexes" };
}
async function withConfigForbidRules(context, attr, settings) {
  const { rules: fromConfig, option } = await readConfigForbidRules(context, attr);
  return {
    settings: { ...settings, forbid: [...settings.forbid, ...fromConfig.filter((r) => !settings.forbid.some((f) => f.pattern === r.pattern))] },
    note: fromConfig.length > 0 ? `forbid rules from ${attr}'s ${option}: ${fromConfig.map((r) => r.pattern).join(", ")}` : `${attr} sets no ${option}`
  };
}
var TURN_OFF_CHECK = `let
    s = (d.options or { }).system or { };
    old = !(s ? forbiddenDependenciesRegexes) && s ? forbiddenDependenciesRegex;
  in (d.extendModules { modules = [ ({ lib, ... }: if old then { system.forbiddenDependenciesRegex = lib.mkForce ""; } else { system.forbiddenDependenciesRegexes = lib.mkForce [ ]; }) ]; }).config.system.build.toplevel`;
var CHECK_OFF_WAY = `d: let s = (d.options or { }).system or { }; in if !(s ? forbiddenDependenciesRegexes) && s ? forbiddenDependenciesRegex then "regex" else "regexes"`;
async function withoutForbiddenCheck(context, attr, evaluated, checkOff) {
  const suffix = `#${attr}.config.system.build.toplevel`;
  let swapped = false;
  for (const target of context.targets) {
    if (target.installable.kind !== "flake" || !target.installable.ref.endsWith(suffix)) continue;
    const configRef = target.installable.ref.slice(0, -".config.system.build.toplevel".length);
    for (const side of ["base", "head"]) {
      const old = evaluated[side].get(target.name);
      if (!old) continue;
      const revision = side === "base" ? context.base : context.head;
      const installable = (await installablesAt(revision, context.cwd, context.git))({ kind: "flake", ref: configRef });
      const { extra, ...fresh } = await context.nix.evaluate(
        installable,
        { cwd: context.cwd, what: `${target.name} at the ${side} without the forbidden-dependencies check` },
        TURN_OFF_CHECK,
        CHECK_OFF_WAY
      );
      evaluated[side].set(target.name, fresh);
      checkOff.set(target.name, { ...checkOff.get(target.name), [side]: extra === "regex" ? "regex" : "regexes" });
      swapped = true;
    }
  }
  return swapped;
}

// src/run/phase.ts
function phases(onPhase) {
  return async (title, work) => {
    onPhase?.(title, "start");
    try {
      return await work();
    } finally {
      onPhase?.(title, "end");
    }
  };
}

// src/run/realise.ts
function allOutputs(evaluated) {
  return [...evaluated.base.values(), ...evaluated.head.values()];
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
async function locateAndBuild(context, evaluated, retry) {
  const { nix, store, targets, labels, phase } = context;
  let { located, toBuild } = await locateOutputs(nix, allOutputs(evaluated), store);
  if (toBuild.length === 0) return located;
  const names2 = targets.map((t) => t.name).join(", ");
  const what = `${names2} at the base (${labels.base}) and the head (${labels.head})`;
  const build = (outputs) => phase(`nix build: ${outputs.length} output${outputs.length === 1 ? "" : "s"} of ${names2}`, () => nix.realise(outputs, { what }));
  try {
    await build(toBuild);
  } catch (error) {
    if (!retry || !await retry()) throw error;
    ({ located, toBuild } = await locateOutputs(nix, allOutputs(evaluated), store));
    await build(toBuild);
  }
  return located;
}

// src/run/read.ts
import { realpath as realpath2 } from "node:fs/promises";

// src/image/measure.ts
import { createReadStream } from "node:fs";
import * as fsp from "node:fs/promises";
import path3 from "node:path";

// src/image/format.ts
import { open as open2 } from "node:fs/promises";
var ascii = (text) => [...text].map((c) => c.charCodeAt(0));
var SIGNATURES = [
  { format: "gpt", offset: 512, bytes: ascii("EFI PART") },
  // UEFI spec, LBA 1 at 512-byte sectors
  { format: "gpt", offset: 4096, bytes: ascii("EFI PART") },
  // LBA 1 at 4096-byte sectors
  { format: "iso9660", offset: 32769, bytes: ascii("CD001") },
  // ECMA-119 volume descriptor at sector 16
  { format: "qcow2", offset: 0, bytes: [81, 70, 73, 251] },
  // "QFI\xfb"
  { format: "vhdx", offset: 0, bytes: ascii("vhdxfile") },
  { format: "vmdk", offset: 0, bytes: ascii("KDMV") },
  { format: "vdi", offset: 64, bytes: [127, 16, 218, 190] },
  { format: "squashfs", offset: 0, bytes: ascii("hsqs") },
  { format: "erofs", offset: 1024, bytes: [226, 225, 245, 224] },
  // EROFS_SUPER_MAGIC_V1, little endian
  { format: "ext", offset: 1080, bytes: [83, 239] },
  // ext2/3/4 s_magic
  { format: "btrfs", offset: 65600, bytes: ascii("_BHRfS_M") },
  { format: "zstd", offset: 0, bytes: [40, 181, 47, 253] },
  { format: "xz", offset: 0, bytes: [253, 55, 122, 88, 90, 0] },
  { format: "gzip", offset: 0, bytes: [31, 139] },
  { format: "bzip2", offset: 0, bytes: ascii("BZh") },
  { format: "lz4", offset: 0, bytes: [4, 34, 77, 24] },
  { format: "mbr", offset: 510, bytes: [85, 170] }
  // a boot sector: MBR disks, FAT file systems
];
var HEADER = Math.max(...SIGNATURES.map((s) => s.offset + s.bytes.length));
function formatOfHeader(header) {
  for (const { format, offset, bytes } of SIGNATURES) {
    if (offset + bytes.length > header.length) continue;
    if (bytes.every((byte, i) => header[offset + i] === byte)) return format;
  }
  return null;
}
async function imageFormat(file) {
  const handle = await open2(file, "r");
  try {
    const header = new Uint8Array(HEADER);
    const { bytesRead } = await handle.read(header, 0, HEADER, 0);
    return formatOfHeader(header.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

// src/image/measure.ts
async function zstdCompressedSize(file) {
  if (!zstdAvailable()) {
    throw new ToolError(`measuring ${file} needs zstd in Node's zlib: run nix-size-guard with Node 24 or newer (this is ${process.version})`);
  }
  return zstdSize(createReadStream(file, { highWaterMark: 1024 * 1024 }));
}
async function measureFile(file, format) {
  const info = await fsp.stat(file);
  const real = await fsp.realpath(file);
  const holder = toStorePath(real);
  const kind = format === void 0 ? await imageFormat(real) : format;
  return {
    file,
    apparentSize: info.size,
    // st_blocks counts 512-byte units whatever the filesystem's block size.
    allocatedSize: info.blocks * 512,
    compressedSize: await zstdCompressedSize(file),
    ...kind ? { format: kind } : {},
    ...holder ? { storePath: holder } : {}
  };
}
async function findImage(output, imageGlob) {
  const info = await fsp.stat(output);
  if (info.isFile()) {
    const format = await imageFormat(output);
    return { image: format ? await measureFile(output, format) : null };
  }
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

// src/run/read.ts
function readClosures(nix, groups) {
  const reads = /* @__PURE__ */ new Map();
  for (const group of groups) {
    const unique = [...new Set(group)].filter((root) => !reads.has(root));
    if (unique.length === 0) continue;
    const all = nix.closures(unique);
    unique.forEach((root, i) => {
      const closure = all.then((closures) => closures[i]);
      closure.catch(() => void 0);
      reads.set(root, closure);
    });
  }
  return reads;
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
function outputReader(nix, settings, outputs, located) {
  const cache = /* @__PURE__ */ new Map();
  const local = (side) => side.map((e) => e.outPath).filter((outPath) => !located.get(outPath)?.store);
  const reads = readClosures(nix, [local(outputs.base), local(outputs.head)]);
  return (evaluated) => readOutput(nix, evaluated.outPath, settings, cache, located.get(evaluated.outPath), reads);
}
function requireAnImage(sides, imageGlob, targets) {
  if (sides.every(({ base, head }) => !base.image && !head.image)) {
    throw new UsageError(
      `image-glob: '${imageGlob}' matched no file in the output of any target (${targets.map((t) => t.name).join(", ")}); set it to the image's file name, e.g. '*.img' or 'sd-image/*.img'`
    );
  }
}

// src/run/compare.ts
import { realpath as realpath3, stat as stat2 } from "node:fs/promises";

// src/dump/read.ts
import { readFile } from "node:fs/promises";

// src/nix/path-info-scan.ts
import { randomBytes } from "node:crypto";

// src/nix/path-info.ts
var fail = closureInputError;
function fullPath(pathOrBase, storeDir) {
  return pathOrBase.startsWith("/") ? pathOrBase : `${storeDir}/${pathOrBase}`;
}
function readEntry(source, path5, entry, storeDir) {
  const { narSize, references, deriver } = entry;
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
  if (deriver === void 0 || deriver === null) return { path: full, narSize, references: refs };
  const drv = typeof deriver === "string" ? fullPath(deriver, storeDir) : "";
  if (toStorePath(drv, storeDir) !== drv || !drv.endsWith(".drv")) {
    fail(source, `the entry for ${path5} has deriver ${JSON.stringify(deriver)?.slice(0, 80)}, not the store path of a .drv`);
  }
  return { path: full, narSize, references: refs, deriver: drv };
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
var SLASH2 = 47;
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
  const parsed = parsePathInfoJson(parseJson(utf8Text(bytes)), source);
  return { ...graphOfObjects(parsed.objects, source), invalid: parsed.invalid };
}
function utf8Text(bytes) {
  const bom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return bufferOf(bytes).toString("utf8", bom);
}
var NotForScan = class extends Error {
};
var notForScan = new NotForScan();
var ascii2 = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));
var KEY_PATH = ascii2("path");
var KEY_NAR_SIZE = ascii2("narSize");
var KEY_REFERENCES = ascii2("references");
var KEY_VALID = ascii2("valid");
var KEY_DERIVER = ascii2("deriver");
var KEY_STORE_DIR = ascii2("storeDir");
var KEY_VERSION = ascii2("version");
var KEY_INFO = ascii2("info");
var LITERAL_TRUE = ascii2("true");
var LITERAL_FALSE = ascii2("false");
var LITERAL_NULL = ascii2("null");
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
  const view = viewOf(bytes);
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
  const literal2 = (word) => {
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
  const each = (open3, close, item) => {
    expect(open3);
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
    else if (c === 116) literal2(LITERAL_TRUE);
    else if (c === 102) literal2(LITERAL_FALSE);
    else if (c === 110) literal2(LITERAL_NULL);
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
  const deriverStart = new Int32List();
  const deriverEnd = new Int32List();
  let anyDeriver = false;
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
    let derivedFrom = -1;
    let derivedTo = -1;
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
          literal2(LITERAL_FALSE);
          valid = false;
        } else skipValue();
      } else if (keyIs(KEY_DERIVER)) {
        once(32);
        if (bytes[pos] === 110) literal2(LITERAL_NULL);
        else {
          string();
          derivedFrom = stringStart;
          derivedTo = stringEnd;
        }
      } else if (keyIs(KEY_STORE_DIR)) {
        once(16);
        string();
        if (storeDir2 !== null) {
          if (!rangeIs(bytes, stringStart, stringEnd, storeDir2)) throw notForScan;
        } else if (entryDirStart === -1) {
          entryDirStart = stringStart;
          entryDirEnd = stringEnd;
        } else if (!sameBytes(view, bytes, entryDirStart, entryDirEnd, view, bytes, stringStart, stringEnd)) throw notForScan;
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
    deriverStart.push(derivedFrom);
    deriverEnd.push(derivedTo);
    if (derivedFrom !== -1) anyDeriver = true;
  };
  const keyedEntries = (storeDir2) => members(() => {
    const keyStart = stringStart;
    const keyEnd = stringEnd;
    if (bytes[pos] === 110) {
      literal2(LITERAL_NULL);
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
    const wrapper = bytes[pos] === QUOTE && bytes[pos + 1] !== SLASH2 && bytes[pos + 1] !== QUOTE;
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
  return resolve(bytes, { pathStart, pathEnd, narSizes, refStart, refStringStart, refStringEnd, deriverStart: anyDeriver ? deriverStart : null, deriverEnd, invalidRanges }, storeDir, baseNames);
}
var isDigit = (c) => c !== void 0 && c >= ZERO && c <= NINE;
function rangeIs(bytes, start2, end, text) {
  if (end - start2 !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start2 + i] !== text.charCodeAt(i)) return false;
  return true;
}
function sameBytes(xv, x, a, aEnd, yv, y, b, bEnd) {
  const length = aEnd - a;
  if (length !== bEnd - b) return false;
  let i = 0;
  for (; i + 4 <= length; i += 4) if (xv.getUint32(a + i, true) !== yv.getUint32(b + i, true)) return false;
  for (; i < length; i++) if (x[a + i] !== y[b + i]) return false;
  return true;
}
var viewOf = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
var bufferOf = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
function decodeAscii(bytes, start2, end) {
  return bufferOf(bytes).toString("latin1", start2, end);
}
function baseNameStart(bytes, start2, end, storeDir, baseNames) {
  if (baseNames) {
    if (bytes[start2] === SLASH2 || start2 === end) throw notForScan;
    return start2;
  }
  const from = start2 + storeDir.length + 1;
  if (from >= end || bytes[from - 1] !== SLASH2 || !rangeIs(bytes, start2, from - 1, storeDir)) throw notForScan;
  return from;
}
var SEED = randomBytes(4).readUInt32LE(0);
function mixed(hash) {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 2246822507);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 3266489909);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
function hashBytes(view, bytes, start2, stop, length) {
  let hash = SEED ^ length;
  let i = start2;
  for (; i + 4 <= stop; i += 4) hash = Math.imul(hash ^ view.getUint32(i, true), 16777619);
  for (; i < stop; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
  return mixed(hash);
}
var quickHash = (view, bytes, start2, end) => hashBytes(view, bytes, start2, Math.min(end, start2 + 16), end - start2);
var wholeHash = (view, bytes, start2, end) => hashBytes(view, bytes, start2, end, end - start2);
var probeBudget = (hashOf, entries, lookups) => hashOf === quickHash ? 8 * (entries + lookups) + 4096 : Infinity;
var overBudget = /* @__PURE__ */ Symbol("over budget");
function quickThenWhole(make) {
  const quick = make(quickHash);
  return quick === overBudget ? make(wholeHash) : quick;
}
function resolve(bytes, scanned, storeDir, baseNames) {
  const graph = quickThenWhole((hashOf) => resolveReferences(bytes, scanned, storeDir, baseNames, hashOf));
  const { deriverStart, deriverEnd } = scanned;
  if (!deriverStart) return graph;
  return { ...graph, ...quickThenWhole((hashOf) => resolveDerivers(bytes, deriverStart, deriverEnd, scanned.pathStart.length, storeDir, baseNames, hashOf)) };
}
function resolveReferences(bytes, scanned, storeDir, baseNames, hashOf) {
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
  const namesView = viewOf(names2);
  const bytesView = viewOf(bytes);
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table2 = new Int32Array(size).fill(-1);
  const refCount = scanned.refStringStart.length;
  let budget = probeBudget(hashOf, n, refCount);
  for (let i = 0; i < n; i++) {
    const from = nameAt[i];
    const to = nameAt[i + 1];
    let slot = hashOf(namesView, names2, from, to) & mask;
    for (; ; ) {
      if (--budget < 0) return overBudget;
      const at = table2[slot];
      if (at === -1) {
        table2[slot] = i;
        break;
      }
      if (sameBytes(namesView, names2, nameAt[at], nameAt[at + 1], namesView, names2, from, to)) break;
      slot = slot + 1 & mask;
    }
  }
  const refs = new Int32Array(refCount);
  const refStarts = scanned.refStringStart.data;
  const refEnds = scanned.refStringEnd.data;
  for (let k = 0; k < refCount; k++) {
    const to = refEnds[k];
    const from = baseNameStart(bytes, refStarts[k], to, storeDir, baseNames);
    let slot = hashOf(bytesView, bytes, from, to) & mask;
    for (; ; ) {
      if (--budget < 0) return overBudget;
      const at = table2[slot];
      if (at === -1) throw notForScan;
      if (sameBytes(namesView, names2, nameAt[at], nameAt[at + 1], bytesView, bytes, from, to)) {
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
  const text = bufferOf(bytes);
  for (let i = 0; i < n; i++) paths[i] = prefix + text.toString("latin1", starts[i], ends[i]);
  const invalid = [];
  for (let i = 0; i < scanned.invalidRanges.length; i += 2) {
    invalid.push(prefix + decodeAscii(bytes, scanned.invalidRanges[i], scanned.invalidRanges[i + 1]));
  }
  return { paths, narSizes: scanned.narSizes, refStart, refs, invalid };
}
var HASH_BYTE = new Uint8Array(128);
var NAME_BYTE = new Uint8Array(128);
for (const c of "0123456789abcdfghijklmnpqrsvwxyz") HASH_BYTE[c.charCodeAt(0)] = 1;
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-._?=") NAME_BYTE[c.charCodeAt(0)] = 1;
var DRV = ascii2(".drv");
function isDrvBaseName(bytes, from, to) {
  if (to - from < 32 + 1 + 1 + DRV.length || bytes[from + 32] !== MINUS) return false;
  for (let i = from; i < from + 32; i++) if (HASH_BYTE[bytes[i]] !== 1) return false;
  for (let i = from + 33; i < to; i++) if (NAME_BYTE[bytes[i]] !== 1) return false;
  for (let i = 0; i < DRV.length; i++) if (bytes[to - DRV.length + i] !== DRV[i]) return false;
  return true;
}
function resolveDerivers(bytes, starts, ends, n, storeDir, baseNames, hashOf) {
  const deriverOf = new Int32Array(n).fill(-1);
  const derivers = [];
  const firstStart = [];
  const firstEnd = [];
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table2 = new Int32Array(size).fill(-1);
  const prefix = baseNames ? `${storeDir}/` : "";
  const view = viewOf(bytes);
  let budget = probeBudget(hashOf, n, 0);
  for (let i = 0; i < n; i++) {
    const start2 = starts.data[i];
    if (start2 === -1) continue;
    const to = ends.data[i];
    const from = baseNameStart(bytes, start2, to, storeDir, baseNames);
    let slot = hashOf(view, bytes, from, to) & mask;
    for (; ; ) {
      if (--budget < 0) return overBudget;
      const at = table2[slot];
      if (at === -1) {
        if (!isDrvBaseName(bytes, from, to)) throw notForScan;
        table2[slot] = derivers.push(prefix + decodeAscii(bytes, start2, to)) - 1;
        firstStart.push(from);
        firstEnd.push(to);
        deriverOf[i] = table2[slot];
        break;
      }
      if (sameBytes(view, bytes, firstStart[at], firstEnd[at], view, bytes, from, to)) {
        deriverOf[i] = at;
        break;
      }
      slot = slot + 1 & mask;
    }
  }
  return { deriverOf, derivers };
}

// src/dump/read.ts
var SOURCE_HINT = "give a store path, a 'result' link, or a JSON file written by 'nix path-info --json --recursive'";
async function loadDump({ file, role, argument }) {
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

// src/run/compare.ts
async function resolveSource(argument, role) {
  let real;
  try {
    real = await realpath3(argument);
  } catch {
    throw new UsageError(`${role}: '${argument}' does not exist; ${SOURCE_HINT}`);
  }
  const storePath = toStorePath(real);
  if (storePath) return { storePath, real };
  const info = await stat2(real);
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
  const reads = readClosures(
    nix,
    [baseArgument, headArgument].flatMap((a) => "storePath" in a ? [[a.storePath]] : [])
  );
  const [base, head] = await bothInOrder(
    loadSource(nix, request.base, "BASE", baseArgument, settings, reads),
    loadSource(nix, request.head, "HEAD", headArgument, settings, reads)
  );
  const name3 = request.name ?? (parseStorePathName(head.closure.root).name || "closure");
  return finish([pendingTarget(updates, name3, base, head)], settings, { base: request.base, head: request.head });
}

// src/guard.ts
async function guardRevisions(request) {
  return withUpdateMeasurer(request.nix, (updates) => guardRevisionsWith(request, updates));
}
async function guardRevisionsWith(request, updates) {
  const { nix, targets, baseline, forbidFromConfig } = request;
  const phase = phases(request.onPhase);
  const labels = { base: revisionLabel(request.base), head: revisionLabel(request.head) };
  const context = { ...request, labels, phase };
  const fromConfig = forbidFromConfig ? await phase(`nix eval: ${forbidFromConfig}'s system.forbiddenDependenciesRegexes`, () => withConfigForbidRules(request, forbidFromConfig, request.settings)) : null;
  const settings = fromConfig?.settings ?? request.settings;
  const reused = await restoreBase(baseline, request.base, targets);
  const explain = request.explainOptions === false ? null : await explainer(request);
  const evaluated = await evaluateSides(context, { reused, along: explain?.along });
  const explained = explain ? explain.read(targets, evaluated) : Promise.resolve(/* @__PURE__ */ new Map());
  const checkOff = /* @__PURE__ */ new Map();
  const retry = forbidFromConfig ? () => withoutForbiddenCheck(request, forbidFromConfig, evaluated, checkOff) : void 0;
  const located = await locateAndBuild(context, evaluated, retry);
  const read2 = outputReader(nix, settings, { base: [...evaluated.base.values()], head: [...evaluated.head.values()] }, located);
  const pending = [];
  const saves = [];
  for (const target of targets) {
    const [base, head] = await Promise.all([reused.get(target.name) ?? read2(evaluated.base.get(target.name)), read2(evaluated.head.get(target.name))]);
    const next = pendingTarget(updates, target.name, base, head);
    const baseTrend = trendUpTo(request.base, base);
    if (base.trend && base.trend.length > 0) next.input.trend = baseTrend;
    const off = checkOff.get(target.name);
    next.input.notes = [...fromConfig ? [fromConfig.note] : [], ...off ? [checkOffNote(off)] : [], ...next.input.notes ?? []];
    pending.push(next);
    saves.push(...saveForNextRun(baseline, target, { base, head, revision: request.base, reused: reused.has(target.name), baseTrend }));
  }
  await Promise.all(saves);
  if (request.imageGlobGiven) requireAnImage(pending.map(({ input }) => input), settings.imageGlob, targets);
  return withOptions(await finish(pending, settings, labels), await explained);
}

// src/nix/nix.ts
import { existsSync as existsSync3 } from "node:fs";

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
function atLeast(version, major, minor) {
  return version.major > major || version.major === major && version.minor >= minor;
}
var MINIMUM_NIX = { major: 2, minor: 4 };
function buildInstallable(version, drvPath, outputName) {
  const caret = version.implementation === "lix" || atLeast(version, 2, 13);
  return caret ? `${drvPath}^${outputName}` : drvPath;
}
function pathInfoJsonArgs(version) {
  if (version.implementation !== "lix" && atLeast(version, 2, 33)) return ["--json", "--json-format", "2"];
  return ["--json"];
}

// src/nix/nix.ts
var FEATURES = ["--extra-experimental-features", "nix-command flakes"];
var MISSING_NIX = `nix is not installed or not on PATH; install Nix (e.g. 'apt-get install nix-bin', or cachix/install-nix-action in a workflow)`;
var Nix = class {
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
      if (isToolMissing(error)) throw new ToolError(MISSING_NIX);
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
    if (fileStore && !existsSync3(fileStore[1])) {
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
      if (isToolMissing(error)) throw new ToolError(MISSING_NIX);
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

// src/render/csv.ts
var COLUMNS = ["target", "path", "name", "version", "narSize", "inBase", "inHead"];
function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
var csvRow = (fields) => `${fields.map(csvField).join(",")}\r
`;
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

// src/core/waiver.ts
function waiverOf(report, target) {
  return target.waiver !== void 0 ? target.waiver : report.waiver ?? null;
}
function settingsOf(report, target) {
  return target.settings ?? report.settings;
}
var failedBudgets = (target) => target.budgets.filter((b) => !b.ok).length;
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

// src/render/escape.ts
var INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var LINE_BREAK = /\r\n|[\r\n\t\u2028\u2029]/g;
var MARKDOWN_SPECIAL = /[\\`*_[\]|~$#]/g;
var HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
var ZERO_WIDTH_JOINER = "\u200D";
var AUTOLINK = /(?<=[A-Za-z0-9]:)(?=\/\/)|(?<=\bwww)(?=\.)|(?<=\bgh)(?=-\d)/gi;
function escapeMarkdown(text) {
  return text.replace(LINE_BREAK, " ").replace(INVISIBLE, "").replace(/[&<>"]/g, (c) => HTML_ENTITY[c] ?? c).replace(MARKDOWN_SPECIAL, "\\$&").replace(/[@#]/g, `$&${ZERO_WIDTH_JOINER}`).replace(AUTOLINK, `$&${ZERO_WIDTH_JOINER}`);
}
function escapeTerminal(text) {
  return text.replace(LINE_BREAK, " ").replace(INVISIBLE, "");
}

// src/render/summary.ts
var HEADLINE_TARGETS = 3;
var plural = (count2, one, many = `${one}s`) => `${count2} ${count2 === 1 ? one : many}`;
function sizeChange(base, head) {
  return `${formatDelta(head - base)} (${formatPercent(percentChange(base, head))})`;
}
function brokenRules(target) {
  const budgets = target.budgets.filter((b) => !b.ok).map((b) => b.name);
  const patterns = [...new Set(target.forbidden.map((f) => `forbidden ${f.pattern}`))];
  return [...budgets, ...patterns];
}
function without(mine, theirs, key) {
  const known = new Set(theirs.map(key));
  return mine.filter((item) => !known.has(key(item)));
}
function toldUnder(report, target) {
  const name3 = target.contents?.system;
  if (typeof name3 !== "string" || name3 === target.name) return null;
  const system = report.targets.find((t) => t.name === name3);
  if (!system) return null;
  const byPath = (p) => p.path;
  const own = {
    ...target,
    added: without(target.added, system.added, byPath),
    removed: without(target.removed, system.removed, byPath),
    packages: without(target.packages, system.packages, (p) => JSON.stringify([p.name, p.baseVersions, p.headVersions, p.sizeDelta])),
    heavy: without(target.heavy, system.heavy, byPath),
    growth: without(target.growth, system.growth, (g) => JSON.stringify([g.via, g.addedSize, g.addedPaths])),
    duplicates: without(duplicatesOf(target), duplicatesOf(system), (d) => JSON.stringify([d.name, d.size, d.paths.map(byPath)])),
    forbidden: without(target.forbidden, system.forbidden, byPath),
    allowed: without(target.allowed, system.allowed, byPath),
    // A closure budget on the same store paths breaks the same way: the system's verdict.
    budgets: without(target.budgets, system.budgets, (b) => JSON.stringify([b.name, b.limit, b.actual, b.ok]))
  };
  return { system, own };
}
var storyOf = (report, target) => toldUnder(report, target)?.own ?? target;
var imageWithoutBase = (target) => imageUnmeasured(target.base) ? "base not measured" : "new";
function targetChange(report, target, escape) {
  const head = target.head.image;
  if (!head) return `${escape(target.name)} ${escape(sizeChange(target.base.closureSize, target.head.closureSize))}`;
  const file = escape(imageFileName(head));
  const base = target.base.image;
  const change = base ? sizeChange(base.apparentSize, head.apparentSize) : `${imageWithoutBase(target)}, ${formatBytes(head.apparentSize)}`;
  const image = `${escape(target.name)}: ${file} ${escape(change)}`;
  if (toldUnder(report, target)) return image;
  return `${image}, ${target.contents ? "store paths" : "closure"} ${escape(formatDelta(target.closureSizeDelta))}`;
}
function headline(report, escape) {
  const broken = report.targets.reduce((count2, t) => count2 + (t.ok ? 0 : brokenRules(storyOf(report, t)).length), 0);
  const waived = waivedBudgets(report);
  const verdict = report.ok ? waived > 0 ? `${plural(waived, "budget")} exceeded, ${waiverText(report, escape)}` : "within budget" : broken === 0 ? "check failed" : `${plural(broken, "rule")} broken${ruleLead(report, escape)}`;
  const targets = [...report.targets.filter((t) => !t.ok), ...report.targets.filter((t) => t.ok)];
  if (targets.length === 0) return `nix-size-guard: ${verdict} \u2014 no targets`;
  const shown = targets.slice(0, HEADLINE_TARGETS).map((t) => targetChange(report, t, escape));
  const more = targets.length - HEADLINE_TARGETS;
  if (more > 0) shown.push(plural(more, "more target", "more targets"));
  return `nix-size-guard: ${verdict} \u2014 ${shown.join("; ")}`;
}
var HEADLINE_FORBIDDEN = 2;
function ruleLead(report, escape) {
  const names2 = [...new Set(report.targets.flatMap((t) => t.forbidden.filter((f) => f.new).map((f) => storePathName(f.path))))];
  if (names2.length === 0) return "";
  const shown = names2.slice(0, HEADLINE_FORBIDDEN).map(escape);
  if (names2.length > HEADLINE_FORBIDDEN) shown.push(`${names2.length - HEADLINE_FORBIDDEN} more`);
  return ` (new forbidden: ${shown.join(", ")})`;
}
function waiverText(report, escape) {
  const waivers = waiversUsed(report);
  if (waivers.length === 0) return "";
  const one = (w) => `${escape(w.label)}${w.by ? ` (added by ${escape(`@${w.by}`)})` : ""}`;
  return `waived by label ${waivers.map(one).join(", ")}`;
}
var CHAIN_FIRST = 2;
var CHAIN_LAST = 4;
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
  const removed2 = versionsOnlyIn(change.baseVersions, change.headVersions);
  const added2 = versionsOnlyIn(change.headVersions, change.baseVersions);
  if (removed2.length === 0 && added2.length === 0) return "unchanged";
  return `${formatVersions(removed2, escape)} \u2192 ${formatVersions(added2, escape)}`;
}
function formatBudgetPercent(value, signed, limit) {
  const sign = signed && value > 0 ? "+" : "";
  let text = String(value);
  if (limit && typeof value === "number" && Number.isFinite(value) && typeof limit.value === "number") {
    for (let decimals = 2; decimals <= 12; decimals++) {
      text = value.toFixed(decimals).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
      const shown = Number(text);
      if (limit.ok ? shown <= limit.value : shown > limit.value) break;
    }
  }
  return `${sign}${text}%`;
}
function budgetLimit(budget) {
  if (budget.unit === "percent") return formatBudgetPercent(budget.limit, budget.kind === "increase");
  return budget.kind === "increase" ? formatDelta(budget.limit) : formatBytes(budget.limit);
}
function budgetActual(budget) {
  if (budget.unit === "percent") return formatBudgetPercent(budget.actual, true, { value: budget.limit, ok: budget.ok });
  return budget.kind === "increase" ? formatDelta(budget.actual) : formatBytes(budget.actual);
}
var SOURCE_WORDS = {
  built: "built",
  "baseline-cache": "reused from an earlier run (baseline cache)",
  "binary-cache": "read from the binary cache, not built",
  given: "given"
};
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
var duplicatesOf = (target) => target.duplicates ?? [];
var updateOf = (target) => target.update ?? null;
function updateSize(update) {
  const zstd = update.compressedSize === null ? "zstd not measured" : `${formatBytes(update.compressedSize)} zstd`;
  return `${formatBytes(update.narSize)} NAR, ${zstd}`;
}
function imageUpdate(update, newPaths) {
  if (!update.image) return null;
  const store = newPaths === 0 ? "a store update downloads nothing (no new path)" : `a store update (${plural(newPaths, "new path")}) ${updateSize(update)}`;
  return `an A/B update that writes the whole image downloads ${formatBytes(update.image.compressedSize)} (zstd -3); ${store}`;
}
function duplicateText(duplicate, escape) {
  return `${escape(duplicate.name)} (${duplicateVariants(duplicate).map(escape).join(", ")})`;
}
var FLAGGED_DUPLICATES = 3;
function newDuplicates(report, escape) {
  const byText = /* @__PURE__ */ new Map();
  for (const target of report.targets) {
    for (const duplicate of duplicatesOf(storyOf(report, target)).filter((d) => d.new)) {
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
  for (const told of report.targets) {
    const target = storyOf(report, told);
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

// src/render/mermaid.ts
var GRAPH_MAX_NODES = 30;
var GRAPH_MAX_CHAIN = 8;
var MAX_LABEL = 48;
var LEGEND = { forbidden: "forbidden paths in red", heavy: "new heavy paths in amber" };
var CLASS_DEFS = {
  forbidden: "fill:#ffebe9,stroke:#cf222e,color:#82071e,stroke-width:2px",
  heavy: "fill:#fff8c5,stroke:#9a6700,color:#4d2d00"
};
var LABEL_SAFE = /[A-Za-z0-9 ._+=?-]/;
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

// src/render/trend.ts
var MiB = 1024 * 1024;
var label2 = (text) => `"${text.replace(/[^A-Za-z0-9 ._-]/g, "")}"`;
var mib = (bytes) => (bytes / MiB).toFixed(1);
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

// src/render/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var GITHUB_SUMMARY_LIMIT = 1024 * 1024;
var OPEN_ROWS = 10;
var DROP_FIRST = ["pathList", "packages", "more"];
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) bytes += 1;
    else if (unit < 2048) bytes += 2;
    else if (unit >= 55296 && unit < 56320 && i + 1 < text.length && (text.charCodeAt(i + 1) & 64512) === 56320) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
var measureOf = (unit) => unit === "utf8" ? utf8Length : (text) => text.length;
function cutPrefix(text, max, unit) {
  let length = 0;
  let end = 0;
  while (end < text.length) {
    const unitAt = text.charCodeAt(end);
    const pair = unitAt >= 55296 && unitAt < 56320 && end + 1 < text.length && (text.charCodeAt(end + 1) & 64512) === 56320;
    const units = pair ? 2 : 1;
    const size = unit === "utf16" ? units : pair ? 4 : unitAt < 128 ? 1 : unitAt < 2048 ? 2 : 3;
    if (length + size > max) break;
    length += size;
    end += units;
  }
  return text.slice(0, end);
}
var table = (rows, align) => (
  // Unaligned delimiters: padding every cell to the widest would spend the length budget on spaces.
  markdownTable(rows, { alignDelimiters: false, align: align ?? null })
);
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
var name = (path5) => escapeMarkdown(storePathName(path5));
var formatBytes2 = (bytes) => escapeMarkdown(formatBytes(bytes));
var formatDelta2 = (bytes) => escapeMarkdown(formatDelta(bytes));
var count = (n) => escapeMarkdown(String(n));
var signedCount = (n) => escapeMarkdown(n > 0 ? `+${n}` : n === 0 ? "\xB10" : String(n));
function imageCell(target) {
  const { image: base } = target.base;
  const { image: head } = target.head;
  if (!head) return "\u2014";
  const measure = (pick) => base ? `${formatBytes2(pick(head))} (${formatDelta2(pick(head) - pick(base))})` : `${formatBytes2(pick(head))} (${imageWithoutBase(target)})`;
  return `${measure((i) => i.apparentSize)} / ${measure((i) => i.compressedSize)}`;
}
function updateCell(target) {
  const update = updateOf(target);
  if (!update) return "\u2014";
  const store = `${formatBytes2(update.narSize)} / ${update.compressedSize === null ? "\u2014" : formatBytes2(update.compressedSize)}`;
  return update.image ? `${store} \xB7 A/B ${formatBytes2(update.image.compressedSize)}` : store;
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
    imageCell(t),
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
function imageSection(report, target) {
  const head = target.head.image;
  if (!head) return [];
  const base = target.base.image;
  const row = (label3, pick) => [
    label3,
    base ? formatBytes2(pick(base)) : "\u2014",
    formatBytes2(pick(head)),
    base ? escapeMarkdown(sizeChange(pick(base), pick(head))) : imageWithoutBase(target)
  ];
  const rows = [
    row("apparent (`ls -l`: what must fit the flash)", (i) => i.apparentSize),
    row("allocated (`du`: sparse holes take nothing)", (i) => i.allocatedSize),
    row("zstd -3 (what a download costs)", (i) => i.compressedSize)
  ];
  const lines = [`**Image** ${escapeMarkdown(imageFileName(head))}

${table([["Measure", "Base", "Head", "Change"], ...rows], ["l", "r", "r", "r"])}`];
  const contents = target.contents;
  if (contents) {
    const inside = `${count(target.head.pathCount)} store paths, ${formatBytes2(target.head.closureSize)}`;
    const told = toldUnder(report, target);
    if (told) {
      const extra = contents.extra.reduce((sum, p) => sum + p.narSize, 0);
      const beyond = contents.extra.length === 0 ? "" : `, and ${plural(contents.extra.length, "path")} (${formatBytes2(extra)}) only the image has: ${contents.extra.slice(0, 5).map((p) => name(p.path)).join(", ")}${contents.extra.length > 5 ? ", \u2026" : ""}`;
      const where = ` (${name(target.head.root)} \u2192 ${name(told.system.head.root)})`;
      lines.push(`Inside: ${inside}: the closure of ${escapeMarkdown(told.system.name)}${where}, whose chains, growth and forbidden paths are told there${beyond}.`);
    } else lines.push(`Inside: ${inside}; the chains below run through the system the image holds.`);
  }
  const update = updateOf(target);
  const both = update ? imageUpdate(update, target.added.length) : null;
  if (both) lines.push(`Update: ${escapeMarkdown(both)}.`);
  return [{ text: lines.join("\n\n"), drop: "open" }];
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
  const story = storyOf(report, target);
  const sections = [
    ...budgetSection(target),
    ...imageSection(report, target),
    ...forbiddenSection(story),
    ...growthSection(story),
    ...heavySection(story, settingsOf(report, target).heavyThreshold),
    ...graphSection(story),
    ...trendSection(target),
    ...duplicateSection(story),
    ...packageSection(story),
    ...pathListSection(story === target ? "Added paths" : "Added paths only the image has", story.added),
    ...pathListSection("Removed paths", story.removed),
    ...allowedSection(story),
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
function truncationNote(maxLength, unit, hint) {
  return `_This report was truncated to ${maxLength.toLocaleString("en-US")} ${unit === "utf8" ? "bytes" : "characters"}; the full report is in ${hint}._`;
}
function dropUntilFits(blocks, fits, measure) {
  let kept = blocks;
  for (const order of DROP_FIRST) {
    const biggestFirst = kept.filter((b) => b.drop === order).map((b) => ({ b, size: measure(b.text) })).sort((x, y) => y.size - x.size).map(({ b }) => b);
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
function cutToLength(text, headLines, tail2, maxLength, unit) {
  const measure = measureOf(unit);
  const lines = text.split("\n");
  const room = maxLength - measure(tail2) - 2;
  let count2 = 0;
  let length = -1;
  for (const line of lines) {
    const size = measure(line);
    if (length + 1 + size > room) break;
    length += 1 + size;
    count2++;
  }
  if (count2 < headLines) return cutPrefix(text, maxLength, unit);
  return `${lines.slice(0, count2).join("\n")}

${tail2}`;
}
function renderMarkdown(report, options = {}) {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const unit = options.unit ?? "utf16";
  const measure = measureOf(unit);
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
  if (measure(full) <= maxLength) return full;
  const tail2 = `${truncationNote(maxLength, unit, hint)}

${footer}`;
  const truncated = (kept2) => `${prefix}${assemble(kept2)}

${tail2}`;
  const kept = dropUntilFits(body, (k) => measure(truncated(k)) <= maxLength, measure);
  if (kept) return truncated(kept);
  return cutToLength(`${prefix}${assemble(top)}`, prefix.split("\n").length, tail2, maxLength, unit);
}

// src/render/text.ts
var ANSI = { red: "\x1B[31m", green: "\x1B[32m", bold: "\x1B[1m", dim: "\x1B[2m", reset: "\x1B[0m" };
function painter(color) {
  return color ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}` : (_style, text) => text;
}
function paintDelta(paint, delta, text) {
  if (delta > 0) return paint("red", text);
  if (delta < 0) return paint("green", text);
  return text;
}
var mark = (paint, ok) => ok ? paint("green", "\u2713") : paint("red", "\u2717");
var name2 = (path5) => escapeTerminal(storePathName(path5));
function imageLine(paint, target) {
  const { image: base } = target.base;
  const { image: head } = target.head;
  if (!head) return [];
  const measure = (label3, pick) => {
    if (!base) return `${label3} ${formatBytes(pick(head))} (${imageWithoutBase(target)})`;
    const change = paintDelta(paint, pick(head) - pick(base), sizeChange(pick(base), pick(head)));
    return `${label3} ${formatBytes(pick(base))} \u2192 ${formatBytes(pick(head))}  ${change}`;
  };
  return [
    `  image    ${escapeTerminal(imageFileName(head))}: ${measure("apparent", (i) => i.apparentSize)};  ${measure("allocated", (i) => i.allocatedSize)};  ${measure("zstd", (i) => i.compressedSize)}`
  ];
}
function totals(paint, report, target) {
  const { base, head } = target;
  const closure = paintDelta(paint, target.closureSizeDelta, sizeChange(base.closureSize, head.closureSize));
  const paths = `${base.pathCount} \u2192 ${head.pathCount} paths`;
  const update = updateOf(target);
  const told = toldUnder(report, target);
  const label3 = target.contents ? "inside  " : "closure ";
  const whose = told ? `, the closure of ${escapeTerminal(told.system.name)} (told there)` : "";
  const both = update ? imageUpdate(update, target.added.length) : null;
  return [
    `  ${label3} ${formatBytes(base.closureSize)} \u2192 ${formatBytes(head.closureSize)}  ${closure}  (${paths}${whose})`,
    ...imageLine(paint, target),
    // What a device on the base downloads; nothing to say when the head adds no path.
    ...both !== null ? [`  update   ${both}`] : update && target.added.length > 0 ? [`  update   ${updateSize(update)} to download (${plural(target.added.length, "new path")})`] : []
  ];
}
function section(paint, title, lines) {
  return lines.length === 0 ? [] : [`  ${paint("bold", title)}`, ...lines.map((l) => `    ${l}`)];
}
function targetLines(paint, report, told, heavyThreshold) {
  const broken = brokenRules(told).map(escapeTerminal);
  const status = told.ok ? mark(paint, true) : `${mark(paint, false)} ${paint("red", broken.join(", "))}`;
  const target = storyOf(report, told);
  return [
    `${paint("bold", escapeTerminal(told.name))}  ${status}`,
    ...totals(paint, report, told),
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
    lines.push("", ...targetLines(paint, report, target, settingsOf(report, target).heavyThreshold));
  }
  return `${lines.join("\n")}
`;
}

// src/nix/args.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);

// src/nix/flags.ts
var NIX_FLAG_VALUES = /* @__PURE__ */ new Map([
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

// src/nix/args.ts
var OWN_FLAGS = /* @__PURE__ */ new Set([
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
var USAGE_OF = {
  "--option": "--option NAME VALUE",
  "--arg": "--arg NAME EXPR",
  "--argstr": "--argstr NAME STRING",
  "--override-input": "--override-input INPUT-PATH FLAKE-URL",
  "--override-flake": "--override-flake ORIGINAL-REF RESOLVED-REF",
  "--arg-from-file": "--arg-from-file NAME PATH"
};
var EXAMPLE_OF = {
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

// src/report-files.ts
import { lstat, mkdir, mkdtemp as mkdtemp2, realpath as realpath4, rename, rm, writeFile } from "node:fs/promises";
import path4 from "node:path";
var WHY = {
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
function writeError(output, error) {
  const code = error?.code ?? "";
  const why = WHY[code] ?? (error instanceof Error ? error.message : String(error));
  return new UsageError(`${output.option}: cannot write '${output.file}': ${why}${code && WHY[code] ? ` (${code})` : ""}; choose another path`);
}
async function canonical(file) {
  const absolute = path4.resolve(file);
  const dir = path4.dirname(absolute);
  try {
    return path4.join(await realpath4(dir), path4.basename(absolute));
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
var INDENTED_MAX = 1 << 20;

// src/cli/main.ts
var USAGE = `nix-size-guard ${VERSION} \u2014 guard NixOS closures and images against size regressions

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
                              MEASURE nar (default; the new paths' NAR size), compressed
                              (their zstd size) or image (an image target's A/B update: the
                              whole image, zstd), e.g. compressed:50MiB      (repeatable)

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
var OPTIONS = {
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
function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    if (/Unknown option '-[fA]'|'--(file|attr)'/.test(message)) {
      throw new UsageError(`${message.replace(/\. To specify.*$/, "")}; quote a classic installable as one argument: --target 'toplevel=-f default.nix -A toplevel'`);
    }
    const unknown = /^Unknown option '(-[^']*)'/.exec(message);
    if (unknown) {
      const flag = unknown[1];
      const meant = flag.startsWith("--") ? closestName(flag.slice(2), Object.keys(OPTIONS)) : null;
      throw new UsageError(
        meant === null ? `unknown option '${flag}' (nix-size-guard --help lists the options)` : `unknown option '${flag}'; did you mean --${meant}? (nix-size-guard --help lists the options)`
      );
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
    if (rest.length !== 2) throw new UsageError(`compare takes BASE and HEAD (got ${rest.length} ${rest.length === 1 ? "argument" : "arguments"}); see 'nix-size-guard --help'`);
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
export {
  USAGE,
  main
};
