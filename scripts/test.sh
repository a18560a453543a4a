#!/usr/bin/env bash
# The whole test suite from a fresh clone: Nix (installed if missing), npm ci, type-check,
# unit and integration tests against real Nix and a loopback GitHub, and the dist/ check.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-nix.sh
command -v git >/dev/null || { echo "git is needed" >&2; exit 2; }
npm ci --no-audit --no-fund
npm run typecheck
npm test
npm run check-dist
