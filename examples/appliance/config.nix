# The appliance's knobs: the one file a change to the appliance usually touches.
#
# The demo pull request (pr/config.nix) turns on the two options below that drag in a
# heavy interpreter, and bumps OpenSSL; nix-size-guard then explains where the new
# megabytes come from.
{
  # Goes into the system name: nixos-system-appliance-<version>.
  version = "1.0";

  # Build iproute2 with its Python helper scripts (routel, …). They need python3,
  # which is far bigger than iproute2 itself.
  iproute2Python = false;

  # Put xdg-utils (xdg-open, xdg-mime, …) in the system path. Several of its
  # scripts need perl.
  xdgUtilsPerl = false;

  # Put e2fsprogs (mkfs.ext4, e2fsck) in the system path, for the data partition. Its
  # libuuid comes from util-linux-minimal, beside the system's full util-linux.
  e2fsprogs = false;

  opensslVersion = "3.0.1";

  # NixOS's system.forbiddenDependenciesRegexes: POSIX extended regular expressions
  # that no store path in the system closure may match (the perlless profile uses
  # [ "perl" ]). As in NixOS, building the toplevel fails if one matches.
  forbiddenDependenciesRegexes = [ ];
}
