// Hostile reports through the renderers and then a real GFM renderer (marked, GFM autolinks on,
// plus GitHub's mention and reference detection): nothing from a report becomes a link, an image,
// a mention, a reference or an HTML element.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/schema/validate.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderGfm } from '../helpers/gfm.js';
import { HOSTILE_TEXT, hostileReport, numbersHoldingText } from '../helpers/hostile-report.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { applianceReport } from '../helpers/report-factory.js';

const MARKER = '<!-- nix-size-guard:default -->';

describe('the GFM oracle', () => {
  // It must see what it is there to see, or its silence below means nothing.
  it.each([
    ['[click](https://evil.example)', /^link: /],
    ['https://evil.example', /^link: /],
    ['www.evil.example', /^link: /],
    ['admin@evil.example', /^link: /],
    ['![x](https://evil.example/x.png)', /^image: /],
    ['<img src=x onerror=alert(1)>', /^html: /],
    ['@acme/admins', /^text: @acme\/admins$/],
    ['fixes #12', /^text: #12$/],
    ['[ref]: https://evil.example', /^link definition: /],
  ])('finds what %j becomes, unescaped', (markdown, problem) => {
    expect(renderGfm(markdown).problems.some((p) => problem.test(p))).toBe(true);
  });

  it('finds nothing in a plain comment of ours', () => {
    const rendered = renderGfm(renderMarkdown(applianceReport(), { marker: MARKER }));
    expect(rendered.problems).toEqual([]);
    expect(rendered.html).toContain('<details>');
  });
});

describe('hostile reports', () => {
  it('the fixture report is one the schema lets through: text fields are free, so the renderers must hold', () => {
    const report = hostileReport(1);
    expect(reportSchemaErrors(report)).toBeNull();
    expect(checkReport(report).ok).toBe(true);
    // Every hostile text appears in some generated report: the fields really carry them.
    const all = JSON.stringify(Array.from({ length: 50 }, (_, i) => hostileReport(i + 1)));
    for (const text of HOSTILE_TEXT) expect(all).toContain(JSON.stringify(text).slice(1, -1));
  });

  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('seed %i: the comment has no link, image, mention or HTML from the report', (seed) => {
    const report = hostileReport(seed);
    expect(renderGfm(renderMarkdown(report, { marker: MARKER })).problems).toEqual([]);
    // Cut to fit, as a long comment is: the truncation paths escape the same.
    expect(renderGfm(renderMarkdown(report, { marker: MARKER, maxLength: 3000 })).problems).toEqual([]);
  });

  it('numbers holding Markdown (the report of the issue, refused by the schema) still render inert', () => {
    const report = numbersHoldingText();
    expect(checkReport(JSON.parse(JSON.stringify(report)))).toMatchObject({ ok: false });
    const rendered = renderGfm(renderMarkdown(report, { marker: MARKER }));
    expect(rendered.problems).toEqual([]);
    // The text is there, as text.
    expect(rendered.html).toContain('acme/admins');
    expect(rendered.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
