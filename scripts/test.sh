#!/usr/bin/env bash
# The whole test suite from a fresh clone: Nix 2.8 and 2.30.5 (installed if missing), npm ci, type-check,
# unit tests, integration tests against each real Nix and a loopback GitHub, and the dist/ check.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-nix.sh
# The integration tests run on Nix 2.30.5 too (vitest.config.ts, project nix-2.30), installed beside
# Debian's 2.8 at /opt/nix-modern on the same store (idempotent, about 15 s when missing).
NIX_MODERN_INSTALL=../shared/tools/nix-2.30.5/install.sh
if [ "$(/opt/nix-modern/bin/nix --version 2>/dev/null)" != "nix (Nix) 2.30.5" ]; then
  if [ ! -f "$NIX_MODERN_INSTALL" ]; then
    echo "nix-size-guard: Nix 2.30.5 is missing at /opt/nix-modern and $NIX_MODERN_INSTALL is not there; install it, or run one Nix: npx vitest run --project unit --project nix-2.8" >&2
    exit 2
  fi
  echo "nix-size-guard: installing Nix 2.30.5 at /opt/nix-modern" >&2
  bash "$NIX_MODERN_INSTALL" >/dev/null
fi
/opt/nix-modern/bin/nix --version >&2
command -v git >/dev/null || { echo "git is needed" >&2; exit 2; }
# The zstd tests compare with the zstd command (Debian's zstd package); the image format tests
# read files that the real tools make (about 10 s to install when missing).
missing=""
for tool in zstd:zstd mksquashfs:squashfs-tools xorriso:xorriso qemu-img:qemu-utils mkfs.vfat:dosfstools mkfs.erofs:erofs-utils mkfs.btrfs:btrfs-progs xz:xz-utils lz4:lz4 bzip2:bzip2; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || PATH="$PATH:/usr/sbin:/sbin" command -v "${tool%%:*}" >/dev/null 2>&1 || missing="$missing ${tool#*:}"
done
if [ -n "$missing" ]; then
  echo "nix-size-guard: installing Debian's$missing for the tests" >&2
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq $missing >/dev/null
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
