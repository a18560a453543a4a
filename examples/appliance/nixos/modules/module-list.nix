# The appliance's share of NixOS's module list (nixos/modules/module-list.nix), with the same
# file layout. The modules are small versions of NixOS's: same option names and types, the
# packages they install are the stand-ins of ../../pkgs.
[
  ./config/system-path.nix
  ./image/repart.nix
  ./misc/label.nix
  ./misc/nixpkgs.nix
  ./services/accessibility/speechd.nix
  ./services/misc/graphical-desktop.nix
  ./system/activation/top-level.nix
  ./system/boot/kernel.nix
  ./system/boot/stage-1.nix
  ./system/boot/systemd.nix
  ./system/build.nix
  ./system/etc/etc.nix
  ./tasks/network-interfaces.nix
]
