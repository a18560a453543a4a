import { markdownTable } from 'markdown-table';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeTerminal } from '../../src/render/escape.js';

const ZWJ = '\u200d';

/** The cells of a GFM table row: split at pipes not preceded by a backslash. */
function cells(row: string): string[] {
  return row.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
}

describe('escapeMarkdown', () => {
  it.each([
    ['a plain store name', 'python3-3.11.4', 'python3-3.11.4'],
    ['HTML', 'x-<img src=x onerror=alert(1)>', 'x-&lt;img src=x onerror=alert(1)&gt;'],
    ['an entity', 'a&lt;b', 'a&amp;lt;b'],
    ['a link', '[click](http://evil)', `\\[click\\](http:${ZWJ}//evil)`],
    ['an image', '![x](http://evil/x.png)', `!\\[x\\](http:${ZWJ}//evil/x.png)`],
    ['a URL GFM would autolink', 'see https://evil.example/x', `see https:${ZWJ}//evil.example/x`],
    ['a www. name GFM would autolink', 'www.evil.example', `www${ZWJ}.evil.example`],
    ['an address GFM would autolink', 'root@evil.example', `root@${ZWJ}evil.example`],
    ['a GH- reference', 'GH-12 and gh-2.40.1', `GH${ZWJ}-12 and gh${ZWJ}-2.40.1`],
    ['emphasis', '*bold* _it_ ~~gone~~', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['a code span', '`code`', '\\`code\\`'],
    ['a table pipe', 'a|b', 'a\\|b'],
    ['a backslash that would cancel an escape', '\\|', '\\\\\\|'],
    ['math', '$x^2$', '\\$x^2\\$'],
    ['a mention', '@someone', `@${ZWJ}someone`],
    ['an issue reference and a heading', '# 12 and #34', `\\#${ZWJ} 12 and \\#${ZWJ}34`],
    ['a line break that would end a table row', 'one\ntwo\r\nthree', 'one two three'],
    ['bidi overrides and control characters', 'abc\u202edef\u0007\u001b[31m', 'abcdef\\[31m'],
    ['a quote', 'say "hi"', 'say &quot;hi&quot;'],
  ])('escapes %s', (_what, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each(['@someone', 'cc @org/team please', 'mail root@example.org'])('leaves no @mention in %j', (input) => {
    expect(escapeMarkdown(input)).not.toMatch(/@[A-Za-z0-9]/);
  });

  it('keeps a hostile cell in its own table column', () => {
    const hostile = 'x|y</td><script>alert(1)</script>\n| injected | row |';
    const rendered = markdownTable([
      ['Path', 'Size'],
      [escapeMarkdown(hostile), '1.0 MiB'],
    ]);
    const lines = rendered.split('\n');
    expect(lines).toHaveLength(3);
    expect(cells(lines[2] ?? '')).toHaveLength(2);
    expect(rendered).not.toMatch(/<script|<\/td/);
  });
});

describe('escapeTerminal', () => {
  it('removes escape sequences and line breaks but keeps the text', () => {
    expect(escapeTerminal('evil\u001b[2J\u001b]0;title\u0007-1.0\nnext')).toBe('evil[2J]0;title-1.0 next');
  });

  it('leaves Markdown specials alone: a terminal does not interpret them', () => {
    expect(escapeTerminal('perl-5.38.2 [x](y) *z* @me')).toBe('perl-5.38.2 [x](y) *z* @me');
  });
});
