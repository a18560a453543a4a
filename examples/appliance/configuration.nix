# The appliance's own configuration: the one file a change to the appliance usually touches.
#
# The demo pull request (pr/configuration.nix) turns on the graphical desktop for the kiosk
# screen, adds e2fsprogs and bumps OpenSSL; nix-size-guard then explains where the new
# megabytes come from.
{ lib, pkgs, ... }:

{
  networking.hostName = "appliance";

  # Goes into the system name: nixos-system-appliance-<label>.
  system.nixos.label = "1.0";

  # NixOS's perlless profile sets [ "perl" ]: POSIX extended regular expressions that no
  # store path in the system closure may match. As in NixOS, building the toplevel fails if
  # one matches.
  system.forbiddenDependenciesRegexes = [ ];

  # A graphical session on the kiosk screen. NixOS's graphical-desktop module turns on
  # speech-dispatcher with mkDefault, and adds xdg-utils.
  services.graphical-desktop.enable = false;

  environment.systemPackages = [ ];

  nixpkgs.overlays = [ ];
}
