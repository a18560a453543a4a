#!/usr/bin/env bash
# Regenerates the README's real example: runs the demo (examples/demo.sh), keeps its report.md as
# docs/example-comment.md (with the marker line the action writes first) and renders it as
# GitHub would, Mermaid included, into docs/comment.png. A docs step, not part of `npm test`;
# needs Debian's chromium (`apt-get install chromium`), and optipng to keep the PNG small.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v "${CHROMIUM:-/usr/bin/chromium}" >/dev/null || { echo "needs chromium: apt-get install -y chromium (or set CHROMIUM)" >&2; exit 2; }
log=$(mktemp)
bash examples/demo.sh | tee "$log"
report=$(sed -n 's/^Reports: .*, \(.*\/report\.md\) (the PR comment).*/\1/p' "$log")
rm -f "$log"
[ -f "$report" ] || { echo "the demo printed no report.md" >&2; exit 1; }
{ echo '<!-- nix-size-guard:default -->'; cat "$report"; } > docs/example-comment.md
node_modules/.bin/node scripts/render-comment.mjs docs/example-comment.md docs/comment.png
# Chromium writes fast rather than small PNGs; optipng (Debian's `optipng`) makes it a fifth
# smaller without changing a pixel.
if command -v optipng >/dev/null; then
  optipng -quiet -o2 docs/comment.png
else
  echo "optipng not found (apt-get install -y optipng): docs/comment.png left as Chromium wrote it" >&2
fi
ls -l docs/comment.png
