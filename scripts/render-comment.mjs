// A PR comment as a reviewer sees it: renders a report.md the way GitHub does (GitHub-flavoured
// Markdown, its stylesheet, Mermaid diagrams drawn) in headless Chromium and writes a full-page
// PNG. A one-time docs check, not part of `npm test`:
//
//   node scripts/render-comment.mjs report.md docs/comment.png [--width 1000]
//
// Needs Debian's chromium (`apt-get install chromium`) or CHROMIUM=/path/to/chrome. Everything the
// page loads comes from node_modules over a loopback server: the machine may have no network.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Marked } from 'marked';
import { chromium } from 'playwright-core';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string', default: '1000' } },
});
const [input, output] = positionals;
if (!input || !output) {
  process.stderr.write('usage: node scripts/render-comment.mjs REPORT.md OUT.png [--width PIXELS]\n');
  process.exit(2);
}
const width = Number(values.width);
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// GitHub turns a ```mermaid block into a diagram; everything else is GFM (tables, raw <details>).
const marked = new Marked({
  gfm: true,
  renderer: {
    code({ text, lang }) {
      if (lang === 'mermaid') return `<pre class="mermaid">${escapeHtml(text)}</pre>\n`;
      return false;
    },
  },
});
const body = await marked.parse(await readFile(input, 'utf8'));

// The frame of a PR comment (its header and border), around GitHub's Markdown stylesheet.
const page = `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/github-markdown.css">
<style>
  body { margin: 0; padding: 16px; background: #fff; }
  .comment { border: 1px solid #d0d7de; border-radius: 6px; }
  .comment-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de;
    border-radius: 6px 6px 0 0; font: 14px -apple-system, "Segoe UI", "Liberation Sans", sans-serif; color: #59636e; }
  .comment-header b { color: #1f2328; }
  .markdown-body { padding: 16px; font-family: -apple-system, "Segoe UI", "Liberation Sans", "Noto Color Emoji", sans-serif; }
  .markdown-body pre.mermaid { background: none; text-align: center; }
</style></head>
<body><div class="comment">
<div class="comment-header"><b>github-actions</b> <span>bot</span> commented</div>
<article class="markdown-body">
${body}
</article></div>
<script src="/mermaid.min.js"></script>
<script>
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
  mermaid.run({ querySelector: 'pre.mermaid' })
    .then(() => { window.rendered = 'ok'; })
    .catch((error) => { window.rendered = 'error: ' + error; });
</script>
</body></html>`;

const files = {
  '/': ['text/html', Buffer.from(page)],
  '/github-markdown.css': ['text/css', await readFile('node_modules/github-markdown-css/github-markdown-light.css')],
  '/mermaid.min.js': ['text/javascript', await readFile('node_modules/mermaid/dist/mermaid.min.js')],
};
const server = createServer((request, response) => {
  const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
  if (!file) {
    // The browser's own /favicon.ico, nothing of the page's.
    response.writeHead(204).end();
    return;
  }
  response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

// A new, empty profile and no background traffic: on a machine without network Chromium's
// update, sync and QUIC probes otherwise stall or spam the log.
const profile = await mkdtemp(join(tmpdir(), 'render-comment-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width, height: 800 },
    deviceScaleFactor: 1,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const tab = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction(() => window.rendered !== undefined, null, { timeout: 60_000 });
  const rendered = await tab.evaluate(() => window.rendered);
  if (rendered !== 'ok') throw new Error(`Mermaid failed: ${rendered}`);
  const diagrams = await tab.locator('pre.mermaid svg').count();
  await tab.evaluate(() => document.fonts.ready);
  await tab.screenshot({ path: output, fullPage: true });
  if (problems.length > 0) process.stderr.write(`page errors:\n${problems.join('\n')}\n`);
  console.log(`${output}: ${width} px wide, ${diagrams} Mermaid diagram(s) drawn`);
} finally {
  await context?.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}
