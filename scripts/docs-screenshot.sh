#!/usr/bin/env bash
# Regenerates the README's real example: runs the demo (examples/demo.sh), keeps its report.md as
# docs/example-comment.md (with the marker line the action writes first), runs the image alone on
# the same pull request (docs/example-comment-image.md), and renders each as
# GitHub would, Mermaid included, into docs/comment.png and docs/comment-image.png. A docs step, not part of `npm test`;
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
# The same pull request with the image alone as a target: its chains run through the system it
# holds (the demo's repository is beside its reports).
repo="$(dirname "$report")/appliance"
image_report="$(dirname "$report")/report-image.md"
(cd "$repo" && "$OLDPWD/node_modules/.bin/node" "$OLDPWD/dist/cli.js" run --base main \
  --target image=.#image --nixos-config nixosConfigurations.appliance --forbid perl \
  --max-image compressed:8MiB --markdown "$image_report" >/dev/null) || [ $? = 1 ]
{ echo '<!-- nix-size-guard:default -->'; cat "$image_report"; } > docs/example-comment-image.md
for name in comment comment-image; do
  node_modules/.bin/node scripts/render-comment.mjs "docs/example-$name.md" "docs/$name.png"
  # Chromium writes fast rather than small PNGs; optipng (Debian's `optipng`) makes it a fifth
  # smaller without changing a pixel.
  if command -v optipng >/dev/null; then
    optipng -quiet -o2 "docs/$name.png"
  else
    echo "optipng not found (apt-get install -y optipng): docs/$name.png left as Chromium wrote it" >&2
  fi
  ls -l "docs/$name.png"
done
