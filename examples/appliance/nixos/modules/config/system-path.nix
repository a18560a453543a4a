# Like nixos/modules/config/system-path.nix: environment.systemPackages, and the profile
# made of them (/run/current-system/sw, the `system-path` store path).
{ config, lib, pkgs, ... }:

let
  requiredPackages = [
    pkgs.bash
    pkgs.coreutils
    pkgs.openssl.bin
    pkgs.util-linux.bin
  ];
in
{
  options = {
    environment.systemPackages = lib.mkOption {
      type = lib.types.listOf lib.types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.e2fsprogs ]";
      description = "The set of packages that appear in /run/current-system/sw.";
    };
    system.path = lib.mkOption {
      internal = true;
      description = "The packages you want in the boot environment.";
    };
  };

  config = {
    environment.systemPackages = requiredPackages;

    system.path = pkgs.buildEnv {
      name = "system-path";
      paths = config.environment.systemPackages;
    };
  };
}
