# Like nixos/modules/services/accessibility/speechd.nix: the speech-dispatcher daemon.
{ config, lib, pkgs, ... }:

let
  cfg = config.services.speechd;
in
{
  options.services.speechd = {
    enable = lib.mkEnableOption "speech-dispatcher speech synthesizer daemon";
    package = lib.mkPackageOption pkgs "speechd" { };
  };

  config = lib.mkIf cfg.enable {
    environment.systemPackages = [ cfg.package ];
  };
}
