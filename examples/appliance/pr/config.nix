# config.nix as the demo pull request leaves it: copy this file over ../config.nix.
#
# Compared with the base it adds python3 (through iproute2) and perl (through
# xdg-utils) to the system closure, util-linux-minimal beside util-linux (through
# e2fsprogs), and moves OpenSSL from 3.0.1 to 3.0.2.
{
  # Goes into the system name: nixos-system-appliance-<version>.
  version = "1.0";

  # Build iproute2 with its Python helper scripts (routel, …). They need python3,
  # which is far bigger than iproute2 itself.
  iproute2Python = true;

  # Put xdg-utils (xdg-open, xdg-mime, …) in the system path. Several of its
  # scripts need perl.
  xdgUtilsPerl = true;

  # Put e2fsprogs (mkfs.ext4, e2fsck) in the system path, for the data partition. Its
  # libuuid comes from util-linux-minimal, beside the system's full util-linux.
  e2fsprogs = true;

  opensslVersion = "3.0.2";

  # NixOS's system.forbiddenDependenciesRegexes: POSIX extended regular expressions
  # that no store path in the system closure may match (the perlless profile uses
  # [ "perl" ]). As in NixOS, building the toplevel fails if one matches.
  forbiddenDependenciesRegexes = [ ];
}
