# Like nixos/modules/services/misc/graphical-desktop.nix: what every graphical session wants.
# Desktop modules enable it; it turns other services on with mkDefault, which a configuration
# can still turn off (services.speechd.enable = false).
{ config, lib, pkgs, ... }:

{
  options.services.graphical-desktop.enable = lib.mkEnableOption "bits and pieces required for a graphical desktop session";

  config = lib.mkIf config.services.graphical-desktop.enable {
    # xdg-open and xdg-mime, which desktop files and browsers call.
    environment.systemPackages = [ pkgs.xdg-utils ];
    services.speechd.enable = lib.mkDefault true;
  };
}
