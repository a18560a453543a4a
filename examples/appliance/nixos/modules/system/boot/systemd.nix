# Like nixos/modules/system/boot/systemd.nix: systemd, and packages that ship units.
{ config, lib, pkgs, ... }:

{
  options.systemd = {
    package = lib.mkPackageOption pkgs "systemd" { };
    packages = lib.mkOption {
      type = lib.types.listOf lib.types.package;
      default = [ ];
      description = "Packages providing systemd units (linked into /etc/systemd/system).";
    };
  };

  config.environment.systemPackages = [ config.systemd.package ];
}
