#!/usr/bin/env bash
# nix-size-guard end to end on the example appliance, on a fresh machine:
#   1. installs Nix from Debian's packages if it is missing, and this project's npm packages;
#   2. makes a throwaway git repository: the appliance at its base commit on `main`, and the
#      demo pull request (the graphical desktop: perl through xdg-utils, python3 through
#      speech-dispatcher; e2fsprogs; OpenSSL 3.0.2) on `pr`. The appliance is on nixpkgs' module
#      system: its flake input (nixpkgs.lib, pinned in flake.lock) is put in the store from the
#      copy in ../shared/data when there is one, so nothing is fetched; otherwise Nix fetches it;
#   3. runs `nix-size-guard run` on it: builds both commits, compares, checks the rules.
# Reports land in the printed folder: report.json, report.md (the PR comment), paths.csv.
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
. scripts/ensure-nix.sh
[ -x node_modules/.bin/node ] || npm ci --no-audit --no-fund --loglevel=error

# The path `nix store add-path --name source` makes of the copy is the one flake.lock's narHash
# names, so the locked github input resolves to it offline.
if [ -d ../shared/data/nixpkgs.lib ]; then
  nix --extra-experimental-features nix-command store add-path --name source ../shared/data/nixpkgs.lib >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/nix-size-guard-demo.XXXXXX")
repo="$work/appliance"
mkdir -p "$repo"
cp -r examples/appliance/. "$repo/"
rm -rf "$repo/pr" "$repo"/result*
# Keep the user's git settings (signing, hooks) out of the throwaway repository.
git_() { GIT_CONFIG_GLOBAL=/dev/null git -C "$repo" -c user.name=demo -c user.email=demo@example.invalid -c commit.gpgsign=false "$@"; }
git_ init -q -b main
git_ add -A
git_ commit -qm "appliance 1.0"
git_ checkout -q -b pr
cp examples/appliance/pr/configuration.nix "$repo/configuration.nix"
git_ commit -qam "Turn on the graphical desktop, add e2fsprogs, update OpenSSL to 3.0.2"

cd "$repo"
status=0
"$project/node_modules/.bin/node" "$project/dist/cli.js" run \
  --base main \
  --target toplevel=.#nixosConfigurations.appliance.config.system.build.toplevel \
  --target image=.#image \
  --forbid perl \
  --max-closure-increase 2MiB \
  --max-image compressed:8MiB \
  --json "$work/report.json" --markdown "$work/report.md" --csv "$work/paths.csv" \
  || status=$?

echo
echo "Reports: $work/report.json, $work/report.md (the PR comment), $work/paths.csv"
if [ "$status" = 1 ]; then
  echo "Exit 1: the demo pull request breaks the rules above, as intended (perl is forbidden, the closure grew over 2 MiB)."
  exit 0
fi
exit "$status"
