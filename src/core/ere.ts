// Forbid and allow patterns mean what NixOS means by them: nixos/modules/system/activation/
// top-level.nix checks system.forbiddenDependenciesRegexes with `grep -E` over the closure's
// store paths, so a pattern is a POSIX extended regular expression as GNU grep reads it
// (`[[:digit:]]`, `\w`, a lone `)` or `{` as a literal; no `\d`, no lookaround). JavaScript's
// RegExp reads the same text differently and backtracks (`(a+)+$` on a long run of `a` takes
// exponential time), so a pattern is translated into RE2 syntax and matched by re2js, a port of
// RE2 whose matching is linear in the input. What grep -E reads but RE2 cannot match (back
// references) or what grep itself only warns about (`*` repeating nothing, a stray `\d`) is
// refused with one line saying what to write instead.
//
// Hand-written rather than a library: no npm package parses POSIX ERE as GNU grep does; this
// is one pass over the pattern, and test/unit/ere.test.ts holds it against grep -E itself.

import { RE2JS } from 're2js';

/** A compiled pattern: does it match anywhere in this store path? */
export interface PathMatcher {
  test(path: string): boolean;
}

/** Why a pattern cannot be given grep -E's meaning; the caller names the option. */
export class EreError extends Error {}

const CLASS_NAMES = new Set(['alpha', 'digit', 'alnum', 'upper', 'lower', 'space', 'blank', 'punct', 'print', 'graph', 'cntrl', 'xdigit']);

// RE2 refuses a repetition count above 1000 (grep -E allows 32767).
const MAX_REPEAT = 1000;

/** One character as RE2 reads it literally, in or out of a bracket: `\x{2d}`. */
const literal = (ch: string): string => `\\x{${(ch.codePointAt(0) as number).toString(16)}}`;

/** Characters that mean themselves outside brackets and need no escape in RE2 either. */
const PLAIN = /^[A-Za-z0-9_\-/=,:;!@#%&~`'"<> ]$/u;

const plainOrEscaped = (ch: string): string => (PLAIN.test(ch) ? ch : literal(ch));

/**
 * The bracket expression that starts after the `[` at `start`: RE2's class for it and where it
 * ends. POSIX rules: a `]` first is a member, `\` is a member like any other character, `-`
 * first or last is a member, `[:class:]`, `[=c=]` and `[.c.]` hold one character each.
 */
function bracket(pattern: string, start: number): { re2: string; end: number } {
  let i = start;
  let negated = false;
  if (pattern[i] === '^') {
    negated = true;
    i++;
  }
  const items: string[] = [];
  let first = true;
  const unmatched = (): never => {
    throw new EreError(`the '[' at character ${start} is never closed; close it with ']' or write \\[ for a literal [`);
  };
  /** A `[.c.]` or `[=c=]` at i: its one character, or an error for anything longer. */
  const element = (kind: string): { ch: string; next: number } => {
    const close = pattern.indexOf(`${kind}]`, i + 2);
    if (close === -1) unmatched();
    const inner = [...pattern.slice(i + 2, close)];
    if (inner.length !== 1) {
      throw new EreError(`'[${kind}${inner.join('')}${kind}]' names a collating element of more than one character, which grep -E refuses; write the character itself`);
    }
    return { ch: inner[0] as string, next: close + 2 };
  };
  /** One range end or member character at i, or null when a class is there. */
  const single = (): { ch: string; next: number } | null => {
    if (i >= pattern.length) unmatched();
    if (pattern[i] === '[' && (pattern[i + 1] === '.' || pattern[i + 1] === '=')) return element(pattern[i + 1] as string);
    if (pattern[i] === '[' && pattern[i + 1] === ':') return null;
    const ch = String.fromCodePoint(pattern.codePointAt(i) as number);
    return { ch, next: i + ch.length };
  };
  for (;;) {
    if (i >= pattern.length) unmatched();
    if (pattern[i] === ']' && !first) break;
    first = false;
    if (pattern[i] === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      if (close === -1) unmatched();
      const name = pattern.slice(i + 2, close);
      if (!CLASS_NAMES.has(name)) {
        throw new EreError(`'[:${name}:]' is not a character class; use one of ${[...CLASS_NAMES].map((c) => `[:${c}:]`).join(' ')}`);
      }
      items.push(`[:${name}:]`);
      i = close + 2;
      if (pattern[i] === '-' && pattern[i + 1] !== ']') throw new EreError(`a range cannot start at '[:${name}:]'; write the class and the range apart`);
      continue;
    }
    const low = single() as { ch: string; next: number };
    i = low.next;
    if (pattern[i] === '-' && pattern[i + 1] !== ']' && i + 1 < pattern.length) {
      i++;
      const high = single();
      if (!high) throw new EreError(`a range cannot end at a character class ('${pattern.slice(start - 1)}'); write the class and the range apart`);
      if ((high.ch.codePointAt(0) as number) < (low.ch.codePointAt(0) as number)) {
        throw new EreError(`the range '${low.ch}-${high.ch}' runs backwards; write it as '${high.ch}-${low.ch}'`);
      }
      i = high.next;
      items.push(`${literal(low.ch)}-${literal(high.ch)}`);
      if (pattern[i] === '-' && pattern[i + 1] !== ']') throw new EreError(`'-' after the range '${low.ch}-${high.ch}' starts no range; put a literal - first or last in the brackets`);
      continue;
    }
    items.push(literal(low.ch));
  }
  return { re2: `[${negated ? '^' : ''}${items.join('')}]`, end: i + 1 };
}

/** GNU grep's backslash escapes that are not literals, in RE2 terms. */
const GNU_ESCAPES: Record<string, string> = {
  w: '[0-9A-Za-z_]',
  W: '[^0-9A-Za-z_]',
  // [[:space:]] holds \v, which RE2's \s does not.
  s: '[[:space:]]',
  S: '[^[:space:]]',
  b: '\\b',
  B: '\\B',
  '`': '\\A',
  "'": '\\z',
};

const INTERVAL = /^\{(\d*)(?:(,)(\d*))?\}/;

/** One line of a grep -E pattern in RE2 syntax. */
function translateLine(pattern: string): string {
  const out: string[] = [];
  // Where the last atom starts in `out`, and whether it already carries a repetition.
  let atom: { start: number; repeated: boolean } | null = null;
  const groups: number[] = [];
  const pushAtom = (re2: string): void => {
    atom = { start: out.length, repeated: false };
    out.push(re2);
  };
  const repeat = (operator: string, shown: string): void => {
    if (!atom) {
      throw new EreError(`'${shown}' at the start of an expression repeats nothing (grep -E only warns and ignores it); write \\${shown[0]} for a literal ${shown[0]}`);
    }
    // grep -E stacks repetitions (`a+*`, `a{2}{3}`); RE2 wants each on its own group.
    if (atom.repeated) {
      out.splice(atom.start, 0, '(?:');
      out.push(')');
    }
    out.push(operator);
    atom.repeated = true;
  };
  for (let i = 0; i < pattern.length; ) {
    const ch = String.fromCodePoint(pattern.codePointAt(i) as number);
    i += ch.length;
    switch (ch) {
      case '\\': {
        if (i >= pattern.length) throw new EreError('it ends in a lone backslash; write \\\\ for a literal backslash');
        const next = String.fromCodePoint(pattern.codePointAt(i) as number);
        i += next.length;
        const gnu = GNU_ESCAPES[next];
        if (gnu !== undefined) {
          // \b, \B, \` and \' are anchors: nothing for a repetition to repeat.
          if (gnu.startsWith('\\')) {
            out.push(gnu);
            atom = null;
          } else pushAtom(gnu);
        } else if (/[1-9]/.test(next)) {
          throw new EreError(`'\\${next}' is a back reference, which no linear-time matcher can check; write the repeated text out`);
        } else if (next === '<' || next === '>') {
          throw new EreError(`'\\${next}' (start or end of a word) is not supported; write \\b`);
        } else if (/[A-Za-z0-9]/.test(next)) {
          const instead = next === 'd' ? '[[:digit:]]' : next;
          throw new EreError(`'\\${next}' is not a POSIX escape (grep -E reads it as a plain '${next}'); write ${instead}`);
        } else pushAtom(literal(next));
        break;
      }
      case '[': {
        const { re2, end } = bracket(pattern, i);
        i = end;
        pushAtom(re2);
        break;
      }
      case '(':
        groups.push(out.length);
        out.push('(?:');
        atom = null;
        break;
      case ')':
        if (groups.length === 0) {
          // grep -E reads a `)` that closes nothing as itself.
          pushAtom(literal(ch));
        } else {
          out.push(')');
          atom = { start: groups.pop() as number, repeated: false };
        }
        break;
      case '|':
        out.push('|');
        atom = null;
        break;
      case '^':
      case '$':
        out.push(ch);
        atom = null;
        break;
      case '*':
      case '+':
      case '?':
        repeat(ch, ch);
        break;
      case '{': {
        const interval = INTERVAL.exec(pattern.slice(i - 1));
        // A `{` that starts no interval (`a{`, `a{x}`, `a{1,2`) is itself to grep -E.
        if (!interval) {
          pushAtom(literal(ch));
          break;
        }
        const [text, low = '', comma, high = ''] = interval;
        if (low === '' && comma === undefined) throw new EreError(`'${text}' is an empty repetition count; write e.g. {1,3}`);
        const min = low === '' ? 0 : Number(low);
        const max = comma === undefined ? min : high === '' ? null : Number(high);
        if (max !== null && max < min) throw new EreError(`'${text}' repeats at least ${min} but at most ${max} times; swap the numbers`);
        if (min > MAX_REPEAT || (max ?? 0) > MAX_REPEAT) throw new EreError(`'${text}' repeats more than ${MAX_REPEAT} times, more than the linear-time matcher allows; use + or *`);
        repeat(max === null ? `{${min},}` : max === min ? `{${min}}` : `{${min},${max}}`, text);
        i += text.length - 1;
        break;
      }
      case '.':
        pushAtom('.');
        break;
      default:
        pushAtom(plainOrEscaped(ch));
    }
  }
  if (groups.length > 0) throw new EreError(`a '(' is never closed; close it with ')' or write \\( for a literal (`);
  return out.join('');
}

/**
 * The RE2 pattern that matches what `grep -E -- PATTERN` matches in a line. grep takes each
 * line of a pattern as a pattern of its own; so does this.
 */
export function ereToRe2(pattern: string): string {
  const lines = pattern.split('\n');
  if (lines.length === 1) return translateLine(pattern);
  return lines.map((line) => `(?:${translateLine(line)})`).join('|');
}

/** The pattern compiled: matches where `grep -E` matches, in time linear in the path. */
export function compileEre(pattern: string): PathMatcher {
  const re2 = ereToRe2(pattern);
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(re2);
  } catch (error) {
    throw new EreError(`RE2 cannot match it (${error instanceof Error ? error.message : String(error)})`);
  }
  return { test: (path: string) => compiled.test(path) };
}
