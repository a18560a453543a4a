// What a Markdown text becomes on GitHub, by a real GFM renderer (marked, GFM and its extended
// autolinks on) plus GitHub's own @mention and #reference detection, which marked does not do:
// every link, image, HTML element and mention in it.
import { Marked, type Token } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** The HTML the comment's own template writes; anything else came from somewhere else. */
const OUR_TAGS = /<\/?(?:details|summary|sub)>|<br\/?>/g;

// The elements and attributes marked makes from Markdown syntax the renderers write
// (headings, tables with alignment, emphasis, lists, code, the mermaid fence).
const MARKDOWN_ELEMENTS = new Set([
  'p', 'h3', 'h4', 'strong', 'em', 'code', 'pre', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'details', 'summary', 'sub', 'br',
]);
const ALLOWED_ATTRIBUTES = /^(?:\s+align="(?:left|right|center)"|\s+class="language-mermaid")?$/;

// GitHub's mentions (users, org/team) and references (#12, GH-12), as it finds them in text.
const MENTION = /(?<![A-Za-z0-9_`@/])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9_-]*)?/g;
const REFERENCE = /(?<![A-Za-z0-9_&])#\d+\b|\bGH-\d+\b/gi;
// Anything a renderer stricter or looser than marked might still link: a scheme, www., mail.
const LINKABLE = /[A-Za-z][A-Za-z0-9+.-]*:\/\/|\bwww\.|[A-Za-z0-9._%+-]@[A-Za-z0-9-]+\.[A-Za-z]/gi;

export interface Rendered {
  html: string;
  /** Everything on the page that is not plain text from the Markdown's own syntax. */
  problems: string[];
}

function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const t = token as Token & { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
    if (t.tokens) walk(t.tokens, visit);
    if (t.items) walk(t.items, visit);
    if (t.header) for (const cell of t.header) walk(cell.tokens, visit);
    if (t.rows) for (const row of t.rows) for (const cell of row) walk(cell.tokens, visit);
  }
}

const decode = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Renders `markdown` as GitHub would and lists what in it is live: links, images, HTML, mentions. */
export function renderGfm(markdown: string): Rendered {
  // The marker comment of the sticky comment is ours and hidden; the rest is judged.
  const body = markdown.replace(/^<!-- nix-size-guard:[A-Za-z0-9._-]+ -->\n/, '');
  const problems: string[] = [];
  const tokens = marked.lexer(body);
  const mermaid: string[] = [];
  walk(tokens, (token) => {
    if (token.type === 'link' || token.type === 'image') problems.push(`${token.type}: ${token.raw}`);
    // An HTML block (`<details><summary>…`) is raw HTML to the end of its line: besides our tags,
    // its text must hold no `<` at all.
    if (token.type === 'html' && /</.test(token.raw.replace(OUR_TAGS, ''))) problems.push(`html: ${token.raw}`);
    if (token.type === 'def') problems.push(`link definition: ${token.raw}`);
    if (token.type === 'code' && token.lang === 'mermaid') mermaid.push(token.text);
  });
  const html = marked.parser(tokens);
  for (const [, tag, attributes] of html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)([^>]*)>/g)) {
    if (!MARKDOWN_ELEMENTS.has(tag!.toLowerCase()) || !ALLOWED_ATTRIBUTES.test(attributes!.replace(/\/$/, ''))) {
      problems.push(`element: <${tag}${attributes}>`);
    }
  }
  // Outside code, text is what GitHub scans for mentions, references and links (its mention
  // filter skips code and pre, as here); the mermaid graph is held to the statements it may have.
  const text = decode(html.replace(/<pre>[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, ' '));
  for (const pattern of [MENTION, REFERENCE, LINKABLE]) for (const [match] of text.matchAll(pattern)) problems.push(`text: ${match}`);
  for (const graph of mermaid) {
    for (const line of graph.split('\n')) {
      // Only the statements the graph renderer writes; a label is entity-escaped text.
      if (!/^(?:graph LR|xychart-beta|  n\d+\["(?:[A-Za-z0-9 ._+=?-]|#\d+;|<br\/>|⋯|…)*"\]|  n\d+ --> n\d+|  classDef (?:forbidden|heavy) [a-z0-9:#,-]+|  class n\d+(?:,n\d+)* (?:forbidden|heavy)|  title "[^"<>]*"|  x-axis \[[^\]<>]*\]|  y-axis "MiB" 0 --> [\d.]+|  line \[[\d., NaN]*\])$/.test(line)) {
        problems.push(`mermaid: ${line}`);
      }
    }
  }
  return { html, problems };
}

/** The text a reader sees in rendered HTML: tags dropped, entities decoded, zero-width joiners gone. */
export function visibleText(html: string): string {
  // Inline elements join their text to what is around it; block elements part it.
  return decode(html.replace(/<\/?(?:strong|em|code|sub|del|a)(?:\s[^>]*)?>/g, '')).replace(/\u200d/g, '').replace(/\s+/g, ' ').trim();
}

/** Each `<table>` of rendered HTML as rows of cells (header row first), each cell's visible text. */
export function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      // A line break in a cell (<br>) stays one: each line's visible text.
      [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => cell!.split(/<br\s*\/?>/).map(visibleText).join('\n')),
    ),
  );
}
