// Prints the CHANGELOG.md entry of a release tag, for the release notes (release.yml):
//   node scripts/changelog-entry.mjs --tag v1.2.3 [--changelog FILE] [--package FILE]
// Refuses, in one line and exit 2, a tag that is not vX.Y.Z[-pre], a package.json whose version
// is not the tag's, and an entry that is missing or not dated (## [1.2.3] - YYYY-MM-DD), so a
// release never goes out with the wrong notes. The Markdown is read with marked's lexer (a
// devDependency), not by hand: headings inside code blocks or lists are not entries.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { marked } from 'marked';

function fail(message) {
  process.stderr.write(`changelog-entry: ${message}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      tag: { type: 'string' },
      changelog: { type: 'string', default: 'CHANGELOG.md' },
      package: { type: 'string', default: 'package.json' },
    },
  }));
} catch (error) {
  fail(`${error.message}; usage: node scripts/changelog-entry.mjs --tag vX.Y.Z`);
}

const tag = values.tag ?? fail('--tag is missing; usage: node scripts/changelog-entry.mjs --tag vX.Y.Z');
const match = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
if (!match) fail(`tag '${tag}' is not a version tag; tag releases vX.Y.Z (or vX.Y.Z-rc.N)`);
const version = match[1];

let pkg;
try {
  pkg = JSON.parse(readFileSync(values.package, 'utf8'));
} catch (error) {
  fail(`cannot read ${values.package}: ${error.message}`);
}
if (pkg.version !== version) {
  fail(`${values.package} says version ${JSON.stringify(pkg.version)}, the tag ${tag}; set "version": "${version}" before tagging`);
}

let text;
try {
  text = readFileSync(values.changelog, 'utf8');
} catch (error) {
  fail(`cannot read ${values.changelog}: ${error.message}`);
}

const tokens = marked.lexer(text);
const heading = (token) => token.type === 'heading' && token.depth === 2;
const start = tokens.findIndex((t) => heading(t) && (t.text.startsWith(`[${version}]`) || t.text.startsWith(`${version} `)));
if (start < 0) fail(`${values.changelog} has no entry for ${version}; add '## [${version}] - YYYY-MM-DD' with what changed`);
const title = tokens[start].text;
const dated = new RegExp(`^\\[${version.replace(/[.]/g, '\\.')}\\] - (\\d{4}-\\d{2}-\\d{2})$`).exec(title);
if (!dated) fail(`${values.changelog}'s entry '## ${title}' is not dated; write '## [${version}] - YYYY-MM-DD' (the day of the tag)`);

const end = tokens.findIndex((t, i) => i > start && heading(t));
// Link reference definitions ([1.2.3]: https://…) belong to the whole file, not to the entry.
const body = tokens
  .slice(start + 1, end < 0 ? undefined : end)
  .filter((t) => t.type !== 'def')
  .map((t) => t.raw)
  .join('')
  .trim();
if (body === '') fail(`${values.changelog}'s entry for ${version} is empty; say what changed`);
process.stdout.write(`${body}\n`);
