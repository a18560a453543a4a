// Bundles of the CLI with one piece of the speed machinery switched off (or forced on), for
// paired A/B runs against the real bundle: does the byte scanner of path-info JSON pay at the
// sizes users have, and what does the update's measurement cost? Each variant is src/ bundled
// as scripts/bundle.mjs does, with one constant replaced in the source as esbuild loads it.

import { buildCli } from '../cli-split.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** name → what it changes: [a pattern in some src file, its replacement], and what it means. */
export const VARIANTS = {
  'no-scan': { what: 'path-info JSON always read by JSON.parse (no byte scanner)', edit: [/export const SCAN_MIN_BYTES = [^;]+;/, 'export const SCAN_MIN_BYTES = Infinity;'] },
  'scan-always': { what: 'path-info JSON always read by the byte scanner', edit: [/export const SCAN_MIN_BYTES = [^;]+;/, 'export const SCAN_MIN_BYTES = 0;'] },
  'no-update-size': { what: "the update's zstd size not measured at all (a what-if, not a product: what compare costs without the one piece of work the floor does not do)", edit: [/\bmeasure\(added: PathSize\[\]\): Promise<CompressedNars> \{/, 'measure(added: PathSize[]): Promise<CompressedNars> { if (added.length >= 0) return Promise.resolve({ compressedSize: null });'] },
};

const banner = {
  js: "import { createRequire as __nsgCreateRequire } from 'node:module';\nconst require = __nsgCreateRequire(import.meta.url);",
};

/** Bundles variant `name` into DIR/cli.js; returns its path. */
export async function buildVariant(repo, dir, name) {
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`no variant '${name}' (have ${Object.keys(VARIANTS).join(', ')})`);
  const [pattern, replacement] = variant.edit;
  let applied = 0;
  const plugin = {
    name: 'variant',
    setup(b) {
      b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!pattern.test(text)) return undefined;
        applied++;
        return { contents: text.replace(pattern, replacement), loader: 'ts' };
      });
    },
  };
  mkdirSync(dir, { recursive: true });
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node22', banner, legalComments: 'none', logLevel: 'warning', absWorkingDir: repo };
  await buildCli(common, dir, [plugin]);
  if (applied === 0) throw new Error(`variant ${name}: ${pattern} is in no file of src/ (was it renamed?)`);
  return join(dir, 'cli.js');
}

