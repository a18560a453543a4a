#!/usr/bin/env node
import { createRequire as __nsgCreateRequire } from 'node:module';
const require = __nsgCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name3 in all)
    __defProp(target, name3, { get: all[name3], enumerable: true });
};

// src/core/errors.ts
function isUserFacing(error) {
  return error instanceof UsageError || error instanceof ToolError;
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
  return Math.round(Number(number) * factor);
}
function parseIncrease(text, option) {
  const trimmed = text.trim().replace(/^\+/, "");
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent) return { unit: "percent", value: Number(percent[1]) };
  try {
    return { unit: "bytes", value: parseSize(trimmed, option) };
  } catch {
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
var UNITS, DECIMAL_UNITS, SIZE_RE, IMAGE_MEASURES, UPDATE_MEASURES, BINARY_STEPS;
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
function parseSettings(raw) {
  const forbid = nonEmpty(raw.forbid).map((pattern) => ({ pattern, regex: compileRegex(pattern, "forbid") }));
  const allow = nonEmpty(raw.allow).map((line) => {
    const { pattern, reason } = parseAllowLine(line);
    if (pattern === "") throw new UsageError(`allow: '${line}' has a reason but no pattern; write 'REGEX # reason'`);
    return { pattern, reason, regex: compileRegex(pattern, "allow") };
  });
  const heavyThreshold = present(raw.heavyThreshold) ? parseSize(raw.heavyThreshold, "heavy-threshold") : DEFAULT_HEAVY_THRESHOLD;
  const imageGlob = present(raw.imageGlob) ? raw.imageGlob.trim() : DEFAULT_IMAGE_GLOB;
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
  let file2;
  let attr;
  for (let i2 = 0; i2 < words.length; i2++) {
    const word = words[i2];
    if (word === "-f" || word === "--file") file2 = words[++i2];
    else if (word === "-A" || word === "--attr") attr = words[++i2];
    else if (attr === void 0 && word !== void 0 && !word.startsWith("-")) attr = word;
    else throw new UsageError(`${option}: '${text}' is not an installable; write -f FILE -A ATTR`);
  }
  if (!file2 || !attr) throw new UsageError(`${option}: '${text}' needs both a file and an attribute; write -f FILE -A ATTR`);
  return { kind: "file", file: file2, attr };
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

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}
var init_is_plain_obj = __esm({
  "node_modules/is-plain-obj/index.js"() {
  }
});

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath } from "node:url";
var safeNormalizeFileUrl, normalizeDenoExecPath, isDenoExecPath, normalizeFileUrl;
var init_file_url = __esm({
  "node_modules/execa/lib/arguments/file-url.js"() {
    safeNormalizeFileUrl = (file2, name3) => {
      const fileString = normalizeFileUrl(normalizeDenoExecPath(file2));
      if (typeof fileString !== "string") {
        throw new TypeError(`${name3} must be a string or a file URL: ${fileString}.`);
      }
      return fileString;
    };
    normalizeDenoExecPath = (file2) => isDenoExecPath(file2) ? file2.toString() : file2;
    isDenoExecPath = (file2) => typeof file2 !== "string" && file2 && Object.getPrototypeOf(file2) === String.prototype;
    normalizeFileUrl = (file2) => file2 instanceof URL ? fileURLToPath(file2) : file2;
  }
});

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters;
var init_parameters = __esm({
  "node_modules/execa/lib/methods/parameters.js"() {
    init_is_plain_obj();
    init_file_url();
    normalizeParameters = (rawFile, rawArguments = [], rawOptions, ...rawExtraArguments) => {
      if (rawExtraArguments.length > 0) {
        throw new TypeError("Execa accepts at most three arguments: file, arguments, options.");
      }
      if (rawOptions !== void 0 && isPlainObject(rawArguments)) {
        throw new TypeError("Execa accepts at most one options object. Please merge the second and third arguments.");
      }
      const filePath = safeNormalizeFileUrl(rawFile, "First argument");
      const [commandArguments, options = {}] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
      if (!Array.isArray(commandArguments)) {
        throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
      }
      if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
        throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
      }
      const normalizedArguments = commandArguments.map(String);
      const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
      if (nullByteArgument !== void 0) {
        throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
      }
      if (!isPlainObject(options)) {
        throw new TypeError(`Last argument must be an options object: ${options}`);
      }
      return [filePath, normalizedArguments, { __proto__: null, ...options }];
    };
  }
});

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand, escapeLines, escapeControlCharacters, escapeControlCharacter, getSpecialCharRegExp, SPECIAL_CHAR_REGEXP, COMMON_ESCAPES, ASTRAL_START, quoteString, NO_ESCAPE_REGEXP;
var init_escape = __esm({
  "node_modules/execa/lib/arguments/escape.js"() {
    joinCommand = (filePath, rawArguments, shell) => {
      const fileAndArguments = [filePath, ...rawArguments];
      const command = fileAndArguments.join(" ");
      const escapedCommand = shell ? escapeControlCharacters(command) : fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
      return { command, escapedCommand };
    };
    escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
    escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
    escapeControlCharacter = (character) => {
      const commonEscape = COMMON_ESCAPES[character];
      if (commonEscape !== void 0) {
        return commonEscape;
      }
      const codepoint = character.codePointAt(0);
      const codepointHex = codepoint.toString(16);
      return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
    };
    getSpecialCharRegExp = () => {
      try {
        return new RegExp("\\p{Separator}|\\p{Other}", "gu");
      } catch {
        return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
      }
    };
    SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
    COMMON_ESCAPES = {
      " ": " ",
      "\b": "\\b",
      "\f": "\\f",
      "\n": "\\n",
      "\r": "\\r",
      "	": "\\t"
    };
    ASTRAL_START = 65535;
    quoteString = (escapedArgument) => {
      if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
        return escapedArgument;
      }
      return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
    };
    NO_ESCAPE_REGEXP = /^[\w\-./]+$/;
  }
});

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var objectToString, isArrayBuffer, isUint8Array, bufferToUint8Array, textEncoder, stringToUint8Array, textDecoder, uint8ArrayToString, joinToString, uint8ArraysToStrings, joinToUint8Array, stringsToUint8Arrays, concatUint8Arrays, getJoinLength;
var init_uint_array = __esm({
  "node_modules/execa/lib/utils/uint-array.js"() {
    ({ toString: objectToString } = Object.prototype);
    isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
    isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
    bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    textEncoder = new TextEncoder();
    stringToUint8Array = (string) => textEncoder.encode(string);
    textDecoder = new TextDecoder();
    uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
    joinToString = (uint8ArraysOrStrings, encoding) => {
      const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
      return strings.join("");
    };
    uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
      if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
        return uint8ArraysOrStrings;
      }
      const decoder = new StringDecoder(encoding);
      const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
      const finalString = decoder.end();
      return finalString === "" ? strings : [...strings, finalString];
    };
    joinToUint8Array = (uint8ArraysOrStrings) => uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0]) ? uint8ArraysOrStrings[0] : concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
    stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
    concatUint8Arrays = (uint8Arrays) => {
      const result = new Uint8Array(getJoinLength(uint8Arrays));
      let index = 0;
      for (const uint8Array of uint8Arrays) {
        result.set(uint8Array, index);
        index += uint8Array.length;
      }
      return result;
    };
    getJoinLength = (uint8Arrays) => {
      let joinLength = 0;
      for (const uint8Array of uint8Arrays) {
        joinLength += uint8Array.length;
      }
      return joinLength;
    };
  }
});

// node_modules/execa/lib/return/final-error.js
var getFinalError, DiscardedError, setErrorName, isExecaError, execaErrorSymbol, isErrorInstance, ExecaError, ExecaSyncError;
var init_final_error = __esm({
  "node_modules/execa/lib/return/final-error.js"() {
    getFinalError = (originalError, message, isSync) => {
      const ErrorClass = isSync ? ExecaSyncError : ExecaError;
      const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
      return new ErrorClass(message, options);
    };
    DiscardedError = class extends Error {
    };
    setErrorName = (ErrorClass, value) => {
      Object.defineProperties(ErrorClass.prototype, {
        name: {
          value,
          writable: true,
          enumerable: false,
          configurable: true
        },
        [execaErrorSymbol]: {
          value: true,
          writable: false,
          enumerable: false,
          configurable: false
        }
      });
    };
    isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
    execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
    isErrorInstance = (value) => value instanceof Error || Object.prototype.toString.call(value) === "[object Error]";
    ExecaError = class extends Error {
    };
    setErrorName(ExecaError, ExecaError.name);
    ExecaSyncError = class extends Error {
    };
    setErrorName(ExecaSyncError, ExecaSyncError.name);
  }
});

// node_modules/execa/lib/utils/type-name.js
var getTypeName;
var init_type_name = __esm({
  "node_modules/execa/lib/utils/type-name.js"() {
    getTypeName = (value) => value === null ? "null" : typeof value;
  }
});

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";
var isTemplateString, parseTemplates, parseTemplate, splitByWhitespaces, isAstralEscape, DELIMITERS, ESCAPE_LENGTH, concatTokens, parseExpression, getSubprocessResult;
var init_template = __esm({
  "node_modules/execa/lib/methods/template.js"() {
    init_is_plain_obj();
    init_escape();
    init_uint_array();
    init_final_error();
    init_type_name();
    isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
    parseTemplates = (templates, expressions) => {
      let tokens = [];
      let isSeparated = false;
      for (const [index, template] of templates.entries()) {
        ({ tokens, isSeparated } = parseTemplate({
          templates,
          expressions,
          tokens,
          isSeparated,
          index,
          template
        }));
      }
      if (tokens.length === 0) {
        throw new TypeError("Template script must not be empty");
      }
      const [file2, ...commandArguments] = tokens;
      return [file2, commandArguments, {}];
    };
    parseTemplate = ({ templates, expressions, tokens, isSeparated, index, template }) => {
      if (template === void 0) {
        throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
      }
      const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
      const newTokens = concatTokens(tokens, nextTokens, isSeparated || leadingWhitespaces);
      const isTemplateSeparated = trailingWhitespaces || nextTokens.length === 0 && isSeparated;
      if (index === expressions.length) {
        return { tokens: newTokens, isSeparated: isTemplateSeparated };
      }
      const expression = expressions[index];
      const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
      return {
        tokens: concatTokens(newTokens, expressionTokens, isTemplateSeparated),
        isSeparated: expressionTokens.length === 0 && isTemplateSeparated
      };
    };
    splitByWhitespaces = (template, rawTemplate) => {
      if (template.length === 0) {
        return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
      }
      const nextTokens = [];
      let templateStart = 0;
      let isLeadingWhitespaces = false;
      for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
        const rawCharacter = rawTemplate[rawIndex];
        if (DELIMITERS.has(rawCharacter)) {
          if (templateIndex === 0) {
            isLeadingWhitespaces = true;
          }
          if (templateStart !== templateIndex) {
            nextTokens.push(template.slice(templateStart, templateIndex));
          }
          templateStart = templateIndex + 1;
        } else if (rawCharacter === "\\") {
          const nextRawCharacter = rawTemplate[rawIndex + 1];
          if (nextRawCharacter === "\n") {
            templateIndex -= 1;
            rawIndex += 1;
          } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
            const closingBraceIndex = rawTemplate.indexOf("}", rawIndex + 3);
            if (isAstralEscape(rawTemplate.slice(rawIndex + 3, closingBraceIndex))) {
              templateIndex += 1;
            }
            rawIndex = closingBraceIndex;
          } else {
            rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
          }
        }
      }
      const isTrailingWhitespaces = templateStart === template.length;
      if (!isTrailingWhitespaces) {
        nextTokens.push(template.slice(templateStart));
      }
      return { nextTokens, leadingWhitespaces: isLeadingWhitespaces, trailingWhitespaces: isTrailingWhitespaces };
    };
    isAstralEscape = (codePointHex) => Number.parseInt(codePointHex, 16) > ASTRAL_START;
    DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
    ESCAPE_LENGTH = { x: 3, u: 5 };
    concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
      ...tokens.slice(0, -1),
      `${tokens.at(-1)}${nextTokens[0]}`,
      ...nextTokens.slice(1)
    ];
    parseExpression = (expression) => {
      const typeOfExpression = getTypeName(expression);
      if (typeOfExpression === "string") {
        return expression;
      }
      if (typeOfExpression === "number") {
        return String(expression);
      }
      if ((isPlainObject(expression) || isExecaError(expression)) && (Object.hasOwn(expression, "stdout") || Object.hasOwn(expression, "isMaxBuffer"))) {
        return getSubprocessResult(expression);
      }
      if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
        throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
      }
      throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
    };
    getSubprocessResult = (result) => {
      const stdout = Object.hasOwn(result, "stdout") ? result.stdout : void 0;
      if (typeof stdout === "string") {
        return stdout;
      }
      if (isUint8Array(stdout)) {
        return uint8ArrayToString(stdout);
      }
      if (stdout === void 0) {
        throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
      }
      throw new TypeError(`Unexpected "${getTypeName(stdout)}" stdout in template expression`);
    };
  }
});

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream, STANDARD_STREAMS, STANDARD_STREAMS_ALIASES, getStreamName, allStreamSymbol, setAllStream, isAllStream;
var init_standard_stream = __esm({
  "node_modules/execa/lib/utils/standard-stream.js"() {
    isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
    STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
    STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
    getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;
    allStreamSymbol = /* @__PURE__ */ Symbol("execa.allStream");
    setAllStream = (stream) => Object.assign(stream, { [allStreamSymbol]: true });
    isAllStream = (stream) => stream?.[allStreamSymbol] === true;
  }
});

// node_modules/execa/lib/utils/options.js
var copyOptions, checkBooleanOption;
var init_options = __esm({
  "node_modules/execa/lib/utils/options.js"() {
    copyOptions = (options = {}) => {
      if (options === null) {
        throw new TypeError("The options must be an object, not `null`.");
      }
      return { __proto__: null, ...options };
    };
    checkBooleanOption = (value, optionName) => {
      if (value !== void 0 && typeof value !== "boolean") {
        throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
      }
    };
  }
});

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";
var normalizeFdSpecificOptions, normalizeFdSpecificOption, getStdioLength, normalizeFdSpecificValue, normalizeOptionObject, compareFdName, getFdNameOrder, parseFdName, parseFd, FD_REGEXP, addDefaultValue, BOOLEAN_FD_SPECIFIC_OPTIONS, validateFdSpecificValue, verboseDefault, DEFAULT_OPTIONS, FD_SPECIFIC_OPTIONS, getFdSpecificValue;
var init_specific = __esm({
  "node_modules/execa/lib/arguments/specific.js"() {
    init_is_plain_obj();
    init_standard_stream();
    init_options();
    normalizeFdSpecificOptions = (options) => {
      const optionsCopy = { __proto__: null, ...options };
      for (const optionName of FD_SPECIFIC_OPTIONS) {
        optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
      }
      return optionsCopy;
    };
    normalizeFdSpecificOption = (options, optionName) => {
      const stdioLength = getStdioLength(options);
      const optionBaseArray = Array.from({ length: stdioLength + 1 });
      const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName, stdioLength);
      return addDefaultValue(optionArray, optionName);
    };
    getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
    normalizeFdSpecificValue = (optionValue, optionArray, optionName, stdioLength) => {
      if (isPlainObject(optionValue)) {
        return normalizeOptionObject(optionValue, optionArray, optionName, stdioLength);
      }
      validateFdSpecificValue(optionValue, optionName);
      return optionArray.fill(optionValue);
    };
    normalizeOptionObject = (optionValue, optionArray, optionName, stdioLength) => {
      for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
        validateFdSpecificValue(optionValue[fdName], optionName, `${optionName}.${fdName}`);
        for (const fdNumber of parseFdName(fdName, optionName, stdioLength)) {
          optionArray[fdNumber] = optionValue[fdName];
        }
      }
      return optionArray;
    };
    compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
    getFdNameOrder = (fdName) => {
      if (fdName === "stdout" || fdName === "stderr") {
        return 0;
      }
      return fdName === "all" ? 2 : 1;
    };
    parseFdName = (fdName, optionName, stdioLength) => {
      if (fdName === "ipc") {
        return [stdioLength];
      }
      const fdNumber = parseFd(fdName);
      if (fdNumber === void 0 || fdNumber === 0) {
        throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
      }
      if (fdNumber !== "all" && fdNumber >= stdioLength) {
        throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
      }
      return fdNumber === "all" ? [1, 2] : [fdNumber];
    };
    parseFd = (fdName) => {
      if (fdName === "all") {
        return fdName;
      }
      if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
        return STANDARD_STREAMS_ALIASES.indexOf(fdName);
      }
      const regexpResult = FD_REGEXP.exec(fdName);
      if (regexpResult !== null) {
        return Number(regexpResult.groups.fdNumber);
      }
    };
    FD_REGEXP = /^fd(?<fdNumber>\d+)$/;
    addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
    BOOLEAN_FD_SPECIFIC_OPTIONS = /* @__PURE__ */ new Set(["lines", "buffer", "stripFinalNewline"]);
    validateFdSpecificValue = (optionValue, optionName, fullOptionName = optionName) => {
      if (BOOLEAN_FD_SPECIFIC_OPTIONS.has(optionName)) {
        checkBooleanOption(optionValue, fullOptionName);
      } else if (optionName === "maxBuffer" && optionValue !== void 0 && (typeof optionValue !== "number" || Number.isNaN(optionValue))) {
        throw new TypeError(`The \`${fullOptionName}\` option must use a number.`);
      }
    };
    verboseDefault = debuglog("execa").enabled ? "full" : "none";
    DEFAULT_OPTIONS = {
      lines: false,
      buffer: true,
      maxBuffer: 1e3 * 1e3 * 100,
      verbose: verboseDefault,
      stripFinalNewline: true
    };
    FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
    getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];
  }
});

// node_modules/execa/lib/verbose/values.js
var isVerbose, isFullVerbose, getVerboseFunction, getFdVerbose, getFdGenericVerbose, isVerboseFunction, VERBOSE_VALUES;
var init_values = __esm({
  "node_modules/execa/lib/verbose/values.js"() {
    init_specific();
    isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
    isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
    getVerboseFunction = ({ verbose }, fdNumber) => {
      const fdVerbose = getFdVerbose(verbose, fdNumber);
      return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
    };
    getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
    getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
    isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
    VERBOSE_VALUES = ["none", "short", "full"];
  }
});

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}
var init_is_unicode_supported = __esm({
  "node_modules/is-unicode-supported/index.js"() {
  }
});

// node_modules/figures/index.js
var common, specialMainSymbols, specialFallbackSymbols, mainSymbols, fallbackSymbols, shouldUseMain, figures, figures_default, replacements;
var init_figures = __esm({
  "node_modules/figures/index.js"() {
    init_is_unicode_supported();
    common = {
      circleQuestionMark: "(?)",
      questionMarkPrefix: "(?)",
      square: "\u2588",
      squareDarkShade: "\u2593",
      squareMediumShade: "\u2592",
      squareLightShade: "\u2591",
      squareTop: "\u2580",
      squareBottom: "\u2584",
      squareLeft: "\u258C",
      squareRight: "\u2590",
      squareCenter: "\u25A0",
      bullet: "\u25CF",
      dot: "\u2024",
      ellipsis: "\u2026",
      pointerSmall: "\u203A",
      triangleUp: "\u25B2",
      triangleUpSmall: "\u25B4",
      triangleDown: "\u25BC",
      triangleDownSmall: "\u25BE",
      triangleLeftSmall: "\u25C2",
      triangleRightSmall: "\u25B8",
      home: "\u2302",
      heart: "\u2665",
      musicNote: "\u266A",
      musicNoteBeamed: "\u266B",
      arrowUp: "\u2191",
      arrowDown: "\u2193",
      arrowLeft: "\u2190",
      arrowRight: "\u2192",
      arrowLeftRight: "\u2194",
      arrowUpDown: "\u2195",
      almostEqual: "\u2248",
      notEqual: "\u2260",
      lessOrEqual: "\u2264",
      greaterOrEqual: "\u2265",
      identical: "\u2261",
      infinity: "\u221E",
      subscriptZero: "\u2080",
      subscriptOne: "\u2081",
      subscriptTwo: "\u2082",
      subscriptThree: "\u2083",
      subscriptFour: "\u2084",
      subscriptFive: "\u2085",
      subscriptSix: "\u2086",
      subscriptSeven: "\u2087",
      subscriptEight: "\u2088",
      subscriptNine: "\u2089",
      oneHalf: "\xBD",
      oneThird: "\u2153",
      oneQuarter: "\xBC",
      oneFifth: "\u2155",
      oneSixth: "\u2159",
      oneEighth: "\u215B",
      twoThirds: "\u2154",
      twoFifths: "\u2156",
      threeQuarters: "\xBE",
      threeFifths: "\u2157",
      threeEighths: "\u215C",
      fourFifths: "\u2158",
      fiveSixths: "\u215A",
      fiveEighths: "\u215D",
      sevenEighths: "\u215E",
      line: "\u2500",
      lineBold: "\u2501",
      lineDouble: "\u2550",
      lineDashed0: "\u2504",
      lineDashed1: "\u2505",
      lineDashed2: "\u2508",
      lineDashed3: "\u2509",
      lineDashed4: "\u254C",
      lineDashed5: "\u254D",
      lineDashed6: "\u2574",
      lineDashed7: "\u2576",
      lineDashed8: "\u2578",
      lineDashed9: "\u257A",
      lineDashed10: "\u257C",
      lineDashed11: "\u257E",
      lineDashed12: "\u2212",
      lineDashed13: "\u2013",
      lineDashed14: "\u2010",
      lineDashed15: "\u2043",
      lineVertical: "\u2502",
      lineVerticalBold: "\u2503",
      lineVerticalDouble: "\u2551",
      lineVerticalDashed0: "\u2506",
      lineVerticalDashed1: "\u2507",
      lineVerticalDashed2: "\u250A",
      lineVerticalDashed3: "\u250B",
      lineVerticalDashed4: "\u254E",
      lineVerticalDashed5: "\u254F",
      lineVerticalDashed6: "\u2575",
      lineVerticalDashed7: "\u2577",
      lineVerticalDashed8: "\u2579",
      lineVerticalDashed9: "\u257B",
      lineVerticalDashed10: "\u257D",
      lineVerticalDashed11: "\u257F",
      lineDownLeft: "\u2510",
      lineDownLeftArc: "\u256E",
      lineDownBoldLeftBold: "\u2513",
      lineDownBoldLeft: "\u2512",
      lineDownLeftBold: "\u2511",
      lineDownDoubleLeftDouble: "\u2557",
      lineDownDoubleLeft: "\u2556",
      lineDownLeftDouble: "\u2555",
      lineDownRight: "\u250C",
      lineDownRightArc: "\u256D",
      lineDownBoldRightBold: "\u250F",
      lineDownBoldRight: "\u250E",
      lineDownRightBold: "\u250D",
      lineDownDoubleRightDouble: "\u2554",
      lineDownDoubleRight: "\u2553",
      lineDownRightDouble: "\u2552",
      lineUpLeft: "\u2518",
      lineUpLeftArc: "\u256F",
      lineUpBoldLeftBold: "\u251B",
      lineUpBoldLeft: "\u251A",
      lineUpLeftBold: "\u2519",
      lineUpDoubleLeftDouble: "\u255D",
      lineUpDoubleLeft: "\u255C",
      lineUpLeftDouble: "\u255B",
      lineUpRight: "\u2514",
      lineUpRightArc: "\u2570",
      lineUpBoldRightBold: "\u2517",
      lineUpBoldRight: "\u2516",
      lineUpRightBold: "\u2515",
      lineUpDoubleRightDouble: "\u255A",
      lineUpDoubleRight: "\u2559",
      lineUpRightDouble: "\u2558",
      lineUpDownLeft: "\u2524",
      lineUpBoldDownBoldLeftBold: "\u252B",
      lineUpBoldDownBoldLeft: "\u2528",
      lineUpDownLeftBold: "\u2525",
      lineUpBoldDownLeftBold: "\u2529",
      lineUpDownBoldLeftBold: "\u252A",
      lineUpDownBoldLeft: "\u2527",
      lineUpBoldDownLeft: "\u2526",
      lineUpDoubleDownDoubleLeftDouble: "\u2563",
      lineUpDoubleDownDoubleLeft: "\u2562",
      lineUpDownLeftDouble: "\u2561",
      lineUpDownRight: "\u251C",
      lineUpBoldDownBoldRightBold: "\u2523",
      lineUpBoldDownBoldRight: "\u2520",
      lineUpDownRightBold: "\u251D",
      lineUpBoldDownRightBold: "\u2521",
      lineUpDownBoldRightBold: "\u2522",
      lineUpDownBoldRight: "\u251F",
      lineUpBoldDownRight: "\u251E",
      lineUpDoubleDownDoubleRightDouble: "\u2560",
      lineUpDoubleDownDoubleRight: "\u255F",
      lineUpDownRightDouble: "\u255E",
      lineDownLeftRight: "\u252C",
      lineDownBoldLeftBoldRightBold: "\u2533",
      lineDownLeftBoldRightBold: "\u252F",
      lineDownBoldLeftRight: "\u2530",
      lineDownBoldLeftBoldRight: "\u2531",
      lineDownBoldLeftRightBold: "\u2532",
      lineDownLeftRightBold: "\u252E",
      lineDownLeftBoldRight: "\u252D",
      lineDownDoubleLeftDoubleRightDouble: "\u2566",
      lineDownDoubleLeftRight: "\u2565",
      lineDownLeftDoubleRightDouble: "\u2564",
      lineUpLeftRight: "\u2534",
      lineUpBoldLeftBoldRightBold: "\u253B",
      lineUpLeftBoldRightBold: "\u2537",
      lineUpBoldLeftRight: "\u2538",
      lineUpBoldLeftBoldRight: "\u2539",
      lineUpBoldLeftRightBold: "\u253A",
      lineUpLeftRightBold: "\u2536",
      lineUpLeftBoldRight: "\u2535",
      lineUpDoubleLeftDoubleRightDouble: "\u2569",
      lineUpDoubleLeftRight: "\u2568",
      lineUpLeftDoubleRightDouble: "\u2567",
      lineUpDownLeftRight: "\u253C",
      lineUpBoldDownBoldLeftBoldRightBold: "\u254B",
      lineUpDownBoldLeftBoldRightBold: "\u2548",
      lineUpBoldDownLeftBoldRightBold: "\u2547",
      lineUpBoldDownBoldLeftRightBold: "\u254A",
      lineUpBoldDownBoldLeftBoldRight: "\u2549",
      lineUpBoldDownLeftRight: "\u2540",
      lineUpDownBoldLeftRight: "\u2541",
      lineUpDownLeftBoldRight: "\u253D",
      lineUpDownLeftRightBold: "\u253E",
      lineUpBoldDownBoldLeftRight: "\u2542",
      lineUpDownLeftBoldRightBold: "\u253F",
      lineUpBoldDownLeftBoldRight: "\u2543",
      lineUpBoldDownLeftRightBold: "\u2544",
      lineUpDownBoldLeftBoldRight: "\u2545",
      lineUpDownBoldLeftRightBold: "\u2546",
      lineUpDoubleDownDoubleLeftDoubleRightDouble: "\u256C",
      lineUpDoubleDownDoubleLeftRight: "\u256B",
      lineUpDownLeftDoubleRightDouble: "\u256A",
      lineCross: "\u2573",
      lineBackslash: "\u2572",
      lineSlash: "\u2571"
    };
    specialMainSymbols = {
      tick: "\u2714",
      info: "\u2139",
      warning: "\u26A0",
      cross: "\u2718",
      squareSmall: "\u25FB",
      squareSmallFilled: "\u25FC",
      circle: "\u25EF",
      circleFilled: "\u25C9",
      circleDotted: "\u25CC",
      circleDouble: "\u25CE",
      circleCircle: "\u24DE",
      circleCross: "\u24E7",
      circlePipe: "\u24BE",
      radioOn: "\u25C9",
      radioOff: "\u25EF",
      checkboxOn: "\u2612",
      checkboxOff: "\u2610",
      checkboxCircleOn: "\u24E7",
      checkboxCircleOff: "\u24BE",
      pointer: "\u276F",
      triangleUpOutline: "\u25B3",
      triangleLeft: "\u25C0",
      triangleRight: "\u25B6",
      lozenge: "\u25C6",
      lozengeOutline: "\u25C7",
      hamburger: "\u2630",
      smiley: "\u32E1",
      mustache: "\u0DF4",
      star: "\u2605",
      play: "\u25B6",
      nodejs: "\u2B22",
      oneSeventh: "\u2150",
      oneNinth: "\u2151",
      oneTenth: "\u2152"
    };
    specialFallbackSymbols = {
      tick: "\u221A",
      info: "i",
      warning: "\u203C",
      cross: "\xD7",
      squareSmall: "\u25A1",
      squareSmallFilled: "\u25A0",
      circle: "( )",
      circleFilled: "(*)",
      circleDotted: "( )",
      circleDouble: "( )",
      circleCircle: "(\u25CB)",
      circleCross: "(\xD7)",
      circlePipe: "(\u2502)",
      radioOn: "(*)",
      radioOff: "( )",
      checkboxOn: "[\xD7]",
      checkboxOff: "[ ]",
      checkboxCircleOn: "(\xD7)",
      checkboxCircleOff: "( )",
      pointer: ">",
      triangleUpOutline: "\u2206",
      triangleLeft: "\u25C4",
      triangleRight: "\u25BA",
      lozenge: "\u2666",
      lozengeOutline: "\u25CA",
      hamburger: "\u2261",
      smiley: "\u263A",
      mustache: "\u250C\u2500\u2510",
      star: "\u2736",
      play: "\u25BA",
      nodejs: "\u2666",
      oneSeventh: "1/7",
      oneNinth: "1/9",
      oneTenth: "1/10"
    };
    mainSymbols = { ...common, ...specialMainSymbols };
    fallbackSymbols = { ...common, ...specialFallbackSymbols };
    shouldUseMain = isUnicodeSupported();
    figures = shouldUseMain ? mainSymbols : fallbackSymbols;
    figures_default = figures;
    replacements = Object.entries(specialMainSymbols);
  }
});

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors, format, reset, bold, dim, italic, underline, underlineDouble, underlineCurly, underlineDotted, underlineDashed, overline, inverse, hidden, strikethrough, black, red, green, yellow, blue, magenta, cyan, white, gray, bgBlack, bgRed, bgGreen, bgYellow, bgBlue, bgMagenta, bgCyan, bgWhite, bgGray, redBright, greenBright, yellowBright, blueBright, magentaBright, cyanBright, whiteBright, bgRedBright, bgGreenBright, bgYellowBright, bgBlueBright, bgMagentaBright, bgCyanBright, bgWhiteBright, underlineBlack, underlineRed, underlineGreen, underlineYellow, underlineBlue, underlineMagenta, underlineCyan, underlineWhite, underlineGray, underlineRedBright, underlineGreenBright, underlineYellowBright, underlineBlueBright, underlineMagentaBright, underlineCyanBright, underlineWhiteBright;
var init_base = __esm({
  "node_modules/yoctocolors/base.js"() {
    hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
    format = (open2, close) => {
      if (!hasColors) {
        return (input) => input;
      }
      const openCode = `\x1B[${open2}m`;
      const closeCode = `\x1B[${close}m`;
      return (input) => {
        const string = input + "";
        let index = string.indexOf(closeCode);
        if (index === -1) {
          return openCode + string + closeCode;
        }
        let result = openCode;
        let lastIndex = 0;
        const reopenOnNestedClose = close === 22;
        const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
        while (index !== -1) {
          result += string.slice(lastIndex, index) + replaceCode;
          lastIndex = index + closeCode.length;
          index = string.indexOf(closeCode, lastIndex);
        }
        result += string.slice(lastIndex) + closeCode;
        return result;
      };
    };
    reset = format(0, 0);
    bold = format(1, 22);
    dim = format(2, 22);
    italic = format(3, 23);
    underline = format(4, 24);
    underlineDouble = format("4:2", 24);
    underlineCurly = format("4:3", 24);
    underlineDotted = format("4:4", 24);
    underlineDashed = format("4:5", 24);
    overline = format(53, 55);
    inverse = format(7, 27);
    hidden = format(8, 28);
    strikethrough = format(9, 29);
    black = format(30, 39);
    red = format(31, 39);
    green = format(32, 39);
    yellow = format(33, 39);
    blue = format(34, 39);
    magenta = format(35, 39);
    cyan = format(36, 39);
    white = format(37, 39);
    gray = format(90, 39);
    bgBlack = format(40, 49);
    bgRed = format(41, 49);
    bgGreen = format(42, 49);
    bgYellow = format(43, 49);
    bgBlue = format(44, 49);
    bgMagenta = format(45, 49);
    bgCyan = format(46, 49);
    bgWhite = format(47, 49);
    bgGray = format(100, 49);
    redBright = format(91, 39);
    greenBright = format(92, 39);
    yellowBright = format(93, 39);
    blueBright = format(94, 39);
    magentaBright = format(95, 39);
    cyanBright = format(96, 39);
    whiteBright = format(97, 39);
    bgRedBright = format(101, 49);
    bgGreenBright = format(102, 49);
    bgYellowBright = format(103, 49);
    bgBlueBright = format(104, 49);
    bgMagentaBright = format(105, 49);
    bgCyanBright = format(106, 49);
    bgWhiteBright = format(107, 49);
    underlineBlack = format("58;5;0", 59);
    underlineRed = format("58;5;1", 59);
    underlineGreen = format("58;5;2", 59);
    underlineYellow = format("58;5;3", 59);
    underlineBlue = format("58;5;4", 59);
    underlineMagenta = format("58;5;5", 59);
    underlineCyan = format("58;5;6", 59);
    underlineWhite = format("58;5;7", 59);
    underlineGray = format("58;5;8", 59);
    underlineRedBright = format("58;5;9", 59);
    underlineGreenBright = format("58;5;10", 59);
    underlineYellowBright = format("58;5;11", 59);
    underlineBlueBright = format("58;5;12", 59);
    underlineMagentaBright = format("58;5;13", 59);
    underlineCyanBright = format("58;5;14", 59);
    underlineWhiteBright = format("58;5;15", 59);
  }
});

// node_modules/yoctocolors/index.js
var init_yoctocolors = __esm({
  "node_modules/yoctocolors/index.js"() {
    init_base();
    init_base();
  }
});

// node_modules/execa/lib/verbose/default.js
import process4 from "node:process";
var hasColors2, identity, getColor, gray2, bold2, redBright2, yellowBright2, defaultVerboseFunction, serializeTimestamp, padField, getFinalIcon, ICONS, COLORS;
var init_default = __esm({
  "node_modules/execa/lib/verbose/default.js"() {
    init_figures();
    init_yoctocolors();
    hasColors2 = process4.env.FORCE_COLOR !== void 0 || process4.stderr.isTTY === true;
    identity = (string) => string;
    getColor = (color) => hasColors2 ? color : identity;
    gray2 = getColor(gray);
    bold2 = getColor(bold);
    redBright2 = getColor(redBright);
    yellowBright2 = getColor(yellowBright);
    defaultVerboseFunction = ({
      type,
      message,
      timestamp,
      piped,
      commandId,
      result: { failed = false } = {},
      options: { reject = true }
    }) => {
      const timestampString = serializeTimestamp(timestamp);
      const icon = ICONS[type]({ failed, reject, piped });
      const color = COLORS[type]({ reject });
      return `${gray2(`[${timestampString}]`)} ${gray2(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
    };
    serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
    padField = (field, padding) => String(field).padStart(padding, "0");
    getFinalIcon = ({ failed, reject }) => {
      if (!failed) {
        return figures_default.tick;
      }
      return reject ? figures_default.cross : figures_default.warning;
    };
    ICONS = {
      command: ({ piped }) => piped ? "|" : "$",
      output: () => " ",
      ipc: () => "*",
      error: getFinalIcon,
      duration: getFinalIcon
    };
    COLORS = {
      command: () => bold2,
      output: () => identity,
      ipc: () => identity,
      error: ({ reject }) => reject ? redBright2 : yellowBright2,
      duration: () => gray2
    };
  }
});

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines, applyVerboseFunction, appendNewline;
var init_custom = __esm({
  "node_modules/execa/lib/verbose/custom.js"() {
    init_values();
    applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
      const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
      return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
    };
    applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
      if (verboseFunction === void 0) {
        return verboseLine;
      }
      const printedLine = verboseFunction(verboseLine, verboseObject);
      if (typeof printedLine === "string") {
        return printedLine;
      }
    };
    appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;
  }
});

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";
var verboseLog, getVerboseObject, getPrintedLines, getPrintedLine, serializeVerboseMessage;
var init_log = __esm({
  "node_modules/execa/lib/verbose/log.js"() {
    init_escape();
    init_default();
    init_custom();
    verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
      const verboseObject = getVerboseObject({ type, result, verboseInfo });
      const printedLines = getPrintedLines(verboseMessage, verboseObject);
      const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
      if (finalLines !== "") {
        console.warn(finalLines.slice(0, -1));
      }
    };
    getVerboseObject = ({ type, result, verboseInfo }) => {
      const { escapedCommand, commandId, rawOptions } = verboseInfo;
      const { piped = false, ...options } = rawOptions;
      return {
        type,
        escapedCommand,
        commandId: `${commandId}`,
        timestamp: /* @__PURE__ */ new Date(),
        piped,
        result,
        options
      };
    };
    getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
    getPrintedLine = (verboseObject) => {
      const verboseLine = defaultVerboseFunction(verboseObject);
      return { verboseLine, verboseObject };
    };
    serializeVerboseMessage = (message) => {
      const messageString = typeof message === "string" ? message : inspect(message);
      return escapeLines(messageString);
    };
  }
});

// node_modules/execa/lib/verbose/start.js
var logCommand;
var init_start = __esm({
  "node_modules/execa/lib/verbose/start.js"() {
    init_values();
    init_log();
    logCommand = (escapedCommand, verboseInfo) => {
      if (!isVerbose(verboseInfo)) {
        return;
      }
      verboseLog({
        type: "command",
        verboseMessage: escapedCommand,
        verboseInfo
      });
    };
  }
});

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo, getCommandId, COMMAND_ID, validateVerbose;
var init_info = __esm({
  "node_modules/execa/lib/verbose/info.js"() {
    init_values();
    getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
      validateVerbose(verbose);
      const commandId = getCommandId(verbose);
      return {
        verbose,
        escapedCommand,
        commandId,
        rawOptions
      };
    };
    getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
    COMMAND_ID = 0n;
    validateVerbose = (verbose) => {
      for (const fdVerbose of verbose) {
        if (fdVerbose === false) {
          throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
        }
        if (fdVerbose === true) {
          throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
        }
        if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
          const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
          throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
        }
      }
    };
  }
});

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime, getDurationMs;
var init_duration = __esm({
  "node_modules/execa/lib/return/duration.js"() {
    getStartTime = () => hrtime.bigint();
    getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;
  }
});

// node_modules/execa/lib/arguments/command.js
var handleCommand;
var init_command = __esm({
  "node_modules/execa/lib/arguments/command.js"() {
    init_start();
    init_info();
    init_duration();
    init_escape();
    init_specific();
    handleCommand = (filePath, rawArguments, rawOptions) => {
      const startTime = getStartTime();
      const { command, escapedCommand } = joinCommand(filePath, rawArguments, rawOptions.shell && !rawOptions.node);
      const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
      const verboseInfo = getVerboseInfo(verbose, escapedCommand, { __proto__: null, ...rawOptions });
      logCommand(escapedCommand, verboseInfo);
      return {
        command,
        escapedCommand,
        startTime,
        verboseInfo
      };
    };
  }
});

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}
var init_path_key = __esm({
  "node_modules/npm-run-path/node_modules/path-key/index.js"() {
  }
});

// node_modules/unicorn-magic/default.js
var init_default2 = __esm({
  "node_modules/unicorn-magic/default.js"() {
  }
});

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath2(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path.resolve(currentPath, "..");
      }
    }
  };
}
var execFileOriginal, TEN_MEGABYTES_IN_BYTES;
var init_node = __esm({
  "node_modules/unicorn-magic/node.js"() {
    init_default2();
    execFileOriginal = promisify(execFileCallback);
    TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;
  }
});

// node_modules/npm-run-path/index.js
import process5 from "node:process";
import path2 from "node:path";
var npmRunPath, applyPreferLocal, applyExecPath, npmRunPathEnv;
var init_npm_run_path = __esm({
  "node_modules/npm-run-path/index.js"() {
    init_path_key();
    init_node();
    npmRunPath = ({
      cwd = process5.cwd(),
      path: pathOption = process5.env[pathKey()],
      preferLocal = true,
      execPath: execPath2 = process5.execPath,
      addExecPath = true
    } = {}) => {
      const cwdPath = path2.resolve(toPath(cwd));
      const result = [];
      const pathParts = pathOption.split(path2.delimiter);
      if (preferLocal) {
        applyPreferLocal(result, pathParts, cwdPath);
      }
      if (addExecPath) {
        applyExecPath(result, pathParts, execPath2, cwdPath);
      }
      return pathOption === "" || pathOption === path2.delimiter ? `${result.join(path2.delimiter)}${pathOption}` : [...result, pathOption].join(path2.delimiter);
    };
    applyPreferLocal = (result, pathParts, cwdPath) => {
      for (const directory of traversePathUp(cwdPath)) {
        const pathPart = path2.join(directory, "node_modules/.bin");
        if (!pathParts.includes(pathPart)) {
          result.push(pathPart);
        }
      }
    };
    applyExecPath = (result, pathParts, execPath2, cwdPath) => {
      const pathPart = path2.resolve(cwdPath, toPath(execPath2), "..");
      if (!pathParts.includes(pathPart)) {
        result.push(pathPart);
      }
    };
    npmRunPathEnv = ({ env = process5.env, ...options } = {}) => {
      env = { ...env };
      const pathName = pathKey({ env });
      options.path = env[pathName];
      env[pathName] = npmRunPath(options);
      return env;
    };
  }
});

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals, getRealtimeSignal, SIGRTMIN, SIGRTMAX;
var init_realtime = __esm({
  "node_modules/human-signals/build/src/realtime.js"() {
    getRealtimeSignals = () => {
      const length = SIGRTMAX - SIGRTMIN + 1;
      return Array.from({ length }, getRealtimeSignal);
    };
    getRealtimeSignal = (value, index) => ({
      name: `SIGRT${index + 1}`,
      number: SIGRTMIN + index,
      action: "terminate",
      description: "Application-specific signal (realtime)",
      standard: "posix"
    });
    SIGRTMIN = 34;
    SIGRTMAX = 64;
  }
});

// node_modules/human-signals/build/src/core.js
var SIGNALS;
var init_core = __esm({
  "node_modules/human-signals/build/src/core.js"() {
    SIGNALS = [
      {
        name: "SIGHUP",
        number: 1,
        action: "terminate",
        description: "Terminal closed",
        standard: "posix"
      },
      {
        name: "SIGINT",
        number: 2,
        action: "terminate",
        description: "User interruption with CTRL-C",
        standard: "ansi"
      },
      {
        name: "SIGQUIT",
        number: 3,
        action: "core",
        description: "User interruption with CTRL-\\",
        standard: "posix"
      },
      {
        name: "SIGILL",
        number: 4,
        action: "core",
        description: "Invalid machine instruction",
        standard: "ansi"
      },
      {
        name: "SIGTRAP",
        number: 5,
        action: "core",
        description: "Debugger breakpoint",
        standard: "posix"
      },
      {
        name: "SIGABRT",
        number: 6,
        action: "core",
        description: "Aborted",
        standard: "ansi"
      },
      {
        name: "SIGIOT",
        number: 6,
        action: "core",
        description: "Aborted",
        standard: "bsd"
      },
      {
        name: "SIGBUS",
        number: 7,
        action: "core",
        description: "Bus error due to misaligned, non-existing address or paging error",
        standard: "bsd"
      },
      {
        name: "SIGEMT",
        number: 7,
        action: "terminate",
        description: "Command should be emulated but is not implemented",
        standard: "other"
      },
      {
        name: "SIGFPE",
        number: 8,
        action: "core",
        description: "Floating point arithmetic error",
        standard: "ansi"
      },
      {
        name: "SIGKILL",
        number: 9,
        action: "terminate",
        description: "Forced termination",
        standard: "posix",
        forced: true
      },
      {
        name: "SIGUSR1",
        number: 10,
        action: "terminate",
        description: "Application-specific signal",
        standard: "posix"
      },
      {
        name: "SIGSEGV",
        number: 11,
        action: "core",
        description: "Segmentation fault",
        standard: "ansi"
      },
      {
        name: "SIGUSR2",
        number: 12,
        action: "terminate",
        description: "Application-specific signal",
        standard: "posix"
      },
      {
        name: "SIGPIPE",
        number: 13,
        action: "terminate",
        description: "Broken pipe or socket",
        standard: "posix"
      },
      {
        name: "SIGALRM",
        number: 14,
        action: "terminate",
        description: "Timeout or timer",
        standard: "posix"
      },
      {
        name: "SIGTERM",
        number: 15,
        action: "terminate",
        description: "Termination",
        standard: "ansi"
      },
      {
        name: "SIGSTKFLT",
        number: 16,
        action: "terminate",
        description: "Stack is empty or overflowed",
        standard: "other"
      },
      {
        name: "SIGCHLD",
        number: 17,
        action: "ignore",
        description: "Child process terminated, paused or unpaused",
        standard: "posix"
      },
      {
        name: "SIGCLD",
        number: 17,
        action: "ignore",
        description: "Child process terminated, paused or unpaused",
        standard: "other"
      },
      {
        name: "SIGCONT",
        number: 18,
        action: "unpause",
        description: "Unpaused",
        standard: "posix",
        forced: true
      },
      {
        name: "SIGSTOP",
        number: 19,
        action: "pause",
        description: "Paused",
        standard: "posix",
        forced: true
      },
      {
        name: "SIGTSTP",
        number: 20,
        action: "pause",
        description: 'Paused using CTRL-Z or "suspend"',
        standard: "posix"
      },
      {
        name: "SIGTTIN",
        number: 21,
        action: "pause",
        description: "Background process cannot read terminal input",
        standard: "posix"
      },
      {
        name: "SIGBREAK",
        number: 21,
        action: "terminate",
        description: "User interruption with CTRL-BREAK",
        standard: "other"
      },
      {
        name: "SIGTTOU",
        number: 22,
        action: "pause",
        description: "Background process cannot write to terminal output",
        standard: "posix"
      },
      {
        name: "SIGURG",
        number: 23,
        action: "ignore",
        description: "Socket received out-of-band data",
        standard: "bsd"
      },
      {
        name: "SIGXCPU",
        number: 24,
        action: "core",
        description: "Process timed out",
        standard: "bsd"
      },
      {
        name: "SIGXFSZ",
        number: 25,
        action: "core",
        description: "File too big",
        standard: "bsd"
      },
      {
        name: "SIGVTALRM",
        number: 26,
        action: "terminate",
        description: "Timeout or timer",
        standard: "bsd"
      },
      {
        name: "SIGPROF",
        number: 27,
        action: "terminate",
        description: "Timeout or timer",
        standard: "bsd"
      },
      {
        name: "SIGWINCH",
        number: 28,
        action: "ignore",
        description: "Terminal window size changed",
        standard: "bsd"
      },
      {
        name: "SIGIO",
        number: 29,
        action: "terminate",
        description: "I/O is available",
        standard: "other"
      },
      {
        name: "SIGPOLL",
        number: 29,
        action: "terminate",
        description: "Watched event",
        standard: "other"
      },
      {
        name: "SIGINFO",
        number: 29,
        action: "ignore",
        description: "Request for process information",
        standard: "other"
      },
      {
        name: "SIGPWR",
        number: 30,
        action: "terminate",
        description: "Device running out of power",
        standard: "systemv"
      },
      {
        name: "SIGSYS",
        number: 31,
        action: "core",
        description: "Invalid system call",
        standard: "other"
      },
      {
        name: "SIGUNUSED",
        number: 31,
        action: "terminate",
        description: "Invalid system call",
        standard: "other"
      }
    ];
  }
});

// node_modules/human-signals/build/src/signals.js
import { constants } from "node:os";
var getSignals, normalizeSignal;
var init_signals = __esm({
  "node_modules/human-signals/build/src/signals.js"() {
    init_core();
    init_realtime();
    getSignals = () => {
      const realtimeSignals = getRealtimeSignals();
      const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
      return signals2;
    };
    normalizeSignal = ({
      name: name3,
      number: defaultNumber,
      description,
      action,
      forced = false,
      standard
    }) => {
      const {
        signals: { [name3]: constantSignal }
      } = constants;
      const supported = constantSignal !== void 0;
      const number = supported ? constantSignal : defaultNumber;
      return { name: name3, number, description, supported, action, forced, standard };
    };
  }
});

// node_modules/human-signals/build/src/main.js
import { constants as constants2 } from "node:os";
var getSignalsByName, getSignalByName, signalsByName, getSignalsByNumber, getSignalByNumber, findSignalByNumber, signalsByNumber;
var init_main = __esm({
  "node_modules/human-signals/build/src/main.js"() {
    init_realtime();
    init_signals();
    getSignalsByName = () => {
      const signals2 = getSignals();
      return Object.fromEntries(signals2.map(getSignalByName));
    };
    getSignalByName = ({
      name: name3,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }) => [name3, { name: name3, number, description, supported, action, forced, standard }];
    signalsByName = getSignalsByName();
    getSignalsByNumber = () => {
      const signals2 = getSignals();
      const length = SIGRTMAX + 1;
      const signalsA = Array.from(
        { length },
        (value, number) => getSignalByNumber(number, signals2)
      );
      return Object.assign({}, ...signalsA);
    };
    getSignalByNumber = (number, signals2) => {
      const signal = findSignalByNumber(number, signals2);
      if (signal === void 0) {
        return {};
      }
      const { name: name3, description, supported, action, forced, standard } = signal;
      return {
        [number]: {
          name: name3,
          number,
          description,
          supported,
          action,
          forced,
          standard
        }
      };
    };
    findSignalByNumber = (number, signals2) => {
      const signal = signals2.find(({ name: name3 }) => constants2.signals[name3] === number);
      if (signal !== void 0) {
        return signal;
      }
      return signals2.find((signalA) => signalA.number === number);
    };
    signalsByNumber = getSignalsByNumber();
  }
});

// node_modules/execa/lib/terminate/signal.js
import { constants as constants3 } from "node:os";
var normalizeKillSignal, normalizeSignalArgument, normalizeSignal2, normalizeSignalInteger, getSignalsIntegerToName, signalsIntegerToName, normalizeSignalName, getAvailableSignals, getAvailableSignalNames, getAvailableSignalIntegers, getSignalDescription;
var init_signal = __esm({
  "node_modules/execa/lib/terminate/signal.js"() {
    init_main();
    normalizeKillSignal = (killSignal) => {
      const optionName = "option `killSignal`";
      if (killSignal === 0) {
        throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
      }
      return normalizeSignal2(killSignal, optionName);
    };
    normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
    normalizeSignal2 = (signalNameOrInteger, optionName) => {
      if (Number.isInteger(signalNameOrInteger)) {
        return normalizeSignalInteger(signalNameOrInteger, optionName);
      }
      if (typeof signalNameOrInteger === "string") {
        return normalizeSignalName(signalNameOrInteger, optionName);
      }
      throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
    };
    normalizeSignalInteger = (signalInteger, optionName) => {
      if (signalsIntegerToName.has(signalInteger)) {
        return signalsIntegerToName.get(signalInteger);
      }
      throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
    };
    getSignalsIntegerToName = () => new Map(Object.entries(constants3.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
    signalsIntegerToName = getSignalsIntegerToName();
    normalizeSignalName = (signalName, optionName) => {
      if (signalName in constants3.signals) {
        return signalName;
      }
      if (signalName.toUpperCase() in constants3.signals) {
        throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
      }
      throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
    };
    getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
    getAvailableSignalNames = () => Object.keys(constants3.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
    getAvailableSignalIntegers = () => [...new Set(Object.values(constants3.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
    getSignalDescription = (signal) => signalsByName[signal].description;
  }
});

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout2 } from "node:timers/promises";
var validateTimeout, validateDelay, MAX_DELAY, throwOnTimeout, killAfterTimeout;
var init_timeout = __esm({
  "node_modules/execa/lib/terminate/timeout.js"() {
    init_final_error();
    init_type_name();
    validateTimeout = ({ timeout }) => {
      if (timeout !== void 0) {
        validateDelay(timeout, "timeout");
      }
    };
    validateDelay = (delay, optionName) => {
      if (!Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY) {
        throw new TypeError(`Expected the \`${optionName}\` option to be a non-negative integer up to ${MAX_DELAY}, got \`${delay}\` (${getTypeName(delay)})`);
      }
    };
    MAX_DELAY = 2 ** 31 - 1;
    throwOnTimeout = (kill, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(kill, timeout, context, controller)];
    killAfterTimeout = async (kill, timeout, context, { signal }) => {
      await setTimeout2(timeout, void 0, { signal });
      context.terminationReason ??= "timeout";
      kill();
      throw new DiscardedError();
    };
  }
});

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout3 } from "node:timers/promises";
var normalizeForceKillAfterDelay, DEFAULT_FORCE_KILL_TIMEOUT, subprocessKill, parseKillArguments, emitKillError, setKillTimeout, killOnTimeout;
var init_kill = __esm({
  "node_modules/execa/lib/terminate/kill.js"() {
    init_final_error();
    init_signal();
    init_timeout();
    normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
      if (forceKillAfterDelay === false) {
        return forceKillAfterDelay;
      }
      if (forceKillAfterDelay === true) {
        return DEFAULT_FORCE_KILL_TIMEOUT;
      }
      validateDelay(forceKillAfterDelay, "forceKillAfterDelay");
      return forceKillAfterDelay;
    };
    DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
    subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
      const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
      emitKillError(error, onInternalError);
      const killResult = kill(signal);
      setKillTimeout({
        kill,
        signal,
        forceKillAfterDelay,
        killSignal,
        killResult,
        context,
        controller
      });
      return killResult;
    };
    parseKillArguments = (signalOrError, errorArgument, killSignal) => {
      const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
      if (typeof signal !== "string" && !Number.isInteger(signal)) {
        throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
      }
      if (error !== void 0 && !isErrorInstance(error)) {
        throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
      }
      return { signal: normalizeSignalArgument(signal), error };
    };
    emitKillError = (error, onInternalError) => {
      if (error !== void 0) {
        onInternalError.reject(error);
      }
    };
    setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
      if (signal === killSignal && killResult) {
        killOnTimeout({
          kill,
          forceKillAfterDelay,
          context,
          controllerSignal: controller.signal
        });
      }
    };
    killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
      if (forceKillAfterDelay === false) {
        return;
      }
      try {
        await setTimeout3(forceKillAfterDelay, void 0, { signal: controllerSignal });
        if (kill("SIGKILL")) {
          context.isForcefullyTerminated ??= true;
        }
      } catch {
      }
    };
  }
});

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal, validateAbortSignal;
var init_abort_signal = __esm({
  "node_modules/execa/lib/utils/abort-signal.js"() {
    onAbortedSignal = async (mainSignal, stopSignal) => {
      if (!mainSignal.aborted) {
        await once(mainSignal, "abort", { signal: stopSignal });
      }
    };
    validateAbortSignal = (signal, optionName) => {
      if (signal !== void 0 && Object.prototype.toString.call(signal) !== "[object AbortSignal]") {
        throw new TypeError(`The \`${optionName}\` option must be an AbortSignal: ${String(signal)}.`);
      }
    };
  }
});

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal, validateRenamedSignalOption, throwOnCancel, terminateOnCancel;
var init_cancel = __esm({
  "node_modules/execa/lib/terminate/cancel.js"() {
    init_abort_signal();
    validateCancelSignal = ({ cancelSignal }) => {
      validateAbortSignal(cancelSignal, "cancelSignal");
    };
    validateRenamedSignalOption = ({ signal }) => {
      if (signal !== void 0) {
        throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
      }
    };
    throwOnCancel = ({ kill, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(kill, cancelSignal, context, controller)];
    terminateOnCancel = async (kill, cancelSignal, context, { signal }) => {
      await onAbortedSignal(cancelSignal, signal);
      context.terminationReason ??= "cancel";
      kill();
      throw cancelSignal.reason;
    };
  }
});

// node_modules/execa/lib/ipc/validation.js
import { inspect as inspect2 } from "node:util";
var validateIpcMethod, validateIpcOption, validateConnection, throwOnEarlyDisconnect, throwOnStrictDeadlockError, getStrictResponseError, throwOnMissingStrict, throwOnStrictDisconnect, getAbortDisconnectError, throwOnMissingParent, handleEpipeError, handleSerializationError, serializeInvalidMessage, isSerializationError, SERIALIZATION_ERROR_CODES, SERIALIZATION_ERROR_MESSAGES, getMethodName, getNamespaceName, getOtherProcessName, disconnect;
var init_validation = __esm({
  "node_modules/execa/lib/ipc/validation.js"() {
    validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
      validateIpcOption(methodName, isSubprocess, ipc);
      validateConnection(methodName, isSubprocess, isConnected2);
    };
    validateIpcOption = (methodName, isSubprocess, ipc) => {
      if (!ipc) {
        throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
      }
    };
    validateConnection = (methodName, isSubprocess, isConnected2) => {
      if (!isConnected2) {
        throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
      }
    };
    throwOnEarlyDisconnect = (isSubprocess) => {
      throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
    };
    throwOnStrictDeadlockError = (isSubprocess) => {
      throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
    };
    getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
    throwOnMissingStrict = (isSubprocess) => {
      throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
    };
    throwOnStrictDisconnect = (isSubprocess) => {
      throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
    };
    getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
    throwOnMissingParent = () => {
      throw new Error("`getCancelSignal()` cannot be used without setting the `gracefulCancel` option to `true`.");
    };
    handleEpipeError = ({ error, methodName, isSubprocess }) => {
      if (error.code === "EPIPE") {
        throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
      }
    };
    handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
      if (isSerializationError(error)) {
        throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${serializeInvalidMessage(message)}.`, { cause: error });
      }
    };
    serializeInvalidMessage = (message) => {
      try {
        return String(message);
      } catch {
        return inspect2(message);
      }
    };
    isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
    SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
      // Message is `undefined`
      "ERR_MISSING_ARGS",
      // Message is a function, a bigint, a symbol
      "ERR_INVALID_ARG_TYPE"
    ]);
    SERIALIZATION_ERROR_MESSAGES = [
      // Message is a promise or a proxy, with `serialization: 'advanced'`
      "could not be cloned",
      // Message has cycles, with `serialization: 'json'`
      "circular structure",
      // Message has cycles inside toJSON(), with `serialization: 'json'`
      "call stack size exceeded"
    ];
    getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
    getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
    getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
    disconnect = (anyProcess) => {
      if (anyProcess.connected) {
        anyProcess.disconnect();
      }
    };
  }
});

// node_modules/execa/lib/utils/deferred.js
var createDeferred;
var init_deferred = __esm({
  "node_modules/execa/lib/utils/deferred.js"() {
    createDeferred = () => {
      const methods = {};
      const promise = new Promise((resolve2, reject) => {
        Object.assign(methods, { resolve: resolve2, reject });
      });
      return Object.assign(promise, methods);
    };
  }
});

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners;
var init_max_listeners = __esm({
  "node_modules/execa/lib/utils/max-listeners.js"() {
    incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
      const maxListeners = eventEmitter.getMaxListeners();
      if (maxListeners === 0 || maxListeners === Infinity) {
        return;
      }
      eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
      addAbortListener(signal, () => {
        eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
      });
    };
  }
});

// node_modules/execa/lib/ipc/reference.js
var addReference, addReferenceCount, removeReference, removeReferenceCount, undoAddedReferences, redoAddedReferences;
var init_reference = __esm({
  "node_modules/execa/lib/ipc/reference.js"() {
    addReference = (channel, reference) => {
      if (reference) {
        addReferenceCount(channel);
      }
    };
    addReferenceCount = (channel) => {
      channel.refCounted();
    };
    removeReference = (channel, reference) => {
      if (reference) {
        removeReferenceCount(channel);
      }
    };
    removeReferenceCount = (channel) => {
      channel.unrefCounted();
    };
    undoAddedReferences = (channel, isSubprocess) => {
      if (!isSubprocess) {
        return;
      }
      removeReferenceCount(channel);
      removeReferenceCount(channel);
    };
    redoAddedReferences = (channel, isSubprocess) => {
      if (!isSubprocess) {
        return;
      }
      addReferenceCount(channel);
      addReferenceCount(channel);
    };
  }
});

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";
var onMessage, onDisconnect, INCOMING_MESSAGES;
var init_incoming = __esm({
  "node_modules/execa/lib/ipc/incoming.js"() {
    init_outgoing();
    init_reference();
    init_strict();
    init_graceful();
    onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
      if (handleStrictResponse(wrappedMessage, anyProcess) || isSubprocess && handleAbort(wrappedMessage)) {
        return;
      }
      if (!INCOMING_MESSAGES.has(anyProcess)) {
        INCOMING_MESSAGES.set(anyProcess, []);
      }
      const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
      incomingMessages.push(wrappedMessage);
      if (incomingMessages.length > 1) {
        return;
      }
      while (incomingMessages.length > 0) {
        await waitForOutgoingMessages(anyProcess, ipcEmitter, incomingMessages[0]);
        await scheduler.yield();
        const message = await handleStrictRequest({
          wrappedMessage: incomingMessages[0],
          anyProcess,
          channel,
          isSubprocess,
          ipcEmitter
        });
        incomingMessages.shift();
        ipcEmitter.emit("message", message);
        ipcEmitter.emit("message:done");
      }
    };
    onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
      if (isSubprocess) {
        abortOnDisconnect();
      }
      const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
      while (incomingMessages?.length > 0) {
        await once2(ipcEmitter, "message:done");
      }
      anyProcess.removeListener("message", boundOnMessage);
      redoAddedReferences(channel, isSubprocess);
      ipcEmitter.connected = false;
      ipcEmitter.emit("disconnect");
    };
    INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";
var getIpcEmitter, IPC_EMITTERS, forwardEvents, isConnected;
var init_forward = __esm({
  "node_modules/execa/lib/ipc/forward.js"() {
    init_incoming();
    init_reference();
    getIpcEmitter = (anyProcess, channel, isSubprocess) => {
      if (IPC_EMITTERS.has(anyProcess)) {
        return IPC_EMITTERS.get(anyProcess);
      }
      const ipcEmitter = new EventEmitter();
      ipcEmitter.setMaxListeners(0);
      ipcEmitter.connected = true;
      IPC_EMITTERS.set(anyProcess, ipcEmitter);
      forwardEvents({
        ipcEmitter,
        anyProcess,
        channel,
        isSubprocess
      });
      return ipcEmitter;
    };
    IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
    forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
      const boundOnMessage = onMessage.bind(void 0, {
        anyProcess,
        channel,
        isSubprocess,
        ipcEmitter
      });
      anyProcess.on("message", boundOnMessage);
      anyProcess.once("disconnect", onDisconnect.bind(void 0, {
        anyProcess,
        channel,
        isSubprocess,
        ipcEmitter,
        boundOnMessage
      }));
      undoAddedReferences(channel, isSubprocess);
    };
    isConnected = (anyProcess) => {
      const ipcEmitter = IPC_EMITTERS.get(anyProcess);
      return ipcEmitter === void 0 ? anyProcess.channel !== void 0 && anyProcess.channel !== null : ipcEmitter.connected;
    };
  }
});

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";
var handleSendStrict, count, validateStrictDeadlock, handleStrictRequest, handleStrictResponse, waitForStrictResponse, STRICT_RESPONSES, throwOnDisconnect, REQUEST_TYPE, RESPONSE_TYPE, isStrictRequest;
var init_strict = __esm({
  "node_modules/execa/lib/ipc/strict.js"() {
    init_deferred();
    init_max_listeners();
    init_send();
    init_validation();
    init_forward();
    init_outgoing();
    handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
      if (!strict) {
        return message;
      }
      const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
      const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
      return {
        id: count++,
        type: REQUEST_TYPE,
        message,
        hasListeners
      };
    };
    count = 0;
    validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
      if (!isStrictRequest(wrappedMessage) || wrappedMessage.hasListeners) {
        return;
      }
      for (const { id } of outgoingMessages) {
        if (id !== void 0) {
          STRICT_RESPONSES[id].deferred.resolve({ isDeadlock: true, hasListeners: false });
        }
      }
    };
    handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
      if (!isStrictRequest(wrappedMessage)) {
        return wrappedMessage;
      }
      const { id, message } = wrappedMessage;
      if (!anyProcess.connected) {
        return message;
      }
      const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
      try {
        await sendMessage({
          anyProcess,
          channel,
          isSubprocess,
          ipc: true
        }, response);
      } catch (error) {
        if (error.cause?.code !== "EPIPE") {
          ipcEmitter.emit("strict:error", error);
        }
      }
      return message;
    };
    handleStrictResponse = (wrappedMessage, anyProcess) => {
      if (wrappedMessage?.type !== RESPONSE_TYPE) {
        return false;
      }
      const { id, message: hasListeners } = wrappedMessage;
      const strictResponse = STRICT_RESPONSES[id];
      if (strictResponse?.anyProcess === anyProcess) {
        strictResponse.deferred.resolve({ isDeadlock: false, hasListeners });
      }
      return true;
    };
    waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
      const deferred = createDeferred();
      STRICT_RESPONSES[wrappedMessage.id] = { deferred, anyProcess };
      const controller = new AbortController();
      try {
        const { isDeadlock, hasListeners } = await Promise.race([
          deferred,
          throwOnDisconnect(anyProcess, isSubprocess, controller)
        ]);
        if (isDeadlock) {
          throwOnStrictDeadlockError(isSubprocess);
        }
        if (!hasListeners) {
          throwOnMissingStrict(isSubprocess);
        }
      } finally {
        controller.abort();
        delete STRICT_RESPONSES[wrappedMessage.id];
      }
    };
    STRICT_RESPONSES = { __proto__: null };
    throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
      incrementMaxListeners(anyProcess, 1, signal);
      await once3(anyProcess, "disconnect", { signal });
      throwOnStrictDisconnect(isSubprocess);
    };
    REQUEST_TYPE = "execa:ipc:request";
    RESPONSE_TYPE = "execa:ipc:response";
    isStrictRequest = (wrappedMessage) => wrappedMessage?.type === REQUEST_TYPE && Number.isInteger(wrappedMessage.id) && typeof wrappedMessage.hasListeners === "boolean";
  }
});

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage, endSendMessage, waitForOutgoingMessages, OUTGOING_MESSAGES, IPC_SUBPROCESS_OPTIONS, setIpcSubprocessOptions, hasMessageListeners, getMinListenerCount, getOptions;
var init_outgoing = __esm({
  "node_modules/execa/lib/ipc/outgoing.js"() {
    init_deferred();
    init_specific();
    init_strict();
    startSendMessage = (anyProcess, wrappedMessage, strict) => {
      if (!OUTGOING_MESSAGES.has(anyProcess)) {
        OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
      }
      const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
      const onMessageSent = createDeferred();
      const id = strict ? wrappedMessage.id : void 0;
      const outgoingMessage = { onMessageSent, id };
      outgoingMessages.add(outgoingMessage);
      return { outgoingMessages, outgoingMessage };
    };
    endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
      outgoingMessages.delete(outgoingMessage);
      outgoingMessage.onMessageSent.resolve();
    };
    waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
      while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
        const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
        validateStrictDeadlock(outgoingMessages, wrappedMessage);
        await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
      }
    };
    OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
    IPC_SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
    setIpcSubprocessOptions = (subprocess, options) => {
      IPC_SUBPROCESS_OPTIONS.set(subprocess, options);
    };
    hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
    getMinListenerCount = (anyProcess) => getOptions(anyProcess) !== void 0 && !getFdSpecificValue(getOptions(anyProcess).buffer, "ipc") ? 1 : 0;
    getOptions = (anyProcess) => IPC_SUBPROCESS_OPTIONS.get(anyProcess);
  }
});

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";
var sendMessage, sendMessageAsync, sendOneMessage, getSendMethod, PROCESS_SEND_METHODS;
var init_send = __esm({
  "node_modules/execa/lib/ipc/send.js"() {
    init_options();
    init_validation();
    init_outgoing();
    init_strict();
    sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, options) => {
      const { strict = false } = copyOptions(options);
      checkBooleanOption(strict, "strict");
      const methodName = "sendMessage";
      validateIpcMethod({
        methodName,
        isSubprocess,
        ipc,
        isConnected: anyProcess.connected
      });
      return sendMessageAsync({
        anyProcess,
        channel,
        methodName,
        isSubprocess,
        message,
        strict
      });
    };
    sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
      const wrappedMessage = handleSendStrict({
        anyProcess,
        channel,
        isSubprocess,
        message,
        strict
      });
      const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
      try {
        await sendOneMessage({
          anyProcess,
          methodName,
          isSubprocess,
          wrappedMessage,
          message,
          strict
        });
      } catch (error) {
        disconnect(anyProcess);
        throw error;
      } finally {
        endSendMessage(outgoingMessagesState);
      }
    };
    sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message, strict = false }) => {
      const sendMethod = getSendMethod(anyProcess);
      try {
        await Promise.all([
          // Only messages sent with the `strict` option wait for an acknowledgment response
          strict ? waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess) : void 0,
          sendMethod(wrappedMessage)
        ]);
      } catch (error) {
        handleEpipeError({ error, methodName, isSubprocess });
        handleSerializationError({
          error,
          methodName,
          isSubprocess,
          message
        });
        throw error;
      }
    };
    getSendMethod = (anyProcess) => {
      if (PROCESS_SEND_METHODS.has(anyProcess)) {
        return PROCESS_SEND_METHODS.get(anyProcess);
      }
      const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
      PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
      return sendMethod;
    };
    PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";
var sendAbort, getCancelSignal, startIpc, isCancelListening, handleAbort, GRACEFUL_CANCEL_TYPE, abortOnDisconnect, cancelController;
var init_graceful = __esm({
  "node_modules/execa/lib/ipc/graceful.js"() {
    init_send();
    init_forward();
    init_validation();
    sendAbort = (subprocess, message) => {
      const methodName = "cancelSignal";
      validateConnection(methodName, false, subprocess.connected);
      return sendOneMessage({
        anyProcess: subprocess,
        methodName,
        isSubprocess: false,
        wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
        message
      });
    };
    getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
      await startIpc({
        anyProcess,
        channel,
        isSubprocess,
        ipc
      });
      return cancelController.signal;
    };
    startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
      if (isCancelListening) {
        return;
      }
      if (!ipc) {
        throwOnMissingParent();
        return;
      }
      isCancelListening = true;
      if (!anyProcess.connected) {
        abortOnDisconnect();
        return;
      }
      getIpcEmitter(anyProcess, channel, isSubprocess);
      await scheduler2.yield();
    };
    isCancelListening = false;
    handleAbort = (wrappedMessage) => {
      if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
        return false;
      }
      cancelController.abort(wrappedMessage.message);
      return true;
    };
    GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
    abortOnDisconnect = () => {
      cancelController.abort(getAbortDisconnectError());
    };
    cancelController = new AbortController();
  }
});

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel, throwOnGracefulCancel, sendOnAbort, getReason;
var init_graceful2 = __esm({
  "node_modules/execa/lib/terminate/graceful.js"() {
    init_abort_signal();
    init_graceful();
    init_kill();
    validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
      if (!gracefulCancel) {
        return;
      }
      if (cancelSignal === void 0) {
        throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
      }
      if (!ipc) {
        throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
      }
      if (serialization === "json") {
        throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
      }
    };
    throwOnGracefulCancel = ({
      subprocess,
      kill,
      cancelSignal,
      gracefulCancel,
      forceKillAfterDelay,
      context,
      controller
    }) => gracefulCancel ? [sendOnAbort({
      subprocess,
      kill,
      cancelSignal,
      forceKillAfterDelay,
      context,
      controller
    })] : [];
    sendOnAbort = async ({ subprocess, kill, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
      await onAbortedSignal(cancelSignal, signal);
      const reason = getReason(cancelSignal);
      await sendAbort(subprocess, reason);
      killOnTimeout({
        kill,
        forceKillAfterDelay,
        context,
        controllerSignal: signal
      });
      context.terminationReason ??= "gracefulCancel";
      throw cancelSignal.reason;
    };
    getReason = ({ reason }) => {
      if (!(reason instanceof DOMException)) {
        return reason;
      }
      const error = new Error(reason.message);
      Object.defineProperty(error, "stack", {
        value: reason.stack,
        enumerable: false,
        configurable: true,
        writable: true
      });
      return error;
    };
  }
});

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path3 from "node:path";
var mapNode, getDefaultNodeOptions, REMOVED_OPTIONS_WITH_VALUE, IGNORED_OPTIONS_REGEXP, handleNodeOption;
var init_node2 = __esm({
  "node_modules/execa/lib/methods/node.js"() {
    init_file_url();
    mapNode = ({ options }) => {
      if (options.node === false) {
        throw new TypeError('The "node" option cannot be false with `execaNode()`.');
      }
      return { options: { __proto__: null, ...options, node: true } };
    };
    getDefaultNodeOptions = () => {
      const nodeOptions = [];
      for (let index = 0; index < execArgv.length; index += 1) {
        const nodeOption = execArgv[index];
        if (REMOVED_OPTIONS_WITH_VALUE.has(nodeOption)) {
          if (!execArgv[index + 1]?.startsWith("-")) {
            index += 1;
          }
        } else if (!IGNORED_OPTIONS_REGEXP.test(nodeOption)) {
          nodeOptions.push(nodeOption);
        }
      }
      return nodeOptions;
    };
    REMOVED_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set(["-e", "--eval", "-p", "--print", "-pe", "--input-type", "--inspect-port"]);
    IGNORED_OPTIONS_REGEXP = /^--(?:inspect|eval=|print=|input-type=)/;
    handleNodeOption = (file2, commandArguments, {
      node: shouldHandleNode = false,
      nodePath = execPath,
      nodeOptions = getDefaultNodeOptions(),
      cwd,
      execPath: formerNodePath,
      ...options
    }) => {
      if (formerNodePath !== void 0) {
        throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
      }
      if (!Array.isArray(nodeOptions) || nodeOptions.some((nodeOption) => typeof nodeOption !== "string")) {
        throw new TypeError('The "nodeOptions" option must be an array of strings.');
      }
      const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
      const resolvedNodePath = path3.resolve(cwd, normalizedNodePath);
      const newOptions = {
        __proto__: null,
        shell: false,
        ...options,
        nodePath: resolvedNodePath,
        node: shouldHandleNode,
        cwd
      };
      if (!shouldHandleNode) {
        return [file2, commandArguments, newOptions];
      }
      if (path3.basename(file2, ".exe") === "node") {
        throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
      }
      return [
        resolvedNodePath,
        [
          ...nodeOptions,
          file2,
          ...commandArguments
        ],
        {
          __proto__: null,
          ...newOptions,
          // Like other options, `undefined` uses the default value
          ipc: newOptions.ipc === void 0 ? true : newOptions.ipc,
          shell: false
        }
      ];
    };
  }
});

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption, validateAdvancedInput, validateJsonInput, validateIpcInput, sendIpcInput;
var init_ipc_input = __esm({
  "node_modules/execa/lib/ipc/ipc-input.js"() {
    init_send();
    validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
      if (ipcInput === void 0) {
        return;
      }
      if (!ipc) {
        throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
      }
      validateIpcInput[serialization]?.(ipcInput);
    };
    validateAdvancedInput = (ipcInput) => {
      try {
        serialize(ipcInput);
      } catch (error) {
        throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
      }
    };
    validateJsonInput = (ipcInput) => {
      try {
        if (JSON.stringify(ipcInput) === void 0) {
          throw new TypeError("The value cannot be represented as JSON.");
        }
      } catch (error) {
        throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
      }
    };
    validateIpcInput = {
      __proto__: null,
      advanced: validateAdvancedInput,
      json: validateJsonInput
    };
    sendIpcInput = async (subprocess, ipcInput, ipc) => {
      if (ipcInput === void 0) {
        return;
      }
      await sendMessage({
        anyProcess: subprocess,
        channel: subprocess.channel,
        isSubprocess: false,
        ipc
      }, ipcInput);
    };
  }
});

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding, TEXT_ENCODINGS, BINARY_ENCODINGS, ENCODINGS, getStringEncoding, getInputEncoding, getCorrectEncoding, ENCODING_ALIASES, serializeEncoding;
var init_encoding_option = __esm({
  "node_modules/execa/lib/arguments/encoding-option.js"() {
    validateEncoding = ({ encoding }) => {
      if (ENCODINGS.has(encoding)) {
        return;
      }
      const correctEncoding = getCorrectEncoding(encoding);
      if (correctEncoding !== void 0) {
        throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
      }
      const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
      throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
    };
    TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
    BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
    ENCODINGS = TEXT_ENCODINGS.union(BINARY_ENCODINGS);
    getStringEncoding = (binary, encoding) => binary || !TEXT_ENCODINGS.has(encoding) ? "utf8" : encoding;
    getInputEncoding = (encoding) => TEXT_ENCODINGS.has(encoding) ? "utf8" : encoding;
    getCorrectEncoding = (encoding) => {
      if (encoding === null) {
        return "buffer";
      }
      if (typeof encoding !== "string") {
        return;
      }
      const lowerEncoding = encoding.toLowerCase();
      if (lowerEncoding in ENCODING_ALIASES) {
        return ENCODING_ALIASES[lowerEncoding];
      }
      if (ENCODINGS.has(lowerEncoding)) {
        return lowerEncoding;
      }
    };
    ENCODING_ALIASES = {
      __proto__: null,
      // eslint-disable-next-line unicorn/text-encoding-identifier-case
      "utf-8": "utf8",
      "utf-16le": "utf16le",
      "ucs-2": "utf16le",
      ucs2: "utf16le",
      binary: "latin1"
    };
    serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);
  }
});

// node_modules/which-command/index.js
import fs from "node:fs";
import path4 from "node:path";
import process6 from "node:process";
function resolveOptions(command, options) {
  if (typeof command !== "string" || command.length === 0) {
    throw new TypeError("Expected a non-empty string.");
  }
  const {
    cwd = process6.cwd(),
    // On Windows, `process.env.PATH` can be undefined in some contexts (for example, worker threads), where it's only exposed as `Path`.
    path: searchPath = process6.env.PATH ?? (isWindows ? process6.env.Path : void 0) ?? "",
    // `||` (not `??`) so an empty `PATHEXT` falls back to the default instead of disabling all lookup on Windows.
    pathExt = process6.env.PATHEXT || defaultPathExt
  } = options;
  return { cwd, searchPath, pathExt };
}
function windowsExtensions(command, pathExt) {
  const extensions = pathExt.split(path4.delimiter).filter(Boolean);
  const commandExtension = path4.extname(command).toLowerCase();
  if (commandExtension !== "" && extensions.some((extension) => extension.toLowerCase() === commandExtension)) {
    return ["", ...extensions];
  }
  return extensions;
}
function* candidatePaths(command, { cwd, searchPath, pathExt }) {
  const extensions = isWindows ? windowsExtensions(command, pathExt) : [""];
  if (separatorPattern.test(command)) {
    const base = path4.resolve(cwd, command);
    for (const extension of extensions) {
      yield base + extension;
    }
    return;
  }
  const directories = [
    // Windows searches the current directory before `PATH`.
    ...isWindows ? [cwd] : [],
    ...searchPath.split(path4.delimiter)
  ];
  for (const directory of directories) {
    const unquoted = isWindows && directory.length > 1 && directory.startsWith('"') && directory.endsWith('"') ? directory.slice(1, -1) : directory;
    if (unquoted === "") {
      continue;
    }
    const base = path4.resolve(cwd, unquoted, command);
    for (const extension of extensions) {
      yield base + extension;
    }
  }
}
function isExecutableSync(filePath) {
  let stats;
  try {
    stats = fs.statSync(filePath);
  } catch (error) {
    return isWindows && error.code === "EACCES";
  }
  if (!stats.isFile()) {
    return false;
  }
  if (isWindows) {
    return true;
  }
  try {
    fs.accessSync(filePath, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function whichCommandSync(command, options = {}) {
  const resolved = resolveOptions(command, options);
  for (const candidate of candidatePaths(command, resolved)) {
    if (isExecutableSync(candidate)) {
      return candidate;
    }
  }
  return void 0;
}
var isWindows, separatorPattern, defaultPathExt;
var init_which_command = __esm({
  "node_modules/which-command/index.js"() {
    isWindows = process6.platform === "win32";
    separatorPattern = isWindows ? new RegExp("[\\/\\\\]", "v") : new RegExp("\\/", "v");
    defaultPathExt = ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC";
  }
});

// node_modules/execa/lib/arguments/command-file.js
import { openSync, readSync, closeSync } from "node:fs";
import { Buffer as Buffer2 } from "node:buffer";
import path5 from "node:path";
import process7 from "node:process";
var parseCommandFile, directlyExecutableRegExp, escapeWindowsCommand, resolveWithShebang, resolvePath, hasWindowsPathSeparator, shouldSearchCurrentDirectory, resolvePathDirectories, getWindowsEnvironmentValue, SHEBANG_BYTE_LENGTH, readShebang, shebangRegExp, parseShebang, lineBreakRegExp, assertNoLineBreak, metaCharsRegExp, escapeMetaChars, backslashRunRegExp, quotedCharacterRegExp, escapeArgument, shouldQuoteArgument;
var init_command_file = __esm({
  "node_modules/execa/lib/arguments/command-file.js"() {
    init_which_command();
    parseCommandFile = (file2, commandArguments, options) => {
      const parsed = { file: file2, commandArguments: [...commandArguments], options };
      return options.shell || process7.platform !== "win32" ? parsed : escapeWindowsCommand(parsed);
    };
    directlyExecutableRegExp = /\.(?:com|exe)$/i;
    escapeWindowsCommand = (parsed) => {
      const resolvedFile = resolveWithShebang(parsed);
      if (resolvedFile !== void 0 && directlyExecutableRegExp.test(resolvedFile)) {
        if (parsed.options.argv0 === void 0) {
          parsed.options.argv0 = parsed.file;
        }
        parsed.file = resolvedFile;
        return parsed;
      }
      for (const value of [parsed.file, ...parsed.commandArguments]) {
        assertNoLineBreak(value);
      }
      const escapedFile = escapeMetaChars(path5.normalize(resolvedFile ?? parsed.file));
      const escapedArguments = parsed.commandArguments.map((argument) => escapeArgument(argument));
      const commandLine = `"${[escapedFile, ...escapedArguments].join(" ")}"`;
      parsed.options.windowsVerbatimArguments = true;
      return {
        file: process7.env.comspec || "cmd.exe",
        // `/e:on` enables the command extensions the `%` escaping relies on, and `/v:off` disables delayed expansion so `!` is literal, even when the registry changes either default
        commandArguments: ["/d", "/e:on", "/v:off", "/s", "/c", commandLine],
        options: parsed.options
      };
    };
    resolveWithShebang = (parsed) => {
      const resolvedFile = resolvePath(parsed);
      const interpreter = resolvedFile !== void 0 && readShebang(resolvedFile);
      if (!interpreter) {
        return resolvedFile;
      }
      parsed.commandArguments.unshift(resolvedFile);
      parsed.file = interpreter;
      return resolvePath(parsed);
    };
    resolvePath = (parsed) => {
      const environment = parsed.options.env || process7.env;
      const cwd = parsed.options.cwd ?? process7.cwd();
      const environmentPathExt = getWindowsEnvironmentValue(environment, "PATHEXT");
      const commandExtension = path5.extname(parsed.file);
      const pathExt = commandExtension === "" ? environmentPathExt : `${commandExtension}${path5.delimiter}${environmentPathExt ?? ""}`;
      if (hasWindowsPathSeparator(parsed.file)) {
        return whichCommandSync(path5.resolve(cwd, parsed.file), { cwd, pathExt });
      }
      const searchPath = getWindowsEnvironmentValue(environment, "PATH") ?? getWindowsEnvironmentValue(process7.env, "PATH") ?? "";
      const resolveOptions2 = {
        cwd,
        path: searchPath,
        pathExt
      };
      return shouldSearchCurrentDirectory(environment) ? whichCommandSync(parsed.file, resolveOptions2) : resolvePathDirectories(parsed.file, resolveOptions2);
    };
    hasWindowsPathSeparator = (file2) => file2.includes("/") || file2.includes("\\") || file2.includes(":");
    shouldSearchCurrentDirectory = (environment) => getWindowsEnvironmentValue(process7.env, "NODEFAULTCURRENTDIRECTORYINEXEPATH") === void 0 && getWindowsEnvironmentValue(environment, "NODEFAULTCURRENTDIRECTORYINEXEPATH") === void 0;
    resolvePathDirectories = (file2, { cwd, path: searchPath, pathExt }) => {
      for (const directory of searchPath.split(path5.delimiter)) {
        const unquotedDirectory = directory.length > 1 && directory.startsWith('"') && directory.endsWith('"') ? directory.slice(1, -1) : directory;
        if (unquotedDirectory === "") {
          continue;
        }
        const resolvedFile = whichCommandSync(path5.resolve(cwd, unquotedDirectory, file2), { cwd, pathExt });
        if (resolvedFile !== void 0) {
          return resolvedFile;
        }
      }
    };
    getWindowsEnvironmentValue = (environment, name3) => {
      const environmentKey = Object.keys(environment).sort().find((key) => key.toUpperCase() === name3);
      return environmentKey === void 0 ? void 0 : environment[environmentKey];
    };
    SHEBANG_BYTE_LENGTH = 150;
    readShebang = (file2) => {
      const buffer = Buffer2.alloc(SHEBANG_BYTE_LENGTH);
      let bytesRead = 0;
      try {
        const fileDescriptor = openSync(file2, "r");
        try {
          bytesRead = readSync(fileDescriptor, buffer, 0, SHEBANG_BYTE_LENGTH, 0);
        } finally {
          closeSync(fileDescriptor);
        }
      } catch {
        return void 0;
      }
      return parseShebang(buffer.toString("utf8", 0, bytesRead));
    };
    shebangRegExp = /^#!(?<line>.*)/;
    parseShebang = (contents) => {
      const shebangLine = contents.match(shebangRegExp)?.groups.line.trim();
      if (!shebangLine) {
        return void 0;
      }
      const [interpreterPath, argument] = shebangLine.split(" ", 2);
      const interpreter = interpreterPath.split("/").at(-1);
      if (interpreter === "env") {
        return argument;
      }
      return argument ? `${interpreter} ${argument}` : interpreter;
    };
    lineBreakRegExp = /[\n\r]/;
    assertNoLineBreak = (value) => {
      if (lineBreakRegExp.test(value)) {
        throw new TypeError(`The command and its arguments cannot contain a line break on Windows without a shell.
This would allow a command injection with \`cmd.exe\`.
Invalid value: ${JSON.stringify(`${value}`)}`);
      }
    };
    metaCharsRegExp = /[()\][%!^"`<>&|;, *?]/g;
    escapeMetaChars = (value) => value.replaceAll(metaCharsRegExp, "^$&");
    backslashRunRegExp = /\\+/g;
    quotedCharacterRegExp = new RegExp("[^\\w#$*+\\-./:?@\\\\\\u{80}-\\u{10FFFF}]|\\p{Control}", "u");
    escapeArgument = (rawArgument) => {
      const argument = `${rawArgument}`;
      if (!shouldQuoteArgument(argument)) {
        return argument;
      }
      const escapedArgument = argument.replaceAll(backslashRunRegExp, (backslashes, offset, string) => {
        const nextCharacter = string[offset + backslashes.length];
        const isPrecedesDoubleQuote = nextCharacter === '"' || nextCharacter === void 0;
        return isPrecedesDoubleQuote ? backslashes.repeat(2) : backslashes;
      }).replaceAll('"', '""').replaceAll("%", "%%cd:~,%");
      return `"${escapedArgument}"`;
    };
    shouldQuoteArgument = (argument) => argument === "" || argument.endsWith("\\") || quotedCharacterRegExp.test(argument);
  }
});

// node_modules/execa/lib/arguments/cwd.js
import { statSync } from "node:fs";
import path6 from "node:path";
import process8 from "node:process";
var normalizeCwd, getDefaultCwd, getCurrentCwd, fixCwdError;
var init_cwd = __esm({
  "node_modules/execa/lib/arguments/cwd.js"() {
    init_file_url();
    normalizeCwd = (cwd = getDefaultCwd()) => {
      const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
      return path6.resolve(cwdString);
    };
    getDefaultCwd = () => {
      try {
        return process8.cwd();
      } catch (error) {
        error.message = `The current directory does not exist.
${error.message}`;
        throw error;
      }
    };
    getCurrentCwd = () => {
      try {
        return process8.cwd();
      } catch {
      }
    };
    fixCwdError = (originalMessage, cwd) => {
      if (cwd === getCurrentCwd()) {
        return originalMessage;
      }
      let cwdStat;
      try {
        cwdStat = statSync(cwd);
      } catch (error) {
        return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
      }
      return cwdStat.isDirectory() ? originalMessage : `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
    };
  }
});

// node_modules/execa/lib/arguments/options.js
import path7 from "node:path";
import process9 from "node:process";
var cmdExeRegExp, normalizeOptions, BOOLEAN_OPTIONS, validateBooleanOptions, validateEnv, addDefaultOptions, getEnv, computeEnv;
var init_options2 = __esm({
  "node_modules/execa/lib/arguments/options.js"() {
    init_npm_run_path();
    init_kill();
    init_signal();
    init_cancel();
    init_graceful2();
    init_timeout();
    init_node2();
    init_ipc_input();
    init_options();
    init_encoding_option();
    init_command_file();
    init_cwd();
    init_file_url();
    init_specific();
    cmdExeRegExp = /^cmd(?:\.exe)?$/i;
    normalizeOptions = (filePath, rawArguments, rawOptions) => {
      const sanitizedOptions = { __proto__: null, ...rawOptions };
      sanitizedOptions.cwd = normalizeCwd(sanitizedOptions.cwd);
      const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, sanitizedOptions);
      const fdOptions = normalizeFdSpecificOptions(processedOptions);
      const options = addDefaultOptions(fdOptions);
      validateBooleanOptions(options);
      validateEnv(options);
      options.env = getEnv(options);
      const { file: file2, commandArguments } = parseCommandFile(processedFile, processedArguments, options);
      validateTimeout(options);
      validateEncoding(options);
      validateIpcInputOption(options);
      validateCancelSignal(options);
      validateRenamedSignalOption(options);
      validateGracefulCancel(options);
      options.shell = normalizeFileUrl(options.shell);
      options.killSignal = normalizeKillSignal(options.killSignal);
      options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
      options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
      if (process9.platform === "win32" && cmdExeRegExp.test(path7.basename(file2))) {
        commandArguments.unshift("/q");
      }
      return { file: file2, commandArguments, options };
    };
    BOOLEAN_OPTIONS = [
      "extendEnv",
      "preferLocal",
      "reject",
      "cleanup",
      "killDescendants",
      "all",
      "gracefulCancel",
      "ipc",
      "node"
    ];
    validateBooleanOptions = (options) => {
      for (const optionName of BOOLEAN_OPTIONS) {
        checkBooleanOption(options[optionName], optionName);
      }
    };
    validateEnv = ({ env }) => {
      if (env !== void 0 && (typeof env !== "object" || env === null || Array.isArray(env))) {
        throw new TypeError(`The \`env\` option must be an object: ${String(env)}.`);
      }
    };
    addDefaultOptions = ({
      extendEnv = true,
      preferLocal = false,
      cwd,
      localDir: localDirectory = cwd,
      encoding = "utf8",
      reject = true,
      cleanup = true,
      killDescendants = false,
      all = false,
      windowsHide = true,
      killSignal = "SIGTERM",
      forceKillAfterDelay = true,
      gracefulCancel = false,
      ipcInput,
      ipc = ipcInput !== void 0 || gracefulCancel,
      serialization = "advanced",
      ...options
    }) => ({
      __proto__: null,
      ...options,
      extendEnv,
      preferLocal,
      cwd,
      localDirectory,
      encoding,
      reject,
      cleanup,
      killDescendants,
      all,
      windowsHide,
      killSignal,
      forceKillAfterDelay,
      gracefulCancel,
      ipcInput,
      ipc,
      serialization
    });
    getEnv = (options) => ({ __proto__: null, ...computeEnv(options) });
    computeEnv = ({ env: envOption, extendEnv, preferLocal, node: node2, localDirectory, nodePath }) => {
      const env = { __proto__: null, ...extendEnv && process9.env, ...envOption };
      if (preferLocal || node2) {
        return npmRunPathEnv({
          env,
          cwd: localDirectory,
          execPath: nodePath,
          preferLocal,
          addExecPath: node2
        });
      }
      return env;
    };
  }
});

// node_modules/execa/lib/arguments/shell.js
var concatenateShell;
var init_shell = __esm({
  "node_modules/execa/lib/arguments/shell.js"() {
    concatenateShell = (file2, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file2, ...commandArguments].join(" "), [], options] : [file2, commandArguments, options];
  }
});

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator, splitLinesSync, splitLinesItemSync, initializeSplitLines, splitGenerator, stripCarriageReturn, linesFinal, getAppendNewlineGenerator, appendNewlineGenerator, endsWithNewline, concatString, linesStringInfo, concatUint8Array, LINES_BYTES_INFO;
var init_split = __esm({
  "node_modules/execa/lib/transform/split.js"() {
    init_encoding_option();
    getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
    splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
    splitLinesItemSync = (chunk, preserveNewlines) => {
      const { transform, final } = initializeSplitLines(preserveNewlines, {});
      return [...transform(chunk), ...final()];
    };
    initializeSplitLines = (preserveNewlines, state) => {
      state.previousChunks = "";
      return {
        transform: splitGenerator.bind(void 0, state, preserveNewlines),
        final: linesFinal.bind(void 0, state)
      };
    };
    splitGenerator = function* (state, preserveNewlines, chunk) {
      if (typeof chunk !== "string") {
        yield chunk;
        return;
      }
      let { previousChunks } = state;
      let start = -1;
      for (let end = 0; end < chunk.length; end += 1) {
        if (chunk[end] !== "\n") {
          continue;
        }
        let line = chunk.slice(start + 1, preserveNewlines ? end + 1 : end);
        if (previousChunks.length > 0) {
          line = concatString(previousChunks, line);
          previousChunks = "";
        }
        yield preserveNewlines ? line : stripCarriageReturn(line, state);
        start = end;
      }
      if (start !== chunk.length - 1) {
        previousChunks = concatString(previousChunks, chunk.slice(start + 1));
      }
      state.previousChunks = previousChunks;
    };
    stripCarriageReturn = (line, state) => {
      state.isWindowsNewline = line.endsWith("\r");
      return state.isWindowsNewline ? line.slice(0, -1) : line;
    };
    linesFinal = function* ({ previousChunks }) {
      if (previousChunks.length > 0) {
        yield previousChunks;
      }
    };
    getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state, encoding }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state, getStringEncoding(binary, encoding)) };
    appendNewlineGenerator = function* ({ isWindowsNewline = false }, stringEncoding, chunk) {
      const { unixNewline, windowsNewline, concat } = typeof chunk === "string" ? linesStringInfo : LINES_BYTES_INFO[stringEncoding];
      if (endsWithNewline(chunk, unixNewline)) {
        yield chunk;
        return;
      }
      const newline = isWindowsNewline ? windowsNewline : unixNewline;
      yield concat(chunk, newline);
    };
    endsWithNewline = (chunk, unixNewline) => typeof chunk === "string" ? chunk.endsWith(unixNewline) : chunk.length >= unixNewline.length && chunk.subarray(-unixNewline.length).every((byte, index) => byte === unixNewline[index]);
    concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
    linesStringInfo = {
      windowsNewline: "\r\n",
      unixNewline: "\n",
      concat: concatString
    };
    concatUint8Array = (firstChunk, secondChunk) => {
      const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
      chunk.set(firstChunk, 0);
      chunk.set(secondChunk, firstChunk.length);
      return chunk;
    };
    LINES_BYTES_INFO = {
      __proto__: null,
      utf8: {
        windowsNewline: new Uint8Array([13, 10]),
        unixNewline: new Uint8Array([10]),
        concat: concatUint8Array
      },
      utf16le: {
        windowsNewline: new Uint8Array([13, 0, 10, 0]),
        unixNewline: new Uint8Array([10, 0]),
        concat: concatUint8Array
      }
    };
  }
});

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString, stripFinalNewlineBinary, LF, LF_BINARY, CR, CR_BINARY;
var init_strip_final_newline = __esm({
  "node_modules/strip-final-newline/index.js"() {
    stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
    stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
    LF = "\n";
    LF_BINARY = LF.codePointAt(0);
    CR = "\r";
    CR_BINARY = CR.codePointAt(0);
  }
});

// node_modules/execa/lib/io/strip-newline.js
var stripNewline, getStripFinalNewline;
var init_strip_newline = __esm({
  "node_modules/execa/lib/io/strip-newline.js"() {
    init_strip_final_newline();
    stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber, allFds) => value !== void 0 && !Array.isArray(value) && getStripFinalNewline(stripFinalNewline2, fdNumber, allFds) ? stripFinalNewline(value) : value;
    getStripFinalNewline = (stripFinalNewline2, fdNumber, allFds) => fdNumber === "all" ? allFds.some((allFd) => stripFinalNewline2[allFd]) : stripFinalNewline2[fdNumber];
  }
});

// node_modules/execa/lib/resolve/all-sync.js
import { Buffer as Buffer3 } from "node:buffer";
var getAllSyncFds, getAllSync, concatBase64, BASE64_ENCODINGS, hasLines, splitAllLines;
var init_all_sync = __esm({
  "node_modules/execa/lib/resolve/all-sync.js"() {
    init_uint_array();
    init_split();
    init_strip_newline();
    getAllSyncFds = ([, stdout, stderr]) => [
      ...stdout === void 0 ? [] : [1],
      ...stderr === void 0 ? [] : [2]
    ];
    getAllSync = ([, stdout, stderr], allFds, options) => {
      if (!options.all) {
        return;
      }
      if (stdout === void 0) {
        return splitAllLines(stderr, allFds, options);
      }
      if (stderr === void 0) {
        return splitAllLines(stdout, allFds, options);
      }
      if (hasLines(options)) {
        return [splitAllLines(stdout, allFds, options), splitAllLines(stderr, allFds, options)].flat();
      }
      if (Array.isArray(stdout) || Array.isArray(stderr)) {
        return [stdout, stderr].filter((value) => value.length > 0).flat();
      }
      if (isUint8Array(stdout) && isUint8Array(stderr)) {
        return concatUint8Arrays([stdout, stderr]);
      }
      return BASE64_ENCODINGS.has(options.encoding) ? concatBase64(stdout, stderr, options.encoding) : `${stdout}${stderr}`;
    };
    concatBase64 = (stdout, stderr, encoding) => Buffer3.concat([Buffer3.from(stdout, encoding), Buffer3.from(stderr, encoding)]).toString(encoding);
    BASE64_ENCODINGS = /* @__PURE__ */ new Set(["base64", "base64url"]);
    hasLines = ({ lines }) => Boolean(lines[1] || lines[2]);
    splitAllLines = (value, allFds, options) => value === void 0 || Array.isArray(value) || !hasLines(options) ? value : splitLinesSync(value, !getStripFinalNewline(options.stripFinalNewline, "all", allFds), false);
  }
});

// node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream(stream, options);
}
var init_is_stream = __esm({
  "node_modules/is-stream/index.js"() {
  }
});

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
function i() {
  return this[n].next();
}
function o(r) {
  return this[n].return(r);
}
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}
var a, c, n, u;
var init_asyncIterator = __esm({
  "node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js"() {
    a = Object.getPrototypeOf(
      Object.getPrototypeOf(
        /* istanbul ignore next */
        async function* () {
        }
      ).prototype
    );
    c = class {
      #t;
      #n;
      #r = false;
      #e = void 0;
      constructor(e, t) {
        this.#t = e, this.#n = t;
      }
      next() {
        const e = () => this.#s();
        return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
      }
      return(e) {
        const t = () => this.#i(e);
        return this.#e ? this.#e.then(t, t) : t();
      }
      async #s() {
        if (this.#r)
          return {
            done: true,
            value: void 0
          };
        let e;
        try {
          e = await this.#t.read();
        } catch (t) {
          throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
        }
        return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
      }
      async #i(e) {
        if (this.#r)
          return {
            done: true,
            value: e
          };
        if (this.#r = true, !this.#n) {
          const t = this.#t.cancel(e);
          return this.#t.releaseLock(), await t, {
            done: true,
            value: e
          };
        }
        return this.#t.releaseLock(), {
          done: true,
          value: e
        };
      }
    };
    n = /* @__PURE__ */ Symbol();
    Object.defineProperty(i, "name", { value: "next" });
    Object.defineProperty(o, "name", { value: "return" });
    u = Object.create(a, {
      next: {
        enumerable: true,
        configurable: true,
        writable: true,
        value: i
      },
      return: {
        enumerable: true,
        configurable: true,
        writable: true,
        value: o
      }
    });
  }
});

// node_modules/@sec-ant/readable-stream/dist/ponyfill/fromAnyIterable.js
var init_fromAnyIterable = __esm({
  "node_modules/@sec-ant/readable-stream/dist/ponyfill/fromAnyIterable.js"() {
  }
});

// node_modules/@sec-ant/readable-stream/dist/ponyfill/index.js
var init_ponyfill = __esm({
  "node_modules/@sec-ant/readable-stream/dist/ponyfill/index.js"() {
    init_asyncIterator();
    init_fromAnyIterable();
  }
});

// node_modules/get-stream/source/stream.js
var getAsyncIterable, toString, getStreamIterable, handleStreamEnd, nodeImports;
var init_stream = __esm({
  "node_modules/get-stream/source/stream.js"() {
    init_is_stream();
    init_ponyfill();
    getAsyncIterable = (stream) => {
      if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
        return getStreamIterable(stream);
      }
      if (typeof stream?.[Symbol.asyncIterator] === "function") {
        return stream;
      }
      if (toString.call(stream) === "[object ReadableStream]") {
        return h.call(stream);
      }
      throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
    };
    ({ toString } = Object.prototype);
    getStreamIterable = async function* (stream) {
      const controller = new AbortController();
      const state = {};
      handleStreamEnd(stream, controller, state);
      try {
        for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
          yield chunk;
        }
      } catch (error) {
        if (state.error !== void 0) {
          throw state.error;
        } else if (!controller.signal.aborted) {
          throw error;
        }
      } finally {
        stream.destroy();
      }
    };
    handleStreamEnd = async (stream, controller, state) => {
      try {
        await nodeImports.finished(stream, {
          cleanup: true,
          readable: true,
          writable: false,
          error: false
        });
      } catch (error) {
        state.error = error;
      } finally {
        controller.abort();
      }
    };
    nodeImports = {};
  }
});

// node_modules/get-stream/source/contents.js
var getStreamContents, appendFinalChunk, appendChunk, addNewChunk, getChunkType, objectToString2, MaxBufferError;
var init_contents = __esm({
  "node_modules/get-stream/source/contents.js"() {
    init_stream();
    getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
      const asyncIterable = getAsyncIterable(stream);
      const state = init();
      state.length = 0;
      try {
        for await (const chunk of asyncIterable) {
          const chunkType = getChunkType(chunk);
          const convertedChunk = convertChunk[chunkType](chunk, state);
          appendChunk({
            convertedChunk,
            state,
            getSize,
            truncateChunk,
            addChunk,
            maxBuffer
          });
        }
        appendFinalChunk({
          state,
          convertChunk,
          getSize,
          truncateChunk,
          addChunk,
          getFinalChunk,
          maxBuffer
        });
        return finalize(state);
      } catch (error) {
        const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
        normalizedError.bufferedData = finalize(state);
        throw normalizedError;
      }
    };
    appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
      const convertedChunk = getFinalChunk(state);
      if (convertedChunk !== void 0) {
        appendChunk({
          convertedChunk,
          state,
          getSize,
          truncateChunk,
          addChunk,
          maxBuffer
        });
      }
    };
    appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
      const chunkSize = getSize(convertedChunk);
      const newLength = state.length + chunkSize;
      if (newLength <= maxBuffer) {
        addNewChunk(convertedChunk, state, addChunk, newLength);
        return;
      }
      const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
      if (truncatedChunk !== void 0) {
        addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
      }
      throw new MaxBufferError();
    };
    addNewChunk = (convertedChunk, state, addChunk, newLength) => {
      state.contents = addChunk(convertedChunk, state, newLength);
      state.length = newLength;
    };
    getChunkType = (chunk) => {
      const typeOfChunk = typeof chunk;
      if (typeOfChunk === "string") {
        return "string";
      }
      if (typeOfChunk !== "object" || chunk === null) {
        return "others";
      }
      if (globalThis.Buffer?.isBuffer(chunk)) {
        return "buffer";
      }
      const prototypeName = objectToString2.call(chunk);
      if (prototypeName === "[object ArrayBuffer]") {
        return "arrayBuffer";
      }
      if (prototypeName === "[object DataView]") {
        return "dataView";
      }
      if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
        return "typedArray";
      }
      return "others";
    };
    ({ toString: objectToString2 } = Object.prototype);
    MaxBufferError = class extends Error {
      name = "MaxBufferError";
      constructor() {
        super("maxBuffer exceeded");
      }
    };
  }
});

// node_modules/get-stream/source/utils.js
var identity2, noop, getContentsProperty, throwObjectStream, getLengthProperty;
var init_utils = __esm({
  "node_modules/get-stream/source/utils.js"() {
    identity2 = (value) => value;
    noop = () => void 0;
    getContentsProperty = ({ contents }) => contents;
    throwObjectStream = (chunk) => {
      throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
    };
    getLengthProperty = (convertedChunk) => convertedChunk.length;
  }
});

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray, increment, addArrayChunk, arrayMethods;
var init_array = __esm({
  "node_modules/get-stream/source/array.js"() {
    init_contents();
    init_utils();
    initArray = () => ({ contents: [] });
    increment = () => 1;
    addArrayChunk = (convertedChunk, { contents }) => {
      contents.push(convertedChunk);
      return contents;
    };
    arrayMethods = {
      init: initArray,
      convertChunk: {
        string: identity2,
        buffer: identity2,
        arrayBuffer: identity2,
        dataView: identity2,
        typedArray: identity2,
        others: identity2
      },
      getSize: increment,
      truncateChunk: noop,
      addChunk: addArrayChunk,
      getFinalChunk: noop,
      finalize: getContentsProperty
    };
  }
});

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer, useTextEncoder, textEncoder2, useUint8Array, useUint8ArrayWithOffset, truncateArrayBufferChunk, addArrayBufferChunk, resizeArrayBufferSlow, resizeArrayBuffer, getNewContentsLength, SCALE_FACTOR, finalizeArrayBuffer, hasArrayBufferResize, arrayBufferMethods;
var init_array_buffer = __esm({
  "node_modules/get-stream/source/array-buffer.js"() {
    init_contents();
    init_utils();
    initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
    useTextEncoder = (chunk) => textEncoder2.encode(chunk);
    textEncoder2 = new TextEncoder();
    useUint8Array = (chunk) => new Uint8Array(chunk);
    useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
    addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
      const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
      new Uint8Array(newContents).set(convertedChunk, previousLength);
      return newContents;
    };
    resizeArrayBufferSlow = (contents, length) => {
      if (length <= contents.byteLength) {
        return contents;
      }
      const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
      new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
      return arrayBuffer;
    };
    resizeArrayBuffer = (contents, length) => {
      if (length <= contents.maxByteLength) {
        contents.resize(length);
        return contents;
      }
      const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
      new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
      return arrayBuffer;
    };
    getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
    SCALE_FACTOR = 2;
    finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
    hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
    arrayBufferMethods = {
      init: initArrayBuffer,
      convertChunk: {
        string: useTextEncoder,
        buffer: useUint8Array,
        arrayBuffer: useUint8Array,
        dataView: useUint8ArrayWithOffset,
        typedArray: useUint8ArrayWithOffset,
        others: throwObjectStream
      },
      getSize: getLengthProperty,
      truncateChunk: truncateArrayBufferChunk,
      addChunk: addArrayBufferChunk,
      getFinalChunk: noop,
      finalize: finalizeArrayBuffer
    };
  }
});

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString, useTextDecoder, addStringChunk, truncateStringChunk, getFinalStringChunk, stringMethods;
var init_string = __esm({
  "node_modules/get-stream/source/string.js"() {
    init_contents();
    init_utils();
    initString = () => ({ contents: "", textDecoder: new TextDecoder() });
    useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
    addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
    truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
    getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
      const finalChunk = textDecoder2.decode();
      return finalChunk === "" ? void 0 : finalChunk;
    };
    stringMethods = {
      init: initString,
      convertChunk: {
        string: identity2,
        buffer: useTextDecoder,
        arrayBuffer: useTextDecoder,
        dataView: useTextDecoder,
        typedArray: useTextDecoder,
        others: throwObjectStream
      },
      getSize: getLengthProperty,
      truncateChunk: truncateStringChunk,
      addChunk: addStringChunk,
      getFinalChunk: getFinalStringChunk,
      finalize: getContentsProperty
    };
  }
});

// node_modules/get-stream/source/exports.js
var init_exports = __esm({
  "node_modules/get-stream/source/exports.js"() {
    init_array();
    init_array_buffer();
    init_string();
    init_contents();
  }
});

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";
var init_source = __esm({
  "node_modules/get-stream/source/index.js"() {
    init_stream();
    init_exports();
    Object.assign(nodeImports, { on, finished });
  }
});

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer, getMaxBufferUnit, checkIpcMaxBuffer, getMaxBufferMessage, getMaxBufferInfo, getMaxBufferSync, handleMaxBufferSync, findMaxBufferSync, getMaxBufferValueSync, truncateMaxBufferSync;
var init_max_buffer = __esm({
  "node_modules/execa/lib/io/max-buffer.js"() {
    init_source();
    init_standard_stream();
    init_specific();
    handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
      if (!(error instanceof MaxBufferError)) {
        throw error;
      }
      if (fdNumber === "all") {
        return error;
      }
      const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
      error.maxBufferInfo = { fdNumber, unit };
      stream.destroy();
      throw error;
    };
    getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
      if (readableObjectMode) {
        return "objects";
      }
      if (lines) {
        return "lines";
      }
      return encoding === "buffer" ? "bytes" : "characters";
    };
    checkIpcMaxBuffer = (ipcOutput, maxBuffer) => {
      if (ipcOutput.length + 1 <= maxBuffer) {
        return;
      }
      const error = new MaxBufferError();
      error.maxBufferInfo = { fdNumber: "ipc" };
      throw error;
    };
    getMaxBufferMessage = (error, maxBuffer) => {
      const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
      return `Command's ${streamName} was larger than ${threshold} ${unit}`;
    };
    getMaxBufferInfo = (error, maxBuffer) => {
      if (error?.maxBufferInfo === void 0) {
        return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
      }
      const { maxBufferInfo: { fdNumber, unit, threshold = getFdSpecificValue(maxBuffer, fdNumber) } } = error;
      delete error.maxBufferInfo;
      return fdNumber === "ipc" ? { streamName: "IPC output", threshold, unit: "messages" } : { streamName: getStreamName(fdNumber), threshold, unit };
    };
    getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer === 0 ? Number.MIN_VALUE : stdoutMaxBuffer;
    handleMaxBufferSync = ({ resultError, output, maxBuffer, buffer }) => {
      const fdNumber = findMaxBufferSync(output, maxBuffer, buffer);
      if (fdNumber === void 0) {
        return { resultError, isMaxBuffer: resultError?.code === "ENOBUFS" };
      }
      const threshold = getMaxBufferValueSync(maxBuffer, fdNumber);
      const error = resultError ?? Object.assign(new MaxBufferError(), { code: "ENOBUFS" });
      error.maxBufferInfo = { fdNumber, unit: "bytes", threshold };
      return { resultError: error, isMaxBuffer: true };
    };
    findMaxBufferSync = (output, maxBuffer, buffer) => {
      if (output === null) {
        return;
      }
      const fdNumber = output.findIndex((result, index) => result !== null && buffer[index] && result.length > getMaxBufferValueSync(maxBuffer, index));
      return fdNumber === -1 ? void 0 : fdNumber;
    };
    getMaxBufferValueSync = (maxBuffer, fdNumber) => Math.min(maxBuffer[1], maxBuffer[fdNumber]);
    truncateMaxBufferSync = (result, fdNumber, { maxBuffer, buffer }) => {
      const maxBufferValue = getMaxBufferValueSync(maxBuffer, fdNumber);
      return buffer[fdNumber] && result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
    };
  }
});

// node_modules/execa/lib/return/message.js
import { inspect as inspect3 } from "node:util";
var createMessages, getErrorCode, getErrorPrefix, getForcefulSuffix, getOriginalMessage, serializeIpcMessage, serializeMessagePart, isTextItem, serializeMessageItem;
var init_message = __esm({
  "node_modules/execa/lib/return/message.js"() {
    init_strip_final_newline();
    init_uint_array();
    init_cwd();
    init_escape();
    init_max_buffer();
    init_signal();
    init_final_error();
    createMessages = ({
      stdio,
      all,
      ipcOutput,
      originalError,
      signal,
      signalDescription,
      exitCode,
      escapedCommand,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isMaxBuffer,
      isForcefullyTerminated,
      forceKillAfterDelay,
      killSignal,
      maxBuffer,
      timeout,
      cwd
    }) => {
      const errorCode = getErrorCode(originalError);
      const prefix = getErrorPrefix({
        originalError,
        timedOut,
        timeout,
        isMaxBuffer,
        maxBuffer,
        errorCode,
        signal,
        signalDescription,
        exitCode,
        isCanceled,
        isGracefullyCanceled,
        isForcefullyTerminated,
        forceKillAfterDelay,
        killSignal
      });
      const originalMessage = getOriginalMessage(originalError, cwd);
      const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
      const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
      const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
      const message = [
        shortMessage,
        ...messageStdio,
        ...stdio.slice(3),
        ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
      ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
      return { originalMessage, shortMessage, message };
    };
    getErrorCode = (error) => typeof error?.code === "string" ? error.code : void 0;
    getErrorPrefix = ({
      originalError,
      timedOut,
      timeout,
      isMaxBuffer,
      maxBuffer,
      errorCode,
      signal,
      signalDescription,
      exitCode,
      isCanceled,
      isGracefullyCanceled,
      isForcefullyTerminated,
      forceKillAfterDelay,
      killSignal
    }) => {
      const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
      if (timedOut) {
        return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
      }
      if (isGracefullyCanceled) {
        if (signal === void 0) {
          return `Command was gracefully canceled with exit code ${exitCode}`;
        }
        return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
      }
      if (isCanceled) {
        return `Command was canceled${forcefulSuffix}`;
      }
      if (isMaxBuffer) {
        return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
      }
      if (errorCode !== void 0) {
        return `Command failed with ${errorCode}${forcefulSuffix}`;
      }
      if (isForcefullyTerminated) {
        return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
      }
      if (signal !== void 0) {
        return `Command was killed with ${signal} (${signalDescription})`;
      }
      return exitCode === void 0 ? "Command failed" : `Command failed with exit code ${exitCode}`;
    };
    getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
    getOriginalMessage = (originalError, cwd) => {
      if (originalError instanceof DiscardedError) {
        return;
      }
      const originalMessage = isExecaError(originalError) ? originalError.originalMessage ?? "" : String(originalError?.message ?? originalError);
      const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
      return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
    };
    serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect3(ipcMessage);
    serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.filter((messageItem) => isTextItem(messageItem)).map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).join("\n") : serializeMessageItem(messagePart);
    isTextItem = (messageItem) => typeof messageItem === "string" || isUint8Array(messageItem);
    serializeMessageItem = (messageItem) => {
      if (typeof messageItem === "string") {
        return messageItem;
      }
      return isUint8Array(messageItem) ? uint8ArrayToString(messageItem) : "";
    };
  }
});

// node_modules/execa/lib/return/result.js
var makeSuccessResult, makeEarlyError, getEarlyErrorOutput, getEmptyOutput, PIPED_STDIO, makeError, getErrorProperties, omitUndefinedProperties, normalizeExitPayload;
var init_result = __esm({
  "node_modules/execa/lib/return/result.js"() {
    init_signal();
    init_all_sync();
    init_duration();
    init_final_error();
    init_message();
    makeSuccessResult = ({
      command,
      escapedCommand,
      stdio,
      all,
      ipcOutput,
      options: { cwd },
      startTime
    }) => omitUndefinedProperties({
      command,
      escapedCommand,
      cwd,
      durationMs: getDurationMs(startTime),
      failed: false,
      timedOut: false,
      isCanceled: false,
      isGracefullyCanceled: false,
      isTerminated: false,
      isMaxBuffer: false,
      isForcefullyTerminated: false,
      exitCode: 0,
      stdout: stdio[1],
      stderr: stdio[2],
      all,
      stdio,
      ipcOutput,
      pipedFrom: []
    });
    makeEarlyError = ({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync,
      stdio = Array.from({ length: fileDescriptors.length }),
      all
    }) => makeError({
      error,
      command,
      escapedCommand,
      startTime,
      timedOut: false,
      isCanceled: false,
      isGracefullyCanceled: false,
      isMaxBuffer: false,
      isForcefullyTerminated: false,
      stdio,
      all,
      ipcOutput: [],
      options,
      isSync
    });
    getEarlyErrorOutput = (fileDescriptors, options) => {
      const stdio = fileDescriptors.map((fileDescriptor, fdNumber) => getEmptyOutput(fileDescriptor, fdNumber, options));
      return { stdio, all: getAllSync(stdio, getAllSyncFds(stdio), options) };
    };
    getEmptyOutput = ({ direction, objectMode }, fdNumber, { stdio, buffer, lines, encoding }) => {
      if (direction === "input" || !PIPED_STDIO.has(stdio[fdNumber]) || !buffer[fdNumber]) {
        return;
      }
      if (objectMode || lines[fdNumber]) {
        return [];
      }
      return encoding === "buffer" ? new Uint8Array() : "";
    };
    PIPED_STDIO = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
    makeError = ({
      error: originalError,
      command,
      escapedCommand,
      startTime,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isMaxBuffer,
      isForcefullyTerminated,
      exitCode: rawExitCode,
      signal: rawSignal,
      stdio,
      all,
      ipcOutput,
      options: {
        timeoutDuration,
        timeout = timeoutDuration,
        forceKillAfterDelay,
        killSignal,
        cwd,
        maxBuffer
      },
      isSync
    }) => {
      const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
      const { originalMessage, shortMessage, message } = createMessages({
        stdio,
        all,
        ipcOutput,
        originalError,
        signal,
        signalDescription,
        exitCode,
        escapedCommand,
        timedOut,
        isCanceled,
        isGracefullyCanceled,
        isMaxBuffer,
        isForcefullyTerminated,
        forceKillAfterDelay,
        killSignal,
        maxBuffer,
        timeout,
        cwd
      });
      const error = getFinalError(originalError, message, isSync);
      Object.assign(error, getErrorProperties({
        error,
        command,
        escapedCommand,
        startTime,
        timedOut,
        isCanceled,
        isGracefullyCanceled,
        isMaxBuffer,
        isForcefullyTerminated,
        exitCode,
        signal,
        signalDescription,
        stdio,
        all,
        ipcOutput,
        cwd,
        originalMessage,
        shortMessage
      }));
      return error;
    };
    getErrorProperties = ({
      error,
      command,
      escapedCommand,
      startTime,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isMaxBuffer,
      isForcefullyTerminated,
      exitCode,
      signal,
      signalDescription,
      stdio,
      all,
      ipcOutput,
      cwd,
      originalMessage,
      shortMessage
    }) => omitUndefinedProperties({
      shortMessage,
      originalMessage,
      command,
      escapedCommand,
      cwd,
      durationMs: getDurationMs(startTime),
      failed: true,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isTerminated: signal !== void 0,
      isMaxBuffer,
      isForcefullyTerminated,
      exitCode,
      signal,
      signalDescription,
      code: getErrorCode(error.cause),
      stdout: stdio[1],
      stderr: stdio[2],
      all,
      stdio,
      ipcOutput,
      pipedFrom: []
    });
    omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
    normalizeExitPayload = (rawExitCode, rawSignal) => {
      const exitCode = rawExitCode === null ? void 0 : rawExitCode;
      const signal = rawSignal === null ? void 0 : rawSignal;
      const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
      return { exitCode, signal, signalDescription };
    };
  }
});

// node_modules/parse-ms/index.js
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}
var toZeroIfInfinity;
var init_parse_ms = __esm({
  "node_modules/parse-ms/index.js"() {
    toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
  }
});

// node_modules/pretty-ms/index.js
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "\xB5s");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}
var isZero, pluralize, SECOND_ROUNDING_EPSILON, ONE_DAY_IN_MILLISECONDS;
var init_pretty_ms = __esm({
  "node_modules/pretty-ms/index.js"() {
    init_parse_ms();
    isZero = (value) => value === 0 || value === 0n;
    pluralize = (word, count2) => count2 === 1 || count2 === 1n ? word : `${word}s`;
    SECOND_ROUNDING_EPSILON = 1e-7;
    ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
  }
});

// node_modules/execa/lib/verbose/error.js
var logError;
var init_error = __esm({
  "node_modules/execa/lib/verbose/error.js"() {
    init_log();
    logError = (result, verboseInfo) => {
      if (result.failed) {
        verboseLog({
          type: "error",
          verboseMessage: result.shortMessage,
          verboseInfo,
          result
        });
      }
    };
  }
});

// node_modules/execa/lib/verbose/complete.js
var logResult, logDuration;
var init_complete = __esm({
  "node_modules/execa/lib/verbose/complete.js"() {
    init_pretty_ms();
    init_values();
    init_log();
    init_error();
    logResult = (result, verboseInfo) => {
      if (!isVerbose(verboseInfo)) {
        return;
      }
      logError(result, verboseInfo);
      logDuration(result, verboseInfo);
    };
    logDuration = (result, verboseInfo) => {
      const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
      verboseLog({
        type: "duration",
        verboseMessage,
        verboseInfo,
        result
      });
    };
  }
});

// node_modules/execa/lib/return/reject.js
var handleResult;
var init_reject = __esm({
  "node_modules/execa/lib/return/reject.js"() {
    init_complete();
    handleResult = (result, verboseInfo, { reject }) => {
      logResult(result, verboseInfo);
      if (reject && result.failed) {
        throw result;
      }
      return result;
    };
  }
});

// node_modules/execa/lib/stdio/type.js
var getStdioItemType, getTransformObjectType, getDuplexType, getTransformStreamType, validateNonGeneratorType, checkUndefinedOption, getGeneratorObjectType, isGenerator, isAsyncGenerator, isSyncGenerator, isTransformOptions, isUrl, isRegularUrl, isFilePathObject, FILE_PATH_KEYS, isFilePathString, isStdioValueObject, STDIO_VALUE_KEYS, isUnknownStdioString, KNOWN_STDIO_STRINGS, isReadableStream2, isWritableStream2, isWebStream, isTransformStream, isAsyncIterableObject, isIterableObject, isObject, TRANSFORM_TYPES, FILE_TYPES, SPECIAL_DUPLICATE_TYPES_SYNC, SPECIAL_DUPLICATE_TYPES, FORBID_DUPLICATE_TYPES, TYPE_TO_MESSAGE;
var init_type = __esm({
  "node_modules/execa/lib/stdio/type.js"() {
    init_is_stream();
    init_is_plain_obj();
    init_uint_array();
    init_options();
    getStdioItemType = (value, optionName) => {
      if (isAsyncGenerator(value)) {
        return "asyncGenerator";
      }
      if (isSyncGenerator(value)) {
        return "generator";
      }
      if (isUrl(value)) {
        return "fileUrl";
      }
      if (isFilePathObject(value)) {
        return "filePath";
      }
      if (isWebStream(value)) {
        return "webStream";
      }
      if (isStream(value, { checkOpen: false })) {
        return "native";
      }
      if (isUint8Array(value)) {
        return "uint8Array";
      }
      if (isAsyncIterableObject(value)) {
        return "asyncIterable";
      }
      if (isIterableObject(value)) {
        return "iterable";
      }
      if (isTransformStream(value)) {
        return getTransformStreamType({ transform: value }, optionName);
      }
      return isTransformOptions(value) ? getTransformObjectType(value, optionName) : "native";
    };
    getTransformObjectType = (value, optionName) => {
      if (isDuplexStream(value.transform, { checkOpen: false })) {
        return getDuplexType(value, optionName);
      }
      return isTransformStream(value.transform) ? getTransformStreamType(value, optionName) : getGeneratorObjectType(value, optionName);
    };
    getDuplexType = (value, optionName) => {
      validateNonGeneratorType(value, optionName, "Duplex stream");
      return "duplex";
    };
    getTransformStreamType = (value, optionName) => {
      validateNonGeneratorType(value, optionName, "web TransformStream");
      return "webTransform";
    };
    validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
      checkUndefinedOption(final, `${optionName}.final`, typeName);
      checkUndefinedOption(binary, `${optionName}.binary`, typeName);
      checkBooleanOption(objectMode, `${optionName}.objectMode`);
    };
    checkUndefinedOption = (value, optionName, typeName) => {
      if (value !== void 0) {
        throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
      }
    };
    getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
      if (transform !== void 0 && !isGenerator(transform)) {
        throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
      }
      if (isDuplexStream(final, { checkOpen: false })) {
        throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
      }
      if (isTransformStream(final)) {
        throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
      }
      if (final !== void 0 && !isGenerator(final)) {
        throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
      }
      checkBooleanOption(binary, `${optionName}.binary`);
      checkBooleanOption(objectMode, `${optionName}.objectMode`);
      return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
    };
    isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
    isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
    isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
    isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
    isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
    isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
    isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
    FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
    isFilePathString = (file2) => typeof file2 === "string";
    isStdioValueObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => STDIO_VALUE_KEYS.has(key)) && "value" in value;
    STDIO_VALUE_KEYS = /* @__PURE__ */ new Set(["value", "input"]);
    isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
    KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
    isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
    isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
    isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
    isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
    isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
    isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
    isObject = (value) => typeof value === "object" && value !== null;
    TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
    FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
    SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
    SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
    FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
    TYPE_TO_MESSAGE = {
      generator: "a generator",
      asyncGenerator: "an async generator",
      fileUrl: "a file URL",
      filePath: "a file path string",
      fileNumber: "a file descriptor number",
      webStream: "a web stream",
      nodeStream: "a Node.js stream",
      webTransform: "a web TransformStream",
      duplex: "a Duplex stream",
      native: "any value",
      iterable: "an iterable",
      asyncIterable: "an async iterable",
      string: "a string",
      uint8Array: "a Uint8Array"
    };
  }
});

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes, getOutputObjectModes, getInputObjectModes, getFdObjectMode;
var init_object_mode = __esm({
  "node_modules/execa/lib/transform/object-mode.js"() {
    init_type();
    getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
    getOutputObjectModes = (objectMode, index, newTransforms) => {
      const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
      const readableObjectMode = objectMode ?? writableObjectMode;
      return { writableObjectMode, readableObjectMode };
    };
    getInputObjectModes = (objectMode, index, newTransforms) => {
      const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
      const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
      return { writableObjectMode, readableObjectMode };
    };
    getFdObjectMode = (stdioItems, direction) => {
      const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
      if (lastTransform === void 0) {
        return false;
      }
      return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
    };
  }
});

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms, getTransforms, normalizeTransform, normalizeDuplex, normalizeTransformStream, normalizeGenerator, sortTransforms;
var init_normalize = __esm({
  "node_modules/execa/lib/transform/normalize.js"() {
    init_is_plain_obj();
    init_encoding_option();
    init_type();
    init_object_mode();
    normalizeTransforms = (stdioItems, optionName, direction, options) => [
      ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
      ...getTransforms(stdioItems, optionName, direction, options)
    ];
    getTransforms = (stdioItems, optionName, direction, { encoding }) => {
      const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
      const newTransforms = Array.from({ length: transforms.length });
      for (const [index, stdioItem] of Object.entries(transforms)) {
        newTransforms[index] = normalizeTransform({
          stdioItem,
          index: Number(index),
          newTransforms,
          optionName,
          direction,
          encoding
        });
      }
      return sortTransforms(newTransforms, direction);
    };
    normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
      if (type === "duplex") {
        return normalizeDuplex({ stdioItem, optionName });
      }
      if (type === "webTransform") {
        return normalizeTransformStream({
          stdioItem,
          index,
          newTransforms,
          direction
        });
      }
      return normalizeGenerator({
        stdioItem,
        index,
        newTransforms,
        direction,
        encoding
      });
    };
    normalizeDuplex = ({ stdioItem, optionName }) => {
      const { value } = stdioItem;
      const { transform } = value;
      const { writableObjectMode, readableObjectMode } = transform;
      const { objectMode = readableObjectMode } = value;
      if (objectMode && !readableObjectMode) {
        throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
      }
      if (!objectMode && readableObjectMode) {
        throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
      }
      return {
        ...stdioItem,
        value: { transform, writableObjectMode, readableObjectMode }
      };
    };
    normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
      const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
      const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
      return {
        ...stdioItem,
        value: { transform, writableObjectMode, readableObjectMode }
      };
    };
    normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
      const {
        transform,
        final,
        binary: binaryOption = false,
        preserveNewlines = false,
        objectMode
      } = isPlainObject(value) ? value : { transform: value };
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
      return {
        ...stdioItem,
        value: {
          transform,
          final,
          binary,
          preserveNewlines,
          writableObjectMode,
          readableObjectMode
        }
      };
    };
    sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;
  }
});

// node_modules/execa/lib/stdio/direction.js
import process10 from "node:process";
var getStreamDirection, getStdioItemDirection, getRequestedDirection, validateKnownDirection, STREAM_TYPES, KNOWN_DIRECTIONS, anyDirection, alwaysInput, guessStreamDirection, getStandardStreamDirection, DEFAULT_DIRECTION;
var init_direction = __esm({
  "node_modules/execa/lib/stdio/direction.js"() {
    init_is_stream();
    init_type();
    getStreamDirection = ({ stdioItems, isStdioArray, fdNumber, optionName }) => {
      const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber, isStdioArray));
      if (directions.includes("input") && directions.includes("output")) {
        throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
      }
      return directions.find(Boolean) ?? DEFAULT_DIRECTION;
    };
    getStdioItemDirection = (stdioItem, fdNumber, isStdioArray) => {
      const knownDirection = KNOWN_DIRECTIONS[fdNumber];
      const direction = getRequestedDirection(stdioItem);
      if (knownDirection === void 0) {
        return direction;
      }
      validateKnownDirection(stdioItem, knownDirection, isStdioArray);
      return knownDirection;
    };
    getRequestedDirection = ({ type, value, direction, optionName }) => {
      const guessedDirection = guessStreamDirection[type](value);
      if (direction === "input" && guessedDirection === "output") {
        throw new TypeError(`The \`${optionName}\` option is invalid: \`input: true\` cannot be used with a writable value, which is always an output.`);
      }
      return direction ?? guessedDirection;
    };
    validateKnownDirection = ({ type, value, optionName }, knownDirection, isStdioArray) => {
      if (!STREAM_TYPES.has(type) || !isStdioArray && getStandardStreamDirection(value) !== void 0) {
        return;
      }
      const guessedDirection = guessStreamDirection[type](value);
      if (guessedDirection === void 0 || guessedDirection === knownDirection) {
        return;
      }
      const valueName = guessedDirection === "input" ? "readable" : "writable";
      throw new TypeError(`The \`${optionName}\` option is invalid: a ${valueName} value is always an ${guessedDirection}, but \`${optionName}\` is an ${knownDirection}.`);
    };
    STREAM_TYPES = /* @__PURE__ */ new Set(["native", "nodeStream", "webStream"]);
    KNOWN_DIRECTIONS = ["input", "output", "output"];
    anyDirection = () => void 0;
    alwaysInput = () => "input";
    guessStreamDirection = {
      generator: anyDirection,
      asyncGenerator: anyDirection,
      fileUrl: anyDirection,
      filePath: anyDirection,
      iterable: alwaysInput,
      asyncIterable: alwaysInput,
      uint8Array: alwaysInput,
      string: alwaysInput,
      webStream: (value) => isWritableStream2(value) ? "output" : "input",
      nodeStream(value) {
        if (!isReadableStream(value, { checkOpen: false })) {
          return "output";
        }
        return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
      },
      webTransform: anyDirection,
      duplex: anyDirection,
      native(value) {
        const standardStreamDirection = getStandardStreamDirection(value);
        if (standardStreamDirection !== void 0) {
          return standardStreamDirection;
        }
        if (isStream(value, { checkOpen: false })) {
          return guessStreamDirection.nodeStream(value);
        }
      }
    };
    getStandardStreamDirection = (value) => {
      if ([0, process10.stdin].includes(value)) {
        return "input";
      }
      if ([1, 2, process10.stdout, process10.stderr].includes(value)) {
        return "output";
      }
    };
    DEFAULT_DIRECTION = "output";
  }
});

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray;
var init_array2 = __esm({
  "node_modules/execa/lib/ipc/array.js"() {
    normalizeIpcStdioArray = (stdioArray, ipc) => ipc ? [...stdioArray, "ipc"] : stdioArray;
  }
});

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption, validateIpcStdioOption, hasIpcStdioOption, hasIpcStdioItem, getStdioArray, hasAlias, addDefaultValue2, normalizeStdioSync, isOutputPipeOnly, isOutputPipe, isOutputPipeObject, isFixedOutputPipe, isStandardOutputFd;
var init_stdio_option = __esm({
  "node_modules/execa/lib/stdio/stdio-option.js"() {
    init_standard_stream();
    init_array2();
    init_values();
    init_type_name();
    init_type();
    normalizeStdioOption = (options, verboseInfo, isSync) => {
      const { stdio, ipc, buffer } = options;
      const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
      validateIpcStdioOption(stdioArray);
      return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
    };
    validateIpcStdioOption = (stdioArray) => {
      if (stdioArray.some((stdioOption) => hasIpcStdioOption(stdioOption))) {
        throw new Error("The `ipc: true` option must be used instead of `stdio: 'ipc'`.");
      }
    };
    hasIpcStdioOption = (stdioOption) => Array.isArray(stdioOption) ? stdioOption.some((item) => hasIpcStdioItem(item)) : hasIpcStdioItem(stdioOption);
    hasIpcStdioItem = (stdioOption) => isStdioValueObject(stdioOption) ? stdioOption.value === "ipc" : stdioOption === "ipc";
    getStdioArray = (stdio, options) => {
      if (stdio === void 0) {
        return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
      }
      if (hasAlias(options)) {
        throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
      }
      if (typeof stdio === "string") {
        return [stdio, stdio, stdio];
      }
      if (!Array.isArray(stdio)) {
        throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${getTypeName(stdio)}\``);
      }
      const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
      return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
    };
    hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
    addDefaultValue2 = (stdioOption, fdNumber) => {
      if (Array.isArray(stdioOption)) {
        return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
      }
      if (stdioOption === null || stdioOption === void 0) {
        return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
      }
      return stdioOption;
    };
    normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && isStandardOutputFd(fdNumber) && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption, fdNumber) ? "ignore" : stdioOption);
    isOutputPipeOnly = (stdioOption, fdNumber) => isOutputPipe(stdioOption, fdNumber) || Array.isArray(stdioOption) && stdioOption.length > 0 && stdioOption.every((item) => isOutputPipe(item, fdNumber));
    isOutputPipe = (stdioOption, fdNumber) => stdioOption === "pipe" || isOutputPipeObject(stdioOption, fdNumber);
    isOutputPipeObject = (stdioOption, fdNumber) => isStdioValueObject(stdioOption) && stdioOption.value === "pipe" && (stdioOption.input === void 0 || stdioOption.input === false || isFixedOutputPipe(fdNumber, stdioOption.input));
    isFixedOutputPipe = (fdNumber, input) => input === true && isStandardOutputFd(fdNumber);
    isStandardOutputFd = (fdNumber) => fdNumber === 1 || fdNumber === 2;
  }
});

// node_modules/execa/lib/arguments/fd-options.js
var getToStream, getFromStream, SUBPROCESS_OPTIONS, getFdNumber, parseFdNumber, validateFdNumber, getInvalidStdioOptionMessage, getInvalidStdioOption, getUsedDescriptor, getOptionName, serializeOptionValue;
var init_fd_options = __esm({
  "node_modules/execa/lib/arguments/fd-options.js"() {
    init_specific();
    getToStream = (destination, to = "stdin") => {
      const isWritable = true;
      const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
      const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
      const destinationStream = destination.stdio[fdNumber];
      if (destinationStream === null) {
        throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
      }
      return destinationStream;
    };
    getFromStream = (source, from = "stdout") => {
      const isWritable = false;
      const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
      const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
      const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
      if (sourceStream === null || sourceStream === void 0) {
        throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
      }
      return sourceStream;
    };
    SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
    getFdNumber = (fileDescriptors, fdName, isWritable) => {
      const fdNumber = parseFdNumber(fdName, isWritable);
      validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
      return fdNumber;
    };
    parseFdNumber = (fdName, isWritable) => {
      const fdNumber = parseFd(fdName);
      if (fdNumber !== void 0) {
        return fdNumber;
      }
      const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
      throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
    };
    validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
      const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
      if (fileDescriptor === void 0) {
        throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
      }
      if (!isWritable && fileDescriptor.direction === "input") {
        throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
      }
      if (isWritable && fileDescriptor.direction !== "input") {
        throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.
If you meant to use it as input, please set its "stdio" option to \`{value: 'pipe', input: true}\`.`);
      }
    };
    getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
      if (fdNumber === "all" && !options.all) {
        return `The "all" option must be true to use "from: 'all'".`;
      }
      const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
      return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
    };
    getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
      const usedDescriptor = getUsedDescriptor(fdNumber);
      if (usedDescriptor === 0 && stdin !== void 0) {
        return { optionName: "stdin", optionValue: stdin };
      }
      if (usedDescriptor === 1 && stdout !== void 0) {
        return { optionName: "stdout", optionValue: stdout };
      }
      return usedDescriptor === 2 && stderr !== void 0 ? { optionName: "stderr", optionValue: stderr } : { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
    };
    getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
    getOptionName = (isWritable) => isWritable ? "to" : "from";
    serializeOptionValue = (value) => {
      if (typeof value === "string") {
        return `'${value}'`;
      }
      return typeof value === "number" ? `${value}` : "Stream";
    };
  }
});

// node_modules/execa/lib/stdio/native.js
import { readFileSync } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream, handleNativeStreamSync, getTargetFd, getTargetFdNumber, handleNativeStreamAsync, getStandardStream;
var init_native = __esm({
  "node_modules/execa/lib/stdio/native.js"() {
    init_is_stream();
    init_standard_stream();
    init_uint_array();
    init_fd_options();
    handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
      if (!isStdioArray || type !== "native") {
        return stdioItem;
      }
      return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
    };
    handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
      const targetFd = getTargetFd({
        value,
        optionName,
        fdNumber,
        direction
      });
      if (targetFd !== void 0) {
        return targetFd;
      }
      if (isStream(value, { checkOpen: false })) {
        throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
      }
      return stdioItem;
    };
    getTargetFd = ({ value, optionName, fdNumber, direction }) => {
      const targetFdNumber = getTargetFdNumber(value, fdNumber);
      if (targetFdNumber === void 0) {
        return;
      }
      if (direction === "output") {
        return { type: "fileNumber", value: targetFdNumber, optionName };
      }
      if (tty2.isatty(targetFdNumber)) {
        throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
      }
      return { type: "uint8Array", contents: () => [bufferToUint8Array(readFileSync(targetFdNumber))], optionName };
    };
    getTargetFdNumber = (value, fdNumber) => {
      if (value === "inherit") {
        return fdNumber;
      }
      if (typeof value === "number") {
        return value;
      }
      const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
      if (standardStreamIndex !== -1) {
        return standardStreamIndex;
      }
    };
    handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
      if (value === "inherit") {
        return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
      }
      if (typeof value === "number") {
        return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
      }
      return isStream(value, { checkOpen: false }) ? { type: "nodeStream", value, optionName } : stdioItem;
    };
    getStandardStream = (fdNumber, value, optionName) => {
      const standardStream = STANDARD_STREAMS[fdNumber];
      if (standardStream === void 0) {
        throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
      }
      return standardStream;
    };
  }
});

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions, handleInputOption, getInputType, handleInputFileOption, getInputFileType;
var init_input_option = __esm({
  "node_modules/execa/lib/stdio/input-option.js"() {
    init_is_stream();
    init_uint_array();
    init_type();
    handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
      ...handleInputOption(input),
      ...handleInputFileOption(inputFile)
    ] : [];
    handleInputOption = (input) => input === void 0 ? [] : [{
      type: getInputType(input),
      value: input,
      optionName: "input"
    }];
    getInputType = (input) => {
      if (isReadableStream(input, { checkOpen: false })) {
        return "nodeStream";
      }
      if (typeof input === "string") {
        return "string";
      }
      if (isUint8Array(input)) {
        return "uint8Array";
      }
      throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
    };
    handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
      ...getInputFileType(inputFile),
      optionName: "inputFile"
    }];
    getInputFileType = (inputFile) => {
      if (isUrl(inputFile)) {
        return { type: "fileUrl", value: inputFile };
      }
      if (isFilePathString(inputFile)) {
        return { type: "filePath", value: { file: inputFile } };
      }
      throw new Error("The `inputFile` option must be a file path string or a file URL.");
    };
  }
});

// node_modules/execa/lib/stdio/duplicate.js
import path8 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var isFileType, getFileTarget, filterDuplicates, hasSameValueAndDirection, getDuplicateStream, getOtherStdioItems, isSameDuplicateType, validateDuplicateStreamSync, getDuplicateStreamInstance, hasSameValue, validateDuplicateTransform, throwOnDuplicateStream;
var init_duplicate = __esm({
  "node_modules/execa/lib/stdio/duplicate.js"() {
    init_type();
    isFileType = (type) => SPECIAL_DUPLICATE_TYPES_SYNC.has(type);
    getFileTarget = ({ type, value }) => type === "filePath" ? path8.resolve(value.file) : fileURLToPath3(value);
    filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => !hasSameValueAndDirection(stdioItemOne, stdioItemTwo) || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
    hasSameValueAndDirection = (stdioItemOne, stdioItemTwo) => stdioItemOne.value === stdioItemTwo.value && stdioItemOne.direction === stdioItemTwo.direction;
    getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
      const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
      if (otherStdioItems.length === 0) {
        return;
      }
      if (isSync) {
        validateDuplicateStreamSync({
          otherStdioItems,
          type,
          value,
          optionName,
          direction
        });
        return;
      }
      if (SPECIAL_DUPLICATE_TYPES.has(type)) {
        return getDuplicateStreamInstance({
          otherStdioItems,
          type,
          value,
          optionName,
          direction
        });
      }
      if (FORBID_DUPLICATE_TYPES.has(type)) {
        validateDuplicateTransform({
          otherStdioItems,
          type,
          value,
          optionName
        });
      }
    };
    getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(
      ({ direction, stdioItems }) => stdioItems.map((stdioItem) => ({ ...stdioItem, direction }))
    ).filter((stdioItem) => isSameDuplicateType(stdioItem.type, type));
    isSameDuplicateType = (otherType, type) => otherType === type || isFileType(otherType) && isFileType(type);
    validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
      if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
        getDuplicateStreamInstance({
          otherStdioItems,
          type,
          value,
          optionName,
          direction
        });
      }
    };
    getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
      const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, type, value));
      if (duplicateStdioItems.length === 0) {
        return;
      }
      const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
      throwOnDuplicateStream(differentStdioItem, optionName, type);
      return direction === "output" || type === "webStream" ? duplicateStdioItems[0].stream : void 0;
    };
    hasSameValue = (otherStdioItem, type, value) => isFileType(otherStdioItem.type) ? getFileTarget(otherStdioItem) === getFileTarget({ type, value }) : otherStdioItem.value === value;
    validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
      const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
      throwOnDuplicateStream(duplicateStdioItem, optionName, type);
    };
    throwOnDuplicateStream = (stdioItem, optionName, type) => {
      if (stdioItem !== void 0) {
        throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
      }
    };
  }
});

// node_modules/execa/lib/stdio/handle.js
var handleStdio, getFileDescriptor, initializeStdioItems, omitInheritedStdin, isInheritedStdinOnly, initializeStdioItem, initializeStdioValueObject, validateStdioArray, INVALID_STDIO_ARRAY_OPTIONS, validateStreams, validateFileDescriptorStdio, MAX_FILE_DESCRIPTOR, validateNativeStdio, isFileHandle, validateFileStdio, validateFileObjectMode, getFinalFileDescriptors, addFinalFileDescriptor, addStreamProperties, cleanupCustomStreams, forwardStdio;
var init_handle = __esm({
  "node_modules/execa/lib/stdio/handle.js"() {
    init_is_stream();
    init_standard_stream();
    init_options();
    init_normalize();
    init_object_mode();
    init_type();
    init_direction();
    init_stdio_option();
    init_native();
    init_input_option();
    init_duplicate();
    handleStdio = (addProperties3, options, verboseInfo, isSync) => {
      const stdio = normalizeStdioOption(options, verboseInfo, isSync);
      const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
        stdioOption,
        fdNumber,
        options,
        isSync
      }));
      const fileDescriptors = getFinalFileDescriptors({
        initialFileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      });
      options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
      return fileDescriptors;
    };
    getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
      const optionName = getStreamName(fdNumber);
      const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
        stdioOption,
        fdNumber,
        options,
        optionName
      });
      const direction = getStreamDirection({
        stdioItems: initialStdioItems,
        isStdioArray,
        fdNumber,
        optionName
      });
      const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
        stdioItem,
        isStdioArray,
        fdNumber,
        direction,
        isSync
      }));
      const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
      const objectMode = getFdObjectMode(normalizedStdioItems, direction);
      validateFileObjectMode(normalizedStdioItems, objectMode);
      return { direction, objectMode, stdioItems: normalizedStdioItems };
    };
    initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
      const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
      const inputStdioItems = handleInputOptions(options, fdNumber);
      const initialStdioItems = [
        ...omitInheritedStdin(values.map((value) => initializeStdioItem(value, optionName)), inputStdioItems),
        ...inputStdioItems
      ];
      const stdioItems = filterDuplicates(initialStdioItems);
      const isStdioArray = stdioItems.length > 1;
      validateStdioArray(stdioItems, isStdioArray, optionName);
      validateStreams(stdioItems, isStdioArray);
      return { stdioItems, isStdioArray };
    };
    omitInheritedStdin = (stdioItems, inputStdioItems) => inputStdioItems.length > 0 && isInheritedStdinOnly(stdioItems) ? [] : stdioItems;
    isInheritedStdinOnly = (stdioItems) => stdioItems.length === 1 && stdioItems[0].type === "native" && stdioItems[0].value === "inherit";
    initializeStdioItem = (value, optionName) => {
      if (isStdioValueObject(value)) {
        return initializeStdioValueObject(value, optionName);
      }
      return {
        type: getStdioItemType(value, optionName),
        value,
        optionName
      };
    };
    initializeStdioValueObject = ({ value, input }, optionName) => {
      checkBooleanOption(input, `${optionName}.input`);
      return {
        type: getStdioItemType(value, optionName),
        value,
        direction: input ? "input" : void 0,
        optionName
      };
    };
    validateStdioArray = (stdioItems, isStdioArray, optionName) => {
      if (stdioItems.length === 0) {
        throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
      }
      if (!isStdioArray) {
        return;
      }
      for (const { value, optionName: optionName2 } of stdioItems) {
        if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
          throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
        }
      }
    };
    INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore"]);
    validateStreams = (stdioItems, isStdioArray) => {
      for (const stdioItem of stdioItems) {
        validateFileStdio(stdioItem);
        validateFileDescriptorStdio(stdioItem);
        validateNativeStdio(stdioItem, isStdioArray);
      }
    };
    validateFileDescriptorStdio = ({ type, value, optionName }) => {
      if (type !== "native") {
        return;
      }
      const fileDescriptor = typeof value === "number" ? value : value?.fd;
      if (typeof fileDescriptor === "number" && (!Number.isInteger(fileDescriptor) || fileDescriptor < 0 || fileDescriptor > MAX_FILE_DESCRIPTOR)) {
        throw new TypeError(`The \`${optionName}\` option must be a non-negative 32-bit integer: got ${fileDescriptor}.`);
      }
    };
    MAX_FILE_DESCRIPTOR = 2 ** 31 - 1;
    validateNativeStdio = ({ type, value, optionName }, isStdioArray) => {
      if (type !== "native") {
        return;
      }
      if (isFileHandle(value)) {
        if (isStdioArray) {
          throw new TypeError(`The \`${optionName}\` option cannot combine file handles with other values.`);
        }
        return;
      }
      if (typeof value !== "string" && typeof value !== "number" && !isStream(value, { checkOpen: false })) {
        throw new TypeError(`The \`${optionName}\` option is invalid: ${String(value)} (${typeof value}).`);
      }
    };
    isFileHandle = (value) => typeof value?.fd === "number" && !isStream(value, { checkOpen: false });
    validateFileStdio = ({ type, value, optionName }) => {
      if (isRegularUrl(value)) {
        throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
      }
      if (isUnknownStdioString(type, value)) {
        throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
      }
    };
    validateFileObjectMode = (stdioItems, objectMode) => {
      if (!objectMode) {
        return;
      }
      const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
      if (fileStdioItem !== void 0) {
        throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
      }
    };
    getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
      const fileDescriptors = [];
      try {
        for (const fileDescriptor of initialFileDescriptors) {
          addFinalFileDescriptor({
            fileDescriptor,
            fileDescriptors,
            addProperties: addProperties3,
            options,
            isSync
          });
        }
        return fileDescriptors;
      } catch (error) {
        cleanupCustomStreams(fileDescriptors);
        throw error;
      }
    };
    addFinalFileDescriptor = ({ fileDescriptor, fileDescriptors, addProperties: addProperties3, options, isSync }) => {
      const { direction, objectMode, stdioItems } = fileDescriptor;
      const finalFileDescriptor = { direction, objectMode, stdioItems: [] };
      fileDescriptors.push(finalFileDescriptor);
      for (const stdioItem of stdioItems) {
        finalFileDescriptor.stdioItems.push(addStreamProperties({
          stdioItem,
          addProperties: addProperties3,
          direction,
          objectMode,
          options,
          fileDescriptors,
          isSync
        }));
      }
    };
    addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, objectMode, options, fileDescriptors, isSync }) => {
      const duplicateStream = getDuplicateStream({
        stdioItem,
        direction,
        fileDescriptors,
        isSync
      });
      if (duplicateStream !== void 0) {
        return { ...stdioItem, stream: duplicateStream };
      }
      return {
        ...stdioItem,
        ...addProperties3[direction][stdioItem.type](stdioItem, options, objectMode)
      };
    };
    cleanupCustomStreams = (fileDescriptors) => {
      for (const { stream } of fileDescriptors.flatMap(({ stdioItems }) => stdioItems)) {
        if (stream === void 0 || isStandardStream(stream)) {
          continue;
        }
        stream.on("error", () => {
        });
        stream.destroy();
      }
    };
    forwardStdio = (stdioItems) => {
      if (stdioItems.length > 1) {
        return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
      }
      const [{ type, value }] = stdioItems;
      return type === "native" ? value : "pipe";
    };
  }
});

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync2 } from "node:fs";
var handleStdioSync, forbiddenIfSync, forbiddenNativeIfSync, forbiddenNativeInputIfSync, forbiddenInputTransformIfSync, throwInvalidSyncValue, addProperties, addPropertiesSync;
var init_handle_sync = __esm({
  "node_modules/execa/lib/stdio/handle-sync.js"() {
    init_uint_array();
    init_handle();
    init_type();
    handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
    forbiddenIfSync = ({ type, optionName }) => {
      throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
    };
    forbiddenNativeIfSync = ({ optionName, value }) => {
      if (value === "overlapped") {
        throwInvalidSyncValue(optionName, `"${value}"`);
      }
      return {};
    };
    forbiddenNativeInputIfSync = (stdioItem) => {
      const { optionName, value } = stdioItem;
      if (value === "pipe" && optionName !== "stdin") {
        throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be an input pipe with synchronous methods.`);
      }
      return forbiddenNativeIfSync(stdioItem);
    };
    forbiddenInputTransformIfSync = ({ optionName }) => {
      if (optionName !== "stdin") {
        throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be an input transform with synchronous methods.`);
      }
    };
    throwInvalidSyncValue = (optionName, value) => {
      throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
    };
    addProperties = {
      generator() {
      },
      asyncGenerator: forbiddenIfSync,
      webStream: forbiddenIfSync,
      nodeStream: forbiddenIfSync,
      webTransform: forbiddenIfSync,
      duplex: forbiddenIfSync,
      asyncIterable: forbiddenIfSync,
      native: forbiddenNativeIfSync
    };
    addPropertiesSync = {
      input: {
        ...addProperties,
        generator: forbiddenInputTransformIfSync,
        native: forbiddenNativeInputIfSync,
        // Files and iterables are read lazily, so that a file which cannot be read, or an iterable which throws, is reported like any other early error, instead of being thrown as a raw error
        fileUrl: ({ value }) => ({ contents: () => [bufferToUint8Array(readFileSync2(value))] }),
        filePath: ({ value: { file: file2 } }) => ({ contents: () => [bufferToUint8Array(readFileSync2(file2))] }),
        fileNumber: forbiddenIfSync,
        iterable: ({ value }) => ({ contents: () => [...value] }),
        string: ({ value }) => ({ contents: [value] }),
        // `contents` is already set when reading from a file descriptor
        uint8Array: ({ value, contents = [value] }) => ({ contents })
      },
      output: {
        ...addProperties,
        fileUrl: ({ value }) => ({ path: value }),
        filePath: ({ value: { file: file2, append } }) => ({ path: file2, append }),
        fileNumber: ({ value }) => ({ path: value }),
        iterable: forbiddenIfSync,
        string: forbiddenIfSync,
        uint8Array: forbiddenIfSync
      }
    };
  }
});

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer4 } from "node:buffer";
var getValidateTransformInput, validateStringTransformInput, getValidateTransformReturn, validateObjectTransformReturn, validateStringTransformReturn, validateEmptyReturn;
var init_validate = __esm({
  "node_modules/execa/lib/transform/validate.js"() {
    init_uint_array();
    getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
    validateStringTransformInput = function* (optionName, chunk) {
      if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer4.isBuffer(chunk)) {
        throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
      }
      yield chunk;
    };
    getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
    validateObjectTransformReturn = function* (optionName, chunk) {
      validateEmptyReturn(optionName, chunk);
      yield chunk;
    };
    validateStringTransformReturn = function* (optionName, chunk) {
      validateEmptyReturn(optionName, chunk);
      if (typeof chunk !== "string" && !isUint8Array(chunk)) {
        throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
      }
      yield chunk;
    };
    validateEmptyReturn = (optionName, chunk) => {
      if (chunk === null || chunk === void 0) {
        throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
      }
    };
  }
});

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer5 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator, encodingUint8ArrayGenerator, encodingStringGenerator, encodingStringFinal, getStringToBytesGenerator, stringToBytesGenerator;
var init_encoding_transform = __esm({
  "node_modules/execa/lib/transform/encoding-transform.js"() {
    init_encoding_option();
    init_uint_array();
    getEncodingTransformGenerator = (binary, encoding, skipped) => {
      if (skipped) {
        return;
      }
      if (binary) {
        return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
      }
      const stringDecoder = new StringDecoder2(encoding);
      return {
        transform: encodingStringGenerator.bind(void 0, stringDecoder),
        final: encodingStringFinal.bind(void 0, stringDecoder)
      };
    };
    encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
      if (Buffer5.isBuffer(chunk)) {
        yield bufferToUint8Array(chunk);
      } else if (typeof chunk === "string") {
        yield textEncoder3.encode(chunk);
      } else {
        yield chunk;
      }
    };
    encodingStringGenerator = function* (stringDecoder, chunk) {
      yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
    };
    encodingStringFinal = function* (stringDecoder) {
      const lastChunk = stringDecoder.end();
      if (lastChunk !== "") {
        yield lastChunk;
      }
    };
    getStringToBytesGenerator = (binary, encoding, skipped) => skipped || encoding === "utf8" ? void 0 : { transform: stringToBytesGenerator.bind(void 0, getStringEncoding(binary, encoding)) };
    stringToBytesGenerator = function* (stringEncoding, chunk) {
      yield typeof chunk === "string" ? bufferToUint8Array(Buffer5.from(chunk, stringEncoding)) : chunk;
    };
  }
});

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks, transformChunk, finalChunks, generatorFinalChunks, destroyTransform, identityGenerator;
var init_run_async = __esm({
  "node_modules/execa/lib/transform/run-async.js"() {
    pushChunks = callbackify(async (getChunks2, state, getChunksArguments, transformStream) => {
      state.currentIterable = getChunks2(...getChunksArguments);
      try {
        for await (const chunk of state.currentIterable) {
          transformStream.push(chunk);
        }
      } finally {
        delete state.currentIterable;
      }
    });
    transformChunk = async function* (chunk, generators, index) {
      if (index === generators.length) {
        yield chunk;
        return;
      }
      const { transform = identityGenerator } = generators[index];
      for await (const transformedChunk of transform(chunk)) {
        yield* transformChunk(transformedChunk, generators, index + 1);
      }
    };
    finalChunks = async function* (generators) {
      for (const [index, { final }] of Object.entries(generators)) {
        yield* generatorFinalChunks(final, Number(index), generators);
      }
    };
    generatorFinalChunks = async function* (final, index, generators) {
      if (final === void 0) {
        return;
      }
      for await (const finalChunk of final()) {
        yield* transformChunk(finalChunk, generators, index + 1);
      }
    };
    destroyTransform = callbackify(async ({ currentIterable }, error) => {
      if (currentIterable !== void 0) {
        await (error ? currentIterable.throw(error) : currentIterable.return());
        return;
      }
      if (error) {
        throw error;
      }
    });
    identityGenerator = function* (chunk) {
      yield chunk;
    };
  }
});

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync, normalizeTransformError, runTransformSync, transformChunkSync, finalChunksSync, generatorFinalChunksSync, identityGenerator2;
var init_run_sync = __esm({
  "node_modules/execa/lib/transform/run-sync.js"() {
    pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
      try {
        for (const chunk of getChunksSync(...getChunksArguments)) {
          transformStream.push(chunk);
        }
        done();
      } catch (error) {
        done(normalizeTransformError(error));
      }
    };
    normalizeTransformError = (error) => error || Object.assign(new Error("Promise was rejected with falsy value"), {
      code: "ERR_FALSY_VALUE_REJECTION",
      reason: error
    });
    runTransformSync = (generators, chunks) => {
      try {
        return [
          ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
          ...finalChunksSync(generators)
        ];
      } catch (error) {
        throw normalizeTransformError(error);
      }
    };
    transformChunkSync = function* (chunk, generators, index) {
      if (index === generators.length) {
        yield chunk;
        return;
      }
      const { transform = identityGenerator2 } = generators[index];
      for (const transformedChunk of transform(chunk)) {
        yield* transformChunkSync(transformedChunk, generators, index + 1);
      }
    };
    finalChunksSync = function* (generators) {
      for (const [index, { final }] of Object.entries(generators)) {
        yield* generatorFinalChunksSync(final, Number(index), generators);
      }
    };
    generatorFinalChunksSync = function* (final, index, generators) {
      if (final === void 0) {
        return;
      }
      for (const finalChunk of final()) {
        yield* transformChunkSync(finalChunk, generators, index + 1);
      }
    };
    identityGenerator2 = function* (chunk) {
      yield chunk;
    };
  }
});

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";
import { Buffer as Buffer6 } from "node:buffer";
var generatorToStream, runGeneratorsSync, addInternalGenerators;
var init_generator = __esm({
  "node_modules/execa/lib/transform/generator.js"() {
    init_encoding_option();
    init_type();
    init_split();
    init_validate();
    init_encoding_transform();
    init_run_async();
    init_run_sync();
    generatorToStream = ({
      value,
      value: {
        transform,
        final,
        binary,
        writableObjectMode,
        readableObjectMode
      },
      optionName
    }, { encoding }) => {
      const state = {};
      const generators = addInternalGenerators(value, encoding, optionName);
      const transformAsync = isAsyncGenerator(transform);
      const finalAsync = isAsyncGenerator(final);
      const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
      const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
      const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
      const stream = new Transform({
        writableObjectMode,
        writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
        readableObjectMode,
        readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
        // A string written to the stream is converted to bytes with this encoding, which `getEncodingTransformGenerator()` then decodes with the `encoding` option
        defaultEncoding: getStringEncoding(binary, encoding),
        transform(chunk, encoding2, done) {
          transformMethod([chunk, generators, 0], this, done);
        },
        flush(done) {
          finalMethod([generators], this, done);
        },
        destroy: destroyMethod
      });
      return { stream };
    };
    runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
      const generators = stdioItems.filter(({ type }) => type === "generator");
      const reversedGenerators = isInput ? generators.reverse() : generators;
      for (const { value, optionName } of reversedGenerators) {
        if (!value.writableObjectMode) {
          const stringEncoding = getStringEncoding(value.binary, encoding);
          chunks = chunks.map((chunk) => typeof chunk === "string" ? Buffer6.from(chunk, stringEncoding) : chunk);
        }
        const generators2 = addInternalGenerators(value, encoding, optionName);
        chunks = runTransformSync(generators2, chunks);
      }
      return chunks;
    };
    addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
      const state = {};
      return [
        { transform: getValidateTransformInput(writableObjectMode, optionName) },
        getEncodingTransformGenerator(binary, encoding, writableObjectMode),
        getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
        { transform, final },
        { transform: getValidateTransformReturn(readableObjectMode, optionName) },
        getAppendNewlineGenerator({
          binary,
          preserveNewlines,
          readableObjectMode,
          state,
          encoding
        }),
        getStringToBytesGenerator(binary, encoding, readableObjectMode)
      ].filter(Boolean);
    };
  }
});

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync, getInputFdNumbers, addInputOptionSync, getChunks, applyInputGeneratorsSync, validateSerializable, isSerializableInput, throwOnSerializableInput;
var init_input_sync = __esm({
  "node_modules/execa/lib/io/input-sync.js"() {
    init_generator();
    init_uint_array();
    init_type();
    init_encoding_option();
    addInputOptionsSync = (fileDescriptors, options) => {
      for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
        addInputOptionSync(fileDescriptors, fdNumber, options);
      }
    };
    getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
    addInputOptionSync = (fileDescriptors, fdNumber, options) => {
      const { stdioItems } = fileDescriptors[fdNumber];
      const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
      if (allStdioItems.length === 0 && stdioItems.every(({ type }) => type !== "generator")) {
        return;
      }
      if (fdNumber !== 0) {
        const [{ type, optionName }] = allStdioItems;
        throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
      }
      const chunks = allStdioItems.flatMap(({ type, contents }) => getChunks(type, typeof contents === "function" ? contents() : contents));
      options.input = applyInputGeneratorsSync(chunks, stdioItems, options.encoding);
    };
    getChunks = (type, chunks) => type === "iterable" ? chunks : chunks.filter((chunk) => chunk.length > 0);
    applyInputGeneratorsSync = (chunks, stdioItems, encoding) => {
      const newContents = runGeneratorsSync(chunks, stdioItems, getInputEncoding(encoding), true);
      validateSerializable(newContents);
      return joinToUint8Array(newContents);
    };
    validateSerializable = (newContents) => {
      const invalidItem = newContents.find((item) => !isSerializableInput(item));
      if (invalidItem !== void 0) {
        throwOnSerializableInput("stdin", invalidItem);
      }
    };
    isSerializableInput = (item) => typeof item === "string" || isUint8Array(item);
    throwOnSerializableInput = (optionName, invalidItem) => {
      throw new TypeError(`The \`${optionName}\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
    };
  }
});

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput, isFdVerbose, PIPED_STDIO_VALUES, logLines, logLinesSync, isPipingStream, logLine;
var init_output = __esm({
  "node_modules/execa/lib/verbose/output.js"() {
    init_encoding_option();
    init_type();
    init_standard_stream();
    init_log();
    init_values();
    shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && isFdVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
    isFdVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
    PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
    logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
      for await (const line of linesIterable) {
        if (!isPipingStream(stream)) {
          logLine(line, fdNumber, verboseInfo);
        }
      }
    };
    logLinesSync = (linesArray, fdNumber, verboseInfo) => {
      for (const line of linesArray) {
        logLine(line, fdNumber, verboseInfo);
      }
    };
    isPipingStream = (stream) => stream._readableState.pipes.some((pipe) => !isAllStream(pipe) || isPipingStream(pipe));
    logLine = (line, fdNumber, verboseInfo) => {
      const verboseMessage = serializeVerboseMessage(line);
      verboseLog({
        type: "output",
        verboseMessage,
        fdNumber,
        verboseInfo
      });
    };
  }
});

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";
var transformOutputSync, getSpawnFailureOutput, transformOutputResultSync, runOutputGeneratorsSync, serializeChunks, logOutputSync, writeToFiles;
var init_output_sync = __esm({
  "node_modules/execa/lib/io/output-sync.js"() {
    init_output();
    init_generator();
    init_split();
    init_uint_array();
    init_type();
    init_duplicate();
    init_max_buffer();
    transformOutputSync = ({ fileDescriptors, syncResult, options, verboseInfo }) => {
      const output = syncResult.output ?? getSpawnFailureOutput(options);
      const outputFiles = /* @__PURE__ */ new Set();
      const errors = [];
      const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
        result,
        fileDescriptors,
        fdNumber,
        errors,
        outputFiles,
        verboseInfo
      }, options));
      return { output: transformedOutput, error: errors.find((error) => error !== void 0) };
    };
    getSpawnFailureOutput = ({ stdio }) => stdio.map((stdioOption, fdNumber) => fdNumber !== 0 && stdioOption === "pipe" ? new Uint8Array() : null);
    transformOutputResultSync = ({ result, fileDescriptors, fdNumber, errors, outputFiles, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
      if (result === null) {
        return;
      }
      const truncatedResult = truncateMaxBufferSync(result, fdNumber, { maxBuffer, buffer });
      const uint8ArrayResult = bufferToUint8Array(truncatedResult);
      const { stdioItems, objectMode } = fileDescriptors[fdNumber];
      const { chunks, error: transformError } = runOutputGeneratorsSync(uint8ArrayResult.length === 0 ? [] : [uint8ArrayResult], stdioItems, encoding);
      const { serializedResult, finalResult } = serializeChunks({
        chunks,
        objectMode,
        encoding,
        lines,
        stripFinalNewline: stripFinalNewline2,
        fdNumber
      });
      const logError2 = logOutputSync({
        serializedResult,
        fdNumber,
        verboseInfo,
        encoding,
        stdioItems,
        objectMode
      });
      const error = transformError ?? logError2;
      errors.push(error);
      const returnedResult = buffer[fdNumber] ? finalResult : void 0;
      try {
        if (error === void 0) {
          writeToFiles(chunks, stdioItems, outputFiles);
        }
        return returnedResult;
      } catch (writeError) {
        errors.push(writeError);
        return returnedResult;
      }
    };
    runOutputGeneratorsSync = (chunks, stdioItems, encoding) => {
      try {
        return { chunks: runGeneratorsSync(chunks, stdioItems, encoding, false), error: void 0 };
      } catch (error) {
        return { chunks: [], error };
      }
    };
    serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
      if (objectMode) {
        return { serializedResult: chunks, finalResult: chunks };
      }
      if (encoding === "buffer") {
        const serializedResult2 = joinToUint8Array(chunks);
        return { serializedResult: serializedResult2, finalResult: serializedResult2 };
      }
      const serializedResult = joinToString(chunks, encoding);
      const finalResult = lines[fdNumber] ? splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) : serializedResult;
      return { serializedResult, finalResult };
    };
    logOutputSync = ({ serializedResult, fdNumber, verboseInfo, encoding, stdioItems, objectMode }) => {
      if (!shouldLogOutput({
        stdioItems,
        encoding,
        verboseInfo,
        fdNumber
      })) {
        return;
      }
      const linesArray = splitLinesSync(serializedResult, false, objectMode);
      try {
        logLinesSync(linesArray, fdNumber, verboseInfo);
      } catch (error) {
        return error;
      }
    };
    writeToFiles = (chunks, stdioItems, outputFiles) => {
      const fileItems = stdioItems.filter(({ type }) => FILE_TYPES.has(type));
      if (fileItems.length === 0) {
        return;
      }
      const contents = joinToUint8Array(chunks);
      const writtenPaths = /* @__PURE__ */ new Set();
      for (const stdioItem of fileItems) {
        const { type, append } = stdioItem;
        const path15 = type === "fileNumber" ? stdioItem.path : getFileTarget(stdioItem);
        if (writtenPaths.has(path15)) {
          continue;
        }
        writtenPaths.add(path15);
        if (append || outputFiles.has(path15)) {
          appendFileSync(path15, contents);
        } else {
          writeFileSync(path15, contents);
        }
        outputFiles.add(path15);
      }
    };
  }
});

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit, waitForExitOrError, waitForSubprocessExit, waitForSuccessfulExit, isSubprocessErrorExit, isFailedExit;
var init_exit_async = __esm({
  "node_modules/execa/lib/resolve/exit-async.js"() {
    init_final_error();
    waitForExit = async (subprocess, context) => {
      const [exitCode, signal] = await waitForExitOrError(subprocess);
      context.isForcefullyTerminated ??= false;
      return [exitCode, signal];
    };
    waitForExitOrError = async (subprocess) => {
      const [spawnPayload, exitPayload] = await Promise.allSettled([
        once4(subprocess, "spawn"),
        once4(subprocess, "exit")
      ]);
      if (spawnPayload.status === "rejected") {
        return [];
      }
      return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
    };
    waitForSubprocessExit = async (subprocess) => {
      try {
        return await once4(subprocess, "exit");
      } catch {
        return waitForSubprocessExit(subprocess);
      }
    };
    waitForSuccessfulExit = async (exitPromise) => {
      const [exitCode, signal] = await exitPromise;
      if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
        throw new DiscardedError();
      }
      return [exitCode, signal];
    };
    isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
    isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;
  }
});

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync, getResultError;
var init_exit_sync = __esm({
  "node_modules/execa/lib/resolve/exit-sync.js"() {
    init_final_error();
    init_max_buffer();
    init_exit_async();
    getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer, buffer }) => {
      const initialError = getResultError(error, exitCode, signal);
      const isTimedOut = initialError?.code === "ETIMEDOUT";
      const { resultError, isMaxBuffer } = isTimedOut ? { resultError: initialError, isMaxBuffer: false } : handleMaxBufferSync({
        resultError: initialError,
        output,
        maxBuffer,
        buffer
      });
      return {
        resultError,
        exitCode,
        signal,
        timedOut: isTimedOut,
        isMaxBuffer
      };
    };
    getResultError = (error, exitCode, signal) => {
      if (error !== void 0) {
        return error;
      }
      return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
    };
  }
});

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";
var execaCoreSync, handleSyncArguments, normalizeSyncOptions, validateSyncOptions, throwInvalidSyncOption, spawnSubprocessSync, runSubprocessSync, normalizeSpawnSyncOptions, getSyncResult;
var init_main_sync = __esm({
  "node_modules/execa/lib/methods/main-sync.js"() {
    init_command();
    init_options2();
    init_shell();
    init_result();
    init_reject();
    init_handle_sync();
    init_strip_newline();
    init_input_sync();
    init_output_sync();
    init_max_buffer();
    init_all_sync();
    init_exit_sync();
    execaCoreSync = (rawFile, rawArguments, rawOptions) => {
      const { file: file2, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
      const result = spawnSubprocessSync({
        file: file2,
        commandArguments,
        options,
        command,
        escapedCommand,
        verboseInfo,
        fileDescriptors,
        startTime
      });
      return handleResult(result, verboseInfo, options);
    };
    handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
      const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
      const syncOptions = normalizeSyncOptions(rawOptions);
      const { file: file2, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
      validateSyncOptions(options);
      const fileDescriptors = handleStdioSync(options, verboseInfo);
      return {
        file: file2,
        commandArguments,
        command,
        escapedCommand,
        startTime,
        verboseInfo,
        options,
        fileDescriptors
      };
    };
    normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
    validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal, killDescendants }) => {
      if (ipcInput !== void 0) {
        throwInvalidSyncOption("ipcInput");
      }
      if (ipc) {
        throwInvalidSyncOption("ipc: true");
      }
      if (detached) {
        throwInvalidSyncOption("detached: true");
      }
      if (killDescendants) {
        throwInvalidSyncOption("killDescendants: true");
      }
      if (cancelSignal) {
        throwInvalidSyncOption("cancelSignal");
      }
    };
    throwInvalidSyncOption = (value) => {
      throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
    };
    spawnSubprocessSync = ({ file: file2, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
      const syncResult = runSubprocessSync({
        file: file2,
        commandArguments,
        options,
        command,
        escapedCommand,
        fileDescriptors,
        startTime
      });
      if (syncResult.failed) {
        return syncResult;
      }
      const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
      const { output, error = resultError } = transformOutputSync({
        fileDescriptors,
        syncResult,
        options,
        verboseInfo
      });
      const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
      const allFds = getAllSyncFds(output);
      const all = stripNewline(getAllSync(output, allFds, options), options, "all", allFds);
      return getSyncResult({
        error,
        exitCode,
        signal,
        timedOut,
        isMaxBuffer,
        stdio,
        all,
        options,
        command,
        escapedCommand,
        startTime
      });
    };
    runSubprocessSync = ({ file: file2, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
      try {
        addInputOptionsSync(fileDescriptors, options);
        const normalizedOptions = normalizeSpawnSyncOptions(options);
        return { __proto__: null, ...spawnSync(...concatenateShell(file2, commandArguments, normalizedOptions)) };
      } catch (error) {
        return makeEarlyError({
          error,
          command,
          escapedCommand,
          fileDescriptors,
          options,
          startTime,
          isSync: true,
          ...getEarlyErrorOutput(fileDescriptors, options)
        });
      }
    };
    normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
    getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
      command,
      escapedCommand,
      stdio,
      all,
      ipcOutput: [],
      options,
      startTime
    }) : makeError({
      error,
      command,
      escapedCommand,
      timedOut,
      isCanceled: false,
      isGracefullyCanceled: false,
      isMaxBuffer,
      isForcefullyTerminated: false,
      exitCode,
      signal,
      stdio,
      all,
      ipcOutput: [],
      options,
      startTime,
      isSync: true
    });
  }
});

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var internalGetOneMessageOptions, getOneMessage, getOneMessageAsync, stopOnAbort, getMessage, throwOnDisconnect2, throwOnStrictError;
var init_get_one = __esm({
  "node_modules/execa/lib/ipc/get-one.js"() {
    init_options();
    init_validation();
    init_forward();
    init_reference();
    internalGetOneMessageOptions = /* @__PURE__ */ Symbol("internalGetOneMessageOptions");
    getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, rawOptions) => {
      const options = copyOptions(rawOptions);
      const { reference = true, filter } = options;
      const { signal } = options[internalGetOneMessageOptions] ?? {};
      validateIpcMethod({
        methodName: "getOneMessage",
        isSubprocess,
        ipc,
        isConnected: isConnected(anyProcess)
      });
      return getOneMessageAsync({
        anyProcess,
        channel,
        isSubprocess,
        filter,
        reference,
        signal
      });
    };
    getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference, signal }) => {
      addReference(channel, reference);
      const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
      const controller = new AbortController();
      stopOnAbort(signal, controller);
      try {
        return await Promise.race([
          getMessage(ipcEmitter, filter, controller),
          throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
          throwOnStrictError(ipcEmitter, isSubprocess, controller)
        ]);
      } catch (error) {
        if (!signal?.aborted) {
          disconnect(anyProcess);
        }
        throw error;
      } finally {
        controller.abort();
        removeReference(channel, reference);
      }
    };
    stopOnAbort = (signal, controller) => {
      if (signal === void 0) {
        return;
      }
      if (signal.aborted) {
        controller.abort();
        return;
      }
      signal.addEventListener("abort", () => {
        controller.abort();
      }, { once: true, signal: controller.signal });
    };
    getMessage = async (ipcEmitter, filter, { signal }) => {
      if (filter === void 0) {
        const [message] = await once5(ipcEmitter, "message", { signal });
        return message;
      }
      for await (const [message] of on2(ipcEmitter, "message", { signal })) {
        if (filter(message)) {
          return message;
        }
      }
    };
    throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
      await once5(ipcEmitter, "disconnect", { signal });
      throwOnEarlyDisconnect(isSubprocess);
    };
    throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
      const [error] = await once5(ipcEmitter, "strict:error", { signal });
      throw getStrictResponseError(error, isSubprocess);
    };
  }
});

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var internalGetEachMessageOptions, getEachMessage, loopOnMessages, stopOnAbort2, stopOnDisconnect, abortOnStrictError, iterateOnMessages, throwIfStrictError;
var init_get_each = __esm({
  "node_modules/execa/lib/ipc/get-each.js"() {
    init_options();
    init_validation();
    init_forward();
    init_reference();
    internalGetEachMessageOptions = /* @__PURE__ */ Symbol("internalGetEachMessageOptions");
    getEachMessage = (subprocessInfo, rawOptions) => {
      const options = copyOptions(rawOptions);
      const { reference = true } = options;
      const { signal, shouldAwait = !subprocessInfo.isSubprocess } = options[internalGetEachMessageOptions] ?? {};
      return loopOnMessages({
        ...subprocessInfo,
        shouldAwait,
        reference,
        signal
      });
    };
    loopOnMessages = ({ anyProcess, waitProcess = anyProcess, channel, isSubprocess, ipc, shouldAwait, reference, signal }) => {
      validateIpcMethod({
        methodName: "getEachMessage",
        isSubprocess,
        ipc,
        isConnected: isConnected(anyProcess)
      });
      addReference(channel, reference);
      const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
      const controller = new AbortController();
      const state = {};
      stopOnAbort2(signal, controller);
      stopOnDisconnect(anyProcess, ipcEmitter, controller);
      abortOnStrictError({
        ipcEmitter,
        isSubprocess,
        controller,
        state
      });
      return iterateOnMessages({
        anyProcess,
        waitProcess,
        channel,
        ipcEmitter,
        isSubprocess,
        shouldAwait,
        controller,
        state,
        reference,
        signal
      });
    };
    stopOnAbort2 = (signal, controller) => {
      if (signal === void 0) {
        return;
      }
      if (signal.aborted) {
        controller.abort();
        return;
      }
      signal.addEventListener("abort", () => {
        controller.abort();
      }, { once: true, signal: controller.signal });
    };
    stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
      try {
        await once6(ipcEmitter, "disconnect", { signal: controller.signal });
        controller.abort();
      } catch {
      }
    };
    abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
      try {
        const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
        state.error = getStrictResponseError(error, isSubprocess);
        controller.abort();
      } catch {
      }
    };
    iterateOnMessages = async function* ({ anyProcess, waitProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference, signal }) {
      try {
        for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
          throwIfStrictError(state);
          yield message;
        }
      } catch {
        throwIfStrictError(state);
      } finally {
        controller.abort();
        removeReference(channel, reference);
        if (!isSubprocess && !signal?.aborted) {
          disconnect(anyProcess);
        }
        if (shouldAwait) {
          await waitProcess;
        }
      }
    };
    throwIfStrictError = ({ error }) => {
      if (error) {
        throw error;
      }
    };
  }
});

// node_modules/execa/lib/ipc/methods.js
import process11 from "node:process";
var addIpcMethods, getIpcExport, getIpcMethods;
var init_methods = __esm({
  "node_modules/execa/lib/ipc/methods.js"() {
    init_send();
    init_get_one();
    init_get_each();
    init_graceful();
    addIpcMethods = (target, subprocess, { ipc }) => {
      Object.assign(target, getIpcMethods(subprocess, false, ipc, target));
    };
    getIpcExport = () => {
      const anyProcess = process11;
      const isSubprocess = true;
      const isIpc = process11.channel !== void 0;
      return {
        ...getIpcMethods(anyProcess, isSubprocess, isIpc),
        getCancelSignal: getCancelSignal.bind(void 0, {
          anyProcess,
          channel: anyProcess.channel,
          isSubprocess,
          ipc: isIpc
        })
      };
    };
    getIpcMethods = (anyProcess, isSubprocess, ipc, waitProcess = anyProcess) => ({
      sendMessage: sendMessage.bind(void 0, {
        anyProcess,
        channel: anyProcess.channel,
        isSubprocess,
        ipc
      }),
      getOneMessage: getOneMessage.bind(void 0, {
        anyProcess,
        channel: anyProcess.channel,
        isSubprocess,
        ipc
      }),
      getEachMessage: getEachMessage.bind(void 0, {
        anyProcess,
        channel: anyProcess.channel,
        isSubprocess,
        ipc,
        waitProcess
      })
    });
  }
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import { callbackify as callbackify2 } from "node:util";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError, createDummyStreams, createDummyStream, getConvertedStreams, handleDummyPromise;
var init_early_error = __esm({
  "node_modules/execa/lib/return/early-error.js"() {
    init_handle();
    init_result();
    init_reject();
    handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
      cleanupCustomStreams(fileDescriptors);
      const subprocess = new ChildProcess2();
      subprocess.kill = () => false;
      const all = createDummyStreams(subprocess, fileDescriptors);
      const promise = handleDummyPromise({
        error,
        command,
        escapedCommand,
        fileDescriptors,
        options,
        startTime,
        verboseInfo
      });
      return {
        subprocess,
        promise,
        all: options.all ? all : void 0,
        convertedStreams: getConvertedStreams(promise)
      };
    };
    createDummyStreams = (subprocess, fileDescriptors) => {
      const stdin = createDummyStream();
      const stdout = createDummyStream();
      const stderr = createDummyStream();
      const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
      const all = createDummyStream();
      const stdio = [stdin, stdout, stderr, ...extraStdio];
      Object.assign(subprocess, {
        stdin,
        stdout,
        stderr,
        stdio
      });
      return all;
    };
    createDummyStream = () => {
      const stream = new PassThrough();
      stream.on("error", () => {
      });
      stream.end();
      return stream;
    };
    getConvertedStreams = (promise) => {
      const waitForPromise = async () => {
        await promise;
      };
      const endReadable = function() {
        callbackify2(waitForPromise)((error) => {
          if (error) {
            this.destroy(error);
          } else {
            this.push(null);
          }
        });
      };
      const endWritable = callbackify2(waitForPromise);
      const writeWritable = (chunk, encoding, done) => {
        endWritable(done);
      };
      const readable = () => new Readable({ read: endReadable });
      const writable = () => new Writable({ write: writeWritable, final: endWritable });
      const duplex = () => new Duplex({ read: endReadable, write: writeWritable, final: endWritable });
      const iterable = () => readable()[Symbol.asyncIterator]();
      return {
        readable,
        writable,
        duplex,
        readableStream: () => Readable.toWeb(readable()),
        writableStream: () => Writable.toWeb(writable()),
        transformStream: () => Duplex.toWeb(duplex()),
        iterable,
        [Symbol.asyncIterator]: iterable
      };
    };
    handleDummyPromise = async ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
      const earlyError = makeEarlyError({
        error: await error,
        command,
        escapedCommand,
        fileDescriptors,
        options,
        startTime,
        isSync: false,
        ...getEarlyErrorOutput(fileDescriptors, options)
      });
      return handleResult(earlyError, verboseInfo, options);
    };
  }
});

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer7 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync, forbiddenIfAsync, addProperties2, validateIterable, validateAsyncIterable, validateIterableValue, readableFromChunk, generatorToInputStream, addPropertiesAsync;
var init_handle_async = __esm({
  "node_modules/execa/lib/stdio/handle-async.js"() {
    init_generator();
    init_encoding_option();
    init_input_sync();
    init_handle();
    init_type();
    handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
    forbiddenIfAsync = ({ type, optionName }) => {
      throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
    };
    addProperties2 = {
      fileNumber: forbiddenIfAsync,
      generator: generatorToStream,
      asyncGenerator: generatorToStream,
      nodeStream: ({ value }) => ({ stream: value }),
      // `Duplex.fromWeb()` uses the same `objectMode` for both sides
      webTransform: ({ value: { transform, writableObjectMode, readableObjectMode } }) => ({
        stream: Duplex2.from({
          writable: Writable2.fromWeb(transform.writable, { objectMode: writableObjectMode }),
          readable: Readable2.fromWeb(transform.readable, { objectMode: readableObjectMode })
        })
      }),
      duplex: ({ value: { transform } }) => ({ stream: transform }),
      native() {
      }
    };
    validateIterable = function* (iterable, optionName) {
      for (const value of iterable) {
        validateIterableValue(value, optionName);
        yield value;
      }
    };
    validateAsyncIterable = async function* (iterable, optionName) {
      for await (const value of iterable) {
        validateIterableValue(value, optionName);
        yield value;
      }
    };
    validateIterableValue = (value, optionName) => {
      if (!isSerializableInput(value)) {
        throwOnSerializableInput(optionName, value);
      }
    };
    readableFromChunk = (chunk) => Readable2.from(chunk.length === 0 ? [] : [chunk]);
    generatorToInputStream = (stdioItem, { encoding }) => generatorToStream(stdioItem, { encoding: getInputEncoding(encoding) });
    addPropertiesAsync = {
      input: {
        ...addProperties2,
        generator: generatorToInputStream,
        asyncGenerator: generatorToInputStream,
        fileUrl: ({ value }) => ({ stream: createReadStream(value) }),
        filePath: ({ value: { file: file2 } }) => ({ stream: createReadStream(file2) }),
        webStream: ({ value }, options, objectMode) => ({ stream: Readable2.fromWeb(value, { objectMode }) }),
        iterable: ({ value, optionName }, options, objectMode) => ({ stream: Readable2.from(objectMode ? value : validateIterable(value, optionName)) }),
        asyncIterable: ({ value, optionName }, options, objectMode) => ({ stream: Readable2.from(objectMode ? value : validateAsyncIterable(value, optionName)) }),
        string: ({ value }) => ({ stream: readableFromChunk(value) }),
        uint8Array: ({ value }) => ({ stream: readableFromChunk(Buffer7.from(value)) })
      },
      output: {
        ...addProperties2,
        fileUrl: ({ value }) => ({ stream: createWriteStream(value) }),
        filePath: ({ value: { file: file2, append } }) => ({ stream: createWriteStream(file2, append ? { flags: "a" } : {}) }),
        // Web writers accept arbitrary chunks, including when a shared writer receives both bytes and objects.
        webStream: ({ value }) => ({ stream: Writable2.fromWeb(value, { objectMode: true }) }),
        iterable: forbiddenIfAsync,
        asyncIterable: forbiddenIfAsync,
        string: forbiddenIfAsync,
        uint8Array: forbiddenIfAsync
      }
    };
  }
});

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark, MergedStream, onMergedStreamFinished, onMergedStreamEnd, onInputStreamsUnpipe, validateStream, endWhenStreamsDone, afterMergedStreamFinished, onInputStreamEnd, onInputStreamUnpipe, endStream, errorOrAbortStream, isAbortError, abortStream, errorStream, noop2, updateMaxListeners, PASSTHROUGH_LISTENERS_COUNT, PASSTHROUGH_LISTENERS_PER_STREAM;
var init_merge_streams = __esm({
  "node_modules/@sindresorhus/merge-streams/index.js"() {
    getHighWaterMark = (streams, objectMode) => {
      if (streams.length === 0) {
        return getDefaultHighWaterMark2(objectMode);
      }
      const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
      return Math.max(...highWaterMarks);
    };
    MergedStream = class extends PassThroughStream {
      #streams = /* @__PURE__ */ new Set([]);
      #ended = /* @__PURE__ */ new Set([]);
      #aborted = /* @__PURE__ */ new Set([]);
      #onFinished;
      #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
      #streamPromises = /* @__PURE__ */ new WeakMap();
      add(stream) {
        validateStream(stream);
        if (this.#streams.has(stream)) {
          return;
        }
        this.#streams.add(stream);
        this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
        const streamPromise = endWhenStreamsDone({
          passThroughStream: this,
          stream,
          streams: this.#streams,
          ended: this.#ended,
          aborted: this.#aborted,
          onFinished: this.#onFinished,
          unpipeEvent: this.#unpipeEvent
        });
        this.#streamPromises.set(stream, streamPromise);
        stream.pipe(this, { end: false });
      }
      async remove(stream) {
        validateStream(stream);
        if (!this.#streams.has(stream)) {
          return false;
        }
        const streamPromise = this.#streamPromises.get(stream);
        if (streamPromise === void 0) {
          return false;
        }
        this.#streamPromises.delete(stream);
        stream.unpipe(this);
        await streamPromise;
        return true;
      }
    };
    onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
      updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
      const controller = new AbortController();
      try {
        await Promise.race([
          onMergedStreamEnd(passThroughStream, controller),
          onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
        ]);
      } finally {
        controller.abort();
        updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
      }
    };
    onMergedStreamEnd = async (passThroughStream, { signal }) => {
      try {
        await finished2(passThroughStream, { signal, cleanup: true });
      } catch (error) {
        errorOrAbortStream(passThroughStream, error);
        throw error;
      }
    };
    onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
      for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
        if (streams.has(unpipedStream)) {
          unpipedStream.emit(unpipeEvent);
        }
      }
    };
    validateStream = (stream) => {
      if (typeof stream?.pipe !== "function") {
        throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
      }
    };
    endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
      updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
      const controller = new AbortController();
      try {
        await Promise.race([
          afterMergedStreamFinished(onFinished, stream, controller),
          onInputStreamEnd({
            passThroughStream,
            stream,
            streams,
            ended,
            aborted: aborted2,
            controller
          }),
          onInputStreamUnpipe({
            stream,
            streams,
            ended,
            aborted: aborted2,
            unpipeEvent,
            controller
          })
        ]);
      } finally {
        controller.abort();
        updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
      }
      if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
        if (ended.size === 0 && aborted2.size > 0) {
          abortStream(passThroughStream);
        } else {
          endStream(passThroughStream);
        }
      }
    };
    afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
      try {
        await onFinished;
        if (!signal.aborted) {
          abortStream(stream);
        }
      } catch (error) {
        if (!signal.aborted) {
          errorOrAbortStream(stream, error);
        }
      }
    };
    onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
      try {
        await finished2(stream, {
          signal,
          cleanup: true,
          readable: true,
          writable: false
        });
        if (streams.has(stream)) {
          ended.add(stream);
        }
      } catch (error) {
        if (signal.aborted || !streams.has(stream)) {
          return;
        }
        if (isAbortError(error)) {
          aborted2.add(stream);
        } else {
          errorStream(passThroughStream, error);
        }
      }
    };
    onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
      await once7(stream, unpipeEvent, { signal });
      if (!stream.readable) {
        return once7(signal, "abort", { signal });
      }
      streams.delete(stream);
      ended.delete(stream);
      aborted2.delete(stream);
    };
    endStream = (stream) => {
      if (stream.writable) {
        stream.end();
      }
    };
    errorOrAbortStream = (stream, error) => {
      if (isAbortError(error)) {
        abortStream(stream);
      } else {
        errorStream(stream, error);
      }
    };
    isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
    abortStream = (stream) => {
      if (stream.readable || stream.writable) {
        stream.destroy();
      }
    };
    errorStream = (stream, error) => {
      if (!stream.destroyed) {
        stream.once("error", noop2);
        stream.destroy(error);
      }
    };
    noop2 = () => {
    };
    updateMaxListeners = (passThroughStream, increment2) => {
      const maxListeners = passThroughStream.getMaxListeners();
      if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
        passThroughStream.setMaxListeners(maxListeners + increment2);
      }
    };
    PASSTHROUGH_LISTENERS_COUNT = 2;
    PASSTHROUGH_LISTENERS_PER_STREAM = 1;
  }
});

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams, onSourceFinish, endDestinationStream, onDestinationFinish, abortSourceStream;
var init_pipeline = __esm({
  "node_modules/execa/lib/io/pipeline.js"() {
    init_standard_stream();
    pipeStreams = (source, destination, onDestinationEnd) => {
      source.pipe(destination);
      onSourceFinish(source, destination);
      onDestinationFinish(source, destination, onDestinationEnd);
    };
    onSourceFinish = async (source, destination) => {
      if (isStandardStream(source) || isStandardStream(destination)) {
        return;
      }
      try {
        await finished3(source, { cleanup: true, readable: true, writable: false });
      } catch {
      }
      endDestinationStream(destination);
    };
    endDestinationStream = (destination) => {
      if (destination.writable) {
        destination.end();
      }
    };
    onDestinationFinish = async (source, destination, onDestinationEnd) => {
      if (isStandardStream(source) || isStandardStream(destination)) {
        return;
      }
      try {
        await finished3(destination, { cleanup: true, readable: false, writable: true });
      } catch {
      }
      if (onDestinationEnd !== void 0) {
        await onDestinationEnd();
      }
      abortSourceStream(source);
    };
    abortSourceStream = (source) => {
      if (source.readable) {
        source.destroy();
      }
    };
  }
});

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync, pipeTransform, SUBPROCESS_STREAM_PROPERTIES, pipeStdioItem, setStandardStreamMaxListeners, MAX_LISTENERS_INCREMENT;
var init_output_async = __esm({
  "node_modules/execa/lib/io/output-async.js"() {
    init_merge_streams();
    init_standard_stream();
    init_max_listeners();
    init_type();
    init_pipeline();
    pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
      const pipeGroups = /* @__PURE__ */ new Map();
      for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
        const transformItems = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
        for (const { stream } of transformItems) {
          pipeTransform(subprocess, stream, direction, fdNumber);
        }
        const nonTransformItems = stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type));
        for (const { stream } of nonTransformItems) {
          pipeStdioItem({
            subprocess,
            stream,
            direction,
            fdNumber,
            pipeGroups,
            controller
          });
        }
      }
      for (const [outputStream, inputStreams] of pipeGroups) {
        const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
        pipeStreams(inputStream, outputStream);
      }
    };
    pipeTransform = (subprocess, stream, direction, fdNumber) => {
      if (direction === "output") {
        pipeStreams(subprocess.stdio[fdNumber], stream);
      } else {
        pipeStreams(stream, subprocess.stdio[fdNumber]);
      }
      const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
      if (streamProperty !== void 0) {
        subprocess[streamProperty] = stream;
      }
      subprocess.stdio[fdNumber] = stream;
    };
    SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
    pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
      if (stream === void 0) {
        return;
      }
      setStandardStreamMaxListeners(stream, controller);
      const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
      const outputStreams = pipeGroups.get(inputStream) ?? [];
      pipeGroups.set(inputStream, [...outputStreams, outputStream]);
    };
    setStandardStreamMaxListeners = (stream, { signal }) => {
      if (isStandardStream(stream)) {
        incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
      }
    };
    MAX_LISTENERS_INCREMENT = 2;
  }
});

// node_modules/execa/lib/terminate/kill-descendants.js
import process12 from "node:process";
import { execFile } from "node:child_process";
import path9 from "node:path/win32";
var isWindows2, getSpawnOptions, getKillFunction, isAbandoned, hasExited, killDescendantsUnix, killDescendantsWindows, getTaskkillFile, isWindowsDriveAbsolutePath;
var init_kill_descendants = __esm({
  "node_modules/execa/lib/terminate/kill-descendants.js"() {
    isWindows2 = process12.platform === "win32";
    getSpawnOptions = (options) => !isWindows2 && options.killDescendants ? { ...options, detached: true } : options;
    getKillFunction = (subprocess, { killDescendants }) => {
      if (!killDescendants) {
        const killSubprocess = subprocess.kill.bind(subprocess);
        return (...arguments_) => subprocess.pid === void 0 ? false : killSubprocess(...arguments_);
      }
      const killDescendantsFunction = isWindows2 ? killDescendantsWindows : killDescendantsUnix;
      return killDescendantsFunction.bind(void 0, subprocess);
    };
    isAbandoned = (subprocess) => subprocess.pid === void 0 || isWindows2 && hasExited(subprocess);
    hasExited = ({ exitCode, signalCode }) => exitCode !== null || signalCode !== null;
    killDescendantsUnix = (subprocess, signal) => {
      if (isAbandoned(subprocess)) {
        return false;
      }
      try {
        return process12.kill(-subprocess.pid, signal);
      } catch {
        return subprocess.kill(signal);
      }
    };
    killDescendantsWindows = (subprocess, signal) => {
      if (isAbandoned(subprocess)) {
        return false;
      }
      const taskkillFile = getTaskkillFile();
      if (taskkillFile === void 0) {
        return subprocess.kill(signal);
      }
      execFile(taskkillFile, ["/pid", `${subprocess.pid}`, "/T", "/F"], (error) => {
        if (error) {
          subprocess.kill(signal);
        }
      });
      return true;
    };
    getTaskkillFile = () => {
      const windowsDirectory = [process12.env.SystemRoot, process12.env.windir].find((directory) => directory && isWindowsDriveAbsolutePath(directory));
      return windowsDirectory === void 0 ? void 0 : path9.join(windowsDirectory, "System32", "taskkill.exe");
    };
    isWindowsDriveAbsolutePath = (directory) => {
      const { root } = path9.parse(directory);
      return /^[a-z]:[/\\]/i.test(root);
    };
  }
});

// node_modules/signal-exit/dist/mjs/signals.js
var signals;
var init_signals2 = __esm({
  "node_modules/signal-exit/dist/mjs/signals.js"() {
    signals = [];
    signals.push("SIGHUP", "SIGINT", "SIGTERM");
    if (process.platform !== "win32") {
      signals.push(
        "SIGALRM",
        "SIGABRT",
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
    }
  }
});

// node_modules/signal-exit/dist/mjs/index.js
var processOk, kExitEmitter, global, ObjectDefineProperty, Emitter, SignalExitBase, signalExitWrap, SignalExitFallback, SignalExit, process13, onExit, load, unload;
var init_mjs = __esm({
  "node_modules/signal-exit/dist/mjs/index.js"() {
    init_signals2();
    processOk = (process14) => !!process14 && typeof process14 === "object" && typeof process14.removeListener === "function" && typeof process14.emit === "function" && typeof process14.reallyExit === "function" && typeof process14.listeners === "function" && typeof process14.kill === "function" && typeof process14.pid === "number" && typeof process14.on === "function";
    kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
    global = globalThis;
    ObjectDefineProperty = Object.defineProperty.bind(Object);
    Emitter = class {
      emitted = {
        afterExit: false,
        exit: false
      };
      listeners = {
        afterExit: [],
        exit: []
      };
      count = 0;
      id = Math.random();
      constructor() {
        if (global[kExitEmitter]) {
          return global[kExitEmitter];
        }
        ObjectDefineProperty(global, kExitEmitter, {
          value: this,
          writable: false,
          enumerable: false,
          configurable: false
        });
      }
      on(ev, fn) {
        this.listeners[ev].push(fn);
      }
      removeListener(ev, fn) {
        const list = this.listeners[ev];
        const i2 = list.indexOf(fn);
        if (i2 === -1) {
          return;
        }
        if (i2 === 0 && list.length === 1) {
          list.length = 0;
        } else {
          list.splice(i2, 1);
        }
      }
      emit(ev, code, signal) {
        if (this.emitted[ev]) {
          return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
          ret = fn(code, signal) === true || ret;
        }
        if (ev === "exit") {
          ret = this.emit("afterExit", code, signal) || ret;
        }
        return ret;
      }
    };
    SignalExitBase = class {
    };
    signalExitWrap = (handler) => {
      return {
        onExit(cb, opts) {
          return handler.onExit(cb, opts);
        },
        load() {
          return handler.load();
        },
        unload() {
          return handler.unload();
        }
      };
    };
    SignalExitFallback = class extends SignalExitBase {
      onExit() {
        return () => {
        };
      }
      load() {
      }
      unload() {
      }
    };
    SignalExit = class extends SignalExitBase {
      // "SIGHUP" throws an `ENOSYS` error on Windows,
      // so use a supported signal instead
      /* c8 ignore start */
      #hupSig = process13.platform === "win32" ? "SIGINT" : "SIGHUP";
      /* c8 ignore stop */
      #emitter = new Emitter();
      #process;
      #originalProcessEmit;
      #originalProcessReallyExit;
      #sigListeners = {};
      #loaded = false;
      constructor(process14) {
        super();
        this.#process = process14;
        this.#sigListeners = {};
        for (const sig of signals) {
          this.#sigListeners[sig] = () => {
            const listeners = this.#process.listeners(sig);
            let { count: count2 } = this.#emitter;
            const p = process14;
            if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
              count2 += p.__signal_exit_emitter__.count;
            }
            if (listeners.length === count2) {
              this.unload();
              const ret = this.#emitter.emit("exit", null, sig);
              const s = sig === "SIGHUP" ? this.#hupSig : sig;
              if (!ret)
                process14.kill(process14.pid, s);
            }
          };
        }
        this.#originalProcessReallyExit = process14.reallyExit;
        this.#originalProcessEmit = process14.emit;
      }
      onExit(cb, opts) {
        if (!processOk(this.#process)) {
          return () => {
          };
        }
        if (this.#loaded === false) {
          this.load();
        }
        const ev = opts?.alwaysLast ? "afterExit" : "exit";
        this.#emitter.on(ev, cb);
        return () => {
          this.#emitter.removeListener(ev, cb);
          if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
            this.unload();
          }
        };
      }
      load() {
        if (this.#loaded) {
          return;
        }
        this.#loaded = true;
        this.#emitter.count += 1;
        for (const sig of signals) {
          try {
            const fn = this.#sigListeners[sig];
            if (fn)
              this.#process.on(sig, fn);
          } catch (_) {
          }
        }
        this.#process.emit = (ev, ...a2) => {
          return this.#processEmit(ev, ...a2);
        };
        this.#process.reallyExit = (code) => {
          return this.#processReallyExit(code);
        };
      }
      unload() {
        if (!this.#loaded) {
          return;
        }
        this.#loaded = false;
        signals.forEach((sig) => {
          const listener = this.#sigListeners[sig];
          if (!listener) {
            throw new Error("Listener not defined for signal: " + sig);
          }
          try {
            this.#process.removeListener(sig, listener);
          } catch (_) {
          }
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
      }
      #processReallyExit(code) {
        if (!processOk(this.#process)) {
          return 0;
        }
        this.#process.exitCode = code || 0;
        this.#emitter.emit("exit", this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
      }
      #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === "exit" && processOk(this.#process)) {
          if (typeof args[0] === "number") {
            this.#process.exitCode = args[0];
          }
          const ret = og.call(this.#process, ev, ...args);
          this.#emitter.emit("exit", this.#process.exitCode, null);
          return ret;
        } else {
          return og.call(this.#process, ev, ...args);
        }
      }
    };
    process13 = globalThis.process;
    ({
      onExit: (
        /**
         * Called when the process is exiting, whether via signal, explicit
         * exit, or running out of stuff to do.
         *
         * If the global process object is not suitable for instrumentation,
         * then this will be a no-op.
         *
         * Returns a function that may be used to unload signal-exit.
         */
        onExit
      ),
      load: (
        /**
         * Load the listeners.  Likely you never need to call this, unless
         * doing a rather deep integration with signal-exit functionality.
         * Mostly exposed for the benefit of testing.
         *
         * @internal
         */
        load
      ),
      unload: (
        /**
         * Unload the listeners.  Likely you never need to call this, unless
         * doing a rather deep integration with signal-exit functionality.
         * Mostly exposed for the benefit of testing.
         *
         * @internal
         */
        unload
      )
    } = signalExitWrap(processOk(process13) ? new SignalExit(process13) : new SignalExitFallback()));
  }
});

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";
var cleanupOnExit;
var init_cleanup = __esm({
  "node_modules/execa/lib/terminate/cleanup.js"() {
    init_mjs();
    cleanupOnExit = (kill, { cleanup, detached }, { signal }) => {
      if (!cleanup || detached) {
        return;
      }
      const removeExitHandler = onExit(() => {
        kill();
      });
      addAbortListener2(signal, () => {
        removeExitHandler();
      });
    };
  }
});

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams, addConcurrentStream, waitForConcurrentStreams;
var init_concurrent = __esm({
  "node_modules/execa/lib/convert/concurrent.js"() {
    init_deferred();
    initializeConcurrentStreams = () => ({
      readableDestroy: /* @__PURE__ */ new WeakMap(),
      writableFinal: /* @__PURE__ */ new WeakMap(),
      writableDestroy: /* @__PURE__ */ new WeakMap()
    });
    addConcurrentStream = (concurrentStreams, stream, waitName) => {
      const weakMap = concurrentStreams[waitName];
      if (!weakMap.has(stream)) {
        weakMap.set(stream, []);
      }
      const promises = weakMap.get(stream);
      const promise = createDeferred();
      promises.push(promise);
      const resolve2 = promise.resolve.bind(promise);
      return { resolve: resolve2, promises };
    };
    waitForConcurrentStreams = async ({ resolve: resolve2, promises }, subprocess) => {
      resolve2();
      const [isSubprocessExit] = await Promise.race([
        Promise.allSettled([true, subprocess]),
        Promise.all([false, ...promises])
      ]);
      return !isSubprocessExit;
    };
  }
});

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream, stopReadingOnExit, iterateForResult, stopReadingOnStreamEnd, iterateOnStream, DEFAULT_OBJECT_HIGH_WATER_MARK, HIGH_WATER_MARK, iterateOnData, getGenerators;
var init_iterate = __esm({
  "node_modules/execa/lib/io/iterate.js"() {
    init_encoding_transform();
    init_split();
    init_run_sync();
    iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
      const controller = new AbortController();
      stopReadingOnExit(subprocess, controller);
      return iterateOnStream({
        stream: subprocessStdout,
        controller,
        binary,
        shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
        encoding,
        shouldSplit: !subprocessStdout.readableObjectMode,
        preserveNewlines
      });
    };
    stopReadingOnExit = async (subprocess, controller) => {
      try {
        await subprocess;
      } catch {
      } finally {
        controller.abort();
      }
    };
    iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
      const controller = new AbortController();
      stopReadingOnStreamEnd(onStreamEnd, controller, stream);
      const objectMode = stream.readableObjectMode && !allMixed;
      return iterateOnStream({
        stream,
        controller,
        binary: encoding === "buffer",
        shouldEncode: !objectMode,
        encoding,
        shouldSplit: !objectMode && lines,
        preserveNewlines: !stripFinalNewline2
      });
    };
    stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
      try {
        await onStreamEnd;
      } catch {
        stream.destroy();
      } finally {
        controller.abort();
      }
    };
    iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
      const onStdoutChunk = on5(stream, "data", {
        signal: controller.signal,
        highWaterMark: HIGH_WATER_MARK,
        // Backward compatibility with older name for this option
        // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
        // @todo Remove after removing support for Node 21
        highWatermark: HIGH_WATER_MARK
      });
      return iterateOnData({
        onStdoutChunk,
        controller,
        binary,
        shouldEncode,
        encoding,
        shouldSplit,
        preserveNewlines
      });
    };
    DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
    HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
    iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
      const generators = getGenerators({
        binary,
        shouldEncode,
        encoding,
        shouldSplit,
        preserveNewlines
      });
      try {
        for await (const [chunk] of onStdoutChunk) {
          yield* transformChunkSync(chunk, generators, 0);
        }
      } catch (error) {
        if (!controller.signal.aborted) {
          throw error;
        }
      } finally {
        yield* finalChunksSync(generators);
      }
    };
    getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
      getEncodingTransformGenerator(binary, encoding, !shouldEncode),
      getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
    ].filter(Boolean);
  }
});

// node_modules/execa/lib/convert/iterable.js
var createIterable, iterateOnStdoutData;
var init_iterable = __esm({
  "node_modules/execa/lib/convert/iterable.js"() {
    init_encoding_option();
    init_fd_options();
    init_iterate();
    init_options();
    createIterable = (subprocess, encoding, options) => {
      const { from, binary: binaryOption = false, preserveNewlines = false } = copyOptions(options);
      checkBooleanOption(binaryOption, "binary");
      checkBooleanOption(preserveNewlines, "preserveNewlines");
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const subprocessStdout = getFromStream(subprocess, from);
      const onStdoutData = iterateOnSubprocessStream({
        subprocessStdout,
        subprocess,
        binary,
        shouldEncode: true,
        encoding,
        preserveNewlines
      });
      return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
    };
    iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
      try {
        yield* onStdoutData;
      } finally {
        if (subprocessStdout.readable) {
          subprocessStdout.destroy();
        }
        await subprocess;
      }
    };
  }
});

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished4 } from "node:stream/promises";
var waitForStream, handleStdinDestroy, spyOnStdinDestroy, setStdinCleanedUp, isInputTransformAbort, handleStreamError, shouldIgnoreStreamError, isInputFileDescriptor, isStreamAbort, isStreamEpipe;
var init_wait_stream = __esm({
  "node_modules/execa/lib/resolve/wait-stream.js"() {
    waitForStream = async (stream, fdNumber, streamInfo, {
      isSameDirection,
      stopOnExit = false,
      readable = true,
      writable = true
    } = {}) => {
      const state = handleStdinDestroy(stream, streamInfo);
      const abortController = new AbortController();
      try {
        await Promise.race([
          ...stopOnExit ? [streamInfo.exitPromise] : [],
          finished4(stream, {
            cleanup: true,
            signal: abortController.signal,
            readable,
            writable
          })
        ]);
      } catch (error) {
        if (!state.stdinCleanedUp && !isInputTransformAbort(stream, fdNumber, streamInfo, error)) {
          handleStreamError(error, fdNumber, streamInfo, isSameDirection);
        }
      } finally {
        abortController.abort();
      }
    };
    handleStdinDestroy = (stream, { originalStreams, subprocess }) => {
      const [originalStdin] = originalStreams;
      const state = { stdinCleanedUp: false };
      if (stream === originalStdin || stream === subprocess.stdin) {
        spyOnStdinDestroy(stream, subprocess, state);
      }
      return state;
    };
    spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
      const { _destroy } = subprocessStdin;
      subprocessStdin._destroy = (...destroyArguments) => {
        setStdinCleanedUp(subprocess, state);
        _destroy.call(subprocessStdin, ...destroyArguments);
      };
    };
    setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
      if (exitCode !== null || signalCode !== null) {
        state.stdinCleanedUp = true;
      }
    };
    isInputTransformAbort = (stream, fdNumber, streamInfo, error) => {
      const originalStream = streamInfo.originalStreams[fdNumber];
      return stream !== originalStream && isInputFileDescriptor(streamInfo, fdNumber) && originalStream?.destroyed === true && (isStreamAbort(error) || error?.code === "ABORT_ERR");
    };
    handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
      if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
        throw error;
      }
    };
    shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
      if (streamInfo.propagating) {
        return isStreamEpipe(error) || isStreamAbort(error);
      }
      streamInfo.propagating = true;
      return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
    };
    isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
    isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
    isStreamEpipe = (error) => error?.code === "EPIPE";
  }
});

// node_modules/execa/lib/convert/shared.js
import { finished as finished5 } from "node:stream/promises";
var safeWaitForSubprocessStdin, safeWaitForSubprocessStdout, waitForSubprocessStdin, waitForSubprocessStdout, throwDestroyError, destroyOtherStream;
var init_shared = __esm({
  "node_modules/execa/lib/convert/shared.js"() {
    init_wait_stream();
    safeWaitForSubprocessStdin = async (subprocessStdin) => {
      if (subprocessStdin === void 0) {
        return;
      }
      try {
        await waitForSubprocessStdin(subprocessStdin);
      } catch {
      }
    };
    safeWaitForSubprocessStdout = async (subprocessStdout) => {
      if (subprocessStdout === void 0) {
        return;
      }
      try {
        await waitForSubprocessStdout(subprocessStdout);
      } catch {
      }
    };
    waitForSubprocessStdin = async (subprocessStdin) => {
      await finished5(subprocessStdin, { cleanup: true, readable: false, writable: true });
    };
    waitForSubprocessStdout = async (subprocessStdout) => {
      await finished5(subprocessStdout, { cleanup: true, readable: true, writable: false });
    };
    throwDestroyError = (error) => {
      if (error) {
        throw error;
      }
    };
    destroyOtherStream = (stream, isOpen, error) => {
      if (error && !isStreamAbort(error)) {
        stream.destroy(error);
      } else if (isOpen) {
        stream.destroy();
      }
    };
  }
});

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createReadable, getReadableOptions, getReadableMethods, onRead, onStdoutFinished, getPrematureCloseError, onReadableDestroy, destroyOtherReadable;
var init_readable = __esm({
  "node_modules/execa/lib/convert/readable.js"() {
    init_encoding_option();
    init_fd_options();
    init_iterate();
    init_deferred();
    init_options();
    init_concurrent();
    init_shared();
    createReadable = ({ subprocess, concurrentStreams, encoding }, options) => {
      const { from, binary: binaryOption = true, preserveNewlines = true } = copyOptions(options);
      checkBooleanOption(binaryOption, "binary");
      checkBooleanOption(preserveNewlines, "preserveNewlines");
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const subprocessStdout = getFromStream(subprocess, from);
      const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
      const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
      const { read, onStdoutDataDone } = getReadableMethods({
        subprocessStdout,
        subprocess,
        binary,
        encoding,
        preserveNewlines
      });
      const readable = new Readable3({
        read,
        destroy: callbackify3(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
        highWaterMark: readableHighWaterMark,
        objectMode: readableObjectMode,
        encoding: readableEncoding
      });
      onStdoutFinished({
        subprocessStdout,
        onStdoutDataDone,
        readable,
        subprocess
      });
      return readable;
    };
    getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
    getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
      const onStdoutDataDone = createDeferred();
      const onStdoutData = iterateOnSubprocessStream({
        subprocessStdout,
        subprocess,
        binary,
        shouldEncode: !binary,
        encoding,
        preserveNewlines
      });
      return {
        read() {
          onRead(this, onStdoutData, onStdoutDataDone);
        },
        onStdoutDataDone
      };
    };
    onRead = async (readable, onStdoutData, onStdoutDataDone) => {
      try {
        const { value, done } = await onStdoutData.next();
        if (done) {
          onStdoutDataDone.resolve();
        } else {
          readable.push(value);
        }
      } catch {
      }
    };
    onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable, subprocess, subprocessStdin }) => {
      try {
        await waitForSubprocessStdout(subprocessStdout);
        await subprocess;
        await safeWaitForSubprocessStdin(subprocessStdin);
        await onStdoutDataDone;
        if (readable.readable) {
          readable.push(null);
        }
      } catch (error) {
        await safeWaitForSubprocessStdin(subprocessStdin);
        destroyOtherReadable(readable, await getPrematureCloseError(subprocess, error));
      }
    };
    getPrematureCloseError = async (subprocess, error) => {
      if (error.code !== "ERR_STREAM_PREMATURE_CLOSE") {
        return error;
      }
      try {
        await subprocess;
      } catch (subprocessError) {
        return subprocessError;
      }
      return error;
    };
    onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
      if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
        destroyOtherReadable(subprocessStdout, error?.code === "ABORT_ERR" ? void 0 : error);
        await subprocess;
      }
      throwDestroyError(error);
    };
    destroyOtherReadable = (stream, error) => {
      destroyOtherStream(stream, stream.readable, error);
    };
  }
});

// node_modules/execa/lib/convert/web.js
import { Readable as Readable4, Writable as Writable3, Duplex as Duplex3 } from "node:stream";
var createReadableStream, createWritableStream, createTransformStream;
var init_web = __esm({
  "node_modules/execa/lib/convert/web.js"() {
    createReadableStream = (subprocess, readableOptions) => Readable4.toWeb(subprocess.readable(readableOptions));
    createWritableStream = (subprocess, writableOptions) => Writable3.toWeb(subprocess.writable(writableOptions));
    createTransformStream = (subprocess, duplexOptions) => Duplex3.toWeb(subprocess.duplex(duplexOptions));
  }
});

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments, getDestinationStream, abortDestination, getDestination, mapDestinationArguments, getSourceStream;
var init_pipe_arguments = __esm({
  "node_modules/execa/lib/pipe/pipe-arguments.js"() {
    init_parameters();
    init_duration();
    init_fd_options();
    init_file_url();
    init_options();
    init_abort_signal();
    normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
      const startTime = getStartTime();
      const {
        destination,
        destinationStream,
        destinationError,
        from,
        unpipeSignal
      } = getDestinationStream(boundOptions, createNested, pipeArguments);
      const { sourceStream, sourceError } = getSourceStream(source, from);
      const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
      return {
        source,
        sourcePromise,
        sourceStream,
        sourceOptions,
        sourceError,
        destination,
        destinationStream,
        destinationError,
        unpipeSignal,
        fileDescriptors,
        startTime
      };
    };
    getDestinationStream = (boundOptions, createNested, pipeArguments) => {
      let destinationInfo;
      try {
        destinationInfo = getDestination(boundOptions, createNested, ...pipeArguments);
      } catch (error) {
        return { destinationError: error };
      }
      const { destination, pipeOptions } = destinationInfo;
      try {
        const { from, to, unpipeSignal } = copyOptions(pipeOptions);
        validateAbortSignal(unpipeSignal, "unpipeSignal");
        const destinationStream = getToStream(destination, to);
        return {
          destination,
          destinationStream,
          from,
          unpipeSignal
        };
      } catch (error) {
        abortDestination(destination, pipeArguments[0]);
        return { destinationError: error };
      }
    };
    abortDestination = (destination, firstArgument) => {
      if (destination !== firstArgument) {
        destination.kill();
      }
      destination.catch(() => {
      });
    };
    getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
      if (Array.isArray(firstArgument)) {
        const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
        return { destination, pipeOptions: boundOptions };
      }
      if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
        if (Object.keys(boundOptions).length > 0) {
          throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
        }
        const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
        const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
        return { destination, pipeOptions: rawOptions };
      }
      if (SUBPROCESS_OPTIONS.has(firstArgument)) {
        if (Object.keys(boundOptions).length > 0) {
          throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
        }
        return { destination: firstArgument, pipeOptions: pipeArguments[0] };
      }
      throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
    };
    mapDestinationArguments = ({ options }) => ({
      options: {
        __proto__: null,
        ...options,
        // Piping writes to the destination's `stdin`, which is forced even if the user set another value.
        // However, `stdin` cannot be combined with `stdio`, which is needed for `to: 'fd3'` and higher.
        ...options.stdio === void 0 && { stdin: "pipe" },
        piped: true
      }
    });
    getSourceStream = (source, from) => {
      try {
        const sourceStream = getFromStream(source, from);
        return { sourceStream };
      } catch (error) {
        return { sourceError: error };
      }
    };
  }
});

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError, getPipeArgumentsError, createNonCommandError, PIPE_COMMAND_MESSAGE;
var init_throw = __esm({
  "node_modules/execa/lib/pipe/throw.js"() {
    init_result();
    init_pipeline();
    handlePipeArgumentsError = ({
      sourceStream,
      sourceError,
      destinationStream,
      destinationError,
      fileDescriptors,
      sourceOptions,
      startTime
    }) => {
      const error = getPipeArgumentsError({
        sourceStream,
        sourceError,
        destinationStream,
        destinationError
      });
      if (error !== void 0) {
        throw createNonCommandError({
          error,
          fileDescriptors,
          sourceOptions,
          startTime
        });
      }
    };
    getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
      if (sourceError !== void 0 && destinationError !== void 0) {
        return destinationError;
      }
      if (destinationError !== void 0) {
        abortSourceStream(sourceStream);
        return destinationError;
      }
      if (sourceError === void 0) {
        return;
      }
      endDestinationStream(destinationStream);
      return sourceError;
    };
    createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
      error,
      command: PIPE_COMMAND_MESSAGE,
      escapedCommand: PIPE_COMMAND_MESSAGE,
      fileDescriptors,
      options: sourceOptions,
      startTime,
      isSync: false
    });
    PIPE_COMMAND_MESSAGE = "source.pipe(destination)";
  }
});

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses;
var init_sequence = __esm({
  "node_modules/execa/lib/pipe/sequence.js"() {
    waitForBothSubprocesses = async (subprocessPromises) => {
      const [
        { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
        { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason },
        { reason: pipedFromReason, value: pipedFromResult = pipedFromReason }
      ] = await subprocessPromises;
      if (!destinationResult.pipedFrom.includes(pipedFromResult)) {
        destinationResult.pipedFrom.push(pipedFromResult);
      }
      if (destinationStatus === "rejected") {
        throw destinationResult;
      }
      if (sourceStatus === "rejected") {
        throw sourceResult;
      }
      return destinationResult;
    };
  }
});

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished6 } from "node:stream/promises";
var pipeSubprocessStream, pipeFirstSubprocessStream, pipeMoreSubprocessStream, MERGE_SOURCES, SOURCE_MERGES, addMergeSource, addToSetMap, unpipeSubprocessStream, unpipeSourcesOnDestinationEnd, cleanupMergedStreamsMap, MERGED_STREAMS, SOURCE_LISTENERS_PER_PIPE, DESTINATION_LISTENERS_PER_PIPE;
var init_streaming = __esm({
  "node_modules/execa/lib/pipe/streaming.js"() {
    init_merge_streams();
    init_max_listeners();
    init_pipeline();
    pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
      const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
      incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
      incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
      cleanupMergedStreamsMap(destinationStream);
      return mergedStream;
    };
    pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
      const mergedStream = mergeStreams([sourceStream]);
      addMergeSource(mergedStream, sourceStream);
      pipeStreams(mergedStream, destinationStream, () => unpipeSourcesOnDestinationEnd(mergedStream));
      MERGED_STREAMS.set(destinationStream, mergedStream);
      return mergedStream;
    };
    pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
      const mergedStream = MERGED_STREAMS.get(destinationStream);
      mergedStream.add(sourceStream);
      addMergeSource(mergedStream, sourceStream);
      return mergedStream;
    };
    MERGE_SOURCES = /* @__PURE__ */ new WeakMap();
    SOURCE_MERGES = /* @__PURE__ */ new WeakMap();
    addMergeSource = (mergedStream, sourceStream) => {
      addToSetMap(MERGE_SOURCES, mergedStream, sourceStream);
      addToSetMap(SOURCE_MERGES, sourceStream, mergedStream);
    };
    addToSetMap = (map, key, value) => {
      if (!map.has(key)) {
        map.set(key, /* @__PURE__ */ new Set());
      }
      map.get(key).add(value);
    };
    unpipeSubprocessStream = async (mergedStream, sourceStream) => {
      MERGE_SOURCES.get(mergedStream)?.delete(sourceStream);
      SOURCE_MERGES.get(sourceStream)?.delete(mergedStream);
      await mergedStream.remove(sourceStream);
    };
    unpipeSourcesOnDestinationEnd = async (mergedStream) => {
      for (const sourceStream of MERGE_SOURCES.get(mergedStream)) {
        const mergedStreams = SOURCE_MERGES.get(sourceStream);
        mergedStreams.delete(mergedStream);
        if (mergedStreams.size > 0) {
          await mergedStream.remove(sourceStream);
        }
      }
    };
    cleanupMergedStreamsMap = async (destinationStream) => {
      try {
        await finished6(destinationStream, { cleanup: true, readable: false, writable: true });
      } catch {
      }
      MERGED_STREAMS.delete(destinationStream);
    };
    MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
    SOURCE_LISTENERS_PER_PIPE = 2;
    DESTINATION_LISTENERS_PER_PIPE = 1;
  }
});

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort, unpipeOnSignalAbort;
var init_abort = __esm({
  "node_modules/execa/lib/pipe/abort.js"() {
    init_throw();
    init_streaming();
    unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
    unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
      await aborted(unpipeSignal, sourceStream);
      await unpipeSubprocessStream(mergedStream, sourceStream);
      const error = new Error("Pipe canceled by `unpipeSignal` option.");
      throw createNonCommandError({
        error,
        fileDescriptors,
        sourceOptions,
        startTime
      });
    };
  }
});

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess, forwardDestinationMethods, forwardReadableMethods, forwardAll, setAllProperty, createPipeReadable, destroyOnPipeFailure, forwardIpcMethods, getOnePipeMessage, waitForOnePipeMessage, getSignalRejection, getEachPipeMessage, iterateOnPipeMessages, addPipeOptions, abortOnSignal, handlePipePromise, getSubprocessPromises;
var init_setup = __esm({
  "node_modules/execa/lib/pipe/setup.js"() {
    init_is_plain_obj();
    init_fd_options();
    init_concurrent();
    init_iterable();
    init_readable();
    init_web();
    init_get_one();
    init_get_each();
    init_pipe_arguments();
    init_throw();
    init_sequence();
    init_streaming();
    init_abort();
    pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
      if (isPlainObject(pipeArguments[0])) {
        return pipeToSubprocess.bind(void 0, {
          ...sourceInfo,
          boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
        });
      }
      if (sourceInfo.source === void 0) {
        return sourceInfo.sourcePromise;
      }
      const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
      const pipeFailureController = new AbortController();
      const promise = handlePipePromise({ ...normalizedInfo, destination, pipeFailureController });
      promise.pipe = pipeToSubprocess.bind(void 0, {
        ...sourceInfo,
        source: destination,
        sourcePromise: promise,
        boundOptions: {}
      });
      forwardDestinationMethods(promise, destination, pipeFailureController.signal);
      return promise;
    };
    forwardDestinationMethods = (promise, destination, pipeFailureSignal) => {
      if (destination === void 0) {
        return;
      }
      forwardReadableMethods(promise, destination);
      forwardIpcMethods(promise, destination, pipeFailureSignal);
    };
    forwardReadableMethods = (promise, destination) => {
      const subprocessOptions = SUBPROCESS_OPTIONS.get(destination);
      SUBPROCESS_OPTIONS.set(promise, subprocessOptions);
      promise.stdio = destination.stdio;
      promise.all = destination.all;
      const { options: { encoding } } = subprocessOptions;
      const concurrentStreams = initializeConcurrentStreams();
      promise[Symbol.asyncIterator] = createIterable.bind(void 0, promise, encoding, {});
      promise.iterable = createIterable.bind(void 0, promise, encoding);
      promise.readable = createPipeReadable.bind(void 0, promise, {
        subprocess: promise,
        concurrentStreams,
        encoding
      });
      promise.readableStream = createReadableStream.bind(void 0, promise);
      forwardAll(promise, destination);
    };
    forwardAll = (promise, destination) => {
      if (destination.all === void 0) {
        promise.all = void 0;
        return;
      }
      Object.defineProperty(promise, "all", {
        get() {
          setAllProperty(promise, destination.all);
          const all = promise.readable({ from: "all" });
          all.on("error", () => {
          });
          setAllProperty(promise, all);
          return all;
        },
        enumerable: true,
        configurable: true
      });
    };
    setAllProperty = (promise, value) => {
      Object.defineProperty(promise, "all", {
        value,
        writable: true,
        enumerable: true,
        configurable: true
      });
    };
    createPipeReadable = (promise, readableOptions, ...arguments_) => {
      const readable = createReadable(readableOptions, ...arguments_);
      destroyOnPipeFailure(promise, readable);
      return readable;
    };
    destroyOnPipeFailure = async (promise, readable) => {
      try {
        await promise;
      } catch (error) {
        readable.destroy(error);
      }
    };
    forwardIpcMethods = (promise, destination, pipeFailureSignal) => {
      promise.sendMessage = destination.sendMessage;
      promise.getOneMessage = getOnePipeMessage.bind(void 0, destination, pipeFailureSignal);
      promise.getEachMessage = getEachPipeMessage.bind(void 0, promise, destination, pipeFailureSignal);
    };
    getOnePipeMessage = (destination, pipeFailureSignal, ...arguments_) => {
      const controller = new AbortController();
      const messagePromise = destination.getOneMessage(...addPipeOptions(arguments_, controller.signal, internalGetOneMessageOptions));
      return waitForOnePipeMessage(pipeFailureSignal, messagePromise, controller);
    };
    waitForOnePipeMessage = async (pipeFailureSignal, messagePromise, controller) => {
      try {
        return await Promise.race([messagePromise, getSignalRejection(pipeFailureSignal, controller.signal)]);
      } finally {
        controller.abort();
      }
    };
    getSignalRejection = (signal, listenerSignal) => new Promise((_, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      signal.addEventListener("abort", () => {
        reject(signal.reason);
      }, { once: true, signal: listenerSignal });
    });
    getEachPipeMessage = (promise, destination, pipeFailureSignal, ...arguments_) => {
      const controller = new AbortController();
      const iterator = destination.getEachMessage(...addPipeOptions(arguments_, controller.signal, internalGetEachMessageOptions));
      abortOnSignal(pipeFailureSignal, controller);
      return iterateOnPipeMessages(promise, iterator, controller);
    };
    iterateOnPipeMessages = async function* (promise, iterator, controller) {
      try {
        yield* iterator;
      } finally {
        controller.abort();
        await promise;
      }
    };
    addPipeOptions = (arguments_, signal, internalOptionsSymbol) => {
      if (arguments_[0] === null) {
        return arguments_;
      }
      const [options] = arguments_;
      return [{ ...options, [internalOptionsSymbol]: { signal, shouldAwait: false } }];
    };
    abortOnSignal = (signal, controller) => {
      if (signal.aborted) {
        controller.abort();
        return;
      }
      signal.addEventListener("abort", () => {
        controller.abort();
      }, { once: true, signal: controller.signal });
    };
    handlePipePromise = async ({
      source,
      sourcePromise,
      sourceStream,
      sourceOptions,
      sourceError,
      destination,
      destinationStream,
      destinationError,
      unpipeSignal,
      fileDescriptors,
      startTime,
      pipeFailureController
    }) => {
      const maxListenersController = new AbortController();
      try {
        const subprocessPromises = getSubprocessPromises(sourcePromise, destination, source);
        handlePipeArgumentsError({
          sourceStream,
          sourceError,
          destinationStream,
          destinationError,
          fileDescriptors,
          sourceOptions,
          startTime
        });
        const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
        return await Promise.race([
          waitForBothSubprocesses(subprocessPromises),
          ...unpipeOnAbort(unpipeSignal, {
            sourceStream,
            mergedStream,
            sourceOptions,
            fileDescriptors,
            startTime
          })
        ]);
      } catch (error) {
        pipeFailureController.abort(error);
        throw error;
      } finally {
        maxListenersController.abort();
      }
    };
    getSubprocessPromises = (sourcePromise, destination, source) => Promise.allSettled([sourcePromise, destination, source]);
  }
});

// node_modules/execa/lib/io/contents.js
import { setImmediate } from "node:timers/promises";
var getStreamOutput, logOutputAsync, resumeStream, getStreamContents2, getBufferedData, handleBufferedData;
var init_contents2 = __esm({
  "node_modules/execa/lib/io/contents.js"() {
    init_source();
    init_uint_array();
    init_output();
    init_iterate();
    init_max_buffer();
    init_strip_newline();
    getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, allFds, verboseInfo, streamInfo }) => {
      const logPromise = logOutputAsync({
        stream,
        onStreamEnd,
        fdNumber,
        encoding,
        allMixed,
        verboseInfo,
        streamInfo
      });
      if (!buffer) {
        await Promise.all([resumeStream(stream), logPromise]);
        return;
      }
      const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber, allFds);
      const iterable = iterateForResult({
        stream,
        onStreamEnd,
        lines,
        encoding,
        stripFinalNewline: stripFinalNewlineValue,
        allMixed
      });
      const [output] = await Promise.all([
        getStreamContents2({
          stream,
          iterable,
          fdNumber,
          encoding,
          maxBuffer,
          lines
        }),
        logPromise
      ]);
      return output;
    };
    logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
      if (!shouldLogOutput({
        stdioItems: fileDescriptors[fdNumber]?.stdioItems,
        encoding,
        verboseInfo,
        fdNumber
      })) {
        return;
      }
      const linesIterable = iterateForResult({
        stream,
        onStreamEnd,
        lines: true,
        encoding,
        stripFinalNewline: true,
        allMixed
      });
      await logLines(linesIterable, stream, fdNumber, verboseInfo);
    };
    resumeStream = async (stream) => {
      await setImmediate();
      if (stream.readableFlowing === null) {
        stream.resume();
      }
    };
    getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
      try {
        if (readableObjectMode || lines) {
          return await getStreamAsArray(iterable, { maxBuffer });
        }
        return encoding === "buffer" ? new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer })) : await getStreamAsString(iterable, { maxBuffer });
      } catch (error) {
        return handleBufferedData(handleMaxBuffer({
          error,
          stream,
          readableObjectMode,
          lines,
          encoding,
          fdNumber
        }));
      }
    };
    getBufferedData = async (streamPromise) => {
      try {
        return await streamPromise;
      } catch (error) {
        return handleBufferedData(error);
      }
    };
    handleBufferedData = (error) => isArrayBuffer(error?.bufferedData) ? new Uint8Array(error.bufferedData) : error?.bufferedData;
  }
});

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams, waitForSubprocessStream;
var init_stdio = __esm({
  "node_modules/execa/lib/resolve/stdio.js"() {
    init_contents2();
    init_wait_stream();
    waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
      stream,
      fdNumber,
      encoding,
      buffer: buffer[fdNumber],
      maxBuffer: maxBuffer[fdNumber],
      lines: lines[fdNumber],
      allMixed: false,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }));
    waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, allFds, verboseInfo, streamInfo }) => {
      if (!stream) {
        return;
      }
      const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
      if (isInputFileDescriptor(streamInfo, fdNumber)) {
        await onStreamEnd;
        return;
      }
      const [output] = await Promise.all([
        getStreamOutput({
          stream,
          onStreamEnd,
          fdNumber,
          encoding,
          buffer,
          maxBuffer,
          lines,
          allMixed,
          stripFinalNewline: stripFinalNewline2,
          allFds,
          verboseInfo,
          streamInfo
        }),
        onStreamEnd
      ]);
      return output;
    };
  }
});

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream, getAllFds, waitForAllStream, getAllStream, getAllMixed;
var init_all_async = __esm({
  "node_modules/execa/lib/resolve/all-async.js"() {
    init_merge_streams();
    init_standard_stream();
    init_contents2();
    init_stdio();
    makeAllStream = ({ stdout, stderr }, { all }) => {
      if (!all) {
        return;
      }
      const fileDescriptors = [[stdout, 1], [stderr, 2]].filter(([stream]) => stream);
      return fileDescriptors.length === 0 ? void 0 : setAllStream(mergeStreams(fileDescriptors.map(([stream]) => stream)));
    };
    getAllFds = ({ stdout, stderr }, [, bufferStdout, bufferStderr]) => [
      ...stdout !== null && bufferStdout ? [1] : [],
      ...stderr !== null && bufferStderr ? [2] : []
    ];
    waitForAllStream = ({ subprocess, all, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
      const { stream, buffer: bufferAll, drainedStream } = getAllStream(subprocess, all, buffer);
      return Promise.all([
        waitForSubprocessStream({
          stream,
          buffer: bufferAll,
          fdNumber: "all",
          encoding,
          maxBuffer: maxBuffer[1] + maxBuffer[2],
          lines: lines[1] || lines[2],
          allFds: getAllFds(subprocess, buffer),
          // A single buffered descriptor keeps its own object mode, even when the merged stream has mixed modes.
          allMixed: stream === all && getAllMixed(subprocess, all),
          stripFinalNewline: stripFinalNewline2,
          verboseInfo,
          streamInfo
        }),
        // When only one of the two file descriptors is buffered, its stream is read instead of the merged one.
        // The merged one is then drained, otherwise it would apply backpressure on that file descriptor and hang the subprocess.
        drainedStream === void 0 ? void 0 : resumeStream(drainedStream)
      ]).then(([output]) => output);
    };
    getAllStream = ({ stdout, stderr }, all, [, bufferStdout, bufferStderr]) => {
      const buffer = bufferStdout || bufferStderr;
      if (!buffer) {
        return { stream: all, buffer };
      }
      if (!all) {
        return { stream: void 0, buffer };
      }
      if (!bufferStdout) {
        return { stream: stderr, buffer, drainedStream: all };
      }
      return bufferStderr ? { stream: all, buffer } : { stream: stdout, buffer, drainedStream: all };
    };
    getAllMixed = ({ stdout, stderr }, all) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;
  }
});

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc, logIpcOutput;
var init_ipc = __esm({
  "node_modules/execa/lib/verbose/ipc.js"() {
    init_log();
    init_values();
    shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
    logIpcOutput = (message, verboseInfo) => {
      const verboseMessage = serializeVerboseMessage(message);
      verboseLog({
        type: "ipc",
        verboseMessage,
        fdNumber: "ipc",
        verboseInfo
      });
    };
  }
});

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput, getBufferedIpcOutput;
var init_buffer_messages = __esm({
  "node_modules/execa/lib/ipc/buffer-messages.js"() {
    init_max_buffer();
    init_ipc();
    init_specific();
    init_get_each();
    waitForIpcOutput = async ({
      subprocess,
      buffer: bufferArray,
      maxBuffer: maxBufferArray,
      ipc,
      ipcOutput,
      verboseInfo
    }) => {
      if (!ipc) {
        return ipcOutput;
      }
      const isVerbose2 = shouldLogIpc(verboseInfo);
      const buffer = getFdSpecificValue(bufferArray, "ipc");
      const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
      const logErrors = [];
      for await (const message of loopOnMessages({
        anyProcess: subprocess,
        channel: subprocess.channel,
        isSubprocess: false,
        ipc,
        shouldAwait: false,
        reference: true
      })) {
        if (buffer) {
          checkIpcMaxBuffer(ipcOutput, maxBuffer);
          ipcOutput.push(message);
        }
        if (isVerbose2) {
          try {
            logIpcOutput(message, verboseInfo);
          } catch (error) {
            logErrors.push(error);
          }
        }
      }
      if (logErrors.length > 0) {
        throw logErrors[0];
      }
      return ipcOutput;
    };
    getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
      await Promise.allSettled([ipcOutputPromise]);
      return ipcOutput;
    };
  }
});

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";
var waitForSubprocessResult, waitForOriginalStreams, waitForCustomStreamsEnd, throwOnSubprocessError;
var init_wait_subprocess = __esm({
  "node_modules/execa/lib/resolve/wait-subprocess.js"() {
    init_is_stream();
    init_source();
    init_timeout();
    init_cancel();
    init_graceful2();
    init_standard_stream();
    init_type();
    init_contents2();
    init_buffer_messages();
    init_ipc_input();
    init_all_async();
    init_stdio();
    init_exit_async();
    init_wait_stream();
    waitForSubprocessResult = async ({
      subprocess,
      kill,
      all,
      options: {
        encoding,
        buffer,
        maxBuffer,
        lines,
        timeoutDuration: timeout,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        stripFinalNewline: stripFinalNewline2,
        ipc,
        ipcInput
      },
      context,
      verboseInfo,
      fileDescriptors,
      originalStreams,
      onInternalError,
      controller
    }) => {
      const exitPromise = waitForExit(subprocess, context);
      const streamInfo = {
        originalStreams,
        fileDescriptors,
        subprocess,
        exitPromise,
        propagating: false
      };
      const stdioPromises = waitForStdioStreams({
        subprocess,
        encoding,
        buffer,
        maxBuffer,
        lines,
        stripFinalNewline: stripFinalNewline2,
        verboseInfo,
        streamInfo
      });
      const allPromise = waitForAllStream({
        subprocess,
        all,
        encoding,
        buffer,
        maxBuffer,
        lines,
        stripFinalNewline: stripFinalNewline2,
        verboseInfo,
        streamInfo
      });
      const ipcOutput = [];
      const ipcOutputPromise = waitForIpcOutput({
        subprocess,
        buffer,
        maxBuffer,
        ipc,
        ipcOutput,
        verboseInfo
      });
      const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
      const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
      try {
        return await Promise.race([
          Promise.all([
            {},
            waitForSuccessfulExit(exitPromise),
            Promise.all(stdioPromises),
            allPromise,
            ipcOutputPromise,
            sendIpcInput(subprocess, ipcInput, ipc),
            ...originalPromises,
            ...customStreamsEndPromises
          ]),
          onInternalError,
          throwOnSubprocessError(subprocess, controller),
          ...throwOnTimeout(kill, timeout, context, controller),
          ...throwOnCancel({
            kill,
            cancelSignal,
            gracefulCancel,
            context,
            controller
          }),
          ...throwOnGracefulCancel({
            subprocess,
            kill,
            cancelSignal,
            gracefulCancel,
            forceKillAfterDelay,
            context,
            controller
          })
        ]);
      } catch (error) {
        context.terminationReason ??= "other";
        if (error instanceof MaxBufferError) {
          kill();
        }
        return Promise.all([
          { error },
          exitPromise,
          Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
          getBufferedData(allPromise),
          getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
          Promise.allSettled(originalPromises),
          Promise.allSettled(customStreamsEndPromises)
        ]);
      }
    };
    waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
    waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems, direction }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
      isSameDirection: TRANSFORM_TYPES.has(type),
      stopOnExit: type === "native",
      // Output streams are destinations which are handed back to the user: waiting for their readable side would mean waiting for the user to consume them.
      readable: direction !== "output" || TRANSFORM_TYPES.has(type)
    })));
    throwOnSubprocessError = async (subprocess, { signal }) => {
      const [error] = await once8(subprocess, "error", { signal });
      throw error;
    };
  }
});

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable4 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createWritable, addWritableConcurrentStreams, getWritableMethods, onWrite, onWritableFinal, onStdinFinished, getSubprocessError, shouldUseSubprocessError, onWritableDestroy, destroyOtherWritable;
var init_writable = __esm({
  "node_modules/execa/lib/convert/writable.js"() {
    init_fd_options();
    init_wait_stream();
    init_options();
    init_concurrent();
    init_shared();
    createWritable = ({ subprocess, concurrentStreams }, options) => {
      const { to } = copyOptions(options);
      const subprocessStdin = getToStream(subprocess, to);
      const { waitWritableFinal, waitWritableDestroy } = addWritableConcurrentStreams(concurrentStreams, subprocessStdin);
      const writable = new Writable4({
        ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
        destroy: callbackify4(onWritableDestroy.bind(void 0, {
          subprocessStdin,
          subprocess,
          waitWritableFinal,
          waitWritableDestroy
        })),
        highWaterMark: subprocessStdin.writableHighWaterMark,
        objectMode: subprocessStdin.writableObjectMode
      });
      onStdinFinished(subprocessStdin, writable, void 0, subprocess);
      return writable;
    };
    addWritableConcurrentStreams = (concurrentStreams, subprocessStdin) => {
      const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
      const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
      return { waitWritableFinal, waitWritableDestroy };
    };
    getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
      write: onWrite.bind(void 0, subprocessStdin),
      final: callbackify4(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
    });
    onWrite = (subprocessStdin, chunk, encoding, done) => {
      if (subprocessStdin.write(chunk, encoding)) {
        done();
      } else {
        subprocessStdin.once("drain", done);
      }
    };
    onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
      if (!await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
        return;
      }
      if (subprocessStdin.writable) {
        subprocessStdin.end();
      }
      await subprocess;
    };
    onStdinFinished = async (subprocessStdin, writable, subprocessStdout, subprocess) => {
      try {
        await waitForSubprocessStdin(subprocessStdin);
        await subprocess;
        if (writable.writable) {
          writable.end();
        }
      } catch (error) {
        await safeWaitForSubprocessStdout(subprocessStdout);
        destroyOtherStream(writable, !writable.writableFinished, await getSubprocessError(subprocess, error));
      }
    };
    getSubprocessError = async (subprocess, error) => {
      if (!shouldUseSubprocessError(error)) {
        return error;
      }
      try {
        await subprocess;
      } catch (subprocessError) {
        return subprocessError;
      }
      return error;
    };
    shouldUseSubprocessError = (error) => error === void 0 || isStreamAbort(error) || error.code === "EPIPE";
    onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
      await waitForConcurrentStreams(waitWritableFinal, subprocess);
      if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
        destroyOtherWritable(subprocessStdin, error);
        await subprocess;
      }
      throwDestroyError(error);
    };
    destroyOtherWritable = (stream, error) => {
      destroyOtherStream(stream, stream.writable, error);
    };
  }
});

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex4 } from "node:stream";
import { callbackify as callbackify5 } from "node:util";
var createDuplex, onDuplexDestroy;
var init_duplex = __esm({
  "node_modules/execa/lib/convert/duplex.js"() {
    init_encoding_option();
    init_fd_options();
    init_options();
    init_concurrent();
    init_readable();
    init_writable();
    createDuplex = ({ subprocess, concurrentStreams, encoding }, options) => {
      const { from, to, binary: binaryOption = true, preserveNewlines = true } = copyOptions(options);
      checkBooleanOption(binaryOption, "binary");
      checkBooleanOption(preserveNewlines, "preserveNewlines");
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const subprocessStdout = getFromStream(subprocess, from);
      const subprocessStdin = getToStream(subprocess, to);
      const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
      const { waitWritableFinal, waitWritableDestroy } = addWritableConcurrentStreams(concurrentStreams, subprocessStdin);
      const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
      const { read, onStdoutDataDone } = getReadableMethods({
        subprocessStdout,
        subprocess,
        binary,
        encoding,
        preserveNewlines
      });
      const duplex = new Duplex4({
        read,
        ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
        destroy: callbackify5(onDuplexDestroy.bind(void 0, {
          subprocessStdout,
          subprocessStdin,
          subprocess,
          waitReadableDestroy,
          waitWritableFinal,
          waitWritableDestroy
        })),
        readableHighWaterMark,
        writableHighWaterMark: subprocessStdin.writableHighWaterMark,
        readableObjectMode,
        writableObjectMode: subprocessStdin.writableObjectMode,
        encoding: readableEncoding
      });
      onStdoutFinished({
        subprocessStdout,
        onStdoutDataDone,
        readable: duplex,
        subprocess,
        subprocessStdin
      });
      onStdinFinished(subprocessStdin, duplex, subprocessStdout, subprocess);
      return duplex;
    };
    onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
      await Promise.all([
        onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
        onWritableDestroy({
          subprocessStdin,
          subprocess,
          waitWritableFinal,
          waitWritableDestroy
        }, error)
      ]);
    };
  }
});

// node_modules/execa/lib/convert/add.js
var addConvertedStreams;
var init_add = __esm({
  "node_modules/execa/lib/convert/add.js"() {
    init_concurrent();
    init_readable();
    init_writable();
    init_duplex();
    init_web();
    init_iterable();
    addConvertedStreams = (subprocess, { encoding }) => {
      const concurrentStreams = initializeConcurrentStreams();
      subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
      subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
      subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
      subprocess.readableStream = createReadableStream.bind(void 0, subprocess);
      subprocess.writableStream = createWritableStream.bind(void 0, subprocess);
      subprocess.transformStream = createTransformStream.bind(void 0, subprocess);
      subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
      subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
    };
  }
});

// node_modules/execa/lib/methods/promise.js
var mergePromise;
var init_promise = __esm({
  "node_modules/execa/lib/methods/promise.js"() {
    mergePromise = (promise, properties) => Object.assign(promise, properties);
  }
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners, once as once9 } from "node:events";
import { spawn } from "node:child_process";
var execaCoreAsync, handleAsyncArguments, handleAsyncOptions, spawnSubprocessAsync, getSubprocessPromise, getSubprocessProperties, handlePromise, getAsyncResult;
var init_main_async = __esm({
  "node_modules/execa/lib/methods/main-async.js"() {
    init_source();
    init_command();
    init_options2();
    init_fd_options();
    init_shell();
    init_methods();
    init_outgoing();
    init_result();
    init_reject();
    init_early_error();
    init_handle_async();
    init_strip_newline();
    init_output_async();
    init_kill();
    init_kill_descendants();
    init_cleanup();
    init_setup();
    init_all_async();
    init_wait_subprocess();
    init_add();
    init_deferred();
    init_promise();
    execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
      const { file: file2, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
      const { subprocess: nodeChildProcess, promise, kill, all, convertedStreams } = spawnSubprocessAsync({
        file: file2,
        commandArguments,
        options,
        startTime,
        verboseInfo,
        command,
        escapedCommand,
        fileDescriptors
      });
      const subprocess = getSubprocessPromise({
        promise,
        nodeChildProcess,
        kill,
        all,
        convertedStreams,
        options
      });
      subprocess.pipe = pipeToSubprocess.bind(void 0, {
        source: subprocess,
        sourcePromise: promise,
        boundOptions: {},
        createNested
      });
      SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
      return subprocess;
    };
    handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
      const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
      const { file: file2, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
      const options = handleAsyncOptions(normalizedOptions);
      const fileDescriptors = handleStdioAsync(options, verboseInfo);
      return {
        file: file2,
        commandArguments,
        command,
        escapedCommand,
        startTime,
        verboseInfo,
        options,
        fileDescriptors
      };
    };
    handleAsyncOptions = ({ timeout, signal, ...options }) => ({ __proto__: null, ...options, timeoutDuration: timeout });
    spawnSubprocessAsync = ({ file: file2, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
      let subprocess;
      try {
        subprocess = spawn(...concatenateShell(file2, commandArguments, getSpawnOptions(options)));
      } catch (error) {
        return handleEarlyError({
          error,
          command,
          escapedCommand,
          fileDescriptors,
          options,
          startTime,
          verboseInfo
        });
      }
      if (subprocess.stdio === void 0) {
        return handleEarlyError({
          error: once9(subprocess, "error").then(([error]) => error),
          command,
          escapedCommand,
          fileDescriptors,
          options,
          startTime,
          verboseInfo
        });
      }
      const controller = new AbortController();
      setMaxListeners(Infinity, controller.signal);
      const originalStreams = [...subprocess.stdio];
      pipeOutputAsync(subprocess, fileDescriptors, controller);
      setIpcSubprocessOptions(subprocess, options);
      const context = {};
      const onInternalError = createDeferred();
      const kill = subprocessKill.bind(void 0, {
        kill: getKillFunction(subprocess, options),
        options,
        onInternalError,
        context,
        controller
      });
      cleanupOnExit(kill, options, controller);
      const all = makeAllStream(subprocess, options);
      const promise = handlePromise({
        subprocess,
        kill,
        all,
        options,
        startTime,
        verboseInfo,
        fileDescriptors,
        originalStreams,
        command,
        escapedCommand,
        context,
        onInternalError,
        controller
      });
      return {
        subprocess,
        promise,
        kill,
        all
      };
    };
    getSubprocessPromise = ({ promise, nodeChildProcess, kill, all, convertedStreams, options }) => {
      const subprocess = mergePromise(promise, getSubprocessProperties(nodeChildProcess, all));
      subprocess.kill = kill ?? subprocess.kill;
      if (convertedStreams === void 0) {
        addConvertedStreams(subprocess, options);
      } else {
        Object.assign(subprocess, convertedStreams);
      }
      addIpcMethods(subprocess, nodeChildProcess, options);
      return subprocess;
    };
    getSubprocessProperties = (nodeChildProcess, all) => ({
      nodeChildProcess,
      pid: nodeChildProcess.pid,
      stdin: nodeChildProcess.stdin,
      stdout: nodeChildProcess.stdout,
      stderr: nodeChildProcess.stderr,
      stdio: nodeChildProcess.stdio,
      all,
      kill: nodeChildProcess.kill.bind(nodeChildProcess)
    });
    handlePromise = async ({ subprocess, kill, all: allStream, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
      const [
        errorInfo,
        [exitCode, signal],
        stdioResults,
        allResult,
        ipcOutput
      ] = await waitForSubprocessResult({
        subprocess,
        kill,
        all: allStream,
        options,
        context,
        verboseInfo,
        fileDescriptors,
        originalStreams,
        onInternalError,
        controller
      });
      controller.abort();
      onInternalError.resolve();
      const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
      const all = stripNewline(allResult, options, "all", getAllFds(subprocess, options.buffer));
      const result = getAsyncResult({
        errorInfo,
        exitCode,
        signal,
        stdio,
        all,
        ipcOutput,
        context,
        options,
        command,
        escapedCommand,
        startTime
      });
      return handleResult(result, verboseInfo, options);
    };
    getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => Object.hasOwn(errorInfo, "error") ? makeError({
      error: errorInfo.error,
      command,
      escapedCommand,
      timedOut: context.terminationReason === "timeout",
      isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
      isGracefullyCanceled: context.terminationReason === "gracefulCancel",
      isMaxBuffer: errorInfo.error instanceof MaxBufferError,
      isForcefullyTerminated: context.isForcefullyTerminated,
      exitCode,
      signal,
      stdio,
      all,
      ipcOutput,
      options,
      startTime,
      isSync: false
    }) : makeSuccessResult({
      command,
      escapedCommand,
      stdio,
      all,
      ipcOutput,
      options,
      startTime
    });
  }
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions, mergeOption, DEEP_OPTIONS;
var init_bind = __esm({
  "node_modules/execa/lib/methods/bind.js"() {
    init_is_plain_obj();
    init_specific();
    mergeOptions = (boundOptions, options) => {
      const safeBoundOptions = { __proto__: null, ...boundOptions };
      const mergedOptions = Object.fromEntries(Object.entries(options).map(([optionName, optionValue]) => [
        optionName,
        mergeOption(optionName, safeBoundOptions[optionName], optionValue)
      ]));
      return { __proto__: null, ...safeBoundOptions, ...mergedOptions };
    };
    mergeOption = (optionName, boundOptionValue, optionValue) => DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue) ? { ...boundOptionValue, ...optionValue } : optionValue;
    DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);
  }
});

// node_modules/execa/lib/methods/create.js
var createExeca, callBoundExeca, parseArguments;
var init_create = __esm({
  "node_modules/execa/lib/methods/create.js"() {
    init_is_plain_obj();
    init_parameters();
    init_template();
    init_main_sync();
    init_main_async();
    init_bind();
    createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
      const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
      const boundExeca = (...execaArguments) => callBoundExeca({
        mapArguments,
        deepOptions,
        boundOptions,
        setBoundExeca,
        createNested
      }, ...execaArguments);
      if (setBoundExeca !== void 0) {
        setBoundExeca(boundExeca, createNested, boundOptions);
      }
      return boundExeca;
    };
    callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
      if (isPlainObject(firstArgument)) {
        return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
      }
      const { file: file2, commandArguments, options, isSync } = parseArguments({
        mapArguments,
        firstArgument,
        nextArguments,
        deepOptions,
        boundOptions
      });
      return isSync ? execaCoreSync(file2, commandArguments, options) : execaCoreAsync(file2, commandArguments, options, createNested);
    };
    parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
      const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
      const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
      const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
      for (const [optionName, optionValue] of Object.entries(deepOptions)) {
        if (mergedOptions[optionName] === void 0) {
          mergedOptions[optionName] = optionValue;
        }
      }
      const {
        options = mergedOptions,
        isSync = false
      } = { __proto__: null, ...mapArguments({ options: mergedOptions }) };
      return {
        file: initialFile,
        commandArguments: initialArguments,
        options,
        isSync
      };
    };
  }
});

// node_modules/execa/lib/methods/script.js
var setScriptSync, mapScriptAsync, mapScriptSync, getScriptOptions, getScriptStdinOption, deepScriptOptions;
var init_script = __esm({
  "node_modules/execa/lib/methods/script.js"() {
    setScriptSync = (boundExeca, createNested, boundOptions) => {
      boundExeca.sync = createNested(mapScriptSync, boundOptions);
      boundExeca.s = boundExeca.sync;
    };
    mapScriptAsync = ({ options }) => getScriptOptions(options);
    mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
    getScriptOptions = (options) => ({ options: { __proto__: null, ...options, ...getScriptStdinOption(options) } });
    getScriptStdinOption = ({ stdin = "inherit", input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin } : {};
    deepScriptOptions = { preferLocal: true };
  }
});

// node_modules/execa/index.js
var execa, execaSync, execaNode, $, sendMessage2, getOneMessage2, getEachMessage2, getCancelSignal2;
var init_execa = __esm({
  "node_modules/execa/index.js"() {
    init_create();
    init_node2();
    init_script();
    init_methods();
    execa = createExeca(() => ({}));
    execaSync = createExeca(() => ({ isSync: true }));
    execaNode = createExeca(mapNode);
    $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
    ({
      sendMessage: sendMessage2,
      getOneMessage: getOneMessage2,
      getEachMessage: getEachMessage2,
      getCancelSignal: getCancelSignal2
    } = getIpcExport());
  }
});

// src/exec.ts
function tail(text, lines = 15) {
  const kept = text.trimEnd().split("\n").slice(-lines);
  return kept.map((line) => `  ${line}`).join("\n");
}
async function runTool(command, args, options = {}) {
  if (options.bytes) {
    const { value, stderr, exitCode } = await streamTool(command, args, collect, options);
    return { stdout: "", stdoutBytes: value, stderr, exitCode };
  }
  const child = execa(command, args, {
    ...CHILD,
    cwd: options.cwd,
    env: options.env,
    // A 100 000-path closure as JSON is tens of MB.
    maxBuffer: 1024 ** 3
  });
  if (options.onStderr) forwardStderr(child, options.onStderr);
  const result = await child;
  throwIfMissing(command, result);
  return { stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? ""), exitCode: result.exitCode ?? 1 };
}
async function collect(stdout) {
  const chunks = [];
  for await (const chunk of stdout) chunks.push(chunk);
  return Buffer.concat(chunks);
}
function forwardStderr(child, onStderr) {
  child.stderr?.on("data", (chunk) => onStderr(chunk.toString()));
}
function throwIfMissing(command, result) {
  const code = result.code;
  if (code === "ENOENT" || result.failed && result.exitCode === void 0 && /ENOENT/.test(String(result.message))) {
    throw new ToolMissingError(`${command} is not installed or not on PATH`);
  }
}
async function streamTool(command, args, consume, options = {}) {
  const child = execa(command, args, {
    ...CHILD,
    cwd: options.cwd,
    env: options.env,
    buffer: { stdout: false, stderr: true }
  });
  if (options.onStderr) forwardStderr(child, options.onStderr);
  let value;
  try {
    value = await consume(child.stdout);
  } catch (error) {
    child.kill();
    await child;
    throw error;
  }
  const result = await child;
  throwIfMissing(command, result);
  return { value, stderr: String(result.stderr ?? ""), exitCode: result.exitCode ?? 1 };
}
var ToolMissingError, CHILD;
var init_exec = __esm({
  "src/exec.ts"() {
    "use strict";
    init_execa();
    init_errors();
    ToolMissingError = class extends ToolError {
    };
    CHILD = { extendEnv: true, reject: false, stdin: "ignore", stripFinalNewline: false };
  }
});

// src/git/git.ts
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path10 from "node:path";
var Git;
var init_git = __esm({
  "src/git/git.ts"() {
    "use strict";
    init_errors();
    init_exec();
    Git = class {
      constructor(cwd) {
        this.cwd = cwd;
      }
      cwd;
      async run(args) {
        try {
          return await runTool("git", args, { cwd: this.cwd });
        } catch (error) {
          if (error instanceof ToolMissingError) throw new ToolError("git is not installed or not on PATH; install git");
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
        throw new UsageError(
          `${option}: cannot find or fetch '${rev}' from ${remote}: ${fetched.stderr.trim().split("\n").at(-1) ?? ""}; check the ref, and that the checkout has a remote named ${remote}`
        );
      }
      /** Checks `sha` out in a temporary worktree beside the user's; `remove` takes it away again. */
      async addWorktree(sha) {
        const dir = await mkdtemp(path10.join(tmpdir(), "nix-size-guard-"));
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
function storePathName(path15) {
  const base = path15.slice(path15.lastIndexOf("/") + 1);
  const dash = base.indexOf("-");
  return dash === -1 ? base : base.slice(dash + 1);
}
function splitDrvName(fullName) {
  for (let i2 = fullName.indexOf("-"); i2 !== -1 && i2 < fullName.length - 1; i2 = fullName.indexOf("-", i2 + 1)) {
    const next = fullName.charCodeAt(i2 + 1);
    const letter = next >= 65 && next <= 90 || next >= 97 && next <= 122;
    if (!letter) return { name: fullName.slice(0, i2), version: fullName.slice(i2 + 1) };
  }
  return { name: fullName, version: "" };
}
function parseStorePathName(path15) {
  let fullName = storePathName(path15);
  let output = "";
  const dash = fullName.lastIndexOf("-");
  if (dash !== -1 && OUTPUT_NAME.test(fullName.slice(dash + 1))) {
    output = fullName.slice(dash + 1);
    fullName = fullName.slice(0, dash);
  }
  return { ...splitDrvName(fullName), output };
}
function toStorePath(path15, storeDir = DEFAULT_STORE_DIR) {
  const prefix = storeDir.endsWith("/") ? storeDir : `${storeDir}/`;
  if (!path15.startsWith(prefix)) return null;
  const rest = path15.slice(prefix.length);
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
function fail(source, what) {
  throw new UsageError(
    `${source}: ${what}; expected the output of 'nix path-info --json --recursive PATH'`
  );
}
function fullPath(pathOrBase, storeDir) {
  return pathOrBase.startsWith("/") ? pathOrBase : `${storeDir}/${pathOrBase}`;
}
function readEntry(source, path15, entry, storeDir) {
  const { narSize, references } = entry;
  if (typeof narSize !== "number" || !Number.isFinite(narSize) || narSize < 0) {
    fail(source, `the entry for ${path15} has no numeric narSize`);
  }
  if (!Array.isArray(references)) fail(source, `the entry for ${path15} has no references list`);
  const full = fullPath(path15, storeDir);
  const refs = [];
  for (const reference of references) {
    if (typeof reference !== "string") fail(source, `the entry for ${path15} has no references list`);
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
function graphOfObjects(objects, source = "nix path-info") {
  const n2 = objects.length;
  const paths = new Array(n2);
  const narSizes = new Float64Array(n2);
  const ids = /* @__PURE__ */ new Map();
  let referenceCount = 0;
  for (let i2 = 0; i2 < n2; i2++) {
    const object = objects[i2];
    paths[i2] = object.path;
    narSizes[i2] = object.narSize;
    if (!ids.has(object.path)) ids.set(object.path, i2);
    referenceCount += object.references.length;
  }
  const refStart = new Int32Array(n2 + 1);
  const refs = new Int32Array(referenceCount);
  let at = 0;
  for (let i2 = 0; i2 < n2; i2++) {
    refStart[i2] = at;
    for (const reference of objects[i2].references) {
      const id = ids.get(reference);
      if (id === void 0) fail(source, `${reference} is referenced but missing (was --recursive given?)`);
      refs[at++] = id;
    }
  }
  refStart[n2] = at;
  return { paths, narSizes, refStart, refs };
}
function makeClosure(objects, root, source = "nix path-info") {
  return closureOfGraph(graphOfObjects(objects, source), root, source);
}
function sortedEntries(paths) {
  let sortedAndUnique = true;
  for (let i2 = 1; i2 < paths.length; i2++) {
    if (paths[i2 - 1] >= paths[i2]) {
      sortedAndUnique = false;
      break;
    }
  }
  if (sortedAndUnique) return null;
  const order = paths.map((_, i2) => i2).sort((a2, b) => {
    const x = paths[a2];
    const y = paths[b];
    return x < y ? -1 : x > y ? 1 : a2 - b;
  });
  return order.filter((entry, k) => k === 0 || paths[order[k - 1]] !== paths[entry]);
}
function closureOfGraph(graph, root, source = "nix path-info") {
  return closureIn(indexGraph(graph, source), root, source);
}
function indexGraph(graph, source = "nix path-info") {
  const order = sortedEntries(graph.paths);
  const n2 = order ? order.length : graph.paths.length;
  if (n2 === 0) fail(source, "it holds no store paths");
  const entryOf = (id) => order ? order[id] : id;
  let newId = null;
  if (order) {
    newId = new Int32Array(graph.paths.length).fill(-1);
    for (let id = 0; id < n2; id++) newId[order[id]] = id;
  }
  const paths = order ? order.map((entry) => graph.paths[entry]) : graph.paths;
  const narSizes = new Float64Array(n2);
  const refStart = new Int32Array(n2 + 1);
  const refs = new Int32Array(graph.refs.length);
  let at = 0;
  for (let id = 0; id < n2; id++) {
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
  refStart[n2] = at;
  return { paths, narSizes, refStart, refs: at === refs.length ? refs : refs.slice(0, at) };
}
function closureIn(graph, root, source = "nix path-info") {
  const { paths, refs } = graph;
  const n2 = paths.length;
  let rootId;
  if (root === null) {
    const referenced = new Uint8Array(n2);
    for (let k = 0; k < refs.length; k++) referenced[refs[k]] = 1;
    const roots = [];
    for (let i2 = 0; i2 < n2; i2++) if (referenced[i2] === 0) roots.push(paths[i2]);
    if (roots.length === 0) fail(source, "it has no root (every path is referenced by another)");
    if (roots.length > 1) {
      throw new UsageError(
        `${source}: holds ${roots.length} closures (${roots.slice(0, 3).join(", ")}${roots.length > 3 ? ", \u2026" : ""}); dump one root per file with 'nix path-info --json --recursive ROOT'`
      );
    }
    rootId = paths.indexOf(roots[0]);
  } else {
    rootId = binarySearch(paths, root);
    if (rootId === -1) fail(source, `it does not describe ${root}`);
  }
  return onlyReachable({ ...graph, root: paths[rootId], rootId });
}
function onlyReachable(closure) {
  const { paths, narSizes, refStart, refs, rootId } = closure;
  const n2 = paths.length;
  const reached = new Uint8Array(n2);
  const stack = new Int32Array(n2);
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
  if (count2 === n2) return closure;
  const newId = new Int32Array(n2).fill(-1);
  const keptPaths = [];
  for (let i2 = 0; i2 < n2; i2++) if (reached[i2] === 1) newId[i2] = keptPaths.push(paths[i2]) - 1;
  const keptSizes = new Float64Array(count2);
  const keptStart = new Int32Array(count2 + 1);
  let total = 0;
  for (let i2 = 0; i2 < n2; i2++) if (reached[i2] === 1) total += refStart[i2 + 1] - refStart[i2];
  const keptRefs = new Int32Array(total);
  let at = 0;
  for (let i2 = 0; i2 < n2; i2++) {
    const id = newId[i2];
    if (id === -1) continue;
    keptSizes[id] = narSizes[i2];
    keptStart[id] = at;
    for (let k = refStart[i2], end = refStart[i2 + 1]; k < end; k++) keptRefs[at++] = newId[refs[k]];
  }
  keptStart[count2] = at;
  return { root: closure.root, rootId: newId[rootId], paths: keptPaths, narSizes: keptSizes, refStart: keptStart, refs: keptRefs };
}
function closureFromDump(parsed, source) {
  return makeClosure(parsed.objects, null, source);
}
function idOf(closure, path15) {
  return binarySearch(closure.paths, path15);
}
function binarySearch(paths, path15) {
  let low = 0;
  let high = paths.length - 1;
  while (low <= high) {
    const middle = low + high >>> 1;
    const at = paths[middle];
    if (at === path15) return middle;
    if (at < path15) low = middle + 1;
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
  return closure.paths.map((path15, id) => ({ path: path15, narSize: closure.narSizes[id], references: referencesOf(closure, id) }));
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
  const n2 = paths.length;
  const parent = new Int32Array(n2).fill(-2);
  const queue = new Int32Array(n2);
  parent[rootId] = -1;
  queue[0] = rootId;
  for (let head = 0, tail2 = 1; head < tail2; head++) {
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
    chainToId,
    chainTo(path15) {
      const id = idOf(closure, path15);
      return id === -1 || parent[id] === -2 ? null : chainToId(id);
    }
  };
}
var init_chains = __esm({
  "src/core/chains.ts"() {
    "use strict";
    init_closure();
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
  const h2 = head.paths;
  for (let i2 = 0, j = 0; i2 < b.length && j < h2.length; ) {
    const x = b[i2];
    const y = h2[j];
    if (x === y) {
      baseInHead[i2] = j;
      headInBase[j] = i2;
      i2++;
      j++;
    } else if (x < y) i2++;
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
function only(from, otherId) {
  const result = [];
  for (let id = 0; id < otherId.length; id++) {
    if (otherId[id] === -1) result.push({ path: from.paths[id], narSize: from.narSizes[id] });
  }
  return result.sort(bySizeThenPath);
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
  const headNames = pathNames(head);
  const baseNames = pathNames(base);
  for (let id = 0; id < headInBase.length; id++) if (headInBase[id] === -1) touched.add(headNames[id].name);
  for (let id = 0; id < baseInHead.length; id++) if (baseInHead[id] === -1) touched.add(baseNames[id].name);
  const before = groupByPackage(base, touched);
  const after = groupByPackage(head, touched);
  const changes = [];
  for (const name3 of sortedStrings(touched)) {
    const baseVersions = sortedStrings(before.get(name3)?.versions ?? []);
    const headVersions = sortedStrings(after.get(name3)?.versions ?? []);
    const sizeDelta = (after.get(name3)?.size ?? 0) - (before.get(name3)?.size ?? 0);
    const versionsChanged = baseVersions.length !== headVersions.length || baseVersions.some((v, i2) => v !== headVersions[i2]);
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
function attributeGrowth(base, added, chains) {
  const baseNames = /* @__PURE__ */ new Set();
  for (const { name: name3 } of pathNames(base)) baseNames.add(name3);
  const groups = /* @__PURE__ */ new Map();
  for (const { path: path15, narSize } of added) {
    const chain = chains.chainTo(path15);
    if (!chain) continue;
    const viaIndex = chain.findIndex((p, i2) => i2 > 0 && !baseNames.has(parseStorePathName(p).name));
    if (viaIndex === -1) continue;
    const via = chain[viaIndex];
    const group = groups.get(via) ?? { via, chain: chain.slice(0, viaIndex + 1), addedSize: 0, addedPaths: 0 };
    group.addedSize += narSize;
    group.addedPaths += 1;
    groups.set(via, group);
  }
  return [...groups.values()].sort((a2, b) => b.addedSize - a2.addedSize || (a2.via < b.via ? -1 : 1));
}
var PACKAGE_SIZE_DELTA_THRESHOLD, pairs, names, bySizeThenPath, sortedStrings;
var init_diff = __esm({
  "src/core/diff.ts"() {
    "use strict";
    init_store_path();
    PACKAGE_SIZE_DELTA_THRESHOLD = 8 * 1024;
    pairs = /* @__PURE__ */ new WeakMap();
    names = /* @__PURE__ */ new WeakMap();
    bySizeThenPath = (a2, b) => b.narSize - a2.narSize || (a2.path < b.path ? -1 : a2.path > b.path ? 1 : 0);
    sortedStrings = (values) => [...values].sort((a2, b) => a2 < b ? -1 : a2 > b ? 1 : 0);
  }
});

// src/core/duplicates.ts
function packageFamily(name3) {
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
  return { name: name3, version: version.replace(TRAILING_WORDS, "") };
}
function variantOf(path15) {
  return variantOfName(parseStorePathName(path15));
}
function variantsByFamily(closure) {
  const families = /* @__PURE__ */ new Map();
  const names2 = pathNames(closure);
  for (let id = 0; id < names2.length; id++) {
    const parsed = names2[id];
    if (parsed.version === "") continue;
    const variant = variantOfName(parsed);
    const family = packageFamily(variant.name);
    let variants = families.get(family);
    if (!variants) {
      variants = /* @__PURE__ */ new Map();
      families.set(family, variants);
    }
    const label3 = variantLabel(variant);
    const ids = variants.get(label3);
    if (ids) ids.push(id);
    else variants.set(label3, [id]);
  }
  return families;
}
function findDuplicates(base, head, chains) {
  const headFamilies = variantsByFamily(head);
  const several = [...headFamilies].filter(([, variants]) => variants.size > 1);
  if (several.length === 0) return [];
  const before = variantsByFamily(base);
  const duplicates = [];
  for (const [name3, variants] of several) {
    const paths = [...variants.keys()].sort(byString).flatMap(
      (label3) => (variants.get(label3) ?? []).map((id) => ({ path: head.paths[id], narSize: head.narSizes[id], chain: chains.chainToId(id) })).sort((a2, b) => byName(a2.path, b.path))
    );
    const size = paths.reduce((sum, p) => sum + p.narSize, 0);
    duplicates.push({ name: name3, paths, size, new: (before.get(name3)?.size ?? 0) < 2 });
  }
  return duplicates.sort((a2, b) => Number(b.new) - Number(a2.new) || b.size - a2.size || byString(a2.name, b.name));
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
    byString = (a2, b) => a2 < b ? -1 : a2 > b ? 1 : 0;
    byName = (a2, b) => byString(storePathName(a2), storePathName(b)) || byString(a2, b);
  }
});

// src/core/policy.ts
function findForbidden(base, head, chains, forbid, allow) {
  const forbidden = [];
  const allowed = [];
  if (forbid.length === 0) return { forbidden, allowed };
  const { headInBase } = pairClosures(base, head);
  head.paths.forEach((path15, id) => {
    const rule = forbid.find((r) => r.regex.test(path15));
    if (!rule) return;
    const exception = allow.find((r) => r.regex.test(path15));
    if (exception) {
      allowed.push({ path: path15, forbiddenBy: rule.pattern, allowedBy: exception.pattern, reason: exception.reason });
      return;
    }
    forbidden.push({ path: path15, pattern: rule.pattern, new: headInBase[id] === -1, chain: chains.chainToId(id) });
  });
  return { forbidden: forbidden.sort((a2, b) => Number(b.new) - Number(a2.new)), allowed };
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
function analyzeTarget(input, settings) {
  const base = summarize(input.base);
  const head = summarize(input.head);
  const baseClosure = input.base.closure;
  const headClosure = input.head.closure;
  const chains = indexChains(headClosure);
  const added = addedPaths(baseClosure, headClosure);
  const removed = removedPaths(baseClosure, headClosure);
  const update = {
    narSize: added.reduce((sum, p) => sum + p.narSize, 0),
    compressedSize: input.updateCompressedSize ?? null
  };
  const heavy = added.filter((p) => p.narSize >= settings.heavyThreshold).map((p) => ({ ...p, chain: chains.chainTo(p.path) ?? [p.path] }));
  const { forbidden, allowed } = findForbidden(baseClosure, headClosure, chains, settings.forbid, settings.allow);
  const budgets = checkBudgets(settings.budgets, base, head, update);
  return {
    name: input.name,
    ok: forbidden.length === 0 && budgets.results.every((b) => b.ok),
    base,
    head,
    closureSizeDelta: head.closureSize - base.closureSize,
    pathCountDelta: head.pathCount - base.pathCount,
    update,
    added,
    removed,
    packages: packageChanges(baseClosure, headClosure),
    heavy,
    growth: attributeGrowth(baseClosure, added, chains),
    duplicates: findDuplicates(baseClosure, headClosure, chains),
    forbidden,
    allowed,
    budgets: budgets.results,
    ...input.trend && input.trend.length > 0 ? { trend: input.trend } : {},
    notes: [...input.notes ?? [], ...budgets.notes]
  };
}
function buildReport(targets, settings, meta) {
  return {
    schemaVersion: 1,
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
import path11 from "node:path";
function revisionLabel(revision) {
  return revision.kind === "commit" ? revision.label : "working tree";
}
function flakeRefAtCommit(ref, where) {
  const hash = ref.indexOf("#");
  const flake = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? "" : ref.slice(hash);
  if (!LOCAL_FLAKE_REF.test(flake)) return ref;
  const localPath = flake.replace(/^(path:|git\+file:(\/\/)?)/, "").replace(/\?.*$/, "");
  const relative = path11.relative(where.toplevel, path11.resolve(where.cwd, localPath || "."));
  if (relative.startsWith("..") || path11.isAbsolute(relative)) return ref;
  const query = [`rev=${where.sha}`];
  if (where.shallow) query.push("shallow=1");
  if (relative !== "") query.push(`dir=${encodeURIComponent(relative.split(path11.sep).join("/"))}`);
  return `git+file://${encodeURI(where.toplevel)}?${query.join("&")}${fragment}`;
}
async function installablesAt(revision, cwd, git) {
  if (revision.kind === "worktree") return (installable) => installable;
  const toplevel = await git.toplevel();
  const shallow = await git.isShallow();
  return (installable) => installable.kind === "flake" ? { kind: "flake", ref: flakeRefAtCommit(installable.ref, { cwd, toplevel, sha: revision.sha, shallow }) } : installable;
}
async function evaluateSide(targets, revision, context) {
  const { nix, git, cwd } = context;
  const results = /* @__PURE__ */ new Map();
  if (targets.length === 0) return results;
  if (revision.kind === "worktree") {
    for (const target of targets) {
      results.set(target.name, await nix.evaluate(target.installable, { cwd, what: `${target.name} at ${context.what}` }));
    }
    return results;
  }
  const at = await installablesAt(revision, cwd, git);
  const worktree = targets.some((t) => t.installable.kind === "file") ? await git.addWorktree(revision.sha) : null;
  try {
    const evalCwd = worktree ? path11.join(worktree.dir, path11.relative(await git.toplevel(), cwd)) : cwd;
    for (const { name: name3, installable } of targets) {
      results.set(name3, await nix.evaluate(at(installable), { cwd: evalCwd, what: `${name3} at ${context.what}` }));
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

// src/core/path-info-scan.ts
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
    for (let c3 = bytes[at]; c3 === SPACE || c3 === LF2 || c3 === CR2 || c3 === TAB; c3 = bytes[++at]) ;
    pos = at;
  };
  const expect = (c3) => {
    if (bytes[pos] !== c3) throw notForScan;
    pos++;
  };
  const string = () => {
    if (bytes[pos] !== QUOTE) throw notForScan;
    const start = pos + 1;
    let at = start;
    for (; ; ) {
      const c3 = bytes[at];
      if (c3 === QUOTE) break;
      if (c3 === BACKSLASH || c3 < SPACE || c3 >= 128 || at >= end) throw notForScan;
      at++;
    }
    stringStart = start;
    stringEnd = at;
    pos = at + 1;
  };
  const literal = (word) => {
    for (let i2 = 0; i2 < word.length; i2++) if (bytes[pos + i2] !== word[i2]) throw notForScan;
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
  const skipValue = () => {
    const c3 = bytes[pos];
    if (c3 === QUOTE) string();
    else if (c3 === LBRACE) {
      pos++;
      ws();
      if (bytes[pos] === RBRACE) {
        pos++;
        return;
      }
      for (; ; ) {
        ws();
        string();
        ws();
        expect(COLON);
        ws();
        skipValue();
        ws();
        if (bytes[pos] === COMMA) pos++;
        else {
          expect(RBRACE);
          return;
        }
      }
    } else if (c3 === LBRACKET) {
      pos++;
      ws();
      if (bytes[pos] === RBRACKET) {
        pos++;
        return;
      }
      for (; ; ) {
        ws();
        skipValue();
        ws();
        if (bytes[pos] === COMMA) pos++;
        else {
          expect(RBRACKET);
          return;
        }
      }
    } else if (c3 === 116) literal(LITERAL_TRUE);
    else if (c3 === 102) literal(LITERAL_FALSE);
    else if (c3 === 110) literal(LITERAL_NULL);
    else number();
  };
  const keyIs = (key) => {
    if (stringEnd - stringStart !== key.length) return false;
    for (let i2 = 0; i2 < key.length; i2++) if (bytes[stringStart + i2] !== key[i2]) return false;
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
  const entry = (keyStart, keyEnd, storeDir2) => {
    expect(LBRACE);
    let start = keyStart;
    let stop = keyEnd;
    let narSize = -1;
    let refsFrom = -1;
    let valid = true;
    let seen = 0;
    const once10 = (bit) => {
      if (seen & bit) throw notForScan;
      seen |= bit;
    };
    ws();
    if (bytes[pos] === RBRACE) throw notForScan;
    for (; ; ) {
      ws();
      string();
      ws();
      expect(COLON);
      ws();
      if (keyIs(KEY_PATH) && keyStart === -1) {
        once10(1);
        string();
        start = stringStart;
        stop = stringEnd;
      } else if (keyIs(KEY_NAR_SIZE)) {
        once10(2);
        narSize = number();
        if (narSize < 0) throw notForScan;
      } else if (keyIs(KEY_REFERENCES)) {
        once10(4);
        refsFrom = refStringStart.length;
        expect(LBRACKET);
        ws();
        if (bytes[pos] === RBRACKET) pos++;
        else {
          for (; ; ) {
            ws();
            string();
            refStringStart.push(stringStart);
            refStringEnd.push(stringEnd);
            ws();
            if (bytes[pos] === COMMA) pos++;
            else {
              expect(RBRACKET);
              break;
            }
          }
        }
      } else if (keyIs(KEY_VALID)) {
        once10(8);
        if (bytes[pos] === 102) {
          literal(LITERAL_FALSE);
          valid = false;
        } else skipValue();
      } else if (keyIs(KEY_STORE_DIR)) {
        once10(16);
        string();
        if (storeDir2 !== null) {
          if (!rangeIs(bytes, stringStart, stringEnd, storeDir2)) throw notForScan;
        } else if (entryDirStart === -1) {
          entryDirStart = stringStart;
          entryDirEnd = stringEnd;
        } else if (!sameBytes(bytes, entryDirStart, entryDirEnd, stringStart, stringEnd)) throw notForScan;
      } else skipValue();
      ws();
      if (bytes[pos] === COMMA) pos++;
      else {
        expect(RBRACE);
        break;
      }
    }
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
  const keyedEntries = (storeDir2) => {
    expect(LBRACE);
    ws();
    if (bytes[pos] === RBRACE) {
      pos++;
      return;
    }
    for (; ; ) {
      ws();
      string();
      const keyStart = stringStart;
      const keyEnd = stringEnd;
      ws();
      expect(COLON);
      ws();
      if (bytes[pos] === 110) {
        literal(LITERAL_NULL);
        invalidRanges.push(keyStart, keyEnd);
      } else entry(keyStart, keyEnd, storeDir2);
      ws();
      if (bytes[pos] === COMMA) pos++;
      else {
        expect(RBRACE);
        return;
      }
    }
  };
  let storeDir = defaultStoreDir;
  let baseNames = false;
  ws();
  if (bytes[pos] === LBRACKET) {
    pos++;
    ws();
    if (bytes[pos] === RBRACKET) pos++;
    else {
      for (; ; ) {
        ws();
        entry(-1, -1, defaultStoreDir);
        ws();
        if (bytes[pos] === COMMA) pos++;
        else {
          expect(RBRACKET);
          break;
        }
      }
    }
  } else {
    const objectStart = pos;
    expect(LBRACE);
    ws();
    const wrapper = bytes[pos] === QUOTE && bytes[pos + 1] !== SLASH && bytes[pos + 1] !== QUOTE;
    if (!wrapper) {
      pos = objectStart;
      keyedEntries(defaultStoreDir);
    } else {
      let version = false;
      let info = false;
      let wrapperDir = null;
      for (; ; ) {
        ws();
        string();
        ws();
        expect(COLON);
        ws();
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
        ws();
        if (bytes[pos] === COMMA) pos++;
        else {
          expect(RBRACE);
          break;
        }
      }
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
function rangeIs(bytes, start, end, text) {
  if (end - start !== text.length) return false;
  for (let i2 = 0; i2 < text.length; i2++) if (bytes[start + i2] !== text.charCodeAt(i2)) return false;
  return true;
}
function sameBytes(bytes, a2, aEnd, b, bEnd) {
  return sameName(bytes, a2, aEnd, bytes, b, bEnd);
}
function sameName(x, a2, aEnd, y, b, bEnd) {
  if (aEnd - a2 !== bEnd - b) return false;
  for (let i2 = 0; i2 < aEnd - a2; i2++) if (x[a2 + i2] !== y[b + i2]) return false;
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
  if (from >= end || bytes[from - 1] !== SLASH) throw notForScan;
  for (let i2 = 0; i2 < storeDir.length; i2++) if (bytes[start + i2] !== storeDir.charCodeAt(i2)) throw notForScan;
  return from;
}
function hashOf(bytes, start, end) {
  let hash = 2166136261 ^ end - start;
  for (let i2 = start, stop = Math.min(end, start + 16); i2 < stop; i2++) hash = Math.imul(hash ^ bytes[i2], 16777619);
  return hash >>> 0;
}
function resolve(bytes, scanned, storeDir, baseNames) {
  const n2 = scanned.pathStart.length;
  const starts = scanned.pathStart.data;
  const ends = scanned.pathEnd.data;
  const nameAt = new Int32Array(n2 + 1);
  let total = 0;
  for (let i2 = 0; i2 < n2; i2++) {
    nameAt[i2] = total;
    total += ends[i2] - baseNameStart(bytes, starts[i2], ends[i2], storeDir, baseNames);
  }
  nameAt[n2] = total;
  const names2 = new Uint8Array(total);
  for (let i2 = 0; i2 < n2; i2++) {
    const length = nameAt[i2 + 1] - nameAt[i2];
    names2.set(bytes.subarray(ends[i2] - length, ends[i2]), nameAt[i2]);
  }
  let size = 1;
  while (size < n2 * 2) size <<= 1;
  const mask = size - 1;
  const table2 = new Int32Array(size).fill(-1);
  for (let i2 = 0; i2 < n2; i2++) {
    const from = nameAt[i2];
    const to = nameAt[i2 + 1];
    let slot = hashOf(names2, from, to) & mask;
    for (; ; ) {
      const at = table2[slot];
      if (at === -1) {
        table2[slot] = i2;
        break;
      }
      if (sameName(names2, nameAt[at], nameAt[at + 1], names2, from, to)) break;
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
      if (sameName(names2, nameAt[at], nameAt[at + 1], bytes, from, to)) {
        refs[k] = at;
        break;
      }
      slot = slot + 1 & mask;
    }
  }
  const refStart = new Int32Array(n2 + 1);
  refStart.set(scanned.refStart.data.subarray(0, n2));
  refStart[n2] = refCount;
  const prefix = baseNames ? `${storeDir}/` : "";
  const paths = new Array(n2);
  for (let i2 = 0; i2 < n2; i2++) paths[i2] = prefix + decodeAscii(bytes, starts[i2], ends[i2]);
  const invalid = [];
  for (let i2 = 0; i2 < scanned.invalidRanges.length; i2 += 2) {
    invalid.push(prefix + decodeAscii(bytes, scanned.invalidRanges[i2], scanned.invalidRanges[i2 + 1]));
  }
  return { paths, narSizes: scanned.narSizes, refStart, refs, invalid };
}
var TAB, LF2, CR2, SPACE, QUOTE, COMMA, MINUS, DOT, SLASH, ZERO, NINE, COLON, LBRACKET, BACKSLASH, RBRACKET, LBRACE, RBRACE, SCAN_MIN_BYTES, NotForScan, notForScan, ascii, KEY_PATH, KEY_NAR_SIZE, KEY_REFERENCES, KEY_VALID, KEY_STORE_DIR, KEY_VERSION, KEY_INFO, LITERAL_TRUE, LITERAL_FALSE, LITERAL_NULL, Int32List, isDigit;
var init_path_info_scan = __esm({
  "src/core/path-info-scan.ts"() {
    "use strict";
    init_store_path();
    TAB = 9;
    LF2 = 10;
    CR2 = 13;
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
    ascii = (text) => Uint8Array.from(text, (c3) => c3.charCodeAt(0));
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
    isDigit = (c3) => c3 !== void 0 && c3 >= ZERO && c3 <= NINE;
  }
});

// src/dump/read.ts
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
async function readDump({ file: file2, role, argument }) {
  const bytes = await readFile(file2);
  const source = `${role}: '${argument}'`;
  return closureOfDumpBytes(bytes, source) ?? closureOfDumpText(bytes.toString("utf8"), { role, argument, source });
}
function closureOfDumpBytes(bytes, source) {
  const scanned = bytes.length >= SCAN_MIN_BYTES ? scanPathInfo(bytes) : null;
  if (!scanned) return null;
  checkNotAllInvalid(scanned.paths.length, scanned.invalid, source);
  return closureOfGraph(scanned, null, source);
}
function closureOfDumpText(text, { role, argument, source }) {
  if (!/^\s*[[{]/.test(text)) throw new UsageError(`${role}: '${argument}' is neither a store path nor a JSON file; ${SOURCE_HINT}`);
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${source} is not valid JSON (${why}); ${SOURCE_HINT}`);
  }
  const parsed = parsePathInfoJson(json, source);
  checkNotAllInvalid(parsed.objects.length, parsed.invalid, source);
  return closureFromDump(parsed, source);
}
function checkNotAllInvalid(valid, invalid, source) {
  if (invalid.length > 0 && valid === 0) {
    throw new UsageError(`${source} lists only paths Nix called invalid (${invalid[0]}); dump a path that is in the store`);
  }
}
async function loadDump(dump) {
  const { size } = await stat(dump.file);
  if (size < WORKER_MIN_BYTES || WORKER.protocol !== "file:" || !existsSync(WORKER)) return readDump(dump);
  const reply = await new Promise((resolve2, reject) => {
    const worker = new Worker(WORKER, { workerData: dump });
    worker.once("message", (message) => {
      resolve2(message);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the worker reading ${dump.file} stopped (exit code ${code}) without an answer`)));
  });
  if ("error" in reply) throw reply.error.usage ? new UsageError(reply.error.message) : new Error(reply.error.message);
  return reply.closure;
}
var SOURCE_HINT, WORKER_MIN_BYTES, WORKER;
var init_read = __esm({
  "src/dump/read.ts"() {
    "use strict";
    init_closure();
    init_path_info_scan();
    init_errors();
    SOURCE_HINT = "give a store path, a 'result' link, or a JSON file written by 'nix path-info --json --recursive'";
    WORKER_MIN_BYTES = 8 * 1024 * 1024;
    WORKER = new URL("./dump-worker.js", import.meta.url);
  }
});

// src/zstd.ts
import zlib from "node:zlib";
async function zstdSize(source) {
  const compress = zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } });
  let size = 0;
  compress.on("data", (chunk) => {
    size += chunk.length;
  });
  const finished7 = new Promise((resolve2, reject) => {
    compress.on("end", resolve2);
    compress.on("error", reject);
  });
  finished7.catch(() => void 0);
  try {
    for await (const chunk of source) {
      await new Promise((resolve2, reject) => compress.write(chunk, (error) => error ? reject(error) : resolve2()));
    }
  } catch (error) {
    compress.destroy();
    throw error;
  }
  compress.end();
  await finished7;
  return size;
}
async function zstdSizeOf(bytes) {
  const options = { params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL }, pledgedSrcSize: bytes.length };
  if (bytes.length < AT_ONCE_MAX) return zlib.zstdCompressSync(bytes, options).length;
  const compress = zlib.createZstdCompress(options);
  let size = 0;
  compress.on("data", (chunk) => {
    size += chunk.length;
  });
  await new Promise((resolve2, reject) => {
    compress.on("end", resolve2);
    compress.on("error", reject);
    compress.end(bytes);
  });
  return size;
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
import { createReadStream as createReadStream2 } from "node:fs";
import * as fsp from "node:fs/promises";
import path12 from "node:path";
async function zstdCompressedSize(file2) {
  if (!zstdAvailable()) {
    throw new ToolError(`measuring ${file2} needs zstd in Node's zlib: run nix-size-guard with Node 24 or newer (this is ${process.version})`);
  }
  return zstdSize(createReadStream2(file2, { highWaterMark: 1024 * 1024 }));
}
async function measureFile(file2) {
  const info = await fsp.stat(file2);
  return {
    file: file2,
    apparentSize: info.size,
    // st_blocks counts 512-byte units whatever the filesystem's block size.
    allocatedSize: info.blocks * 512,
    compressedSize: await zstdCompressedSize(file2)
  };
}
async function findImage(output, imageGlob) {
  const info = await fsp.stat(output);
  if (info.isFile()) return { image: await measureFile(output) };
  const matches = [];
  for await (const relative of fsp.glob(imageGlob, { cwd: output })) {
    const file2 = path12.join(output, relative);
    const fileInfo = await fsp.stat(file2);
    if (fileInfo.isFile()) matches.push({ file: file2, size: fileInfo.size });
  }
  if (matches.length === 0) return { image: null };
  matches.sort((a2, b) => b.size - a2.size || a2.file.localeCompare(b.file));
  const chosen = matches[0];
  const note = matches.length > 1 ? `image glob '${imageGlob}' matched ${matches.length} files; measured the largest, ${path12.basename(chosen.file)}` : void 0;
  return { image: await measureFile(chosen.file), note };
}
var init_measure = __esm({
  "src/image/measure.ts"() {
    "use strict";
    init_errors();
    init_zstd();
  }
});

// src/nix/nar.ts
import { closeSync as closeSync2, lstatSync, openSync as openSync2, readSync as readSync2, readdirSync, readlinkSync } from "node:fs";
import { lstat, open, readdir, readlink } from "node:fs/promises";
import path13 from "node:path";
function str(value) {
  const bytes = typeof value === "string" ? Buffer.from(value) : value;
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(bytes.length));
  const pad = (8 - bytes.length % 8) % 8;
  return Buffer.concat([length, bytes, PADDING.subarray(0, pad)]);
}
async function* file(location, size) {
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(size));
  yield length;
  const handle = await open(location, "r");
  try {
    let done = 0;
    while (done < size) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, size - done));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
      if (bytesRead === 0) throw new Error(`${location} shrank while it was read`);
      done += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
  const pad = (8 - size % 8) % 8;
  if (pad > 0) yield PADDING.subarray(0, pad);
}
async function* node(location) {
  const info = await lstat(location);
  if (info.isSymbolicLink()) {
    yield strs("(", "type", "symlink", "target", await readlink(location), ")");
  } else if (info.isFile()) {
    yield info.mode & 64 ? strs("(", "type", "regular", "executable", "", "contents") : strs("(", "type", "regular", "contents");
    yield* file(location, info.size);
    yield str(")");
  } else if (info.isDirectory()) {
    yield strs("(", "type", "directory");
    const names2 = byteOrder(await readdir(location));
    for (const name3 of names2) {
      yield strs("entry", "(", "name", name3, "node");
      yield* node(path13.join(location, name3));
      yield str(")");
    }
    yield str(")");
  } else {
    throw new Error(`${location} is neither a file, a directory nor a symlink; Nix cannot archive it`);
  }
}
async function* narOf(storePath) {
  yield str("nix-archive-1");
  yield* node(storePath);
}
function byteOrder(names2) {
  return names2.sort((a2, b) => Buffer.compare(Buffer.from(a2), Buffer.from(b)));
}
function narOfSync(storePath, narSize) {
  const out = Buffer.alloc(narSize);
  let at = 0;
  const room = (bytes) => {
    if (at + bytes > narSize) throw new NarSizeMismatch(storePath, narSize);
  };
  const u64 = (value) => {
    room(8);
    out.writeBigUInt64LE(BigInt(value), at);
    at += 8;
  };
  const pad = (length) => {
    const padding = (8 - length % 8) % 8;
    room(padding);
    at += padding;
  };
  const text = (value) => {
    const length = Buffer.byteLength(value);
    u64(length);
    room(length);
    out.write(value, at, "utf8");
    at += length;
    pad(length);
  };
  const node2 = (location) => {
    const info = lstatSync(location);
    text("(");
    text("type");
    if (info.isSymbolicLink()) {
      text("symlink");
      text("target");
      text(readlinkSync(location));
    } else if (info.isFile()) {
      text("regular");
      if (info.mode & 64) {
        text("executable");
        text("");
      }
      text("contents");
      u64(info.size);
      room(info.size);
      const handle = openSync2(location, "r");
      try {
        for (let done = 0; done < info.size; ) {
          const read = readSync2(handle, out, at + done, info.size - done, done);
          if (read === 0) throw new Error(`${location} shrank while it was read`);
          done += read;
        }
      } finally {
        closeSync2(handle);
      }
      at += info.size;
      pad(info.size);
    } else if (info.isDirectory()) {
      text("directory");
      for (const name3 of byteOrder(readdirSync(location))) {
        text("entry");
        text("(");
        text("name");
        text(name3);
        text("node");
        node2(path13.join(location, name3));
        text(")");
      }
    } else {
      throw new Error(`${location} is neither a file, a directory nor a symlink; Nix cannot archive it`);
    }
    text(")");
  };
  text("nix-archive-1");
  node2(storePath);
  if (at !== narSize) throw new NarSizeMismatch(storePath, narSize);
  return out;
}
var PADDING, CHUNK, strs, NarSizeMismatch;
var init_nar = __esm({
  "src/nix/nar.ts"() {
    "use strict";
    PADDING = Buffer.alloc(8);
    CHUNK = 1024 * 1024;
    strs = (...values) => Buffer.concat(values.map((v) => str(v)));
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
import { access } from "node:fs/promises";
async function eachLimited(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
async function* counted(source, count2) {
  for await (const chunk of source) {
    count2.bytes += chunk.length;
    yield chunk;
  }
}
async function measureOne(nix, { path: path15, narSize }) {
  const count2 = { bytes: 0 };
  let size;
  try {
    if (narSize <= IN_MEMORY_MAX) {
      let nar;
      try {
        nar = narOfSync(path15, narSize);
      } catch (error) {
        if (!(error instanceof NarSizeMismatch)) throw error;
        return measureStreamed(path15, narSize, count2);
      }
      return await zstdSizeOf(nar);
    }
    size = await measureStreamed(path15, narSize, count2);
  } catch (error) {
    if (error.code !== "EACCES") throw error;
    return nix.dumpPath(path15, zstdSize);
  }
  return size;
}
async function measureStreamed(path15, narSize, count2) {
  const size = await zstdSize(counted(narOf(path15), count2));
  if (count2.bytes !== narSize) {
    throw new NarMismatch(`${storePathName(path15)} on disk is ${count2.bytes} bytes as a NAR, Nix records ${narSize}`);
  }
  return size;
}
async function compressedNarSize(nix, added, cache = /* @__PURE__ */ new Map()) {
  if (added.length === 0) return { compressedSize: 0 };
  if (!zstdAvailable()) {
    return { compressedSize: null, note: `${NOT_MEASURED}: it needs zstd in Node's zlib (Node 24 or newer; this is ${process.version})` };
  }
  const missing = [];
  await eachLimited(added, 16, async ({ path: path15 }) => {
    try {
      await access(path15);
    } catch {
      missing.push(path15);
    }
  });
  if (missing.length > 0) {
    return {
      compressedSize: null,
      note: `${NOT_MEASURED}: ${missing.length} of the ${added.length} added paths are not in the local store to read (e.g. ${storePathName(missing.sort()[0])})`
    };
  }
  let total = 0;
  try {
    await eachLimited(added, CONCURRENCY, async (entry) => {
      let size = cache.get(entry.path);
      if (!size) {
        size = measureOne(nix, entry);
        cache.set(entry.path, size);
      }
      const bytes = await size;
      total += bytes;
    });
  } catch (error) {
    if (error instanceof NarMismatch) return { compressedSize: null, note: `${NOT_MEASURED}: ${error.message}` };
    if (!(error instanceof ToolError) && error.code === void 0) throw error;
    const lines = error.message.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    const why = lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : lines[0] ?? "";
    return { compressedSize: null, note: `${NOT_MEASURED}: ${why}` };
  }
  return { compressedSize: total };
}
var CONCURRENCY, NOT_MEASURED, NarMismatch, IN_MEMORY_MAX;
var init_nar_size = __esm({
  "src/nix/nar-size.ts"() {
    "use strict";
    init_errors();
    init_store_path();
    init_zstd();
    init_nar();
    CONCURRENCY = 4;
    NOT_MEASURED = "update download: the zstd size was not measured";
    NarMismatch = class extends Error {
    };
    IN_MEMORY_MAX = 16 * 1024 * 1024;
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
import { realpath, stat as stat3 } from "node:fs/promises";
function readClosures(nix, roots) {
  const unique = [...new Set(roots)];
  if (unique.length === 0) return /* @__PURE__ */ new Map();
  const all = nix.closures(unique);
  all.catch(() => void 0);
  return new Map(unique.map((root, i2) => [root, all.then((closures) => closures[i2])]));
}
async function readOutput(nix, output, settings, cache, from = { source: "built" }, reads = /* @__PURE__ */ new Map()) {
  let side = cache.get(`${from.store ?? ""} ${output}`);
  if (!side) {
    side = (async () => {
      if (from.store) {
        const closure2 = await nix.closure(output, from.store);
        return { closure: closure2, image: null, source: from.source, notes: [`read from ${from.store} without building; its image (if any) was not measured`] };
      }
      const real = await realpath(output);
      const root = toStorePath(real) ?? real;
      const [closure, found] = await Promise.all([reads.get(root) ?? nix.closure(root), findImage(real, settings.imageGlob)]);
      return { closure, image: found.image, source: from.source, notes: found.note ? [found.note] : [] };
    })();
    cache.set(`${from.store ?? ""} ${output}`, side);
  }
  return side;
}
async function toTargetInput(nix, name3, base, head, narSizes) {
  const update = await compressedNarSize(nix, addedPaths(base.closure, head.closure), narSizes);
  return {
    name: name3,
    base: { closure: base.closure, image: base.image, source: base.source },
    head: { closure: head.closure, image: head.image, source: head.source },
    updateCompressedSize: update.compressedSize,
    notes: [.../* @__PURE__ */ new Set([...base.notes, ...head.notes, ...update.note ? [update.note] : []])]
  };
}
function finish(inputs, settings, labels) {
  const targets = inputs.map((input) => analyzeTarget(input, settings));
  return {
    report: buildReport(targets, settings, { version: VERSION, baseLabel: labels.base, headLabel: labels.head }),
    closures: inputs.map((i2) => ({ name: i2.name, base: i2.base.closure, head: i2.head.closure }))
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
  const { nix, git, cwd, targets, settings, baseline } = request;
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
  const baseEval = await phase(
    `nix eval: the base (${baseLabel})`,
    () => evaluateSide(targets.filter((t) => !reused.has(t.name)), request.base, { cwd, nix, git, what: `the base (${baseLabel})` })
  );
  const headEval = await phase(
    `nix eval: the head (${headLabel})`,
    () => evaluateSide(targets, request.head, { cwd, nix, git, what: `the head (${headLabel})` })
  );
  const located = /* @__PURE__ */ new Map();
  const toBuild = [];
  for (const evaluated of [...baseEval.values(), ...headEval.values()]) {
    if (located.has(evaluated.outPath)) continue;
    if (await nix.isValid(evaluated.outPath)) located.set(evaluated.outPath, { source: "built" });
    else if (request.store && await nix.isValid(evaluated.outPath, request.store)) {
      located.set(evaluated.outPath, { source: "binary-cache", store: request.store });
    } else {
      located.set(evaluated.outPath, { source: "built" });
      toBuild.push(evaluated);
    }
  }
  const checkOff = /* @__PURE__ */ new Set();
  if (toBuild.length > 0) {
    const what = `${targets.map((t) => t.name).join(", ")} at the base (${baseLabel}) and the head (${headLabel})`;
    const build = () => phase(
      `nix build: ${toBuild.length} output${toBuild.length === 1 ? "" : "s"} of ${targets.map((t) => t.name).join(", ")}`,
      () => nix.realise(toBuild, { what })
    );
    try {
      await build();
    } catch (error) {
      const retried = request.forbidFromConfig ? await withoutForbiddenCheck(request, request.forbidFromConfig, { base: baseEval, head: headEval }, toBuild, checkOff) : false;
      if (!retried) throw error;
      await build();
    }
  }
  const cache = /* @__PURE__ */ new Map();
  const reads = readClosures(
    nix,
    [...baseEval.values(), ...headEval.values()].map((e) => e.outPath).filter((outPath) => !located.get(outPath)?.store)
  );
  const read = (evaluated) => readOutput(nix, evaluated.outPath, settingsUsed, cache, located.get(evaluated.outPath), reads);
  const inputs = [];
  const narSizes = /* @__PURE__ */ new Map();
  const saves = [];
  for (const target of targets) {
    const baseEvaluated = baseEval.get(target.name);
    const [baseSide, headSide] = await Promise.all([
      reused.get(target.name) ?? read(baseEvaluated),
      read(headEval.get(target.name))
    ]);
    const input = await toTargetInput(nix, target.name, baseSide, headSide, narSizes);
    const baseTrend = base.kind === "commit" ? [...(baseSide.trend ?? []).filter((p) => p.commit !== base.sha), trendPoint(base.sha, baseSide)].slice(-TREND_LENGTH) : [];
    if (baseSide.trend && baseSide.trend.length > 0) input.trend = baseTrend;
    input.notes = [...configNotes, ...checkOff.has(target.name) ? [CHECK_OFF_NOTE] : [], ...input.notes ?? []];
    inputs.push(input);
    if (baseline && base.kind === "commit" && !reused.has(target.name) && baseSide.source === "built") {
      saves.push(baseline.cache.save(baseline.keyFor(target, base.sha), toSaved(baseSide, baseTrend)));
    }
    if (baseline?.saveHeadAs && headSide.source === "built") {
      const headTrend = [...baseTrend.filter((p) => p.commit !== baseline.saveHeadAs), trendPoint(baseline.saveHeadAs, headSide)].slice(-TREND_LENGTH);
      saves.push(baseline.cache.save(baseline.keyFor(target, baseline.saveHeadAs), toSaved(headSide, headTrend)));
    }
  }
  await Promise.all(saves);
  if (request.imageGlobGiven && inputs.every((i2) => !i2.base.image && !i2.head.image)) {
    throw new UsageError(
      `image-glob: '${settings.imageGlob}' matched no file in the output of any target (${targets.map((t) => t.name).join(", ")}); set it to the image's file name, e.g. '*.img' or 'sd-image/*.img'`
    );
  }
  return finish(inputs, settingsUsed, { base: baseLabel, head: headLabel });
}
async function readConfigForbidRules(request, attr) {
  const { nix, git, cwd } = request;
  const installable = (await installablesAt(request.head, cwd, git))({ kind: "flake", ref: `.#${attr}.config.system.forbiddenDependenciesRegexes` });
  const value = await nix.evalJson(installable, null, { cwd, what: `the head (${revisionLabel(request.head)})` });
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new UsageError(`forbid-from-config: ${attr}.config.system.forbiddenDependenciesRegexes is not a list of strings; give the attribute path of a NixOS configuration, e.g. nixosConfigurations.appliance`);
  }
  return parseSettings({ forbid: value }).forbid;
}
async function withoutForbiddenCheck(request, attr, evaluated, toBuild, checkOff) {
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
      const index = toBuild.findIndex((e) => e.outPath === old.outPath);
      if (index !== -1) toBuild.splice(index, 1, fresh);
      checkOff.add(target.name);
      swapped = true;
    }
  }
  return swapped;
}
async function resolveSource(argument, role) {
  let real;
  try {
    real = await realpath(argument);
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
async function guardCompare(request) {
  const { nix, settings } = request;
  const [baseArgument, headArgument] = await Promise.allSettled([resolveSource(request.base, "BASE"), resolveSource(request.head, "HEAD")]);
  if (baseArgument.status === "rejected") throw baseArgument.reason;
  if (headArgument.status === "rejected") throw headArgument.reason;
  const reads = readClosures(
    nix,
    [baseArgument.value, headArgument.value].flatMap((a2) => "storePath" in a2 ? [a2.storePath] : [])
  );
  const [baseLoad, headLoad] = await Promise.allSettled([
    loadSource(nix, request.base, "BASE", baseArgument.value, settings, reads),
    loadSource(nix, request.head, "HEAD", headArgument.value, settings, reads)
  ]);
  if (baseLoad.status === "rejected") throw baseLoad.reason;
  if (headLoad.status === "rejected") throw headLoad.reason;
  const base = baseLoad.value;
  const head = headLoad.value;
  const name3 = request.name ?? (parseStorePathName(head.closure.root).name || "closure");
  return finish([await toTargetInput(nix, name3, base, head, /* @__PURE__ */ new Map())], settings, { base: request.base, head: request.head });
}
var TREND_LENGTH, CHECK_OFF_NOTE, TURN_OFF_CHECK;
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
    init_nar_size();
    init_version();
    TREND_LENGTH = 20;
    CHECK_OFF_NOTE = "built with system.forbiddenDependenciesRegexes turned off (lib.mkForce [ ]): the configuration's own check fails this toplevel; the forbidden paths below are why";
    TURN_OFF_CHECK = `(d.extendModules { modules = [ ({ lib, ... }: { system.forbiddenDependenciesRegexes = lib.mkForce [ ]; }) ]; }).config.system.build.toplevel`;
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
      async run(args, what, runOptions = {}) {
        return (await this.runFull(args, what, runOptions)).stdout;
      }
      async runFull(args, what, runOptions = {}) {
        let result;
        try {
          result = await runTool(this.binary, args, { onStderr: this.options.log, ...runOptions });
        } catch (error) {
          if (error instanceof ToolMissingError) throw new ToolError(MISSING_NIX);
          throw error;
        }
        if (result.exitCode !== 0) {
          throw new ToolError(`${what} failed (nix exited with ${result.exitCode}):`, tail(result.stderr));
        }
        return result;
      }
      /** Checks that nix exists and is new enough; cached. */
      version() {
        this.versionPromise ??= (async () => {
          const output = await this.run(["--version"], "nix --version", { onStderr: void 0 });
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
      /**
       * What an installable evaluates to, without building anything: its derivation, its output
       * path and that output's name. One `nix eval`; the build then names derivations, so Nix
       * evaluates each installable once and the results need no matching up.
       */
      async evaluate(installable, context, select = "d") {
        const json = await this.evalJson(
          installable,
          `d: let t = ${select}; in { drv = t.drvPath; out = t.outPath; output = t.outputName or "out"; }`,
          context
        );
        if (typeof json?.drv !== "string" || typeof json.out !== "string") {
          throw new ToolError(`${describeInstallable(installable)} (${context.what}) is not a derivation; a target must evaluate to something nix build can build`);
        }
        return { drvPath: json.drv, outPath: json.out, outputName: typeof json.output === "string" ? json.output : "out" };
      }
      /** `nix eval --json INSTALLABLE [--apply FN]`, parsed. */
      async evalJson(installable, apply, context) {
        await this.version();
        const target = installable.kind === "flake" ? [installable.ref] : ["-f", installable.file, installable.attr];
        const stdout = await this.run(
          [...FEATURES, "eval", "--json", ...this.nixArgs, ...target, ...apply ? ["--apply", apply] : []],
          `nix eval of ${context.what} (${describeInstallable(installable)})`,
          { cwd: context.cwd }
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
        const caret = version.implementation === "lix" || atLeast(version, 2, 13);
        const installables = [...new Set(evaluated.map((e) => caret ? `${e.drvPath}^${e.outputName}` : e.drvPath))];
        const args = [...FEATURES, "build", "--no-link", "--keep-going", ...this.options.printBuildLogs ? ["--print-build-logs"] : [], ...this.nixArgs, ...installables];
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
      async isValid(path15, store) {
        const result = await runTool(this.binary, [...FEATURES, "path-info", ...this.nixArgs, ...store ? ["--store", store] : [], path15], {});
        return result.exitCode === 0;
      }
      /**
       * The NAR of `path`, streamed to `consume` as `nix store dump-path` (Nix 2.4 on) writes it:
       * the archive a binary cache compresses and serves for that path. `path` must be valid, or
       * Nix would try to substitute it.
       */
      async dumpPath(path15, consume) {
        await this.version();
        let run;
        try {
          run = await streamTool(this.binary, [...FEATURES, "store", "dump-path", ...this.nixArgs, path15], consume);
        } catch (error) {
          if (error instanceof ToolMissingError) throw new ToolError(MISSING_NIX);
          throw error;
        }
        if (run.exitCode !== 0) {
          throw new ToolError(`nix store dump-path ${path15} failed (nix exited with ${run.exitCode}):`, tail(run.stderr));
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
          [...FEATURES, "path-info", ...pathInfoJsonArgs(version), "--recursive", ...this.nixArgs, ...store ? ["--store", store] : [], ...unique],
          `nix path-info of ${what}${store ? ` in ${store}` : ""}`,
          { bytes: true }
        );
        const source = `nix path-info ${what}`;
        const graph = indexGraph(this.pathInfoGraph(stdoutBytes ?? new Uint8Array(), source), source);
        return roots.map((root) => closureIn(graph, root, `nix path-info ${root}`));
      }
      /** What `nix path-info --json` printed, as a PathGraph: the fast way, or JSON.parse's. */
      pathInfoGraph(bytes, source) {
        const invalidError = (path15) => new ToolError(`${path15} is not valid in the Nix store; build it first or pass --nix-arg --store URL`);
        const scanned = bytes.length >= SCAN_MIN_BYTES ? scanPathInfo(bytes) : null;
        if (scanned) {
          if (scanned.invalid.length > 0) throw invalidError(scanned.invalid[0]);
          return scanned;
        }
        const stdout = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
        let json;
        try {
          json = JSON.parse(stdout);
        } catch {
          throw new ToolError(`${source} printed something that is not JSON`, tail(stdout, 3));
        }
        const parsed = parsePathInfoJson(json, source);
        if (parsed.invalid.length > 0) throw invalidError(parsed.invalid[0]);
        return graphOfObjects(parsed.objects, source);
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
  base.paths.forEach((path15, id) => rows.push({ path: path15, narSize: base.narSizes[id], inBase: true, inHead: baseInHead[id] !== -1 }));
  head.paths.forEach((path15, id) => {
    if (headInBase[id] === -1) rows.push({ path: path15, narSize: head.narSizes[id], inBase: false, inHead: true });
  });
  return rows.sort((a2, b) => b.narSize - a2.narSize || (a2.path < b.path ? -1 : a2.path > b.path ? 1 : 0));
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
      const cell = serialize2(table2[rowIndex][columnIndex2]);
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
function serialize2(value) {
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
function waivedBudgets(report) {
  if (!report.waiver) return 0;
  return report.targets.reduce((n2, t) => n2 + t.budgets.filter((b) => !b.ok).length, 0);
}
var init_waiver = __esm({
  "src/core/waiver.ts"() {
    "use strict";
  }
});

// src/render/escape.ts
function escapeMarkdown(text) {
  return text.replace(LINE_BREAK, " ").replace(INVISIBLE, "").replace(/[&<>"]/g, (c3) => HTML_ENTITY[c3] ?? c3).replace(MARKDOWN_SPECIAL, "\\$&").replace(/[@#]/g, `$&${ZERO_WIDTH_JOINER}`);
}
function escapeTerminal(text) {
  return text.replace(LINE_BREAK, " ").replace(INVISIBLE, "");
}
var INVISIBLE, LINE_BREAK, MARKDOWN_SPECIAL, HTML_ENTITY, ZERO_WIDTH_JOINER;
var init_escape2 = __esm({
  "src/render/escape.ts"() {
    "use strict";
    INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    LINE_BREAK = /\r\n|[\r\n\t\u2028\u2029]/g;
    MARKDOWN_SPECIAL = /[\\`*_[\]|~$#]/g;
    HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
    ZERO_WIDTH_JOINER = "\u200D";
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
  if (!head) return `${escape(target.name)} ${sizeChange(target.base.closureSize, target.head.closureSize)}`;
  const file2 = escape(head.file.slice(head.file.lastIndexOf("/") + 1));
  const base = target.base.image;
  const change = base ? sizeChange(base.apparentSize, head.apparentSize) : `new, ${formatBytes(head.apparentSize)}`;
  return `${escape(target.name)}: ${file2} ${change}, closure ${formatDelta(target.closureSizeDelta)}`;
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
  if (!report.waiver) return "";
  const by = report.waiver.by ? ` (added by ${escape(`@${report.waiver.by}`)})` : "";
  return `waived by label ${escape(report.waiver.label)}${by}`;
}
function formatChain(chain, escape) {
  return chain.map((path15) => escape(storePathName(path15))).join(" \u2192 ");
}
function growthChain(chain, escape) {
  return formatChain(chain.length > 1 ? chain.slice(1) : chain, escape);
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
var HEADLINE_TARGETS, plural, SOURCE_WORDS, duplicatesOf, updateOf, FLAGGED_DUPLICATES;
var init_summary = __esm({
  "src/render/summary.ts"() {
    "use strict";
    init_diff();
    init_duplicates();
    init_waiver();
    init_size();
    init_store_path();
    HEADLINE_TARGETS = 3;
    plural = (count2, one, many = `${one}s`) => `${count2} ${count2 === 1 ? one : many}`;
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
    byPath.set(f.path, { path: f.path, chain: f.chain, forbidden: true, new: f.new, narSize: sizes.get(f.path) ?? 0 });
  }
  for (const h2 of target.heavy) {
    if (!byPath.has(h2.path)) byPath.set(h2.path, { path: h2.path, chain: h2.chain, forbidden: false, new: true, narSize: h2.narSize });
  }
  const rank = (s) => s.forbidden ? s.new ? 0 : 1 : 2;
  return [...byPath.values()].sort(
    (a2, b) => rank(a2) - rank(b) || b.narSize - a2.narSize || (a2.path < b.path ? -1 : a2.path > b.path ? 1 : 0)
  );
}
function chainKeys(chain, maxChain) {
  const hidden2 = /* @__PURE__ */ new Map();
  if (chain.length <= maxChain) return { keys: chain, hidden: hidden2 };
  const tail2 = chain.slice(chain.length - (maxChain - 2));
  const middle = chain.slice(1, chain.length - tail2.length);
  const key = `\0${JSON.stringify(middle)}`;
  hidden2.set(key, middle.length);
  return { keys: [chain[0] ?? "", key, ...tail2], hidden: hidden2 };
}
function renderChainGraph(target, options = {}) {
  const maxNodes = options.maxNodes ?? GRAPH_MAX_NODES;
  const maxChain = Math.max(3, options.maxChain ?? GRAPH_MAX_CHAIN);
  const sizes = /* @__PURE__ */ new Map();
  for (const p of target.added) sizes.set(p.path, p.narSize);
  for (const h2 of target.heavy) sizes.set(h2.path, h2.narSize);
  const nodes = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  let notDrawn = 0;
  for (const subject of subjects(target, sizes)) {
    const chain = subject.chain.length > 0 ? subject.chain : [subject.path];
    const { keys, hidden: hidden2 } = chainKeys(chain, maxChain);
    const fresh = [...new Set(keys)].filter((k) => !nodes.has(k));
    if (nodes.size + fresh.length > maxNodes) {
      notDrawn++;
      continue;
    }
    for (const key of fresh) {
      const count2 = hidden2.get(key);
      const size = sizes.get(key);
      const label3 = count2 !== void 0 ? `\u22EF ${plural(count2, "path")}` : `${escapeMermaidLabel(storePathName(key))}${size === void 0 ? "" : `<br/>${formatBytes(size)}`}`;
      nodes.set(key, { id: `n${nodes.size}`, label: label3, class: null });
    }
    for (let i2 = 1; i2 < keys.length; i2++) {
      const from = nodes.get(keys[i2 - 1] ?? "");
      const to = nodes.get(keys[i2] ?? "");
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
    const ids = [...nodes.values()].filter((n2) => n2.class === cls).map((n2) => n2.id);
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
    init_size();
    init_store_path();
    init_summary();
    init_escape2();
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
  const measure = (pick) => base ? `${formatBytes(pick(head))} (${formatDelta(pick(head) - pick(base))})` : `${formatBytes(pick(head))} (new)`;
  return `${measure((i2) => i2.apparentSize)} / ${measure((i2) => i2.compressedSize)}`;
}
function updateCell(target) {
  const update = updateOf(target);
  if (!update) return "\u2014";
  return `${formatBytes(update.narSize)} / ${update.compressedSize === null ? "\u2014" : formatBytes(update.compressedSize)}`;
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
    formatBytes(t.base.closureSize),
    formatBytes(t.head.closureSize),
    sizeChange(t.base.closureSize, t.head.closureSize),
    `${t.head.pathCount} (${signedCount(t.pathCountDelta)})`,
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
  const rows = target.budgets.map((b) => [escapeMarkdown(b.name), budgetLimit(b), budgetActual(b), b.ok ? "\u2705" : "\u274C"]);
  return openThenFolded("**Budgets**", ["Budget", "Limit", "Actual", "OK"], rows, "budgets", ["l", "r", "r", "c"]);
}
function forbiddenSection(target) {
  if (target.forbidden.length === 0) return [];
  const rows = target.forbidden.map((f) => [
    name(f.path),
    escapeMarkdown(f.pattern),
    f.new ? "\u{1F195} new" : "already in base",
    formatChain(f.chain, escapeMarkdown)
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
    formatDelta(g.addedSize),
    growthChain(g.chain, escapeMarkdown),
    String(g.addedPaths)
  ]);
  return openThenFolded("**New packages and what they bring in**", ["Added", "Via", "Paths"], rows, "changes", ["r", "l", "r"]);
}
function heavySection(target, heavyThreshold) {
  if (target.heavy.length === 0) return [];
  const rows = target.heavy.map((h2) => [name(h2.path), formatBytes(h2.narSize), formatChain(h2.chain, escapeMarkdown)]);
  return openThenFolded(
    `**New heavy paths** (at least ${formatBytes(heavyThreshold)})`,
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
    formatBytes(d.size),
    d.paths.map((p) => `${formatBytes(p.narSize)}: ${growthChain(p.chain, escapeMarkdown)}`).join("<br>")
  ]);
  const newCount = duplicates.filter((d) => d.new).length;
  const total = duplicates.reduce((sum, d) => sum + d.size, 0);
  const title = `Packages in more than one version or variant (${duplicates.length}${newCount > 0 ? `, ${newCount} new` : ""}): ${formatBytes(total)}`;
  const body = table([["Package", "Since", "Together", "Each path and why it is here"], ...rows], ["l", "l", "r", "l"]);
  return [{ text: details(title, body), drop: "packages" }];
}
function packageSection(target) {
  if (target.packages.length === 0) return [];
  const rows = target.packages.map((p) => [escapeMarkdown(p.name), versionChange(p, escapeMarkdown), formatDelta(p.sizeDelta)]);
  const body = table([["Package", "Versions", "Size"], ...rows], ["l", "l", "r"]);
  const title = `Package changes (${target.packages.length})`;
  const text = rows.length > OPEN_ROWS ? details(title, body) : `**${title}**

${body}`;
  return [{ text, drop: "packages" }];
}
function pathListSection(title, paths) {
  if (paths.length === 0) return [];
  const rows = paths.map((p) => [name(p.path), formatBytes(p.narSize)]);
  const body = table([["Path", "NAR size"], ...rows], ["l", "r"]);
  return [{ text: details(`${title} (${paths.length})`, body), drop: "pathList" }];
}
function allowedSection(target) {
  if (target.allowed.length === 0) return [];
  const rows = target.allowed.map((a2) => [name(a2.path), escapeMarkdown(a2.forbiddenBy), escapeMarkdown(a2.allowedBy), escapeMarkdown(a2.reason)]);
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

${target.notes.map((n2) => `- ${escapeMarkdown(n2)}`).join("\n")}`, drop: "open" }];
}
function targetBlocks(target, index, report) {
  const sections = [
    ...budgetSection(target),
    ...forbiddenSection(target),
    ...growthSection(target),
    ...heavySection(target, report.settings.heavyThreshold),
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
    const biggestFirst = kept.filter((b) => b.drop === order).sort((a2, b) => b.text.length - a2.text.length);
    for (const block of biggestFirst) {
      kept = kept.filter((b) => b !== block);
      if (fits(kept)) return kept;
    }
  }
  while (kept.some((b) => b.drop === "open")) {
    const last = kept.findLastIndex((b) => b.drop === "open");
    kept = kept.filter((_, i2) => i2 !== last);
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
  const prefix = options.marker === void 0 ? "" : `${options.marker}
`;
  const footer = `<sub>${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}</sub>`;
  const body = [...top, ...report.targets.flatMap((t, i2) => targetBlocks(t, i2, report))];
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
var GITHUB_COMMENT_LIMIT, OPEN_ROWS, DROP_FIRST, table, name, signedCount;
var init_markdown = __esm({
  "src/render/markdown.ts"() {
    "use strict";
    init_markdown_table();
    init_waiver();
    init_size();
    init_store_path();
    init_escape2();
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
    name = (path15) => escapeMarkdown(storePathName(path15));
    signedCount = (count2) => count2 > 0 ? `+${count2}` : count2 === 0 ? "\xB10" : String(count2);
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
  return [`  image    ${measure("apparent", (i2) => i2.apparentSize)};  ${measure("compressed", (i2) => i2.compressedSize)}`];
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
        `  ${paint("dim", formatChain(f.chain, escapeTerminal))}`
      ])
    ),
    ...section(
      paint,
      "new packages and what they bring in",
      target.growth.map(
        (g) => `${paintDelta(paint, g.addedSize, formatDelta(g.addedSize))} via ${growthChain(g.chain, escapeTerminal)} (${plural(g.addedPaths, "path")})`
      )
    ),
    ...section(
      paint,
      `new heavy paths (at least ${formatBytes(heavyThreshold)})`,
      target.heavy.flatMap((h2) => [
        `${name2(h2.path)} ${formatBytes(h2.narSize)}`,
        `  ${paint("dim", formatChain(h2.chain, escapeTerminal))}`
      ])
    ),
    ...section(
      paint,
      "packages in more than one version or variant",
      duplicatesOf(target).flatMap((d) => [
        `${d.new ? paint("red", "NEW") : "already in base"} ${duplicateText(d, escapeTerminal)} ${formatBytes(d.size)}`,
        ...d.paths.map((p) => `  ${paint("dim", `${formatBytes(p.narSize)}: ${growthChain(p.chain, escapeTerminal)}`)}`)
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
      target.allowed.map((a2) => `${name2(a2.path)} (forbidden by ${escapeTerminal(a2.forbiddenBy)}, allowed by ${escapeTerminal(a2.allowedBy)}: ${escapeTerminal(a2.reason)})`)
    ),
    ...section(paint, "notes", target.notes.map((n2) => `- ${escapeTerminal(n2)}`))
  ];
}
function renderText(report, options) {
  const paint = painter(options.color);
  const flagged = newDuplicates(report, escapeTerminal);
  const lines = [
    `${mark(paint, report.ok)} ${paint("bold", headline(report, escapeTerminal))}`,
    ...flagged === "" ? [] : [`! new duplicate packages: ${flagged}`],
    paint("dim", [`base: ${escapeTerminal(report.base.label)}  head: ${escapeTerminal(report.head.label)}`, sourcesNote(report, escapeTerminal)].filter((t) => t !== "").join("  "))
  ];
  for (const target of report.targets) {
    lines.push("", ...targetLines(paint, target, report.settings.heavyThreshold));
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
    init_escape2();
    init_summary();
    ANSI = { red: "\x1B[31m", green: "\x1B[32m", bold: "\x1B[1m", dim: "\x1B[2m", reset: "\x1B[0m" };
    mark = (paint, ok) => ok ? paint("green", "\u2713") : paint("red", "\u2717");
    name2 = (path15) => escapeTerminal(storePathName(path15));
  }
});

// src/report-files.ts
import { mkdir, rename, writeFile } from "node:fs/promises";
import path14 from "node:path";
async function writeFileAtomic(file2, content) {
  await mkdir(path14.dirname(path14.resolve(file2)), { recursive: true });
  const temporary = `${file2}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file2);
}
function reportJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
var init_report_files = __esm({
  "src/report-files.ts"() {
    "use strict";
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
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    if (/Unknown option '-[fA]'|'--(file|attr)'/.test(message)) {
      throw new UsageError(`${message.replace(/\. To specify.*$/, "")}; quote a classic installable as one argument: --target 'toplevel=-f default.nix -A toplevel'`);
    }
    throw new UsageError(`${message}; see 'nix-size-guard --help'`);
  }
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
  const nix = new Nix({ nixArgs: values["nix-arg"] ?? [], log: io.stderr });
  let result;
  if (command === "compare") {
    if (rest.length !== 2) throw new UsageError(`compare takes BASE and HEAD (got ${rest.length} arguments); see 'nix-size-guard --help'`);
    result = await guardCompare({ base: rest[0], head: rest[1], name: values.name, settings, nix });
  } else if (command === "run") {
    if (rest.length > 0) throw new UsageError(`run takes no positional arguments (got '${rest[0]}'); name targets with --target NAME=INSTALLABLE`);
    if (!values.base) throw new UsageError("run needs --base REV, the commit to compare with (e.g. --base origin/main)");
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
      forbidFromConfig: values["forbid-from-config"]
    });
  } else if (command === void 0) {
    throw new UsageError("no command; use 'nix-size-guard compare BASE HEAD' or 'nix-size-guard run --base REV --target NAME=INSTALLABLE'");
  } else {
    throw new UsageError(`unknown command '${command}'; use 'compare' or 'run' (see 'nix-size-guard --help')`);
  }
  if (values.json) await writeFileAtomic(values.json, reportJson(result.report));
  if (values.markdown) await writeFileAtomic(values.markdown, renderMarkdown(result.report, { maxLength: Number.POSITIVE_INFINITY }));
  if (values.csv) await writeFileAtomic(values.csv, renderCsv(result.closures));
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
      io.stderr(`nix-size-guard: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    }
    return 2;
  }
}
var USAGE, OPTIONS;
var init_main2 = __esm({
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
  --json FILE                 write the JSON report (schemaVersion 1)
  --markdown FILE             write the Markdown report (a pull-request comment)
  --csv FILE                  write every path of every closure as CSV
  --store URL                 run: read a closure from this Nix store (a binary cache, e.g.
                              file:///var/cache/nix or https://cache.example.org) when the
                              output is there, instead of building it
  --nix-arg=ARG               pass ARG to every nix call (repeatable), e.g. --nix-arg=--builders
  --color / --no-color        colour the terminal report (default: when stdout is a terminal)
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
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" }
    };
  }
});

// src/cli.ts
var [major = 0] = process.versions.node.split(".").map(Number);
if (major < 22) {
  process.stderr.write(
    `nix-size-guard: needs Node 22 or newer (this is ${process.version}); run it with Node 24, e.g. through 'npx' in this package, or install Node 24
`
  );
  process.exit(2);
}
var { main: main2 } = await Promise.resolve().then(() => (init_main2(), main_exports));
process.exitCode = await main2(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
  env: process.env
});
