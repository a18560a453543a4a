#!/usr/bin/env bash
# The whole test suite from a fresh clone: Nix (installed if missing), npm ci, type-check,
# unit and integration tests against real Nix and a loopback GitHub, and the dist/ check.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-nix.sh
command -v git >/dev/null || { echo "git is needed" >&2; exit 2; }
# The zstd tests compare with the zstd command (Debian's zstd package).
if ! command -v zstd >/dev/null 2>&1; then
  echo "nix-size-guard: zstd is missing; installing Debian's zstd" >&2
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq zstd >/dev/null
fi
npm ci --no-audit --no-fund
npm run typecheck
npm run check-dist
# Vitest's own summary, plus one plain closing line for CI readers.
results=$(mktemp)
status=0
npm test -- --reporter=default --reporter=json --outputFile="$results" || status=$?
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""))' "$results" || true
rm -f "$results"
exit "$status"
