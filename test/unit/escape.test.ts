// Repository text through escapeMarkdown, rendered by a real GFM renderer (marked, see
// test/helpers/gfm.ts, with GitHub's mention and reference rules): the reader sees the text
// itself, in a paragraph and in its own table cell, and nothing in it is live (no link, image,
// HTML element, mention, reference or emphasis).
import { markdownTable } from 'markdown-table';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeTerminal } from '../../src/render/escape.js';
import { htmlTables, renderGfm, visibleText } from '../helpers/gfm.js';

// What a line break or an invisible control character becomes: a space, and nothing.
const seen = (text: string): string =>
  text
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const INPUTS: [string, string][] = [
  ['a plain store name', 'python3-3.11.4'],
  ['HTML', 'x-<img src=x onerror=alert(1)>'],
  ['a script element', '</td><script>alert(1)</script>'],
  ['an entity', 'a&lt;b'],
  ['a link', '[click](http://evil)'],
  ['an image', '![x](http://evil/x.png)'],
  ['a reference link and its definition', '[x][1]\n\n[1]: http://evil'],
  ['a URL GFM would autolink', 'see https://evil.example/x'],
  ['an angle-bracket autolink', '<https://evil.example>'],
  ['a www. name GFM would autolink', 'www.evil.example'],
  ['an address GFM would autolink', 'root@evil.example'],
  ['a GH- reference', 'GH-12 and gh-2.40.1'],
  ['emphasis', '*bold* _it_ ~~gone~~ **strong**'],
  ['a code span', '`code`'],
  ['a table pipe', 'a|b'],
  ['a backslash that would cancel an escape', '\\|'],
  ['math', '$x^2$'],
  ['a mention', '@someone'],
  ['a team mention', 'cc @org/team please'],
  ['an issue reference and a heading', '# 12 and #34'],
  ['a line break that would end a table row', 'one\ntwo\r\nthree'],
  ['a list and a quote at the start', '- item\n> quoted'],
  ['bidi overrides and control characters', 'abc\u202edef\u0007\u001b[31m'],
  ['a quote', 'say "hi"'],
];

describe('escapeMarkdown, rendered by a GFM renderer', () => {
  it.each(INPUTS)('%s reads as itself in a paragraph, and nothing in it is live', (_what, input) => {
    const { html, problems } = renderGfm(`Reason: ${escapeMarkdown(input)}`);
    expect(problems).toEqual([]);
    // One paragraph, with no element in it at all: no emphasis, code, link or line break.
    expect(html.trim()).toMatch(/^<p>[^<]*<\/p>$/);
    expect(visibleText(html)).toBe(`Reason: ${seen(input)}`);
  });

  it.each(INPUTS)('%s stays in its own table cell', (_what, input) => {
    const markdown = markdownTable([
      ['Path', 'Size'],
      [escapeMarkdown(input), '1.0 MiB'],
    ]);
    const { html, problems } = renderGfm(markdown);
    expect(problems).toEqual([]);
    expect(htmlTables(html)).toEqual([
      [
        ['Path', 'Size'],
        [seen(input), '1.0 MiB'],
      ],
    ]);
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
