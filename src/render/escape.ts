// Everything the repository controls (target names, store path names, patterns, reasons,
// notes, labels) reaches a PR comment or a terminal through these functions and no other way.

// Control characters, and the bidirectional overrides that make text read differently from
// what it is ("Trojan Source"). Line breaks are handled apart: they become spaces.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|[\r\n\t\u2028\u2029]/g;

// Backslash-escaped: emphasis, code, links and images, table cells, strikethrough, math,
// headings. `\` itself first, so that an escape in the input cannot cancel one of ours.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~$#]/g;

const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// A zero-width joiner after `@` and `#` keeps GitHub from turning `@someone` into a mention
// (and a notification) or `#12` into a cross-reference, while the text still reads the same.
const ZERO_WIDTH_JOINER = '\u200d';

// GFM's extended autolinks (cmark-gfm's autolink extension) start at `scheme:` followed by `//`
// (http, https, ftp) and at `www.`; mailto:/xmpp: ones need an @, which is already broken. A
// zero-width joiner after the colon or inside `www.` leaves nothing they can start from: URLs in
// patterns, allow reasons and notes stay readable and are not links.
// GitHub also links `GH-12` to issue 12 (and cross-references it there): broken the same way.
const AUTOLINK = /(?<=[A-Za-z0-9]:)(?=\/\/)|(?<=\bwww)(?=\.)|(?<=\bgh)(?=-\d)/gi;

/**
 * Repository text as inert Markdown: safe in a paragraph, a list item, a heading and a table
 * cell (one line, `|` escaped), never HTML, a link, an image, a mention or a reference.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAK, ' ')
    .replace(INVISIBLE, '')
    .replace(/[&<>"]/g, (c) => HTML_ENTITY[c] ?? c)
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(/[@#]/g, `$&${ZERO_WIDTH_JOINER}`)
    .replace(AUTOLINK, `$&${ZERO_WIDTH_JOINER}`);
}

/** Repository text for a terminal: one line, no escape sequences it could use to repaint the screen. */
export function escapeTerminal(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(INVISIBLE, '');
}
