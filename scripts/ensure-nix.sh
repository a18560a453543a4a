#!/usr/bin/env bash
# Makes sure `nix` can build here; source it (`. scripts/ensure-nix.sh`).
# - Installs Debian's nix-bin when nix is missing (needs root or sudo, and apt).
# - Without a nix daemon, as root, Nix builds in-process: no build users, no sandbox (a
#   container has no user namespaces for it), and no binary cache (this machine is offline).
if ! command -v nix >/dev/null 2>&1; then
  echo "nix-size-guard: nix is missing; installing Debian's nix-bin" >&2
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nix-bin >/dev/null
fi
if [ -z "${NIX_CONFIG:-}" ] && [ "$(id -u)" = 0 ] && [ ! -S /nix/var/nix/daemon-socket/socket ]; then
  export NIX_CONFIG='experimental-features = nix-command flakes
build-users-group =
sandbox = false
substituters =
max-jobs = 2'
fi
nix --version >&2
